#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace veldboek {

// SHA-256 of a stream, through OpenSSL's libcrypto (already linked for SQLCipher): the package's
// file and content hashes run over every byte of a package, several times on its way (built,
// received, checked). Qt 6.4's QCryptographicHash hashes about 160 MB/s on this project's
// benchmark machine, libcrypto about 1.7 GB/s (SHA extensions); at 100,000 participants that
// was 1 s per pass over 162 MB (issue 18, docs/benchmarks.md "Fourth round").
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The 32-byte digest; the hash starts again empty.
    QByteArray result();
    // result() as 64 lower-case hex digits.
    QString hexResult();

    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace veldboek
