#pragma once

#include "http/HttpServer.h"
#include "submission/PackageReader.h"

#include <QTemporaryFile>
#include <memory>

namespace veldboek {

// Where a submission's body goes while it arrives (in the connection's thread): a 0600 file in
// the data directory's spool folder, written as received, while the bytes (unpacked on the fly
// when gzip) run through PackageReader. Memory stays bounded whatever is sent: nothing of the
// body is kept but the file. The file is removed unless keepAs() moved it into place.
class SubmissionSpool : public http::BodySink
{
public:
    enum class Outcome { Pending, Read, TooLarge, Bomb, NotGzip, Invalid, StorageFailed };

    SubmissionSpool(const QString &spoolDir, const QByteArray &contentType, bool gzip,
                    const PackageLimits &limits, const QString &language);
    ~SubmissionSpool() override;

    bool open(QString *error);
    bool write(const char *data, qsizetype size) override;
    bool finish() override;

    Outcome outcome() const { return m_outcome; }
    const std::optional<ReadPackage> &package() const { return m_package; }
    const QList<PackageProblem> &problems() const { return m_problems; }
    qint64 size() const { return m_size; }
    bool gzip() const { return m_gzip; }
    // Moves the file to `path` (durably: synced, renamed, directory synced).
    bool keepAs(const QString &path);

private:
    QTemporaryFile m_file;
    PackageReader m_reader;
    std::unique_ptr<GzipInflater> m_inflater;
    bool m_gzip;
    bool m_readerStopped = false;
    PackageLimits m_limits;
    qint64 m_size = 0;
    Outcome m_outcome = Outcome::Pending;
    std::optional<ReadPackage> m_package;
    QList<PackageProblem> m_problems;
    bool m_kept = false;
};

} // namespace veldboek
