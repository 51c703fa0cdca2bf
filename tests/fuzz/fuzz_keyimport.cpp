// The pseudonymisation key import (core/privacy/Pseudonymiser::importKey): a key file from
// another installation. The passphrase is fixed; a document that gets as far as the key
// derivation costs its (bounded) iteration count.
#include "FuzzSupport.h"
#include "privacy/Pseudonymiser.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    Pseudonymiser::importKey(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                             QByteArrayLiteral("fuzz-wachtwoord"));
    Pseudonymiser::normaliseBsn(QString::fromUtf8(reinterpret_cast<const char *>(data),
                                                  qsizetype(std::min<size_t>(size, 64))));
    return 0;
}
