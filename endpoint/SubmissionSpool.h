#pragma once

#include "SubmissionCheck.h"
#include "http/HttpServer.h"
#include "submission/PackageReader.h"

#include <QTemporaryFile>
#include <functional>
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

    // The technical check of the records as they arrive (issue 18: the worker read the whole
    // package again after the receipt). `release` is called when the check is done with: the
    // endpoint runs at most --receive-checks such checks at a time. The upload itself is read to
    // its end whatever the check does; a check that would pass its memory budget gives up and
    // leaves it to the worker.
    void checkWhileReading(std::unique_ptr<SubmissionCheck> check, std::function<void()> release);
    // After finish(): the outcome of that check when this one read decided it; nullopt when the
    // worker is to check (no check, it gave up, or the dataset rules need the package again).
    const std::optional<CheckOutcome> &checked() const { return m_checked; }

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
    std::unique_ptr<SubmissionCheck> m_check;
    std::function<void()> m_releaseCheck;
    bool m_checkGaveUp = false;
    std::optional<CheckOutcome> m_checked;
    void endCheck();
};

} // namespace veldboek
