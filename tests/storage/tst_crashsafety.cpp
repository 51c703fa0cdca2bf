// A writer killed with SIGKILL at random moments never loses a committed participant and never
// leaves a damaged register.
#include "keys/CipherKey.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace veldboek;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.veldboek"));
        const QByteArray key = QByteArray(32, '\x5a');
        {
            RegisterError error;
            QVERIFY(Register::create(path, CipherKey::raw(QByteArray(key)), &error));
        }
        const QString writer =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("crash_writer"));
        QSet<QString> committed;
        int next = 0;
        QRandomGenerator random(20240229);
        constexpr int Kills = 25;
        for (int round = 0; round < Kills; ++round) {
            QProcess child;
            child.start(writer, {path, QString::fromLatin1(key.toHex()), QString::number(next)});
            QVERIFY(child.waitForStarted());
            // Wait for the first commit, then let it run a random while before the kill.
            QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
            QTest::qWait(static_cast<int>(random.bounded(20, 250)));
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.isEmpty()) {
                    committed.insert(QStringLiteral("C-") + QString::fromLatin1(line));
                    next = qMax(next, line.toInt() + 1);
                }
            }
            next += 1000; // a number the killed child may have half-written is never reused

            RegisterError error;
            auto reg = Register::open(path, CipherKey::raw(QByteArray(key)), &error);
            QVERIFY2(reg, qPrintable(error.message()));
            QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
            QSet<QString> present;
            ParticipantRepository(*reg).forEach(
                [&](const Participant &p) { present.insert(p.value(u"respondentnummer")); });
            const QSet<QString> missing = committed - present;
            QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(u',')));
        }
        qInfo("%d kills, %lld committed participants all present", Kills,
              static_cast<long long>(committed.size()));
        QVERIFY(committed.size() > Kills);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
