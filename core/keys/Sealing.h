#pragma once

#include <QByteArray>

namespace veldboek {

// Small, fixed constructions on OpenSSL for wrapping keys, so that every place that wraps a key
// does it the same way (the users file, core/storage/UserSlots.cpp). All return an empty array
// or false on failure; none of them throws or aborts on hostile input.
namespace sealing {

constexpr int KeySize = 32; // AES-256 and X25519 keys
constexpr int SaltSize = 16;
constexpr int NonceSize = 12; // AES-GCM
constexpr int TagSize = 16;
constexpr int PublicKeySize = 32;            // X25519
constexpr int PassphraseIterations = 600000; // PBKDF2-HMAC-SHA256, OWASP's figure for 2023

// PBKDF2-HMAC-SHA256 of a passphrase to a 32-byte key. The caller wipes the result.
QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt, int iterations);

// AES-256-GCM with a random nonce: nonce || ciphertext || tag. `aad` is bound to the box: opening
// with other associated data fails.
QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad);
// False when the key, the associated data or any byte of the box is wrong.
bool open(const QByteArray &key, const QByteArray &box, const QByteArray &aad, QByteArray *plain);

// An X25519 key pair; the secret key is the caller's to wipe.
struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};
KeyPair generateKeyPair();

// Encrypts to a public key, as age's X25519 recipients and libsodium's sealed boxes do: a fresh
// ephemeral key pair per message, HKDF-SHA256 of the shared secret and both public keys to an
// AES-256-GCM key. Output: ephemeral public key || seal(...). Only the secret key opens it.
QByteArray sealTo(const QByteArray &publicKey, const QByteArray &plaintext, const QByteArray &aad);
bool openWith(const QByteArray &secretKey, const QByteArray &sealed, const QByteArray &aad,
              QByteArray *plain);

} // namespace sealing

} // namespace veldboek
