#pragma once

#include <QByteArray>

namespace veldboek {

// Overwrites the bytes of a secret before its memory is released. Qt's implicit sharing means
// other copies may still exist; callers keep key material in a single owner so this reaches it.
void wipe(QByteArray &secret);

// Cryptographically secure random bytes (OpenSSL's CSPRNG, seeded by the operating system).
QByteArray randomBytes(int count);

} // namespace veldboek
