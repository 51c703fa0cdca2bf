#include "SubmissionPackage.h"

#include "Sha256.h"
#include "exchange/CsvTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <zlib.h>

namespace veldboek {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

// File names travel in a header and end up in reports: plain names only, no paths.
bool safeFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 100 || name.startsWith(QLatin1Char('.')))
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

void appendPart(QByteArray &out, const QByteArray &boundary, const QByteArray &type,
                const QString &fileName, const QByteArray &body)
{
    out += "--" + boundary + "\r\n";
    out += "Content-Type: " + type + "\r\n";
    out += "Content-Disposition: attachment; filename=\"" + fileName.toUtf8() + "\"\r\n\r\n";
    out += body;
    out += "\r\n";
}

} // namespace

QJsonObject SubmissionManifest::toJson() const
{
    QJsonArray array;
    for (const PackageDataset &d : datasets) {
        array.append(QJsonObject{{QStringLiteral("spec"), d.spec},
                                 {QStringLiteral("specVersion"), d.specVersion},
                                 {QStringLiteral("dataset"), d.dataset},
                                 {QStringLiteral("format"), d.format},
                                 {QStringLiteral("file"), d.file},
                                 {QStringLiteral("rows"), d.rows},
                                 {QStringLiteral("sha256"), d.sha256}});
    }
    QJsonObject json{{QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("clientVersion"), clientVersion},
                     {QStringLiteral("datasets"), array}};
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

std::optional<SubmissionManifest> SubmissionManifest::fromJson(const QJsonObject &json,
                                                               QString *error)
{
    SubmissionManifest manifest;
    manifest.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (manifest.formatVersion != currentFormatVersion) {
        *error = QStringLiteral("formatVersion %1 is not supported (expected %2)")
                     .arg(manifest.formatVersion)
                     .arg(currentFormatVersion);
        return std::nullopt;
    }
    manifest.clientVersion = json.value(QStringLiteral("clientVersion")).toString();
    manifest.note = json.value(QStringLiteral("note")).toString();
    if (manifest.note.size() > 4000) {
        *error = QStringLiteral("note is longer than 4000 characters");
        return std::nullopt;
    }
    const QJsonValue datasets = json.value(QStringLiteral("datasets"));
    if (!datasets.isArray() || datasets.toArray().isEmpty()) {
        *error = QStringLiteral("datasets must be a non-empty array");
        return std::nullopt;
    }
    const QJsonArray array = datasets.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        PackageDataset d;
        d.spec = o.value(QStringLiteral("spec")).toString();
        d.specVersion = o.value(QStringLiteral("specVersion")).toString();
        d.dataset = o.value(QStringLiteral("dataset")).toString();
        d.format = o.value(QStringLiteral("format")).toString();
        d.file = o.value(QStringLiteral("file")).toString();
        d.rows = o.value(QStringLiteral("rows")).toInt(-1);
        d.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
        const QString place = QStringLiteral("datasets[%1]").arg(i);
        if (d.spec.isEmpty() || d.dataset.isEmpty() || d.file.isEmpty()) {
            *error = place + QStringLiteral(": spec, dataset and file are required");
            return std::nullopt;
        }
        if (!safeFileName(d.file)) {
            *error = place + QStringLiteral(": file must be a plain name of letters, digits, "
                                            "'.', '-' and '_'");
            return std::nullopt;
        }
        if (d.rows < 0) {
            *error = place + QStringLiteral(": rows must be a whole number of 0 or more");
            return std::nullopt;
        }
        if (d.sha256.size() != 64) {
            *error = place + QStringLiteral(": sha256 must be 64 hexadecimal digits");
            return std::nullopt;
        }
        manifest.datasets.append(d);
    }
    return manifest;
}

QJsonObject PackageProblem::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!dataset.isEmpty())
        json.insert(QStringLiteral("dataset"), dataset);
    if (!file.isEmpty())
        json.insert(QStringLiteral("file"), file);
    if (line > 0)
        json.insert(QStringLiteral("line"), line);
    return json;
}

int SubmissionPackage::countRows(const QByteArray &csv)
{
    CsvError error;
    const std::optional<CsvDocument> document = CsvReader::read(csv, QStringLiteral("en"), &error);
    return document ? static_cast<int>(document->records.size()) : -1;
}

QByteArray SubmissionPackage::build(SubmissionManifest manifest, const QList<QByteArray> &csvFiles,
                                    QByteArray *contentType, const QList<int> &rowCounts)
{
    Q_ASSERT(manifest.datasets.size() == csvFiles.size());
    Q_ASSERT(rowCounts.isEmpty() || rowCounts.size() == csvFiles.size());
    // The files' hashes are independent: computed on all cores.
    const QList<QString> hashes = QtConcurrent::blockingMapped(csvFiles, sha256Hex);
    for (qsizetype i = 0; i < manifest.datasets.size(); ++i) {
        PackageDataset &entry = manifest.datasets[i];
        entry.rows = rowCounts.isEmpty() ? qMax(0, countRows(csvFiles.at(i))) : rowCounts.at(i);
        entry.sha256 = hashes.at(i);
    }
    const QByteArray manifestBytes =
        QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    // A boundary from the content: deterministic, and (after the check) absent from every part.
    QByteArray boundary;
    for (int attempt = 0;; ++attempt) {
        boundary = "veldboek-" +
                   QCryptographicHash::hash(QByteArray(manifestBytes + QByteArray::number(attempt)),
                                            QCryptographicHash::Sha256)
                       .toHex()
                       .left(40);
        bool clash = manifestBytes.contains(boundary);
        for (const QByteArray &csv : csvFiles)
            clash = clash || csv.contains(boundary);
        if (!clash)
            break;
    }
    QByteArray out;
    qsizetype size = manifestBytes.size() + 1024;
    for (const QByteArray &csv : csvFiles)
        size += csv.size() + 256;
    out.reserve(size);
    appendPart(out, boundary, "application/json", QStringLiteral("manifest.json"), manifestBytes);
    for (qsizetype i = 0; i < csvFiles.size(); ++i)
        appendPart(out, boundary, "text/csv; charset=utf-8", manifest.datasets.at(i).file,
                   csvFiles.at(i));
    out += "--" + boundary + "--\r\n";
    if (contentType)
        *contentType = mediaType() + "; boundary=" + boundary;
    return out;
}

QString SubmissionPackage::contentHash(const QByteArray &package)
{
    return sha256Hex(package);
}

QByteArray SubmissionPackage::gzip(const QByteArray &bytes)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's. Level 1: register CSVs
    // are so repetitive that the fastest level already shrinks them about tenfold; the default
    // level took three times as long for a package a third smaller (sync_benchmark).
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(bytes.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace veldboek
