#include "FaultLoop.h"

#include "PowerLossVfs.h"
#include "RegisterAfterFault.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <random>

namespace veldboek::test {

namespace {

struct Base
{
    QString file;
    Model initial;
};

QString writerProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/powerloss_writer");
}

bool copyBase(const Base &base, const QString &target)
{
    QDir(QFileInfo(target).path()).removeRecursively();
    return QDir().mkpath(QFileInfo(target).path()) && QFile::copy(base.file, target);
}

// Starts the writer on a copy of `base`; argument `cut` as powerloss_writer.cpp documents.
bool startWriter(QProcess &writer, const Base &base, const QString &target, std::uint32_t seed,
                 long long cut)
{
    if (!copyBase(base, target))
        return false;
    QStringList arguments = {target, QString::number(seed), QString::number(cut)};
    if (!base.initial.passphrase.isEmpty())
        arguments.append(QString::fromUtf8(base.initial.passphrase));
    writer.start(writerProgram(), arguments);
    return writer.waitForStarted(10000);
}

std::optional<Base> makeFreshBase(const QString &folder, QString *error)
{
    Base base;
    base.file = folder + QStringLiteral("/fresh.veldboek");
    RegisterError registerError;
    if (!Register::create(base.file, WriteScript::rawKey(), &registerError)) {
        *error = registerError.message();
        return std::nullopt;
    }
    std::optional<Model> initial = initialModel(base.file, {}, error);
    if (!initial)
        return std::nullopt;
    base.initial = *initial;
    return base;
}

std::optional<Base> makeFixtureBase(QString *error)
{
    // A register as schema version 1 wrote it (tests/fixtures/registers/README.md): opening it
    // runs every migration.
    Base base;
    base.file = QStringLiteral(VELDBOEK_TEST_SOURCE_DIR) +
                QStringLiteral("/tests/fixtures/registers/schema-v1.veldboek");
    std::optional<Model> initial = initialModel(base.file, QByteArrayLiteral("fixture"), error);
    if (!initial)
        return std::nullopt;
    base.initial = *initial;
    return base;
}

} // namespace

int runFaultLoop(Fault fault, int count, std::uint32_t seed)
{
    const char *const noun = fault == Fault::PowerCut ? "cuts" : "kills";
    QTemporaryDir folder;
    QString error;
    std::optional<Base> fresh = makeFreshBase(folder.path(), &error);
    std::optional<Base> fixture = fresh ? makeFixtureBase(&error) : std::nullopt;
    if (!fresh || !fixture) {
        std::fprintf(stderr, "cannot prepare the registers: %s\n", qPrintable(error));
        return 2;
    }
    const QString target = folder.filePath(QStringLiteral("run/register.veldboek"));

    // One undisturbed run measures how long the script is: in VFS events for the cut, in time
    // for the kill. Faults then fall uniformly within it.
    QProcess writer;
    QElapsedTimer clock;
    clock.start();
    if (!startWriter(writer, *fresh, target, seed, fault == Fault::PowerCut ? 0 : -1) ||
        !writer.waitForFinished(120000) || writer.exitCode() != 0) {
        std::fprintf(stderr, "the undisturbed writer failed: %s\n",
                     qPrintable(readWriterOutput(writer).errors));
        return 2;
    }
    const qint64 span =
        fault == Fault::PowerCut ? qint64(readWriterOutput(writer).events) : clock.elapsed();
    std::printf("undisturbed run: %lld %s\n", static_cast<long long>(span),
                fault == Fault::PowerCut ? "events" : "ms");

    std::mt19937 random(seed);
    int faults = 0;
    int runs = 0;
    int lost = 0;
    int damaged = 0;
    int unopened = 0;
    int completedFirst = 0;
    while (faults < count) {
        const std::uint32_t runSeed = seed + std::uint32_t(++runs);
        const Base &base = runs % 5 == 0 ? *fixture : *fresh;
        const qint64 at = 1 + qint64(random() % std::uint64_t(span + span / 5));
        if (!startWriter(writer, base, target, runSeed, fault == Fault::PowerCut ? at : -1)) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(writerProgram()));
            return 2;
        }
        if (fault == Fault::Kill) {
            if (!writer.waitForFinished(int(at)))
                writer.kill(); // SIGKILL
        }
        writer.waitForFinished(120000);
        const WriterRun run = readWriterOutput(writer);
        const bool cut = writer.exitStatus() == QProcess::CrashExit ||
                         writer.exitCode() == PowerLossVfs::CutExitCode;
        if (!cut && writer.exitCode() != 0) {
            std::fprintf(stderr, "run %d (seed %u): the writer failed: %s\n", runs, runSeed,
                         qPrintable(run.errors));
            return 2;
        }
        const FaultVerdict verdict =
            checkAfterFault(target, base.initial, runSeed, run.committed, run.started);
        if (cut)
            ++faults;
        else
            ++completedFirst;
        if (!verdict.problem.isEmpty()) {
            std::printf("run %d (seed %u, fault at %lld, %d committed): %s\n", runs, runSeed,
                        static_cast<long long>(at), run.committed, qPrintable(verdict.problem));
            std::fflush(stdout);
        }
        if (!verdict.opened)
            ++unopened;
        else if (!verdict.intact)
            ++damaged;
        else if (!verdict.complete)
            ++lost;
    }
    std::printf("%d runs ended before their fault; %d registers did not open, %d were damaged\n",
                completedFirst, unopened, damaged);
    std::printf("%d %s, %d committed transactions lost\n", faults, noun, lost);
    return lost + damaged + unopened == 0 ? 0 : 1;
}

int faultMain(Fault fault, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString countOption =
        fault == Fault::PowerCut ? QStringLiteral("--cuts") : QStringLiteral("--kills");
    int count = 100;
    std::uint32_t seed = 1;
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == countOption)
            count = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--seed"))
            seed = arguments.at(i + 1).toUInt();
        else
            count = -1;
    }
    if (count <= 0 || arguments.size() % 2 == 0) {
        std::fprintf(stderr, "usage: %s %s N [--seed S]\n", argv[0], qPrintable(countOption));
        return 2;
    }
    return runFaultLoop(fault, count, seed);
}

} // namespace veldboek::test
