#include "Localization.h"
#include "TestSupport.h"
#include "storage/RegisterError.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace veldboek;

// Every message is translated in both languages, and the translations are embedded where the
// programs load them.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noUnfinishedMessages_data();
    void noUnfinishedMessages();
    void dutchIsEmbedded();
};

void TestTranslations::noUnfinishedMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("nl") << test::sourcePath(QStringLiteral("translations/veldboek_nl.ts"));
    QTest::newRow("en") << test::sourcePath(QStringLiteral("translations/veldboek_en.ts"));
}

void TestTranslations::noUnfinishedMessages()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int messages = 0;
    QStringList unfinished;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool open =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished.append(context + QStringLiteral(": ") + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::dutchIsEmbedded()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/veldboek_nl.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/veldboek_en.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString message =
        RegisterError::make(RegisterError::Code::WrongKey, QStringLiteral("/tmp/a.veldboek"))
            .message();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(message, QStringLiteral("Het register /tmp/a.veldboek kon niet worden ontgrendeld: "
                                     "de wachtzin of sleutel is onjuist. Controleer de wachtzin "
                                     "(let op Caps Lock) en probeer het opnieuw."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
