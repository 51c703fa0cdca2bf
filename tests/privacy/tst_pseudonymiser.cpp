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
    // HMAC-SHA-256(key, destination || 0x00 || nine digits), computed independently with
    // Python: hmac.new(bytes(range(32)), b"endpoint\0123456782", hashlib.sha256).hexdigest()
    void knownAnswers_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("bsn");
        QTest::addColumn<QString>("expected");
        const QString endpoint = QStringLiteral("endpoint");
        const QString portal = QStringLiteral("cemplus-portal");
        const QString a =
            QStringLiteral("935b0ef9b0a6b11af0c9424ecfa5db092319d059d0d9b52f6cbdc56e82dc154c");
        const QString b =
            QStringLiteral("b484b707ec968ac2dd7c3b5b50bc6b8ce29b3c87829de6dbd6e60253ca877ff4");
        QTest::newRow("plain") << endpoint << QStringLiteral("123456782") << a;
        QTest::newRow("spaces and dots") << endpoint << QStringLiteral(" 1234.56.782 ") << a;
        QTest::newRow("leading zero kept") << endpoint << QStringLiteral("012345672") << b;
        QTest::newRow("leading zero lost by Excel") << endpoint << QStringLiteral("12345672") << b;
        QTest::newRow("unknown placeholder")
            << endpoint << QStringLiteral("999999999")
            << QStringLiteral("658260c12237fec701ce7e3214d57f8acef4788d162e42383680554620ad627a");
        QTest::newRow("empty") << endpoint << QString() << QString();
        QTest::newRow("portal")
            << portal << QStringLiteral("123456782")
            << QStringLiteral("fdc91a44c3cfe1944b2d22ddcb0c57b5e07a02a04838895e29607f534a56f02b");
        QTest::newRow("portal, leading zero")
            << portal << QStringLiteral("12345672")
            << QStringLiteral("e53c132e8d31e6b6af3f356cf914fab6436a22d90935f00edf096582dc133cfa");
        QTest::newRow("portal, unknown placeholder")
            << portal << QStringLiteral("999999999")
            << QStringLiteral("16557891ef6ad36d50e29a2d5d15a2887a4521d48afea76a097545fc150b88d5");
    }
    void knownAnswers()
    {
        QFETCH(QString, destination);
        QFETCH(QString, bsn);
        QFETCH(QString, expected);
        QCOMPARE(Pseudonymiser(countingKey(), destination).pseudonym(bsn), expected);
    }

    // The same person, the same organisation key: unrelated pseudonyms at the CEM+ portal and at
    // the endpoint, so the two files cannot be joined on the pseudonym.
    void otherDestinationOtherPseudonym()
    {
        QCOMPARE(Pseudonymiser::portalDestination(QStringLiteral("cemplus")),
                 QStringLiteral("cemplus-portal"));
        const Pseudonymiser endpoint(countingKey(),
                                     QString::fromLatin1(Pseudonymiser::endpointDestination));
        const Pseudonymiser portal(countingKey(),
                                   Pseudonymiser::portalDestination(QStringLiteral("cemplus")));
        QVERIFY(endpoint.pseudonym(u"123456782") != portal.pseudonym(u"123456782"));
    }

    void otherOrganisationOtherPseudonym()
    {
        const QString other = Pseudonymiser(QByteArray(32, '\xab'), QStringLiteral("endpoint"))
                                  .pseudonym(u"123456782");
        QCOMPARE(other, QStringLiteral(
                            "2ba659057e6f53e0668327894f6bf944a392b00eff19ca1a173f2006a1067ee9"));
        QVERIFY(other !=
                Pseudonymiser(countingKey(), QStringLiteral("endpoint")).pseudonym(u"123456782"));
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
