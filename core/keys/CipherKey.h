#pragma once

#include <QByteArray>

namespace veldboek {

// The secret that opens a register: a raw 256-bit key (kept in the OS keychain) or a passphrase
// (stretched by SQLCipher's PBKDF2). Move-only; the bytes are wiped when the key is destroyed.
class CipherKey
{
public:
    enum class Kind { None, Raw, Passphrase };
    static constexpr int RawKeySize = 32;

    CipherKey() = default;
    ~CipherKey();
    CipherKey(CipherKey &&other) noexcept;
    CipherKey &operator=(CipherKey &&other) noexcept;
    CipherKey(const CipherKey &) = delete;
    CipherKey &operator=(const CipherKey &) = delete;

    static CipherKey generateRaw();
    static CipherKey raw(QByteArray &&bytes);
    static CipherKey passphrase(QByteArray &&utf8);
    // No encryption at all: only for the benchmark that compares against plain SQLite.
    static CipherKey unencrypted();

    Kind kind() const { return m_kind; }
    bool isValid() const;
    const QByteArray &bytes() const { return m_bytes; }
    CipherKey clone() const;

    // The form SQLCipher takes in sqlite3_key and ATTACH ... KEY: x'<hex>' for a raw key, the
    // passphrase itself otherwise. The caller wipes the result.
    QByteArray sqlKeyMaterial() const;

private:
    CipherKey(Kind kind, QByteArray &&bytes);
    Kind m_kind = Kind::None;
    QByteArray m_bytes;
    bool m_explicitlyUnencrypted = false;
};

} // namespace veldboek
