// endpoint_benchmark [participants] [parallel]: a generated package end to end against a started
// endpoint on loopback (upload, technical check, figures), then many small submissions at once.
// Prints its figures; the targets are under 5 s for 100,000 participants and no errors for 50
// parallel submissions (issue 5), the endpoint's peak resident memory under 300 MB while it
// receives and checks the package, and under 200 ms from the last byte sent to the receipt
// (issue 12). VELDBOEK_ENDPOINT_PROGRAM runs another build of the endpoint, for a before/after.
#include "EndpointFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>

using namespace veldboek::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int participants = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    const int parallel = arguments.size() > 2 ? arguments.at(2).toInt() : 50;
    QTemporaryDir dir;
    QString error;
    const std::optional<TestCertificate> certificate = TestCertificate::make(dir.path(), &error);
    if (!certificate) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    EndpointProcess endpoint(*certificate, dir.path() + QStringLiteral("/data"), QString());
    if (!endpoint.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                         QStringLiteral("--max-body-kb"), QStringLiteral("262144")},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString token = endpoint.addAccount(QStringLiteral("Bench"), QStringLiteral("B"));

    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = Fixtures::participantsCsv(participants);
    QByteArray type;
    const QByteArray package = Fixtures::package(csv, &type);
    const qint64 buildMs = timer.elapsed();

    const qint64 idleMb = endpoint.peakMemoryMb();
    timer.restart();
    // The upload by hand, to see when its last byte left.
    QNetworkAccessManager manager;
    QNetworkRequest uploadRequest =
        endpoint.networkRequest(QStringLiteral("/api/v1/submissions"), token);
    uploadRequest.setRawHeader("Content-Type", type);
    QNetworkReply *upload = manager.post(uploadRequest, package);
    qint64 lastByteMs = -1;
    QObject::connect(upload, &QNetworkReply::uploadProgress, upload,
                     [&](qint64 sent, qint64 total) {
                         if (total > 0 && sent == total && lastByteMs < 0)
                             lastByteMs = timer.elapsed();
                     });
    while (!upload->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const qint64 uploadMs = timer.elapsed();
    const int uploadStatus = upload->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString id =
        QJsonDocument::fromJson(upload->readAll()).object().value(QStringLiteral("id")).toString();
    delete upload;
    const QJsonObject done = endpoint.waitProcessed(token, id, 600000);
    const qint64 checkedMs = timer.elapsed();
    const HttpReply figures = endpoint.get(QStringLiteral("/api/v1/dashboard"), token);
    const qint64 totalMs = timer.elapsed();
    const qint64 peakMb = endpoint.peakMemoryMb();
    const bool ok = uploadStatus == 202 &&
                    done.value(QStringLiteral("status")).toString() == QLatin1String("approved") &&
                    figures.status == 200;
    if (!ok)
        std::fprintf(stderr, "%d %s\n", uploadStatus,
                     QJsonDocument(done).toJson(QJsonDocument::Compact).left(2000).constData());
    std::printf("package: %d participants, %.1f MB, built in %lld ms\n", participants,
                package.size() / 1e6, static_cast<long long>(buildMs));
    std::printf("end to end: upload %lld ms, technical check done at %lld ms, "
                "figures at %lld ms (%s) -> %.0f rows/s\n",
                static_cast<long long>(uploadMs), static_cast<long long>(checkedMs),
                static_cast<long long>(totalMs), ok ? "approved" : "FAILED",
                participants * 1000.0 / qMax<qint64>(1, totalMs));
    std::printf("last byte sent to receipt: %lld ms (target under 200)\n",
                static_cast<long long>(lastByteMs < 0 ? -1 : uploadMs - lastByteMs));
    std::printf("endpoint peak resident memory: %lld MB (idle %lld MB; target under 300)\n",
                static_cast<long long>(peakMb), static_cast<long long>(idleMb));
    // The worker's own time for the check, from its log line (every build writes one), or that
    // the upload was checked as it arrived (--receive-checks, issue 18).
    const QString log = QString::fromUtf8(endpoint.log());
    const QRegularExpressionMatch worker =
        QRegularExpression(QStringLiteral("worker: submission \\S+ \\S+ in (\\d+) ms")).match(log);
    std::printf("worker's technical check: %s\n",
                worker.hasMatch() ? qPrintable(worker.captured(1) + QStringLiteral(" ms"))
                : log.contains(QLatin1String("checked as it arrived"))
                    ? "none, checked as it arrived"
                    : "(no log line)");

    // Many small submissions at once, one connection and one account per client.
    QList<QString> tokens;
    for (int i = 0; i < parallel; ++i)
        tokens.append(endpoint.addAccount(QStringLiteral("Small %1").arg(i), QStringLiteral("S")));
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    timer.restart();
    for (int i = 0; i < parallel; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        const QByteArray small = Fixtures::package(Fixtures::participantsCsv(50, 0, 0, i), &type);
        QNetworkRequest request =
            endpoint.networkRequest(QStringLiteral("/api/v1/submissions"), tokens.at(i));
        request.setRawHeader("Content-Type", type);
        replies.append(managers.back()->post(request, small));
    }
    int errors = 0;
    QStringList ids;
    for (QNetworkReply *reply : std::as_const(replies)) {
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202)
            ++errors;
        ids.append(QJsonDocument::fromJson(reply->readAll())
                       .object()
                       .value(QStringLiteral("id"))
                       .toString());
    }
    const qint64 acceptedMs = timer.elapsed();
    for (int i = 0; i < parallel; ++i) {
        if (endpoint.waitProcessed(tokens.at(i), ids.at(i))
                .value(QStringLiteral("status"))
                .toString() != QLatin1String("approved"))
            ++errors;
    }
    const qint64 processedMs = timer.elapsed();
    std::printf(
        "parallel: %d submissions accepted in %lld ms, all processed in %lld ms, %d errors\n",
        parallel, static_cast<long long>(acceptedMs), static_cast<long long>(processedMs), errors);
    endpoint.terminate();
    return ok && errors == 0 ? 0 : 1;
}
