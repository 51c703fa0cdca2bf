#include "SecretBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace veldboek {

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // A failing CSPRNG must stop the program rather than hand out a weak key.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw std::runtime_error("the system's random number generator failed");
    return bytes;
}

} // namespace veldboek
