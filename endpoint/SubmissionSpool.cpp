#include "SubmissionSpool.h"

#include <QDir>
#include <QFileInfo>
#include <fcntl.h>
#include <unistd.h>

namespace veldboek {

SubmissionSpool::SubmissionSpool(const QString &spoolDir, const QByteArray &contentType, bool gzip,
                                 const PackageLimits &limits, const QString &language)
    : m_file(QDir(spoolDir).filePath(QStringLiteral("upload-XXXXXX.part")))
    , m_reader(contentType, language, limits)
    , m_gzip(gzip)
    , m_limits(limits)
{
    m_file.setAutoRemove(true);
    if (gzip)
        m_inflater = std::make_unique<GzipInflater>(
            limits.maxPackageBytes, [this](const char *data, qsizetype size) {
                m_readerStopped = !m_reader.write(data, size);
                return !m_readerStopped;
            });
}

SubmissionSpool::~SubmissionSpool()
{
    endCheck();
}

void SubmissionSpool::checkWhileReading(std::unique_ptr<SubmissionCheck> check,
                                        std::function<void()> release)
{
    m_check = std::move(check);
    m_releaseCheck = std::move(release);
    m_reader.setRecordSink(
        [this, sink = m_check->recordSink(m_reader)](int index, int line, QStringList &&fields) {
            if (!m_checkGaveUp && !sink(index, line, std::move(fields)))
                m_checkGaveUp = true; // over its budget: the worker checks, the upload goes on
            return true;
        });
}

void SubmissionSpool::endCheck()
{
    if (!m_check)
        return;
    m_reader.setRecordSink({});
    m_check.reset(); // waits for the block in check
    if (m_releaseCheck)
        std::exchange(m_releaseCheck, {})();
}

bool SubmissionSpool::open(QString *error)
{
    // QTemporaryFile creates its file 0600 with O_EXCL.
    if (!m_file.open()) {
        *error = m_file.errorString();
        m_outcome = Outcome::StorageFailed;
        return false;
    }
    return true;
}

bool SubmissionSpool::write(const char *data, qsizetype size)
{
    if (m_outcome != Outcome::Pending)
        return false;
    m_size += size;
    if (m_file.write(data, size) != size) {
        m_outcome = Outcome::StorageFailed; // a full disk, most likely
        return false;
    }
    if (m_inflater) {
        if (!m_inflater->write(data, size)) {
            // The reader stopped first (its problem says why), or the bytes are no gzip, or
            // they unpack beyond the limit.
            m_outcome = m_readerStopped           ? Outcome::Invalid
                        : m_inflater->overLimit() ? Outcome::TooLarge
                                                  : Outcome::NotGzip;
            return false;
        }
        if (m_inflater->produced() > qint64(m_limits.maxCompressionRatio) * m_size + 1024 * 1024) {
            m_outcome = Outcome::Bomb;
            return false;
        }
        return true;
    }
    if (!m_reader.write(data, size)) {
        m_outcome = Outcome::Invalid;
        return false;
    }
    return true;
}

bool SubmissionSpool::finish()
{
    if (m_outcome == Outcome::Pending && m_inflater && !m_inflater->finish())
        m_outcome = Outcome::NotGzip;
    if (m_outcome == Outcome::Pending || m_outcome == Outcome::Invalid) {
        m_package = m_reader.finish(&m_problems);
        m_outcome = m_package ? Outcome::Read : Outcome::Invalid;
        // A package over one of the reader's size limits is too large, not malformed.
        if (!m_package && !m_problems.isEmpty() &&
            m_problems.first().code == QLatin1String("too-large"))
            m_outcome = Outcome::TooLarge;
    }
    if (m_outcome == Outcome::Read && !m_file.flush())
        m_outcome = Outcome::StorageFailed;
    if (m_outcome == Outcome::Read && m_check && !m_checkGaveUp) {
        // A package whose headers do not fit its specs is refused before it is accepted
        // (EndpointServer::refusePackage), so a false here never reaches a receipt.
        QList<PackageProblem> problems;
        if (m_check->finishRead(*m_package, &problems) && !m_check->needsAnotherRead())
            m_checked = m_check->outcome();
    }
    endCheck();
    return m_outcome == Outcome::Read;
}

bool SubmissionSpool::keepAs(const QString &path)
{
    if (m_outcome != Outcome::Read)
        return false;
    // Durable before the receipt: the 202 promises the package is kept.
    if (::fsync(m_file.handle()) != 0 || !m_file.rename(path))
        return false;
    m_file.setAutoRemove(false);
    m_kept = true;
    const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

} // namespace veldboek
