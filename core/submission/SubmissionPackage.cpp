#include "SubmissionPackage.h"

#include "exchange/CsvTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <zlib.h>

namespace veldboek {

namespace {

QString text(const QString &language, const char *nl, const char *en)
{
    return QString::fromUtf8(language == QLatin1String("en") ? en : nl);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

QByteArray boundaryParameter(const QByteArray &contentType)
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

struct Part
{
    QByteArray contentType;
    QString fileName;
    QByteArray body;
};

// The parameter `filename` of a Content-Disposition header value.
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

// Splits a multipart body (RFC 2046) into its parts; false when it is not one.
bool splitMultipart(const QByteArray &body, const QByteArray &boundary, QList<Part> *parts)
{
    const QByteArray delimiter = "--" + boundary;
    const QByteArray next = "\r\n" + delimiter;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(next);
    if (pos < 0)
        return false;
    if (pos > 0)
        pos += 2;
    pos += delimiter.size();
    for (;;) {
        if (body.mid(pos, 2) == "--")
            return true; // the closing delimiter; an epilogue is ignored (RFC 2046)
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype partEnd = body.indexOf(next, pos);
        if (partEnd < 0)
            return false;
        Part part;
        qsizetype contentStart = pos;
        if (body.mid(pos, 2) == "\r\n") {
            contentStart = pos + 2; // a part without headers
        } else {
            if (headerEnd < 0 || headerEnd > partEnd)
                return false;
            const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
            for (const QByteArray &rawLine : lines) {
                const QByteArray line = rawLine.trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return false;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-type")
                    part.contentType = value;
                else if (name == "content-disposition")
                    part.fileName = dispositionFileName(value);
            }
            contentStart = headerEnd + 4;
        }
        part.body = body.mid(contentStart, partEnd - contentStart);
        parts->append(part);
        pos = partEnd + next.size();
    }
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

std::optional<ParsedPackage> SubmissionPackage::parse(const QByteArray &contentType,
                                                      const QByteArray &package,
                                                      const QString &language,
                                                      QList<PackageProblem> *problems)
{
    const QByteArray boundary = boundaryParameter(contentType);
    QList<Part> parts;
    if (boundary.isEmpty() || boundary.size() > 70 || !splitMultipart(package, boundary, &parts) ||
        parts.isEmpty()) {
        problems->append({QStringLiteral("package-format"),
                          {},
                          {},
                          0,
                          text(language,
                               "Het pakket is geen multipart/mixed-bericht met een manifest en "
                               "CSV-bestanden.",
                               "The package is not a multipart/mixed body with a manifest and "
                               "CSV files.")});
        return std::nullopt;
    }
    const Part &first = parts.first();
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(first.body, &jsonError);
    if (!first.contentType.startsWith("application/json") || !document.isObject()) {
        problems->append(
            {QStringLiteral("manifest"),
             {},
             QStringLiteral("manifest.json"),
             0,
             text(language, "Het eerste deel van het pakket moet het manifest (JSON) zijn.",
                  "The first part of the package must be the manifest (JSON).")});
        return std::nullopt;
    }
    QString manifestError;
    std::optional<SubmissionManifest> manifest =
        SubmissionManifest::fromJson(document.object(), &manifestError);
    if (!manifest) {
        problems->append({QStringLiteral("manifest"),
                          {},
                          QStringLiteral("manifest.json"),
                          0,
                          text(language, "Het manifest klopt niet: ", "The manifest is invalid: ") +
                              manifestError});
        return std::nullopt;
    }

    ParsedPackage parsed;
    parsed.manifest = *manifest;
    parsed.contentHash = contentHash(package);
    QHash<QString, qsizetype> partByName;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &name = parts.at(i).fileName;
        if (partByName.contains(name) || name.isEmpty()) {
            problems->append(
                {QStringLiteral("duplicate-file"),
                 {},
                 name,
                 0,
                 text(language, "Een bestand in het pakket heeft geen of een dubbele naam.",
                      "A file in the package has no name or a duplicate name.")});
            continue;
        }
        partByName.insert(name, i);
    }
    QSet<QString> used;
    QSet<QString> datasetsSeen;
    for (const PackageDataset &entry : std::as_const(manifest->datasets)) {
        const QString datasetKey = entry.spec + QLatin1Char('/') + entry.dataset;
        if (datasetsSeen.contains(datasetKey)) {
            problems->append({QStringLiteral("duplicate-dataset"), entry.dataset, entry.file, 0,
                              text(language, "Het manifest noemt deze gegevensset twee keer.",
                                   "The manifest lists this dataset twice.")});
            continue;
        }
        datasetsSeen.insert(datasetKey);
        const qsizetype index = partByName.value(entry.file, -1);
        if (index < 0) {
            problems->append({QStringLiteral("missing-file"), entry.dataset, entry.file, 0,
                              text(language,
                                   "Het manifest noemt dit bestand, maar het zit niet in het "
                                   "pakket.",
                                   "The manifest lists this file, but the package does not "
                                   "contain it.")});
            continue;
        }
        used.insert(entry.file);
        PackageFile file;
        file.entry = entry;
        file.csv = parts.at(index).body;
        if (sha256Hex(file.csv) != entry.sha256) {
            problems->append({QStringLiteral("sha256"), entry.dataset, entry.file, 0,
                              text(language,
                                   "De SHA-256 van het bestand is niet die van het manifest: het "
                                   "bestand is onderweg veranderd of onvolledig.",
                                   "The file's SHA-256 is not the manifest's: the file changed "
                                   "or was cut off on the way.")});
            continue;
        }
        CsvError csvError;
        std::optional<CsvDocument> csv = CsvReader::read(file.csv, language, &csvError);
        if (!csv) {
            problems->append({QStringLiteral("malformed-csv"), entry.dataset, entry.file,
                              csvError.line, csvError.message});
            continue;
        }
        if (csv->records.size() != entry.rows) {
            problems->append(
                {QStringLiteral("row-count"), entry.dataset, entry.file, 0,
                 text(language, "Het manifest meldt %1 rijen, het bestand heeft er %2.",
                      "The manifest claims %1 rows, the file has %2.")
                     .arg(entry.rows)
                     .arg(csv->records.size())});
            continue;
        }
        file.document = std::move(*csv);
        parsed.files.append(std::move(file));
    }
    for (auto it = partByName.cbegin(); it != partByName.cend(); ++it) {
        if (!used.contains(it.key()))
            problems->append({QStringLiteral("unlisted-file"),
                              {},
                              it.key(),
                              0,
                              text(language,
                                   "Dit bestand zit in het pakket maar staat niet in het "
                                   "manifest.",
                                   "This file is in the package but not in the manifest.")});
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return parsed;
}

std::optional<QList<DataTable>> SubmissionPackage::tables(const ParsedPackage &package,
                                                          const Spec &spec, const QString &language,
                                                          QList<PackageProblem> *problems)
{
    QList<DataTable> result;
    bool ok = true;
    for (const PackageFile &file : package.files) {
        if (file.entry.spec != spec.id)
            continue;
        if (!spec.dataset(file.entry.dataset)) {
            problems->append({QStringLiteral("unknown-dataset"), file.entry.dataset,
                              file.entry.file, 0,
                              text(language, "De specificatie %1 kent deze gegevensset niet.",
                                   "Spec %1 has no such dataset.")
                                  .arg(spec.id)});
            ok = false;
            continue;
        }
        CsvError error;
        std::optional<DataTable> table =
            CsvTable::toTable(file.document, spec, file.entry.dataset, language, &error);
        if (!table) {
            problems->append({QStringLiteral("header"), file.entry.dataset, file.entry.file,
                              error.line, error.message});
            ok = false;
            continue;
        }
        result.append(std::move(*table));
    }
    if (!ok)
        return std::nullopt;
    return result;
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

std::optional<QByteArray> SubmissionPackage::gunzip(const QByteArray &bytes, qint64 limit)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    char buffer[64 * 1024];
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        if (out.size() > limit || (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0))
            break;
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END || out.size() > limit)
        return std::nullopt;
    return out;
}

} // namespace veldboek
