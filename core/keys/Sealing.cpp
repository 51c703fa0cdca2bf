#include "Sealing.h"

#include "SecretBytes.h"

#include <algorithm>
#include <memory>
#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace veldboek::sealing {

namespace {

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using KeyHandle = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

// X25519 of our secret key and their public key: the shared secret, or empty.
QByteArray agree(const QByteArray &secretKey, const QByteArray &publicKey)
{
    if (secretKey.size() != KeySize || publicKey.size() != PublicKeySize)
        return {};
    KeyHandle ours(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(secretKey),
                                                size_t(secretKey.size())),
                   EVP_PKEY_free);
    KeyHandle theirs(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(publicKey),
                                                 size_t(publicKey.size())),
                     EVP_PKEY_free);
    if (!ours || !theirs)
        return {};
    KeyContext context(EVP_PKEY_CTX_new(ours.get(), nullptr), EVP_PKEY_CTX_free);
    size_t length = KeySize;
    QByteArray shared(KeySize, Qt::Uninitialized);
    // OpenSSL refuses an all-zero shared secret (a low-order public key) in derive: no key then.
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 ||
        EVP_PKEY_derive_set_peer(context.get(), theirs.get()) != 1 ||
        EVP_PKEY_derive(context.get(), bytes(shared), &length) != 1 || length != KeySize) {
        wipe(shared);
        return {};
    }
    return shared;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    KeyHandle key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(secretKey),
                                               size_t(secretKey.size())),
                  EVP_PKEY_free);
    QByteArray publicKey(PublicKeySize, Qt::Uninitialized);
    size_t length = PublicKeySize;
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), bytes(publicKey), &length) != 1 ||
        length != PublicKeySize)
        return {};
    return publicKey;
}

// HKDF-SHA256(shared, salt = ephemeral || recipient): binds the key to both public keys.
QByteArray boxKey(const QByteArray &shared, const QByteArray &ephemeral,
                  const QByteArray &recipient)
{
    KeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), EVP_PKEY_CTX_free);
    const QByteArray salt = QByteArray(ephemeral).append(recipient);
    static const QByteArray info("veldboek sealed box v1");
    QByteArray key(KeySize, Qt::Uninitialized);
    size_t length = KeySize;
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(context.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(context.get(), bytes(salt), int(salt.size())) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(context.get(), bytes(shared), int(shared.size())) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(context.get(), bytes(info), int(info.size())) != 1 ||
        EVP_PKEY_derive(context.get(), bytes(key), &length) != 1) {
        wipe(key);
        return {};
    }
    return key;
}

} // namespace

QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt, int iterations)
{
    QByteArray key(KeySize, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()), bytes(salt),
                          int(salt.size()), iterations, EVP_sha256(), KeySize, bytes(key)) != 1) {
        wipe(key);
        return {};
    }
    return key;
}

QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != KeySize)
        return {};
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    unsigned char *cipher = bytes(out) + NonceSize;
    const bool ok =
        context && nonce.size() == NonceSize &&
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) ==
            1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1 &&
        EVP_EncryptUpdate(context.get(), cipher, &length, bytes(plaintext),
                          int(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(context.get(), cipher + length, &length) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            cipher + plaintext.size()) == 1;
    if (!ok)
        return {};
    std::copy(nonce.cbegin(), nonce.cend(), out.begin());
    return out;
}

bool open(const QByteArray &key, const QByteArray &box, const QByteArray &aad, QByteArray *plain)
{
    if (key.size() != KeySize || box.size() < NonceSize + TagSize)
        return false;
    const qsizetype cipherSize = box.size() - NonceSize - TagSize;
    QByteArray tag = box.right(TagSize);
    QByteArray out(cipherSize, Qt::Uninitialized);
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    const unsigned char *cipher = bytes(box) + NonceSize;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(box)) ==
            1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), bytes(out), &length, cipher, int(cipherSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), bytes(out) + length, &length) == 1;
    if (!ok) {
        wipe(out);
        return false;
    }
    *plain = std::move(out);
    return true;
}

KeyPair generateKeyPair()
{
    KeyPair pair;
    pair.secretKey = randomBytes(KeySize);
    pair.publicKey = publicKeyOf(pair.secretKey);
    if (pair.publicKey.isEmpty())
        wipe(pair.secretKey);
    return pair;
}

QByteArray sealTo(const QByteArray &publicKey, const QByteArray &plaintext, const QByteArray &aad)
{
    KeyPair ephemeral = generateKeyPair();
    QByteArray shared = agree(ephemeral.secretKey, publicKey);
    wipe(ephemeral.secretKey);
    if (shared.isEmpty())
        return {};
    QByteArray key = boxKey(shared, ephemeral.publicKey, publicKey);
    wipe(shared);
    const QByteArray box = seal(key, plaintext, aad);
    wipe(key);
    return box.isEmpty() ? QByteArray() : QByteArray(ephemeral.publicKey).append(box);
}

bool openWith(const QByteArray &secretKey, const QByteArray &sealed, const QByteArray &aad,
              QByteArray *plain)
{
    if (sealed.size() < PublicKeySize + NonceSize + TagSize)
        return false;
    const QByteArray ephemeral = sealed.left(PublicKeySize);
    const QByteArray recipient = publicKeyOf(secretKey);
    QByteArray shared = agree(secretKey, ephemeral);
    if (shared.isEmpty() || recipient.isEmpty())
        return false;
    QByteArray key = boxKey(shared, ephemeral, recipient);
    wipe(shared);
    const bool ok = open(key, sealed.mid(PublicKeySize), aad, plain);
    wipe(key);
    return ok;
}

} // namespace veldboek::sealing
