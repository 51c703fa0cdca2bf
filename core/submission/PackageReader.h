#pragma once

#include "submission/Sha256.h"
#include "submission/SubmissionPackage.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace veldboek {

// What a package may hold. Every limit is checked as the bytes go by, so a package built to
// exhaust memory is refused after at most one record's worth of bytes; the problem names the
// limit (code "limit", message with the figure).
struct PackageLimits
{
    qint64 maxPackageBytes = 512LL * 1024 * 1024; // uncompressed
    qint64 maxManifestBytes = 1024 * 1024;
    int maxFiles = 16;
    int maxRowsPerFile = 2'000'000;
    int maxFieldsPerRow = 500;
    qint64 maxFieldBytes = 64 * 1024;
    qint64 maxRecordBytes = 1024 * 1024; // CsvReader::maxRecordLength
    // gzip: unpacked bytes per byte sent, past the first MiB. Register CSV packs about 10:1; a
    // body that unpacks 100:1 or more is built to exhaust memory, not a register.
    int maxCompressionRatio = 100;
    // What the endpoint's check may hold at once: a block of rows and the dataset rules' keys
    // (SubmissionCheck's estimate, docs/endpoint.md).
    qint64 maxTableBytes = 256LL * 1024 * 1024;
};

// One dataset of a package as read: its manifest entry, its header and what was counted.
struct ReadFile
{
    PackageDataset entry;
    QStringList header; // trimmed column names
    int headerLine = 0;
    int rows = 0; // data records, empty lines left out: CsvReader's count
    int lines = 0;
    int emptyLines = 0;
};

struct ReadPackage
{
    SubmissionManifest manifest;
    QList<ReadFile> files; // in manifest order
    QString contentHash;   // SHA-256 of all the bytes written
};

// Reads a submission package (the multipart/mixed body SubmissionPackage::build writes) as a
// stream: write() takes the uncompressed bytes in pieces of any size, and memory stays bounded
// by the limits whatever the package holds. It checks what SubmissionPackage promises: the
// manifest first, every listed file present once and no other, each file's SHA-256 and row
// count as claimed, every CSV readable. Records go to `onRecord` as they are read (data records
// only, their fields decoded as UTF-8), for a caller that builds tables; the package is never
// held whole. CSV is split as CsvReader splits it (quotes after spaces, doubled quotes, line
// breaks in quotes, ';' ',' or tab found in the header line, lines without a value skipped).
class PackageReader
{
public:
    // Returns false to stop reading (the caller says why).
    using RecordSink = std::function<bool(int fileIndex, int line, QStringList &&fields)>;

    PackageReader(const QByteArray &contentType, const QString &language,
                  const PackageLimits &limits = {});
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    // fileIndex counts in manifest order, as ReadPackage::files.
    void setRecordSink(RecordSink sink);
    // A file of the manifest, while reading (its header is there before its first record).
    const ReadFile &file(int index) const;

    // False once the package is known to be broken or past a limit: stop writing, call finish().
    bool write(const char *data, qsizetype size);
    // nullopt with at least one problem when the package is not sound.
    std::optional<ReadPackage> finish(QList<PackageProblem> *problems);

    // Reads a whole package from memory (the client's self-check and tests).
    static std::optional<ReadPackage> read(const QByteArray &contentType, const QByteArray &bytes,
                                           const QString &language, QList<PackageProblem> *problems,
                                           const PackageLimits &limits = {});

private:
    struct State;
    std::unique_ptr<State> d;
};

// Inflates a gzip stream piece by piece into `out`, refusing to produce more than `limit` bytes:
// a small body that unpacks into gigabytes (a gzip bomb) stops at the limit.
class GzipInflater
{
public:
    using Output = std::function<bool(const char *data, qsizetype size)>;

    GzipInflater(qint64 limit, Output out);
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    bool write(const char *data,
               qsizetype size); // false: not gzip, over the limit, or `out` said stop
    bool finish();              // true when the stream ended properly
    bool overLimit() const { return m_overLimit; }
    qint64 produced() const { return m_produced; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_limit;
    Output m_out;
    qint64 m_produced = 0;
    bool m_overLimit = false;
    bool m_failed = false;
    bool m_ended = false;
};

} // namespace veldboek
