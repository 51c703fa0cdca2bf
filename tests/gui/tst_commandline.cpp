#include "CommandLine.h"
#include "TestSupport.h"
#include "keys/SecretFile.h"

#include <QTemporaryDir>
#include <QTest>

using veldboek::gui::CommandLine;

// The GUI's command line: `veldboek [REGISTER] [--passphrase-file F] [--kiosk]`.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void readsPassphraseFileLikeTheCli();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("registerPath");
    QTest::addColumn<QString>("passphraseFile");
    QTest::addColumn<bool>("kiosk");

    const int run = int(CommandLine::Outcome::Run);
    const int error = int(CommandLine::Outcome::Error);
    QTest::newRow("nothing") << QStringList() << run << QString() << QString() << false;
    QTest::newRow("register") << QStringList{QStringLiteral("a.veldboek")} << run
                              << QStringLiteral("a.veldboek") << QString() << false;
    QTest::newRow("passphrase file")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("--passphrase-file"),
                       QStringLiteral("pw.txt")}
        << run << QStringLiteral("a.veldboek") << QStringLiteral("pw.txt") << false;
    QTest::newRow("passphrase file first")
        << QStringList{QStringLiteral("--passphrase-file=pw.txt"), QStringLiteral("a.veldboek")}
        << run << QStringLiteral("a.veldboek") << QStringLiteral("pw.txt") << false;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")}
                          << int(CommandLine::Outcome::ShowHelp) << QString() << QString() << false;
    QTest::newRow("missing file name")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("--passphrase-file")} << error
        << QString() << QString() << false;
    QTest::newRow("passphrase without register")
        << QStringList{QStringLiteral("--passphrase-file"), QStringLiteral("pw.txt")} << error
        << QString() << QString() << false;
    QTest::newRow("two registers")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("b.veldboek")} << error
        << QString() << QString() << false;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << error << QString() << QString() << false;
    QTest::newRow("kiosk") << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("--kiosk")}
                           << run << QStringLiteral("a.veldboek") << QString() << true;
    QTest::newRow("kiosk with passphrase file")
        << QStringList{QStringLiteral("--kiosk"), QStringLiteral("a.veldboek"),
                       QStringLiteral("--passphrase-file=pw.txt")}
        << run << QStringLiteral("a.veldboek") << QStringLiteral("pw.txt") << true;
    // Never on "the register used last": a kiosk is started on a register named.
    QTest::newRow("kiosk without register")
        << QStringList{QStringLiteral("--kiosk")} << error << QString() << QString() << false;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, registerPath);
    QFETCH(QString, passphraseFile);
    QFETCH(bool, kiosk);

    CommandLine commandLine;
    QCOMPARE(int(commandLine.parse(arguments)), outcome);
    if (outcome == int(CommandLine::Outcome::Error)) {
        QVERIFY(!commandLine.errorText().isEmpty());
        return;
    }
    if (outcome == int(CommandLine::Outcome::Run)) {
        QCOMPARE(commandLine.registerPath(), registerPath);
        QCOMPARE(commandLine.passphraseFile(), passphraseFile);
        QCOMPARE(commandLine.kiosk(), kiosk);
    }
}

void TestCommandLine::readsPassphraseFileLikeTheCli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString withNewline =
        veldboek::test::writePassphraseFile(dir.path(), QStringLiteral("pw"), "geheim wachtwoord");
    QCOMPARE(veldboek::readSecretFile(withNewline, &error), QByteArray("geheim wachtwoord"));
    QVERIFY(error.isEmpty());

    const QString empty = dir.filePath(QStringLiteral("empty"));
    veldboek::test::writeBytes(empty, QByteArray());
    QVERIFY(veldboek::readSecretFile(empty, &error).isEmpty());
    QVERIFY(error.contains(empty));

    error.clear();
    QVERIFY(veldboek::readSecretFile(dir.filePath(QStringLiteral("absent")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
