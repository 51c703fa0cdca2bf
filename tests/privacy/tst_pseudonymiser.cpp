// Pseudonyms: known answers (computed independently with Python's hmac module), normalisation,
// one pseudonym per person within an organisation and different ones across organisations, and
// the organisation key's encrypted export.
#include "privacy/Pseudonymiser.h"
#include "storage/Register.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

class TestPseudonymiser : public QObject
{
    Q_OBJECT

private:
    static QByteArray countingKey()
    {
        QByteArray key(Pseudonymiser::KeySize, '\0');
        for (int i = 0; i < key.size(); ++i)
            key[i] = static_cast<char>(i);
        return key;
    }

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QString>("bsn");
        QTest::addColumn<QString>("expected");
        const QString a =
            QStringLiteral("8e4c078580cfe222fd12ced43ae58d770a18bb5092337edc9e9ba06050b7ba02");
        const QString b =
            QStringLiteral("c728590c0e2c953c0adb0d61f76002441d08b86677cd185512f94d193809c60e");
        QTest::newRow("plain") << QStringLiteral("123456782") << a;
        QTest::newRow("spaces and dots") << QStringLiteral(" 1234.56.782 ") << a;
        QTest::newRow("leading zero kept") << QStringLiteral("012345672") << b;
        QTest::newRow("leading zero lost by Excel") << QStringLiteral("12345672") << b;
        QTest::newRow("unknown placeholder")
            << QStringLiteral("999999999")
            << QStringLiteral("89de51134901d19528d736be42108ce511c317a228780e806c14306c1afaaa31");
        QTest::newRow("empty") << QString() << QString();
    }
    void knownAnswers()
    {
        QFETCH(QString, bsn);
        QFETCH(QString, expected);
        QCOMPARE(Pseudonymiser(countingKey()).pseudonym(bsn), expected);
    }

    void otherOrganisationOtherPseudonym()
    {
        const QString other = Pseudonymiser(QByteArray(32, '\xab')).pseudonym(u"123456782");
        QCOMPARE(other, QStringLiteral(
                            "09d7e0e0889ada3557203f3dea85511789af54462b2c3723e6e49632ce27a1ab"));
        QVERIFY(other != Pseudonymiser(countingKey()).pseudonym(u"123456782"));
    }

    void organisationKeyLivesInTheRegister()
    {
        QTemporaryDir dir;
        RegisterError error;
        const QString path = dir.filePath(QStringLiteral("org.veldboek"));
        QByteArray first;
        {
            auto reg =
                Register::create(path, CipherKey::passphrase(QByteArray("organisatie")), &error);
            QVERIFY(reg);
            QVERIFY(!Pseudonymiser::organisationKey(*reg, false));
            first = *Pseudonymiser::organisationKey(*reg, true);
            QCOMPARE(first.size(), Pseudonymiser::KeySize);
        }
        auto reg = Register::open(path, CipherKey::passphrase(QByteArray("organisatie")), &error);
        QCOMPARE(*Pseudonymiser::organisationKey(*reg, true), first);
    }

    void exportedKeyNeedsItsPassphrase()
    {
        const QByteArray key = countingKey();
        const QByteArray document = Pseudonymiser::exportKey(key, "afdeling-west");
        QVERIFY(!document.contains(key.toHex()));
        QVERIFY(!document.contains(key.toBase64()));
        QCOMPARE(*Pseudonymiser::importKey(document, "afdeling-west"), key);
        QVERIFY(!Pseudonymiser::importKey(document, "afdeling-oost"));
        QByteArray damaged = document;
        damaged.replace("ciphertext\": \"", "ciphertext\": \"AAAA");
        QVERIFY(!Pseudonymiser::importKey(damaged, "afdeling-west"));
        QVERIFY(!Pseudonymiser::importKey("not json", "afdeling-west"));
    }

    // A hostile key file: fields of the wrong length and an iteration count that would make the
    // import run for hours are refused before any work is done.
    void hostileKeyFilesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("short nonce")
            << QStringLiteral("nonce") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("long nonce")
            << QStringLiteral("nonce")
            << QJsonValue(QString::fromLatin1(QByteArray(40, 'a').toBase64()));
        QTest::newRow("short tag") << QStringLiteral("tag") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("short salt") << QStringLiteral("salt") << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("huge iterations") << QStringLiteral("iterations") << QJsonValue(2000000000);
        QTest::newRow("long ciphertext")
            << QStringLiteral("ciphertext")
            << QJsonValue(QString::fromLatin1(QByteArray(1000, 'a').toBase64()));
    }

    void hostileKeyFilesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json =
            QJsonDocument::fromJson(Pseudonymiser::exportKey(countingKey(), "pw")).object();
        json.insert(field, value);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!Pseudonymiser::importKey(QJsonDocument(json).toJson(), "pw"));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!Pseudonymiser::importKey(QByteArray(100 * 1024, ' ') + "{}", "pw"));
    }
};

QTEST_GUILESS_MAIN(TestPseudonymiser)
#include "tst_pseudonymiser.moc"
