#include "CipherKey.h"

#include "SecretBytes.h"

namespace veldboek {

CipherKey::CipherKey(Kind kind, QByteArray &&bytes)
    : m_kind(kind)
    , m_bytes(std::move(bytes))
{}

CipherKey::~CipherKey()
{
    wipe(m_bytes);
}

CipherKey::CipherKey(CipherKey &&other) noexcept
    : m_kind(other.m_kind)
    , m_bytes(std::move(other.m_bytes))
    , m_explicitlyUnencrypted(other.m_explicitlyUnencrypted)
{
    other.m_kind = Kind::None;
    other.m_explicitlyUnencrypted = false;
}

CipherKey &CipherKey::operator=(CipherKey &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_kind = other.m_kind;
        m_bytes = std::move(other.m_bytes);
        m_explicitlyUnencrypted = other.m_explicitlyUnencrypted;
        other.m_kind = Kind::None;
        other.m_explicitlyUnencrypted = false;
    }
    return *this;
}

CipherKey CipherKey::generateRaw()
{
    return CipherKey(Kind::Raw, randomBytes(RawKeySize));
}

CipherKey CipherKey::raw(QByteArray &&bytes)
{
    return CipherKey(Kind::Raw, std::move(bytes));
}

CipherKey CipherKey::passphrase(QByteArray &&utf8)
{
    return CipherKey(Kind::Passphrase, std::move(utf8));
}

CipherKey CipherKey::unencrypted()
{
    CipherKey key;
    key.m_explicitlyUnencrypted = true;
    return key;
}

bool CipherKey::isValid() const
{
    switch (m_kind) {
    case Kind::Raw:
        return m_bytes.size() == RawKeySize;
    case Kind::Passphrase:
        return !m_bytes.isEmpty();
    case Kind::None:
        return m_explicitlyUnencrypted;
    }
    return false;
}

CipherKey CipherKey::clone() const
{
    CipherKey copy(m_kind, QByteArray(m_bytes.constData(), m_bytes.size()));
    copy.m_explicitlyUnencrypted = m_explicitlyUnencrypted;
    return copy;
}

QByteArray CipherKey::sqlKeyMaterial() const
{
    if (m_kind == Kind::Raw) {
        QByteArray hex = m_bytes.toHex();
        QByteArray literal;
        literal.reserve(hex.size() + 3);
        literal.append("x'").append(hex).append('\'');
        wipe(hex);
        return literal;
    }
    return QByteArray(m_bytes.constData(), m_bytes.size());
}

} // namespace veldboek
