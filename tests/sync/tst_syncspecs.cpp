// `veldboek-cli sync` pulls the endpoint's specs before it makes the package, as the app does
// before every submission (issue 15; app/gui/sync/SubmitDialog.cpp, docs/sync.md "Specs from the
// endpoint"). A real endpoint over TLS serves a stricter mdt spec (house numbers up to 100) beside
// the built-in sor and cemplus ones: the first sync says what changes and stops without sending
// (exit 2); the next is checked with the new rule; corrected, the register is approved. A pull
// that fails (a login page from the fault server in front of the endpoint) is one line on stderr
// and the sync goes on with the register's own specs.
#include "ChangedSpecs.h"
#include "FaultServer.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "storage/KeyStore.h"
#include "storage/SpecStore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

class TestSyncSpecs : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        const QString specDir = m_fixture.dir() + QStringLiteral("/specs");
        QVERIFY(ChangedSpecs::write(specDir, ChangedSpecs::stricterHouseNumber()));
        QVERIFY(ChangedSpecs::write(specDir, ChangedSpecs::builtinObject(QStringLiteral("sor"))));
        QVERIFY(
            ChangedSpecs::write(specDir, ChangedSpecs::builtinObject(QStringLiteral("cemplus"))));
        QString error;
        QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), specDir}), qPrintable(error));
    }

    // `sync` pulls before it makes the package, as the app does before every submission: a new
    // spec that changes the findings is said with its affected records and stops the sync
    // (exit 2, nothing sent); the next sync is checked with it and blocked by the three rows;
    // corrected, the register is approved.
    void syncStopsAtNewRules()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        {
            auto reg = m_fixture.makeHouseNumberRegister(QStringLiteral("sync-stop"), token);
            QVERIFY(reg);
            path = reg->path();
        }
        const QStringList options{QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                                  QStringLiteral("--lang"), QStringLiteral("en")};
        ProcessResult result = runCli(QStringList{QStringLiteral("sync"), path} + options);
        QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
        QVERIFY2(
            result.out.contains(QLatin1String("mdt 2024.1: in force from now on (was 2023.1).")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("Records affected: 3.")),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1String("nothing was sent")) &&
                     result.err.contains(QStringLiteral("veldboek-cli validate %1").arg(path)),
                 qPrintable(result.err));
        QVERIFY2(!result.out.contains(QLatin1String("Approved")), qPrintable(result.out));
        {
            RegisterError registerError;
            auto reg =
                KeyStore::open(path, QByteArray("correct horse battery staple"), &registerError);
            QVERIFY2(reg, qPrintable(registerError.message()));
            QSqlQuery query(reg->database());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM submissions")) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            SpecError specError;
            const std::optional<SpecInForce> inForce =
                SpecStore(*reg).inForce(QStringLiteral("mdt"), &specError);
            QVERIFY(inForce);
            QCOMPARE(inForce->document.spec.version, QStringLiteral("2024.1"));
        }

        // The second sync: 304s, the package's own check applies the new rule and blocks it.
        result = runCli(QStringList{QStringLiteral("sync"), path} + options);
        QVERIFY2(result.exitCode == 1, qPrintable(result.out + result.err));
        QVERIFY2(!result.out.contains(QLatin1String("in force from now on")),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1String("huisnummer")), qPrintable(result.err));

        {
            RegisterError registerError;
            auto reg =
                KeyStore::open(path, QByteArray("correct horse battery staple"), &registerError);
            QVERIFY2(reg, qPrintable(registerError.message()));
            QSqlQuery query(reg->database());
            QVERIFY(query.exec(QStringLiteral("UPDATE participants SET huisnummer = '5'")));
        }
        result = runCli(QStringList{QStringLiteral("sync"), path} + options);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("Approved")), qPrintable(result.out));
    }

    // A pull that fails (an HTML page where the listing should be) is one line on stderr; the
    // sync goes on with the register's own specs and is approved.
    void syncGoesOnWhenThePullFails()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        {
            auto reg = m_fixture.makeHouseNumberRegister(QStringLiteral("sync-failed-pull"), token);
            QVERIFY(reg);
            QSqlQuery query(reg->database());
            QVERIFY(query.exec(QStringLiteral("UPDATE participants SET huisnummer = '5'")));
            path = reg->path();
        }
        FaultServer server(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        server.script({FaultServer::Fault::answer(
            200, "text/html", "<html><body>Log in to the Wi-Fi</body></html>")});
        QProcess cli;
        cli.start(cliPath(),
                  {QStringLiteral("sync"), path, QStringLiteral("--endpoint"), server.url(),
                   QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(QLatin1String("Approved")), qPrintable(out));
        const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(
                     QLatin1String("The rules could not be fetched from the endpoint: ")) &&
                     lines.first().endsWith(QLatin1String("The register keeps the specs it has.")),
                 qPrintable(err));
        RegisterError registerError;
        auto reg = KeyStore::open(path, QByteArray("correct horse battery staple"), &registerError);
        QVERIFY2(reg, qPrintable(registerError.message()));
        SpecError specError;
        const std::optional<SpecInForce> inForce =
            SpecStore(*reg).inForce(QStringLiteral("mdt"), &specError);
        QVERIFY(inForce && inForce->builtin);
    }
};

QTEST_MAIN(TestSyncSpecs)
#include "tst_syncspecs.moc"
