// submit_benchmark [participants...] [--receive-checks N]: what the user waits for after Submit
// (issue 18), on a clean generated register of N participants with its three outcome datasets,
// through a real endpoint started on loopback over TLS. Per size it prints a line per stage and
// then `submit to figures: … ms`. Default sizes 1,000, 10,000 and 100,000, so the growth shows.
//
// Two measurements per size:
// - the parts on their own, on the register's own thread: reading the register
//   (RegisterSnapshot::read), the full-register check, the package (CSV, manifest, SHA-256, gzip);
// - one real SubmissionRun, start to finish, as the submit dialog runs it: its stages, timed by
//   the run's own stageChanged signal (core/sync/SubmissionRun.h), are "read, check and package",
//   "upload to receipt", "endpoint check" (polling every 20 ms, so the poll adds little) and
//   "figures" (the dashboard fetched and stored). The last line is that run's whole time.
// Targets at 100,000 (issue 18): submit to figures under 5,000 ms, reading at most 1,000 ms.
#include "SyncFixture.h"
#include "demo/DemoGenerator.h"
#include "storage/KeyStore.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/NetworkReachability.h"
#include "sync/RegisterPackage.h"
#include "sync/SubmissionRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <cstdio>
#include <sys/resource.h>

using namespace veldboek;
using namespace veldboek::test;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// A register without the demo's deliberate mistakes, so that the check lets it through.
std::unique_ptr<Register> cleanRegister(SyncFixture &fixture, int participants,
                                        const EndpointProfile &profile)
{
    KeyStore::Protection protection;
    protection.mode = KeyStore::Mode::Passphrase;
    protection.passphrase = "submit benchmark passphrase";
    RegisterError error;
    auto reg = KeyStore::create(fixture.dir() + QStringLiteral("/submit-%1.vbk").arg(participants),
                                protection, &error);
    if (!reg)
        return nullptr;
    DemoGenerator demo(QDate::currentDate(), 2026);
    demo.setMistakes(false);
    QString settingsError;
    if (!demo.fill(*reg, participants) || !ConnectionSettings(*reg).save(profile, &settingsError))
        return nullptr;
    return reg;
}

bool measure(SyncFixture &fixture, int participants)
{
    std::printf("== %d participants\n", participants);
    const QString token = fixture.newAccount();
    const EndpointProfile profile = fixture.profile(token);
    QElapsedTimer timer;
    timer.start();
    auto reg = cleanRegister(fixture, participants, profile);
    if (!reg) {
        std::fprintf(stderr, "could not make the register\n");
        return false;
    }
    std::printf("(register generated in %.0f ms)\n", msSince(timer));

    QString error;
    timer.restart();
    const std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(*reg, &error);
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const double readMs = msSince(timer);
    qsizetype rows = 0;
    for (const RegisterSnapshot::Part &part : snapshot->parts)
        rows += part.table.rows.size();
    timer.restart();
    const PreparedPackage checked =
        RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("nl"), true);
    const double checkAndPackageMs = msSince(timer);
    timer.restart();
    const PreparedPackage unchecked =
        RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("nl"), false);
    const double packageMs = msSince(timer);
    if (checked.blocked()) {
        std::fprintf(stderr, "the clean register has %d error rows\n", checked.errors);
        return false;
    }
    std::printf("read register: %.0f ms (%lld rows in all datasets)\n", readMs,
                static_cast<long long>(rows));
    std::printf("check: %.0f ms (%d warnings)\n", checkAndPackageMs - packageMs, checked.warnings);
    std::printf("package: %.0f ms (%.1f MB, %.1f MB gzip)\n", packageMs,
                unchecked.body.size() / 1e6, unchecked.gzipBody.size() / 1e6);

    EndpointClient client(profile);
    NetworkReachability network;
    network.setOverride(true);
    SubmissionRun run(*reg, client, network);
    run.setPolling(20, 600000);
    QList<std::pair<SubmissionRun::Stage, double>> stages;
    QElapsedTimer whole;
    QObject::connect(&run, &SubmissionRun::stageChanged, &run, [&](SubmissionRun::Stage stage) {
        stages.append({stage, msSince(whole)});
    });
    QEventLoop loop;
    QObject::connect(&run, &SubmissionRun::finished, &loop, &QEventLoop::quit);
    whole.start();
    run.start();
    if (run.stage() != SubmissionRun::Stage::Finished)
        loop.exec();
    const double totalMs = msSince(whole);
    if (run.outcome() != SubmissionRun::Outcome::Approved || !run.dashboardStored()) {
        std::fprintf(stderr, "submission not approved with figures: %s\n",
                     qPrintable(run.error().message));
        return false;
    }
    const auto at = [&stages](SubmissionRun::Stage stage) {
        for (const auto &[s, ms] : stages) {
            if (s == stage)
                return ms;
        }
        return -1.0;
    };
    const double uploading = at(SubmissionRun::Stage::Uploading);
    const double processing = at(SubmissionRun::Stage::Processing);
    const double dashboard = at(SubmissionRun::Stage::Dashboard);
    std::printf("in one submission: read, check and package %.0f ms; upload to receipt %.0f ms; "
                "endpoint check %.0f ms; figures %.0f ms\n",
                uploading, processing - uploading, dashboard - processing, totalMs - dashboard);
    // The endpoint's own line: how often its check read the package and what it held.
    const QList<QByteArray> log = fixture.endpoint().log().split('\n');
    for (auto line = log.crbegin(); line != log.crend(); ++line) {
        if (line->contains("worker: submission") || line->contains("upload: submission")) {
            const qsizetype from = std::max(line->indexOf("worker:"), line->indexOf("upload:"));
            std::printf("endpoint: %s\n", line->mid(from).constData());
            break;
        }
    }
    std::printf("submit to figures: %.0f ms (peak memory of this process so far %ld MB, of the "
                "endpoint %lld MB)\n",
                totalMs, peakMegabytes(),
                static_cast<long long>(fixture.endpoint().peakMemoryMb()));
    if (participants == 100000)
        std::printf("targets at 100,000: submit to figures under 5,000 ms: %s; reading at most "
                    "1,000 ms: %s\n",
                    totalMs < 5000 ? "met" : "NOT met", readMs <= 1000 ? "met" : "NOT met");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    QStringList endpointArguments; // --receive-checks N is the endpoint's (docs/endpoint.md)
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--receive-checks" && i + 1 < argc) {
            endpointArguments = {QStringLiteral("--receive-checks"),
                                 QString::fromLatin1(argv[++i])};
            continue;
        }
        sizes.append(QByteArray(argv[i]).toInt());
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};
    SyncFixture fixture;
    QString error;
    if (!fixture.setUp(&error, endpointArguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    for (const int participants : std::as_const(sizes)) {
        if (participants <= 0 || !measure(fixture, participants))
            return 2;
    }
    return 0;
}
