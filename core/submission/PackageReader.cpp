#include "PackageReader.h"

#include "PackageCsvScanner.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <zlib.h>

namespace veldboek {

using packageread::isBlank;
using packageread::say;

namespace {

// The boundary parameter of a multipart Content-Type.
QByteArray boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.toLower().startsWith("boundary=")) {
            QByteArray value = part.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

QString dispositionFileName(const QByteArray &value)
{
    const qsizetype at = value.toLower().indexOf("filename=");
    if (at < 0)
        return {};
    QByteArray name = value.mid(at + 9).trimmed();
    const qsizetype semicolon = name.indexOf(';');
    if (name.startsWith('"')) {
        const qsizetype close = name.indexOf('"', 1);
        name = close > 0 ? name.mid(1, close - 1) : QByteArray();
    } else if (semicolon >= 0) {
        name = name.left(semicolon).trimmed();
    }
    return QString::fromUtf8(name);
}

} // namespace

struct PackageReader::State
{
    enum class Phase { Preamble, Headers, Body, Done, Failed };

    struct File
    {
        ReadFile read;
        Sha256 hash;
        std::unique_ptr<PackageCsvScanner> csv;
        bool present = false;
    };

    QString language;
    PackageLimits limits;
    RecordSink sink;
    QByteArray delimiter; // "--boundary"
    QByteArray next;      // "\r\n--boundary"
    Sha256 hash;
    qint64 total = 0;
    Phase phase = Phase::Preamble;
    QByteArray pending;
    int partIndex = -1;
    QByteArray partType;
    QString partName;
    int target = -1; // -1 manifest, >= 0 a file, -2 a part that is drained
    QByteArray manifestBytes;
    std::optional<SubmissionManifest> manifest;
    std::vector<std::unique_ptr<File>> files;
    QHash<QString, int> fileByName;
    QSet<QString> partNames;
    QStringList unlisted;
    QList<PackageProblem> problems;

    void problem(const QString &code, const QString &dataset, const QString &file, int line,
                 const QString &message)
    {
        problems.append({code, dataset, file, line, message});
    }

    void failFormat()
    {
        problem(QStringLiteral("package-format"), {}, {}, 0,
                say(language,
                    "Het pakket is geen multipart/mixed-bericht met een manifest en CSV-bestanden.",
                    "The package is not a multipart/mixed body with a manifest and CSV files."));
        phase = Phase::Failed;
    }

    void failLimit(const QString &file, int line, const QString &message)
    {
        problem(QStringLiteral("limit"), {}, file, line, message);
        phase = Phase::Failed;
    }

    bool beginPart()
    {
        ++partIndex;
        if (partIndex > limits.maxFiles) {
            failLimit({}, 0,
                      say(language, "Het pakket bevat meer dan %1 bestanden.",
                          "The package holds more than %1 files.")
                          .arg(limits.maxFiles));
            return false;
        }
        if (partIndex == 0) {
            if (!partType.startsWith("application/json")) {
                manifestProblem(say(language,
                                    "Het eerste deel van het pakket moet het manifest (JSON) zijn.",
                                    "The first part of the package must be the manifest (JSON)."));
                return false;
            }
            target = -1;
            return true;
        }
        target = -2;
        if (partName.isEmpty() || partNames.contains(partName)) {
            problem(QStringLiteral("duplicate-file"), {}, partName, 0,
                    say(language, "Een bestand in het pakket heeft geen of een dubbele naam.",
                        "A file in the package has no name or a duplicate name."));
            return true;
        }
        partNames.insert(partName);
        const int index = fileByName.value(partName, -1);
        if (index < 0) {
            unlisted.append(partName);
            return true;
        }
        target = index;
        File &file = *files.at(static_cast<size_t>(index));
        file.present = true;
        file.csv = std::make_unique<PackageCsvScanner>(
            limits, language, [this, index](int line, QList<QByteArray> &fields) {
                return record(index, line, fields);
            });
        return true;
    }

    bool record(int index, int line, QList<QByteArray> &fields)
    {
        ReadFile &read = files.at(static_cast<size_t>(index))->read;
        if (read.headerLine == 0) {
            read.headerLine = line;
            for (const QByteArray &name : std::as_const(fields))
                read.header.append(QString::fromUtf8(name).trimmed());
            return true;
        }
        if (++read.rows > limits.maxRowsPerFile) {
            failLimit(read.entry.file, line,
                      say(language, "Het bestand heeft meer dan %1 rijen.",
                          "The file has more than %1 rows.")
                          .arg(limits.maxRowsPerFile));
            return false;
        }
        if (sink) {
            QStringList values;
            values.reserve(fields.size());
            for (const QByteArray &field : std::as_const(fields))
                values.append(QString::fromUtf8(field));
            if (!sink(index, line, std::move(values))) {
                failLimit(read.entry.file, line,
                          say(language, "Het lezen van het pakket is gestopt.",
                              "Reading the package was stopped."));
                return false;
            }
        }
        return true;
    }

    void manifestProblem(const QString &message)
    {
        problem(QStringLiteral("manifest"), {}, QStringLiteral("manifest.json"), 0, message);
        phase = Phase::Failed;
    }

    bool partData(const char *data, qsizetype size)
    {
        if (target == -1) {
            if (manifestBytes.size() + size > limits.maxManifestBytes) {
                failLimit(QStringLiteral("manifest.json"), 0,
                          say(language, "Het manifest is groter dan %1 bytes.",
                              "The manifest is larger than %1 bytes.")
                              .arg(limits.maxManifestBytes));
                return false;
            }
            manifestBytes.append(data, size);
            return true;
        }
        if (target < 0)
            return true; // drained: reported at the end
        File &file = *files.at(static_cast<size_t>(target));
        file.hash.addData(QByteArrayView(data, size));
        if (!file.csv->write(data, size))
            return csvFailed(file);
        return phase != Phase::Failed;
    }

    bool csvFailed(File &file)
    {
        if (phase == Phase::Failed)
            return false; // a limit already said why
        if (file.csv->failure() == PackageCsvScanner::Failure::Limit) {
            failLimit(file.read.entry.file, file.csv->failureLine(), file.csv->failureMessage());
        } else {
            problem(QStringLiteral("malformed-csv"), file.read.entry.dataset, file.read.entry.file,
                    file.csv->failureLine(), file.csv->failureMessage());
            target = -2; // the other files are still checked
        }
        return phase != Phase::Failed;
    }

    bool endPart()
    {
        if (target == -1) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &error);
            manifestBytes.clear();
            if (!document.isObject()) {
                manifestProblem(say(language,
                                    "Het eerste deel van het pakket moet het manifest (JSON) zijn.",
                                    "The first part of the package must be the manifest (JSON)."));
                return false;
            }
            QString message;
            manifest = SubmissionManifest::fromJson(document.object(), &message);
            if (!manifest) {
                manifestProblem(
                    say(language, "Het manifest klopt niet: ", "The manifest is invalid: ") +
                    message);
                return false;
            }
            QSet<QString> datasets;
            for (const PackageDataset &entry : std::as_const(manifest->datasets)) {
                const QString key = entry.spec + QLatin1Char('/') + entry.dataset;
                if (datasets.contains(key) || fileByName.contains(entry.file)) {
                    problem(QStringLiteral("duplicate-dataset"), entry.dataset, entry.file, 0,
                            say(language, "Het manifest noemt deze gegevensset twee keer.",
                                "The manifest lists this dataset twice."));
                    continue;
                }
                datasets.insert(key);
                fileByName.insert(entry.file, static_cast<int>(files.size()));
                auto file = std::make_unique<File>();
                file->read.entry = entry;
                files.push_back(std::move(file));
            }
            return true;
        }
        if (target < 0)
            return true;
        File &file = *files.at(static_cast<size_t>(target));
        if (!file.csv->finish())
            return csvFailed(file);
        file.read.lines = file.csv->lines();
        file.read.emptyLines = file.csv->emptyLines();
        const PackageDataset &entry = file.read.entry;
        if (file.hash.hexResult() != entry.sha256) {
            problem(QStringLiteral("sha256"), entry.dataset, entry.file, 0,
                    say(language,
                        "De SHA-256 van het bestand is niet die van het manifest: het bestand is "
                        "onderweg veranderd of onvolledig.",
                        "The file's SHA-256 is not the manifest's: the file changed or was cut "
                        "off on the way."));
        } else if (file.read.rows != entry.rows) {
            problem(QStringLiteral("row-count"), entry.dataset, entry.file, 0,
                    say(language, "Het manifest meldt %1 rijen, het bestand heeft er %2.",
                        "The manifest claims %1 rows, the file has %2.")
                        .arg(entry.rows)
                        .arg(file.read.rows));
        }
        return true;
    }

    // The multipart structure (RFC 2046), cut out of `pending` as far as it goes.
    bool advance()
    {
        for (;;) {
            switch (phase) {
            case Phase::Preamble: {
                qsizetype at = -1;
                if (pending.startsWith(delimiter))
                    at = 0;
                else if (const qsizetype found = pending.indexOf(next); found >= 0)
                    at = found + 2;
                if (at < 0) {
                    if (pending.size() > 64 * 1024) {
                        failFormat();
                        return false;
                    }
                    return true;
                }
                if (pending.size() < at + delimiter.size() + 2)
                    return true;
                const QByteArray after = pending.mid(at + delimiter.size(), 2);
                pending.remove(0, at + delimiter.size() + 2);
                if (after == "--") {
                    failFormat(); // a package without parts
                    return false;
                }
                if (after != "\r\n") {
                    failFormat();
                    return false;
                }
                phase = Phase::Headers;
                break;
            }
            case Phase::Headers: {
                partType.clear();
                partName.clear();
                qsizetype bodyStart = -1;
                if (pending.startsWith("\r\n")) {
                    bodyStart = 2; // a part without headers
                } else {
                    const qsizetype end = pending.indexOf("\r\n\r\n");
                    if (end < 0) {
                        if (pending.size() > 16 * 1024) {
                            failFormat();
                            return false;
                        }
                        return true;
                    }
                    const QList<QByteArray> lines = pending.left(end).split('\n');
                    for (const QByteArray &rawLine : lines) {
                        const QByteArray line = rawLine.trimmed();
                        const qsizetype colon = line.indexOf(':');
                        if (colon <= 0) {
                            failFormat();
                            return false;
                        }
                        const QByteArray name = line.left(colon).trimmed().toLower();
                        const QByteArray value = line.mid(colon + 1).trimmed();
                        if (name == "content-type")
                            partType = value;
                        else if (name == "content-disposition")
                            partName = dispositionFileName(value);
                    }
                    bodyStart = end + 4;
                }
                if (pending.size() < bodyStart)
                    return true;
                pending.remove(0, bodyStart);
                if (!beginPart())
                    return false;
                phase = Phase::Body;
                break;
            }
            case Phase::Body: {
                const qsizetype found = pending.indexOf(next);
                if (found < 0) {
                    const qsizetype keep = next.size() + 1;
                    if (pending.size() > keep) {
                        const qsizetype give = pending.size() - keep;
                        if (!partData(pending.constData(), give))
                            return false;
                        pending.remove(0, give);
                    }
                    return true;
                }
                if (pending.size() < found + next.size() + 2) {
                    if (found > 0) {
                        if (!partData(pending.constData(), found))
                            return false;
                        pending.remove(0, found);
                    }
                    return true;
                }
                if (!partData(pending.constData(), found) || !endPart())
                    return false;
                const QByteArray after = pending.mid(found + next.size(), 2);
                pending.remove(0, found + next.size() + 2);
                if (after == "--") {
                    phase = Phase::Done; // an epilogue is ignored (RFC 2046)
                    pending.clear();
                    return true;
                }
                if (after != "\r\n") {
                    failFormat();
                    return false;
                }
                phase = Phase::Headers;
                break;
            }
            case Phase::Done:
                pending.clear();
                return true;
            case Phase::Failed:
                return false;
            }
        }
    }
};

PackageReader::PackageReader(const QByteArray &contentType, const QString &language,
                             const PackageLimits &limits)
    : d(std::make_unique<State>())
{
    d->language = language;
    d->limits = limits;
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty() || boundary.size() > 70)
        d->failFormat();
    d->delimiter = "--" + boundary;
    d->next = "\r\n" + d->delimiter;
}

PackageReader::~PackageReader() = default;

const ReadFile &PackageReader::file(int index) const
{
    return d->files.at(static_cast<size_t>(index))->read;
}

void PackageReader::setRecordSink(RecordSink sink)
{
    d->sink = std::move(sink);
}

bool PackageReader::write(const char *data, qsizetype size)
{
    if (d->phase == State::Phase::Failed)
        return false;
    d->hash.addData(QByteArrayView(data, size));
    d->total += size;
    if (d->total > d->limits.maxPackageBytes) {
        d->problem(QStringLiteral("too-large"), {}, {}, 0,
                   say(d->language, "Het pakket is uitgepakt groter dan %1 bytes.",
                       "The package is larger than %1 bytes unpacked.")
                       .arg(d->limits.maxPackageBytes));
        d->phase = State::Phase::Failed;
        return false;
    }
    // Feed in slices, so `pending` never holds more than a slice and a boundary.
    constexpr qsizetype slice = 64 * 1024;
    for (qsizetype at = 0; at < size; at += slice) {
        d->pending.append(data + at, std::min(slice, size - at));
        if (!d->advance())
            return false;
    }
    return true;
}

std::optional<ReadPackage> PackageReader::finish(QList<PackageProblem> *problems)
{
    if (d->phase != State::Phase::Failed && d->phase != State::Phase::Done)
        d->failFormat(); // cut off before the closing delimiter
    if (d->phase == State::Phase::Done) {
        for (const auto &file : d->files) {
            if (!file->present)
                d->problem(QStringLiteral("missing-file"), file->read.entry.dataset,
                           file->read.entry.file, 0,
                           say(d->language,
                               "Het manifest noemt dit bestand, maar het zit niet in het pakket.",
                               "The manifest lists this file, but the package does not contain "
                               "it."));
        }
        for (const QString &name : std::as_const(d->unlisted))
            d->problem(QStringLiteral("unlisted-file"), {}, name, 0,
                       say(d->language,
                           "Dit bestand zit in het pakket maar staat niet in het manifest.",
                           "This file is in the package but not in the manifest."));
    }
    if (!d->problems.isEmpty() || !d->manifest) {
        problems->append(d->problems);
        return std::nullopt;
    }
    ReadPackage package;
    package.manifest = *d->manifest;
    package.contentHash = d->hash.hexResult();
    for (const auto &file : d->files)
        package.files.append(file->read);
    return package;
}

std::optional<ReadPackage> PackageReader::read(const QByteArray &contentType,
                                               const QByteArray &bytes, const QString &language,
                                               QList<PackageProblem> *problems,
                                               const PackageLimits &limits)
{
    PackageReader reader(contentType, language, limits);
    reader.write(bytes.constData(), bytes.size());
    return reader.finish(problems);
}

struct GzipInflater::Stream
{
    z_stream z{};
    bool initialised = false;
};

GzipInflater::GzipInflater(qint64 limit, Output out)
    : m_stream(std::make_unique<Stream>())
    , m_limit(limit)
    , m_out(std::move(out))
{
    // windowBits 15 + 16: a gzip header and trailer, not zlib's.
    m_stream->initialised = inflateInit2(&m_stream->z, 15 + 16) == Z_OK;
    m_failed = !m_stream->initialised;
}

GzipInflater::~GzipInflater()
{
    if (m_stream->initialised)
        inflateEnd(&m_stream->z);
}

bool GzipInflater::write(const char *data, qsizetype size)
{
    if (m_failed)
        return false;
    if (m_ended)
        return size == 0; // bytes after the end of the stream
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = static_cast<uInt>(size);
    char buffer[16 * 1024];
    while (z.avail_in > 0 && !m_ended) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int result = inflate(&z, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            m_failed = true;
            return false;
        }
        const auto produced = static_cast<qsizetype>(sizeof buffer - z.avail_out);
        m_produced += produced;
        if (m_produced > m_limit) {
            m_overLimit = true;
            m_failed = true;
            return false;
        }
        if (produced > 0 && !m_out(buffer, produced)) {
            m_failed = true;
            return false;
        }
        if (result == Z_STREAM_END)
            m_ended = true;
        else if (result == Z_BUF_ERROR && produced == 0)
            break;
    }
    if (m_ended && z.avail_in > 0) {
        m_failed = true; // trailing garbage after the gzip member
        return false;
    }
    return true;
}

bool GzipInflater::finish()
{
    return !m_failed && m_ended;
}

} // namespace veldboek
