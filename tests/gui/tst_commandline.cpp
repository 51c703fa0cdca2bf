#include "CommandLine.h"
#include "TestSupport.h"
#include "keys/SecretFile.h"

#include <QTemporaryDir>
#include <QTest>

using veldboek::gui::CommandLine;

// The GUI's command line: `veldboek [REGISTER] [--passphrase-file F]`.
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

    const int run = int(CommandLine::Outcome::Run);
    const int error = int(CommandLine::Outcome::Error);
    QTest::newRow("nothing") << QStringList() << run << QString() << QString();
    QTest::newRow("register") << QStringList{QStringLiteral("a.veldboek")} << run
                              << QStringLiteral("a.veldboek") << QString();
    QTest::newRow("passphrase file")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("--passphrase-file"),
                       QStringLiteral("pw.txt")}
        << run << QStringLiteral("a.veldboek") << QStringLiteral("pw.txt");
    QTest::newRow("passphrase file first")
        << QStringList{QStringLiteral("--passphrase-file=pw.txt"), QStringLiteral("a.veldboek")}
        << run << QStringLiteral("a.veldboek") << QStringLiteral("pw.txt");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")}
                          << int(CommandLine::Outcome::ShowHelp) << QString() << QString();
    QTest::newRow("missing file name")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("--passphrase-file")} << error
        << QString() << QString();
    QTest::newRow("passphrase without register")
        << QStringList{QStringLiteral("--passphrase-file"), QStringLiteral("pw.txt")} << error
        << QString() << QString();
    QTest::newRow("two registers")
        << QStringList{QStringLiteral("a.veldboek"), QStringLiteral("b.veldboek")} << error
        << QString() << QString();
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << error << QString() << QString();
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    QFETCH(QString, registerPath);
    QFETCH(QString, passphraseFile);

    CommandLine commandLine;
    QCOMPARE(int(commandLine.parse(arguments)), outcome);
    if (outcome == int(CommandLine::Outcome::Error)) {
        QVERIFY(!commandLine.errorText().isEmpty());
        return;
    }
    if (outcome == int(CommandLine::Outcome::Run)) {
        QCOMPARE(commandLine.registerPath(), registerPath);
        QCOMPARE(commandLine.passphraseFile(), passphraseFile);
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
