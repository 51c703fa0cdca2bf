// The public self-registration page (issue 19, item 3; docs/api.md, "Self-registration page"):
// the real endpoint program over real TLS, a link made by the beheerder's route for a real
// X25519 key pair, and every public route as a phone would call it. The entries are fetched
// and opened as the register opens them (tests/endpoint/SelfRegSupport.h).
#include "SelfRegSupport.h"
#include "validation/SpecDocument.h"
#include "validation/Validator.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace veldboek;
using namespace veldboek::test;

namespace {

// A Dutch phone asks in Dutch (Qt's own client would say en-US).
const QList<std::pair<QByteArray, QByteArray>> Dutch = {{"Accept-Language", "nl-NL,nl;q=0.9"}};
const QList<std::pair<QByteArray, QByteArray>> Json = {{"Content-Type", "application/json"},
                                                       {"Accept-Language", "nl-NL,nl;q=0.9"}};

QByteArray body(const QJsonObject &record, const QString &entry = {})
{
    QJsonObject o{{QStringLiteral("record"), record}};
    if (!entry.isEmpty())
        o.insert(QStringLiteral("entry"), entry);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString newEntryId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The engine as the app runs it, to compare the page's messages with.
Validator mdtValidator(const QString &language)
{
    SpecError error;
    const QList<SpecDocument> specs = SpecDirectory::builtin(&error);
    for (const SpecDocument &document : specs) {
        if (document.spec.id == QLatin1String("mdt"))
            return Validator(document.spec, QString(), QDate::currentDate(), language);
    }
    qFatal("no built-in mdt spec");
}

Record toRecord(const QJsonObject &o)
{
    Record record;
    for (auto it = o.begin(); it != o.end(); ++it)
        record.insert(it.key(), it.value().toString());
    return record;
}

} // namespace

class TestSelfRegPage : public QObject
{
    Q_OBJECT

private:
    HttpReply get(const QString &path,
                  const QList<std::pair<QByteArray, QByteArray>> &headers = Dutch)
    {
        return m_site.endpoint().request("GET", path, QString(), {}, headers);
    }
    HttpReply post(const QString &path, const QByteArray &data)
    {
        return m_site.endpoint().request("POST", path, QString(), data, Json);
    }
    QString link(const QString &rest = {}) const
    {
        return QStringLiteral("/r/") + m_site.linkId() + rest;
    }

    SelfRegEndpoint m_site;
    QString m_storedEntry;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(EndpointProcess::program()), "the endpoint is not built");
        QString error;
        QVERIFY2(m_site.start(&error), qPrintable(error));
    }

    void pageIsStrictAndSelfContained()
    {
        const HttpReply page = get(link());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.header("Content-Security-Policy"),
                 QByteArray("default-src 'none'; script-src 'self'; style-src 'self'; "
                            "connect-src 'self'; img-src 'self'; form-action 'self'; "
                            "frame-ancestors 'none'; base-uri 'none'"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(page.body.contains("<html lang=\"nl\">"));
        // No inline script: the only script is the endpoint's own file.
        static const QRegularExpression scripts(QStringLiteral("<script[^>]*>"));
        const auto tags = scripts.globalMatch(QString::fromUtf8(page.body));
        int count = 0;
        for (auto it = tags; it.hasNext(); ++count)
            QCOMPARE(it.next().captured(0), QStringLiteral("<script src=\"/r/selfreg.js\" defer>"));
        QCOMPARE(count, 1);
        const HttpReply script = get(QStringLiteral("/r/selfreg.js"));
        const HttpReply style = get(QStringLiteral("/r/selfreg.css"));
        QCOMPARE(script.status, 200);
        QCOMPARE(style.status, 200);
        QVERIFY(script.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(style.header("Content-Type").startsWith("text/css"));
        QVERIFY(script.body.contains("/check") && style.body.contains(".field"));
        // Nothing from another host: no absolute http(s) URL anywhere in what the page loads.
        for (const QByteArray &text : {page.body, script.body, style.body})
            QVERIFY2(!text.contains("http://") && !text.contains("https://"),
                     text.left(200).constData());
        QCOMPARE(get(link(QStringLiteral("?lang=en"))).body.contains("<html lang=\"en\">"), true);
        QCOMPARE(get(link(), {{"Accept-Language", "en-GB,en;q=0.9"}})
                     .body.contains("Sign up for your MDT"),
                 true);
    }

    void formAsksTheSelfRegistrationFields()
    {
        const HttpReply form = get(link(QStringLiteral("/form")));
        QCOMPARE(form.status, 200);
        QStringList keys;
        const QJsonArray fields = form.json.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : fields)
            keys.append(field.toObject().value(QStringLiteral("key")).toString());
        QStringList expected;
        const Validator validator = mdtValidator(QStringLiteral("nl"));
        for (const FieldSpec &field :
             validator.spec().dataset(QStringLiteral("participants"))->fields) {
            if (field.selfRegistration)
                expected.append(field.key);
        }
        QCOMPARE(QStringList(keys).size(), expected.size());
        for (const QString &key : std::as_const(expected))
            QVERIFY2(keys.contains(key), qPrintable(key));
        const QJsonObject gender = fields.at(keys.indexOf(QStringLiteral("geslacht"))).toObject();
        QCOMPARE(gender.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Wat is je geslacht?"));
        QCOMPARE(gender.value(QStringLiteral("codes")).toArray().size(), 3);
        QVERIFY(
            form.json.value(QStringLiteral("texts")).toObject().contains(QStringLiteral("submit")));
        const HttpReply english = get(link(QStringLiteral("/form?lang=en")));
        const QJsonArray englishFields = english.json.value(QStringLiteral("fields")).toArray();
        QCOMPARE(englishFields.at(keys.indexOf(QStringLiteral("geslacht")))
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("What is your gender?"));
    }

    void checkGivesTheEnginesMessages()
    {
        QJsonObject record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("postcode"), QStringLiteral("12"));
        const HttpReply bad = post(link(QStringLiteral("/check")), body(record));
        QCOMPARE(bad.status, 200);
        const QJsonObject fields = bad.json.value(QStringLiteral("fields")).toObject();
        const QJsonObject postcode = fields.value(QStringLiteral("postcode")).toObject();
        QCOMPARE(postcode.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const Validator validator = mdtValidator(QStringLiteral("nl"));
        const FieldCheck expected =
            validator.checkField(QStringLiteral("participants"), QStringLiteral("postcode"),
                                 QStringLiteral("12"), toRecord(record));
        QVERIFY(!expected.message.isEmpty());
        QCOMPARE(postcode.value(QStringLiteral("message")).toString(), expected.message);
        // A good value: no message, and the engine's own form of it.
        const QJsonObject straat = fields.value(QStringLiteral("straat")).toObject();
        QCOMPARE(straat.value(QStringLiteral("severity")).toString(), QString());
        QCOMPARE(straat.value(QStringLiteral("message")).toString(), QString());
        record.insert(QStringLiteral("postcode"), QStringLiteral("3512ab"));
        const HttpReply good = post(link(QStringLiteral("/check")), body(record));
        const QJsonObject fixed = good.json.value(QStringLiteral("fields"))
                                      .toObject()
                                      .value(QStringLiteral("postcode"))
                                      .toObject();
        QCOMPARE(fixed.value(QStringLiteral("severity")).toString(), QString());
        QCOMPARE(fixed.value(QStringLiteral("normalised")).toString(), QStringLiteral("3512 AB"));
        // Opt-out as the spec has it: no address and no date of birth, the age and the
        // municipality of the site instead (resources/specs/mdt.json).
        record.insert(QStringLiteral("opt_out"), QStringLiteral("ja"));
        const QJsonObject optOut = post(link(QStringLiteral("/check")), body(record))
                                       .json.value(QStringLiteral("fields"))
                                       .toObject();
        for (const char *hidden : {"straat", "postcode", "geboortedatum"})
            QVERIFY2(!optOut.value(QLatin1String(hidden))
                          .toObject()
                          .value(QStringLiteral("shown"))
                          .toBool(),
                     hidden);
        for (const char *shown : {"leeftijd", "gemeente_doelocatie"}) {
            const QJsonObject field = optOut.value(QLatin1String(shown)).toObject();
            QVERIFY2(field.value(QStringLiteral("shown")).toBool(), shown);
            QVERIFY2(field.value(QStringLiteral("required")).toBool(), shown);
        }
        // English messages with ?lang=en, from the English engine.
        record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("postcode"), QStringLiteral("12"));
        const HttpReply english = post(link(QStringLiteral("/check?lang=en")), body(record));
        const FieldCheck inEnglish =
            mdtValidator(QStringLiteral("en"))
                .checkField(QStringLiteral("participants"), QStringLiteral("postcode"),
                            QStringLiteral("12"), toRecord(record));
        QCOMPARE(english.json.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("postcode"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 inEnglish.message);
    }

    void entryIsSealedAndOpensToTheRecord()
    {
        m_storedEntry = newEntryId();
        const HttpReply stored = post(link(QStringLiteral("/entries")),
                                      body(SelfRegEndpoint::typedRecord(), m_storedEntry));
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json.value(QStringLiteral("entry")).toString(), m_storedEntry);
        QString error;
        const QHash<QString, QJsonObject> opened = m_site.openEntries(m_site.linkId(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(opened.size(), 1);
        const QJsonObject plain = opened.value(m_storedEntry);
        QCOMPARE(plain.value(QStringLiteral("format")).toString(),
                 QStringLiteral("veldboek-selfreg-1"));
        QCOMPARE(plain.value(QStringLiteral("link")).toString(), m_site.linkId());
        QCOMPARE(plain.value(QStringLiteral("entry")).toString(), m_storedEntry);
        QCOMPARE(plain.value(QStringLiteral("spec")).toString(), QStringLiteral("mdt"));
        QCOMPARE(plain.value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
        QVERIFY(QDateTime::fromString(plain.value(QStringLiteral("receivedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(plain.value(QStringLiteral("record")).toObject(),
                 SelfRegEndpoint::normalisedRecord());
        QCOMPARE(plain.size(), 7); // nothing else rides along
    }

    void replayIsRefused()
    {
        QVERIFY(!m_storedEntry.isEmpty());
        const HttpReply again = post(link(QStringLiteral("/entries")),
                                     body(SelfRegEndpoint::typedRecord(), m_storedEntry));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("replayed"));
        QVERIFY(!again.json.value(QStringLiteral("message")).toString().isEmpty());
    }

    void badEntriesAreRefused()
    {
        QJsonObject record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("postcode"), QStringLiteral("12"));
        const HttpReply invalid =
            post(link(QStringLiteral("/entries")), body(record, newEntryId()));
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid"));
        QCOMPARE(invalid.json.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("postcode"))
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
                 QStringLiteral("error"));
        // Longer than the field's maxLength (80): the engine's own message.
        record = SelfRegEndpoint::typedRecord();
        const QString longStreet(81, QLatin1Char('s'));
        record.insert(QStringLiteral("straat"), longStreet);
        const HttpReply tooLong =
            post(link(QStringLiteral("/entries")), body(record, newEntryId()));
        QCOMPARE(tooLong.status, 422);
        const QString expected =
            mdtValidator(QStringLiteral("nl"))
                .checkField(QStringLiteral("participants"), QStringLiteral("straat"), longStreet,
                            toRecord(record))
                .message;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(tooLong.json.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("straat"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
                 expected);
        // A question that is not on the form (the register proposes the respondent number).
        record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("respondentnummer"), QStringLiteral("123"));
        const HttpReply unknown =
            post(link(QStringLiteral("/entries")), body(record, newEntryId()));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("unknown-field"));
        // Over 16 KiB: refused from its Content-Length, in the page's language.
        record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("straat"), QString(17 * 1024, QLatin1Char('s')));
        const HttpReply large = post(link(QStringLiteral("/entries")), body(record, newEntryId()));
        QCOMPARE(large.status, 413);
        QCOMPARE(large.json.value(QStringLiteral("error")).toString(), QStringLiteral("too-large"));
        // No entry id, or not a UUID.
        QCOMPARE(
            post(link(QStringLiteral("/entries")), body(SelfRegEndpoint::typedRecord())).status,
            400);
        QCOMPARE(post(link(QStringLiteral("/entries")),
                      body(SelfRegEndpoint::typedRecord(), QStringLiteral("1")))
                     .status,
                 400);
        QCOMPARE(post(link(QStringLiteral("/check")), "not json").status, 400);
        // Nothing of these was stored.
        QString error;
        QCOMPARE(m_site.openEntries(m_site.linkId(), &error).size(), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Opt-out: what the person typed in the address and the date of birth before they ticked it
    // is not sealed at all; the age and the municipality of the site are.
    void optOutEntryHoldsNoAddress()
    {
        QJsonObject record = SelfRegEndpoint::typedRecord();
        record.insert(QStringLiteral("opt_out"), QStringLiteral("ja"));
        record.insert(QStringLiteral("leeftijd"), QStringLiteral("18"));
        record.insert(QStringLiteral("gemeente_doelocatie"), QStringLiteral("0344"));
        const QString entry = newEntryId();
        const HttpReply stored = post(link(QStringLiteral("/entries")), body(record, entry));
        QVERIFY2(stored.status == 201, stored.body.constData());
        QString error;
        const QJsonObject sealed = m_site.openEntries(m_site.linkId(), &error)
                                       .value(entry)
                                       .value(QStringLiteral("record"))
                                       .toObject();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QJsonObject expected = SelfRegEndpoint::normalisedRecord();
        for (const char *emptied :
             {"geboortedatum", "straat", "huisnummer", "huisnummer_toevoeging", "postcode",
              "woonplaats", "postcode_doelocatie"})
            expected.insert(QLatin1String(emptied), QString());
        expected.insert(QStringLiteral("opt_out"), QStringLiteral("ja"));
        expected.insert(QStringLiteral("leeftijd"), QStringLiteral("18"));
        expected.insert(QStringLiteral("gemeente_doelocatie"), QStringLiteral("0344"));
        QCOMPARE(sealed, expected);
    }

    void unknownLinkIsNotFound()
    {
        const QString unknown = QStringLiteral("/r/AAAAAAAAAAAAAAAAAAAAAA");
        const HttpReply page = get(unknown);
        QCOMPARE(page.status, 404);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("Deze link bestaat niet"));
        QCOMPARE(get(unknown + QStringLiteral("/form")).status, 404);
        QCOMPARE(post(unknown + QStringLiteral("/check"), body({})).status, 404);
        QCOMPARE(get(QStringLiteral("/r/kort")).status, 404);
        // A link id one character short is not a link, and is not logged either.
        QCOMPARE(get(QStringLiteral("/r/") + m_site.linkId().left(21)).status, 404);
    }

    void closedLinkIsGone()
    {
        const QString closing = m_site.createLink();
        QVERIFY(!closing.isEmpty());
        QCOMPARE(get(QStringLiteral("/r/") + closing).status, 200);
        QVERIFY(m_site.closeLink(closing));
        const HttpReply page = get(QStringLiteral("/r/") + closing);
        QCOMPARE(page.status, 410);
        QVERIFY(
            page.body.contains("Deze link is gesloten. Vraag je begeleider om een nieuwe link."));
        QVERIFY(!page.header("Content-Security-Policy").isEmpty());
        const HttpReply form = get(QStringLiteral("/r/%1/form").arg(closing));
        QCOMPARE(form.status, 410);
        QCOMPARE(form.json.value(QStringLiteral("error")).toString(), QStringLiteral("closed"));
        QCOMPARE(
            post(QStringLiteral("/r/%1/check").arg(closing), body(SelfRegEndpoint::typedRecord()))
                .status,
            410);
        QCOMPARE(post(QStringLiteral("/r/%1/entries").arg(closing),
                      body(SelfRegEndpoint::typedRecord(), newEntryId()))
                     .status,
                 410);
    }

    void nothingReadableIsKept()
    {
        // What the person typed, in any form it could take: not in the log, not in any file of
        // the endpoint's data directory (its database included); and the link id not in the log.
        const QList<QByteArray> secrets = {"Zwaantje",         "Kwartelkoning", "Reigerbekstraat",
                                           "zwaantje.kwartel", "0612345678",    "17-03-2008",
                                           "3512 AB"};
        const QByteArray log = m_site.endpoint().log();
        QVERIFY(log.contains("request POST /r/<link>/entries -> 201"));
        // (The beheerder's authenticated routes, /api/v1/selfreg/links/<id>/..., are another
        // matter: EndpointServer.cpp logs their path as asked.)
        for (const QByteArray &line : log.split('\n')) {
            if (line.contains(" /r/"))
                QVERIFY2(!line.contains(m_site.linkId().left(21).toLatin1()), line.constData());
        }
        QDirIterator files(m_site.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray &secret : secrets) {
                QVERIFY2(
                    !content.contains(secret),
                    qPrintable(file.fileName() + QStringLiteral(": ") + QString::fromUtf8(secret)));
                QVERIFY2(!log.contains(secret), secret.constData());
            }
        }
        QVERIFY(scanned > 0);
    }

    // Last: it spends this address's requests for the minute.
    void perAddressLimit()
    {
        HttpReply reply;
        int sent = 0;
        while (sent <= 700) {
            reply = get(QStringLiteral("/r/selfreg.css"));
            ++sent;
            if (reply.status != 200)
                break;
        }
        QCOMPARE(reply.status, 429);
        QVERIFY2(sent > 100, "the limit is far below the documented one");
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("too-many-requests"));
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(get(link()).status, 429); // every route of the page, the link's too
    }
};

QTEST_GUILESS_MAIN(TestSelfRegPage)
#include "tst_selfregpage.moc"
