#pragma once

#include "exchange/CsvReader.h"
#include "validation/DataTable.h"
#include "validation/Spec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// One dataset of a submission as the manifest describes it.
struct PackageDataset
{
    QString spec;        // spec id: mdt, sor, cemplus
    QString specVersion; // the version the client checked against
    QString dataset;     // the spec's dataset name: participants, gas, problem, cem
    QString format;      // the file format of the CSV's columns (mdt-proces1, rap-gas, ...)
    QString file;        // the part's file name, e.g. "mdt-participants.csv"
    int rows = 0;        // data records in the CSV (header and empty lines not counted)
    QString sha256;      // lower-case hex SHA-256 of the CSV bytes
};

// The manifest: what the package claims to hold. Serialised as compact JSON with sorted keys, so
// the same register always gives the same bytes and therefore the same content hash.
struct SubmissionManifest
{
    static constexpr int currentFormatVersion = 1;

    int formatVersion = currentFormatVersion;
    QString clientVersion;
    QString note; // the explanatory note ("toelichting") for the people reading the figures
    QList<PackageDataset> datasets;

    QJsonObject toJson() const;
    static std::optional<SubmissionManifest> fromJson(const QJsonObject &json, QString *error);
};

// Why a package was refused before any value was checked. `dataset` and `line` are empty/0 when
// the problem is with the package as a whole.
struct PackageProblem
{
    QString code; // stable id: package-format, manifest, missing-file, unknown-spec, sha256, ...
    QString dataset;
    QString file;
    int line = 0;
    QString message;

    QJsonObject toJson() const;
};

// The submission package (docs/api.md, POST /api/v1/submissions), shared by the client that builds
// it and the endpoint that checks it. On the wire it is a multipart/mixed body: first the
// manifest (application/json), then one text/csv part per dataset, named by its file. The
// boundary is derived from the content, so building the same register twice gives identical
// bytes: the package's SHA-256 is its Idempotency-Key, and a retried upload is recognised as the
// same submission. The body may be sent gzip-compressed (Content-Encoding: gzip); the content
// hash is always over the uncompressed bytes.
class SubmissionPackage
{
public:
    static QByteArray mediaType() { return QByteArrayLiteral("multipart/mixed"); }

    // Fills in rows and sha256 of every entry from the CSV bytes and serialises the package.
    // `contentType` receives the full Content-Type header value (with the boundary).
    // `rowCounts`, one per file, is for a caller that wrote the files and knows their records:
    // counting them again means parsing every file, half the time of building a large package.
    // The endpoint counts them itself, so a wrong count is refused there, never trusted.
    static QByteArray build(SubmissionManifest manifest, const QList<QByteArray> &csvFiles,
                            QByteArray *contentType, const QList<int> &rowCounts = {});

    // The content hash of a package body (uncompressed): the Idempotency-Key.
    static QString contentHash(const QByteArray &package);

    // Reading a package, as a stream with limits: PackageReader (PackageReader.h).

    static QByteArray gzip(const QByteArray &bytes);

    // The number of data records of a CSV file the way the package counts them (CsvReader's),
    // or -1 when the file cannot be read as CSV.
    static int countRows(const QByteArray &csv);
};

} // namespace veldboek
