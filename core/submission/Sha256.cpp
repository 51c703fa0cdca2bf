#include "Sha256.h"

#include <QString>
#include <openssl/evp.h>

namespace veldboek {

struct Sha256::Context
{
    Context()
        : md(EVP_MD_CTX_new())
    {
        // Only allocation can fail here; without a context nothing can be hashed, as with new.
        if (!md || EVP_DigestInit_ex(md, EVP_sha256(), nullptr) != 1)
            qFatal("SHA-256: libcrypto could not start a digest");
    }
    ~Context() { EVP_MD_CTX_free(md); }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    EVP_MD_CTX *md;
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(m_context->md, bytes.data(), static_cast<size_t>(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char *>(digest.data()), &size);
    EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr);
    return digest;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

} // namespace veldboek
