// Writes the seeds of tests/fuzz/corpus that are made by the code rather than copied from
// fixtures: submission packages as the client builds them (plain and gzip, with their
// Content-Type line, as fuzz_package reads its input), a key file as exportKey writes it, a
// dashboard tally. Run once when the formats change: fuzz_seed_maker <source>/tests/fuzz/corpus
#include "dashboard/DashboardTally.h"
#include "privacy/Pseudonymiser.h"
#include "submission/SubmissionPackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace veldboek;

namespace {

bool write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        qCritical("usage: fuzz_seed_maker <source>/tests/fuzz/corpus");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    SubmissionManifest manifest;
    manifest.clientVersion = QStringLiteral("0.1.0");
    manifest.note = QStringLiteral("Toelichting");
    manifest.datasets.append({QStringLiteral("sor"),
                              QStringLiteral("2023.1"),
                              QStringLiteral("gas"),
                              QStringLiteral("rap-gas"),
                              QStringLiteral("gas.csv"),
                              0,
                              {}});
    manifest.datasets.append({QStringLiteral("sor"),
                              QStringLiteral("2023.1"),
                              QStringLiteral("problem"),
                              QStringLiteral("rap-probleem"),
                              QStringLiteral("problem.csv"),
                              0,
                              {}});
    const QByteArray gas = "BSN;Beschikkingsnummer;Toewijzingsnummer;Type;Waarde\r\n"
                           "123456782;B1;;D1O;2\r\n\"123456782\";B1;;\"D1\"\"C\";1\r\n";
    const QByteArray problem = "BSN,Beschikkingsnummer,Toewijzingsnummer,Type,Waarde,Datum\n"
                               "123456782,B1,,PB,1,01-03-2023\n";
    QByteArray contentType;
    const QByteArray package = SubmissionPackage::build(manifest, {gas, problem}, &contentType);
    const QString packages = corpus.filePath(QStringLiteral("fuzz_package"));
    bool ok = write(packages, QStringLiteral("package.seed"), contentType + '\n' + package);
    ok = ok && write(packages, QStringLiteral("package-gzip.seed"),
                     contentType + '\n' + SubmissionPackage::gzip(package));

    ok = ok && write(corpus.filePath(QStringLiteral("fuzz_endpoint_request")),
                     QStringLiteral("submission"),
                     "POST /api/v1/submissions\nAuthorization: Bearer $TOKEN\nContent-Type: " +
                         contentType + "\nIdempotency-Key: " +
                         SubmissionPackage::contentHash(package).toLatin1() + "\n\n" + package);

    const QByteArray key(Pseudonymiser::KeySize, '\x5a');
    ok = ok && write(corpus.filePath(QStringLiteral("fuzz_keyimport")), QStringLiteral("key.json"),
                     Pseudonymiser::exportKey(key, QByteArrayLiteral("fuzz-wachtwoord")));
    ok =
        ok && write(corpus.filePath(QStringLiteral("fuzz_dashboard")), QStringLiteral("tally.json"),
                    QJsonDocument(DashboardTally().toJson()).toJson(QJsonDocument::Compact));
    return ok ? 0 : 1;
}
