// The self-registration page in a real browser (issue 19, item 3): headless Chromium at phone
// size, driven over WebDriver (WebDriver.h), against the real endpoint program. A person types
// wrong answers and sees the engine's messages appear, corrects them, sends, and sees the
// thank-you; the register's key then opens the sealed entry to exactly that record. The
// screenshots (build/screenshots/selfreg-*.png) are for a person to look at.
#include "SelfRegSupport.h"
#include "WebDriver.h"
#include "validation/SpecDocument.h"
#include "validation/Validator.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

QString engineMessage(const QString &key, const QString &value, const Record &record)
{
    SpecError error;
    for (const SpecDocument &document : SpecDirectory::builtin(&error)) {
        if (document.spec.id == QLatin1String("mdt"))
            return Validator(document.spec, QString(), QDate::currentDate(), QStringLiteral("nl"))
                .checkField(QStringLiteral("participants"), key, value, record)
                .message;
    }
    return {};
}

} // namespace

class TestSelfRegBrowser : public QObject
{
    Q_OBJECT

private:
    QString url(const QString &linkId, const QString &query = {})
    {
        return QStringLiteral("https://127.0.0.1:%1/r/%2%3")
            .arg(m_site.endpoint().port())
            .arg(linkId, query);
    }
    bool formShown()
    {
        return m_browser
            .execute(QStringLiteral("const f = document.getElementById('form');"
                                    "return !!f && !f.hidden && "
                                    "document.querySelectorAll('#fields .field').length > 0;"))
            .toBool();
    }
    bool save(const QString &name)
    {
        const QByteArray png = m_browser.screenshot();
        const QString dir =
            qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QFile file(dir + QLatin1Char('/') + name);
        return png.startsWith("\x89PNG") && file.open(QIODevice::WriteOnly) &&
               file.write(png) == png.size();
    }
    void scrollTo(const QString &css)
    {
        m_browser.execute(QStringLiteral("document.querySelector(arguments[0])"
                                         ".scrollIntoView({block: 'center'});"),
                          {css});
    }

    SelfRegEndpoint m_site;
    WebDriver m_browser;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(EndpointProcess::program()), "the endpoint is not built");
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
        QVERIFY2(m_browser.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_browser.stop(); }

    void personSignsUp()
    {
        QVERIFY2(m_browser.navigate(url(m_site.linkId())), qPrintable(m_browser.lastError()));
        QVERIFY2(WebDriver::waitFor([this]() { return formShown(); }),
                 qPrintable(m_browser.lastError()));
        QCOMPARE(
            m_browser.execute(QStringLiteral("return document.documentElement.lang;")).toString(),
            QStringLiteral("nl"));
        QVERIFY(save(QStringLiteral("selfreg-page-nl.png")));

        // Wrong answers: the engine's messages appear under the questions as the person types.
        QVERIFY(m_browser.type(QStringLiteral("#in_postcode"), QStringLiteral("12")));
        QVERIFY(m_browser.type(QStringLiteral("#in_email"), QStringLiteral("zwaantje@")));
        QVERIFY(m_browser.type(QStringLiteral("#in_geboortedatum"), QStringLiteral("31-02-2008")));
        const QString postcodeMessage =
            engineMessage(QStringLiteral("postcode"), QStringLiteral("12"), {});
        QVERIFY(!postcodeMessage.isEmpty());
        QVERIFY2(WebDriver::waitFor([&]() {
                     return m_browser.text(QStringLiteral("#msg_postcode")) == postcodeMessage &&
                            !m_browser.text(QStringLiteral("#msg_email")).isEmpty() &&
                            !m_browser.text(QStringLiteral("#msg_geboortedatum")).isEmpty();
                 }),
                 qPrintable(m_browser.text(QStringLiteral("#msg_postcode"))));
        QCOMPARE(m_browser
                     .execute(QStringLiteral("return document.getElementById('in_postcode')"
                                             ".getAttribute('aria-invalid');"))
                     .toString(),
                 QStringLiteral("true"));
        scrollTo(QStringLiteral("#box_postcode"));
        QVERIFY(save(QStringLiteral("selfreg-errors-nl.png")));

        // Corrected, and the rest filled in as typedRecord() has it.
        const QJsonObject record = SelfRegEndpoint::typedRecord();
        for (auto it = record.begin(); it != record.end(); ++it) {
            const QString key = it.key();
            const QString value = it.value().toString();
            if (key == QLatin1String("opt_out") || key == QLatin1String("geen_adres"))
                continue; // not ticked: "nee"
            if (key == QLatin1String("geslacht")) {
                QVERIFY(m_browser.click(QStringLiteral("#box_geslacht input[value='v']")));
            } else if (key == QLatin1String("opleidingsniveau")) {
                QVERIFY(m_browser.click(
                    QStringLiteral("#in_opleidingsniveau option[value='%1']").arg(value)));
            } else {
                QVERIFY2(m_browser.type(QStringLiteral("#in_") + key, value), qPrintable(key));
            }
        }
        QVERIFY2(WebDriver::waitFor([&]() {
                     return m_browser.text(QStringLiteral("#msg_postcode")).isEmpty() &&
                            m_browser.text(QStringLiteral("#msg_email")).isEmpty();
                 }),
                 qPrintable(m_browser.text(QStringLiteral("#msg_postcode"))));
        QVERIFY(m_browser.click(QStringLiteral("#submit")));
        QVERIFY2(WebDriver::waitFor([&]() {
                     return m_browser
                         .execute(
                             QStringLiteral("return !document.getElementById('thanks').hidden;"))
                         .toBool();
                 }),
                 qPrintable(m_browser.text(QStringLiteral("#summary"))));
        QCOMPARE(m_browser.text(QStringLiteral("#thanks-title")),
                 QStringLiteral("Bedankt, je bent aangemeld!"));
        QVERIFY(save(QStringLiteral("selfreg-thanks-nl.png")));

        // The register opens the sealed entry to exactly what was typed, as the engine has it.
        QString error;
        const QHash<QString, QJsonObject> opened = m_site.openEntries(m_site.linkId(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(opened.size(), 1);
        const QJsonObject plain = opened.begin().value();
        QCOMPARE(plain.value(QStringLiteral("record")).toObject(),
                 SelfRegEndpoint::normalisedRecord());
        QCOMPARE(plain.value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
    }

    void optOutAsksTheAgeInstead()
    {
        QVERIFY(m_browser.navigate(url(m_site.linkId())));
        QVERIFY(WebDriver::waitFor([this]() { return formShown(); }));
        auto hidden = [this](const char *key) {
            return m_browser
                .execute(QStringLiteral("return document.getElementById('box_%1').hidden;")
                             .arg(QLatin1String(key)))
                .toBool();
        };
        QVERIFY(hidden("leeftijd") && hidden("gemeente_doelocatie"));
        QVERIFY(!hidden("straat") && !hidden("geboortedatum"));
        QVERIFY(m_browser.click(QStringLiteral("#in_opt_out")));
        // The spec's rules, through the engine: no address, no date of birth, no site postcode;
        // the age and the municipality of the site instead (resources/specs/mdt.json).
        QVERIFY(WebDriver::waitFor([&]() {
            return hidden("straat") && hidden("postcode") && hidden("geboortedatum") &&
                   hidden("postcode_doelocatie") && !hidden("leeftijd") &&
                   !hidden("gemeente_doelocatie");
        }));
        scrollTo(QStringLiteral("#box_opt_out"));
        QVERIFY(save(QStringLiteral("selfreg-optout-nl.png")));
    }

    void englishPage()
    {
        QVERIFY(m_browser.navigate(url(m_site.linkId(), QStringLiteral("?lang=en"))));
        QVERIFY(WebDriver::waitFor([this]() { return formShown(); }));
        QCOMPARE(
            m_browser.execute(QStringLiteral("return document.documentElement.lang;")).toString(),
            QStringLiteral("en"));
        QCOMPARE(m_browser.text(QStringLiteral("#box_geslacht legend"))
                     .remove(QLatin1Char('*'))
                     .trimmed(),
                 QStringLiteral("What is your gender?"));
        QCOMPARE(m_browser.text(QStringLiteral("#switch")), QStringLiteral("Nederlands"));
        QVERIFY(save(QStringLiteral("selfreg-page-en.png")));
    }

    void closedLinkPage()
    {
        const QString closed = m_site.createLink();
        QVERIFY(!closed.isEmpty());
        QVERIFY(m_site.closeLink(closed));
        QVERIFY(m_browser.navigate(url(closed)));
        QVERIFY(WebDriver::waitFor([&]() {
            return m_browser.text(QStringLiteral("#notice")) ==
                   QStringLiteral("Deze link is gesloten. Vraag je begeleider om een nieuwe link.");
        }));
        QVERIFY(m_browser.execute(QStringLiteral("return document.getElementById('form').hidden;"))
                    .toBool());
        QVERIFY(save(QStringLiteral("selfreg-closed-nl.png")));
    }
};

QTEST_GUILESS_MAIN(TestSelfRegBrowser)
#include "tst_selfregbrowser.moc"
