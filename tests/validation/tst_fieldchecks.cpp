// Level 1 of the engine: one value at a time, as the form checks it per keystroke. One table row
// per rule and edge: leap days, 31 April, two-digit years, spaces, lower case, look-alike digits
// (Arabic-Indic, full-width), very long values, empty values under conditional requirements.
#include "validation/CheckMessages.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QTest>

using namespace veldboek;

class TestFieldChecks : public QObject
{
    Q_OBJECT

private slots:
    void checkField_data();
    void checkField();
    void requiredDependsOnRecordAndRound_data();
    void requiredDependsOnRecordAndRound();
    void everyMessageInBothLanguages();
    void messagesFollowTheLanguage();
};

namespace {

const QDate today(2023, 6, 1);

Spec builtin(const QString &id)
{
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(id, &error);
    if (!spec)
        qFatal("%s", qPrintable(error.toString()));
    return *spec;
}

// "key=value|key=value" -> a record.
Record record(const QString &text)
{
    Record result;
    const QStringList pairs = text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs)
        result.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return result;
}

QString arabicIndic(const char *ascii)
{
    QString result;
    for (const char *c = ascii; *c; ++c)
        result += (*c >= '0' && *c <= '9') ? QChar(0x0660 + (*c - '0')) : QChar::fromLatin1(*c);
    return result;
}

QString fullWidth(const char *ascii)
{
    QString result;
    for (const char *c = ascii; *c; ++c)
        result += (*c >= '0' && *c <= '9') ? QChar(0xFF10 + (*c - '0')) : QChar::fromLatin1(*c);
    return result;
}

} // namespace

void TestFieldChecks::checkField_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("rule");       // empty: the value is accepted
    QTest::addColumn<QString>("normalised"); // when accepted

    auto add = [](const char *name, const char *spec, const char *dataset, const char *field,
                  const QString &value, const char *rule, const char *normalised = "",
                  const char *context = "") {
        QTest::newRow(name) << QString::fromLatin1(spec) << QString::fromLatin1(dataset)
                            << QString::fromLatin1(field) << value << QString::fromLatin1(context)
                            << QString::fromLatin1(rule) << QString::fromUtf8(normalised);
    };
    auto gas = [&](const char *name, const char *field, const QString &value, const char *rule,
                   const char *normalised = "") {
        add(name, "sor", "gas", field, value, rule, normalised);
    };
    auto person = [&](const char *name, const char *field, const QString &value, const char *rule,
                      const char *normalised = "", const char *context = "") {
        add(name, "mdt", "participants", field, value, rule, normalised, context);
    };

    // Citizen service number: the eleven test, the placeholder, zero, padding, look-alikes.
    gas("bsn valid", "bsn", QStringLiteral("111222333"), "", "111222333");
    gas("bsn placeholder 999999999", "bsn", QStringLiteral("999999999"), "", "999999999");
    gas("bsn 000000000", "bsn", QStringLiteral("000000000"), "bsn.zero");
    gas("bsn 0 padded to zeros", "bsn", QStringLiteral("0"), "bsn.zero");
    gas("bsn fails eleven test", "bsn", QStringLiteral("123456789"), "bsn.eleven-test");
    gas("bsn eight digits padded", "bsn", QStringLiteral("10000008"), "", "010000008");
    gas("bsn surrounding spaces", "bsn", QStringLiteral("  111222333 "), "", "111222333");
    gas("bsn ten digits", "bsn", QStringLiteral("1112223330"), "bsn.format");
    gas("bsn letter", "bsn", QStringLiteral("11122233a"), "bsn.format");
    gas("bsn arabic-indic digits", "bsn", arabicIndic("111222333"), "bsn.format");
    gas("bsn full-width digits", "bsn", fullWidth("111222333"), "bsn.format");
    gas("bsn with dots", "bsn", QStringLiteral("111.222.333"), "bsn.format");
    gas("bsn very long", "bsn", QString(5000, QLatin1Char('1')), "too-long");

    // Postcode: normalised, first digit not 0, no SA/SD/SS.
    person("postcode lower case", "postcode", QStringLiteral("1234ab"), "", "1234 AB");
    person("postcode hyphen", "postcode", QStringLiteral("1234-ab"), "", "1234 AB");
    person("postcode canonical", "postcode", QStringLiteral("1234 AB"), "", "1234 AB");
    person("postcode spaces around", "postcode", QStringLiteral(" 9999 zz "), "", "9999 ZZ");
    person("postcode first digit 0", "postcode", QStringLiteral("0123 AB"), "postcode.first-digit");
    person("postcode SA", "postcode", QStringLiteral("1234 SA"), "postcode.letters");
    person("postcode sd lower", "postcode", QStringLiteral("1234sd"), "postcode.letters");
    person("postcode SS", "postcode", QStringLiteral("1234 SS"), "postcode.letters");
    person("postcode SB allowed", "postcode", QStringLiteral("1234 SB"), "", "1234 SB");
    person("postcode five digits", "postcode", QStringLiteral("12345 AB"), "postcode.format");
    person("postcode one letter", "postcode", QStringLiteral("1234 A"), "postcode.format");
    person("postcode two spaces", "postcode", QStringLiteral("1234  AB"), "postcode.format");
    person("postcode arabic-indic", "postcode", arabicIndic("1234 AB"), "postcode.format");
    person("postcode full-width", "postcode", fullWidth("1234 AB"), "postcode.format");

    // Municipality code: four digits with leading zeros.
    person("municipality 0363", "gemeente_doelocatie", QStringLiteral("0363"), "", "0363");
    person("municipality 363", "gemeente_doelocatie", QStringLiteral("363"), "municipality.format");
    person("municipality 0000", "gemeente_doelocatie", QStringLiteral("0000"),
           "municipality.format");
    person("municipality five digits", "gemeente_doelocatie", QStringLiteral("03630"),
           "municipality.format");
    person("municipality full-width", "gemeente_doelocatie", fullWidth("0363"),
           "municipality.format");

    // Dates: dd-mm-yyyy, real days, four-digit years, not in the future, not before 2022.
    person("29-02 leap year", "geboortedatum", QStringLiteral("29-02-2008"), "", "29-02-2008");
    person("29-02 not a leap year", "geboortedatum", QStringLiteral("29-02-2007"), "date.invalid");
    person("29-02-2000 leap", "geboortedatum", QStringLiteral("29-02-2000"), "", "29-02-2000");
    person("29-02-1900 not leap", "geboortedatum", QStringLiteral("29-02-1900"), "date.invalid");
    person("31-04 does not exist", "geboortedatum", QStringLiteral("31-04-2006"), "date.invalid");
    person("30-04 exists", "geboortedatum", QStringLiteral("30-04-2006"), "", "30-04-2006");
    person("13th month", "geboortedatum", QStringLiteral("01-13-2006"), "date.invalid");
    person("day zero", "geboortedatum", QStringLiteral("00-01-2006"), "date.invalid");
    person("single digits normalised", "geboortedatum", QStringLiteral("1-2-2006"), "",
           "01-02-2006");
    person("two-digit year", "geboortedatum", QStringLiteral("01-02-06"), "date.year");
    person("three-digit day", "geboortedatum", QStringLiteral("001-02-2006"), "date.format");
    person("iso order", "geboortedatum", QStringLiteral("2006-02-01"), "date.format");
    person("slashes", "geboortedatum", QStringLiteral("01/02/2006"), "date.format");
    person("date spaces around", "geboortedatum", QStringLiteral(" 01-02-2006 "), "", "01-02-2006");
    person("date arabic-indic", "geboortedatum", arabicIndic("01-02-2006"), "date.format");
    person("date full-width", "geboortedatum", fullWidth("01-02-2006"), "date.format");
    person("birth in the future", "geboortedatum", QStringLiteral("02-06-2023"), "date.future");
    person("start today", "startdatum", QStringLiteral("01-06-2023"), "", "01-06-2023");
    person("start tomorrow", "startdatum", QStringLiteral("02-06-2023"), "date.future");
    person("start 01-01-2022", "startdatum", QStringLiteral("01-01-2022"), "", "01-01-2022");
    person("start 31-12-2021", "startdatum", QStringLiteral("31-12-2021"), "date.too-early");
    person("end in the future", "einddatum", QStringLiteral("01-01-2024"), "date.future");

    // Code lists: case, aliases, the GAS goal pattern.
    person("gender upper case", "geslacht", QStringLiteral("V"), "", "v");
    person("gender unknown", "geslacht", QStringLiteral("q"), "enum.code");
    person("education IB is vwo", "opleidingsniveau", QStringLiteral("IB"), "", "vwo");
    person("education Mbo 2", "opleidingsniveau", QStringLiteral("Mbo 2"), "", "mbo2");
    person("education unknown", "opleidingsniveau", QStringLiteral("lagere school"), "enum.code");
    gas("gas type D1O", "type", QStringLiteral("D1O"), "", "D1O");
    gas("gas type lower case", "type", QStringLiteral("d12c"), "", "D12C");
    gas("gas type D10 (digit zero)", "type", QStringLiteral("D10"), "enum.code");
    gas("gas type goal 0", "type", QStringLiteral("D0O"), "enum.code");
    gas("gas type leading zero", "type", QStringLiteral("D01O"), "enum.code");
    gas("gas type no goal", "type", QStringLiteral("DO"), "enum.code");
    gas("gas type arabic-indic goal", "type", arabicIndic("D1O"), "enum.code");
    add("problem type PB", "sor", "problem", "type", QStringLiteral("pb"), "", "PB");
    add("problem type D1O", "sor", "problem", "type", QStringLiteral("D1O"), "enum.code");
    add("problem value x", "sor", "problem", "waarde", QStringLiteral("X"), "", "x");
    add("problem value 4", "sor", "problem", "waarde", QStringLiteral("4"), "enum.code");

    // Integers.
    gas("gas value -1", "waarde", QStringLiteral("-1"), "", "-1");
    gas("gas value 2", "waarde", QStringLiteral("2"), "", "2");
    gas("gas value 3", "waarde", QStringLiteral("3"), "integer.range");
    gas("gas value -2", "waarde", QStringLiteral("-2"), "integer.range");
    gas("gas value plus sign", "waarde", QStringLiteral("+1"), "integer.format");
    gas("gas value decimal", "waarde", QStringLiteral("1.0"), "integer.format");
    gas("gas value x", "waarde", QStringLiteral("x"), "integer.format");
    gas("gas value arabic-indic", "waarde", arabicIndic("2"), "integer.format");
    gas("gas value lone minus", "waarde", QStringLiteral("-"), "integer.format");

    // E-mail, phone, booleans, text.
    person("email valid", "email", QStringLiteral("sanne@voorbeeld.nl"), "", "sanne@voorbeeld.nl");
    person("email domain lower-cased", "email", QStringLiteral(" Sanne@Voorbeeld.NL "), "",
           "Sanne@voorbeeld.nl");
    person("email no dot", "email", QStringLiteral("sanne@voorbeeld"), "email.format");
    person("email two @", "email", QStringLiteral("sanne@@voorbeeld.nl"), "email.format");
    person("email space", "email", QStringLiteral("san ne@voorbeeld.nl"), "email.format");
    person("email numeric tld", "email", QStringLiteral("a@b.12"), "email.format");
    person("phone mobile", "telefoon", QStringLiteral("06-12345678"), "", "06-12345678");
    person("phone international", "telefoon", QStringLiteral("+31 6 12345678"), "",
           "+31 6 12345678");
    person("phone short", "telefoon", QStringLiteral("12345"), "phone.format");
    person("phone letters", "telefoon", QStringLiteral("06-1234567a"), "phone.format");
    person("bool JA", "opt_out", QStringLiteral("JA"), "", "ja");
    person("bool Nee", "opt_out", QStringLiteral("Nee"), "", "nee");
    person("bool yes", "opt_out", QStringLiteral("yes"), "bool.format");
    person("text too long", "straat", QString(81, QLatin1Char('a')), "too-long");
    person("text 80 chars", "straat", QString(80, QLatin1Char('a')), "", "");
    person("text huge", "notities", QString(200000, QLatin1Char('x')), "too-long");
    person("text with tab", "straat", QStringLiteral("Dorps\tstraat"), "control-character");
    person("house number full-width", "huisnummer", fullWidth("12"), "integer.format");
    add("cem provider digits only", "cemplus", "cem", "zorgaanbieder_id", QStringLiteral("12a45"),
        "digits-only");

    // Empty values: required, or not, depending on the record (context).
    person("start empty", "startdatum", QString(), "required");
    person("start spaces only", "startdatum", QStringLiteral("   "), "required");
    person("birth empty", "geboortedatum", QString(), "required", "", "opt_out=nee");
    person("birth empty under opt-out", "geboortedatum", QString(), "", "", "opt_out=ja");
    person("age empty under opt-out", "leeftijd", QString(), "required", "", "opt_out=ja");
    person("age empty otherwise", "leeftijd", QString(), "", "", "opt_out=nee");
    person("street empty with no address", "straat", QString(), "", "", "geen_adres=ja");
    person("street empty", "straat", QString(), "required", "", "geen_adres=nee");
    person("reason empty without end", "reden_beeindiging", QString(), "");
    person("reason empty with end", "reden_beeindiging", QString(), "required", "",
           "einddatum=01-05-2023");
    person("local-only empty", "voornaam", QString(), "");
}

void TestFieldChecks::checkField()
{
    QFETCH(QString, spec);
    QFETCH(QString, dataset);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, context);
    QFETCH(QString, rule);
    QFETCH(QString, normalised);

    const Validator validator(builtin(spec), QStringLiteral("5a"), today, QStringLiteral("en"));
    const FieldCheck check = validator.checkField(dataset, field, value, record(context));
    QCOMPARE(check.rule, rule);
    if (rule.isEmpty()) {
        QCOMPARE(check.severity, Severity::None);
        QVERIFY(check.message.isEmpty());
        if (!normalised.isEmpty())
            QCOMPARE(check.normalised, normalised);
    } else {
        QCOMPARE(check.severity, Severity::Error);
        QVERIFY2(!check.message.isEmpty(), qPrintable(rule));
        QVERIFY(check.normalised.isEmpty());
    }
}

void TestFieldChecks::requiredDependsOnRecordAndRound_data()
{
    QTest::addColumn<QString>("round");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("startdatum");
    QTest::addColumn<QString>("optOut");
    QTest::addColumn<bool>("required");
    auto row = [](const char *name, const char *round, const char *field, const char *start,
                  const char *optOut, bool required) {
        QTest::newRow(name) << QString::fromLatin1(round) << QString::fromLatin1(field)
                            << QString::fromLatin1(start) << QString::fromLatin1(optOut)
                            << required;
    };

    // Education, e-mail and the site postcode become required from round 5a, for participants
    // who start in 5a (from 2023-01-01) or later; never retroactively.
    row("4d, education, new participant", "4d", "opleidingsniveau", "01-03-2023", "nee", false);
    row("5a, education, new participant", "5a", "opleidingsniveau", "01-03-2023", "nee", true);
    row("5a, education, started in 2022", "5a", "opleidingsniveau", "01-03-2022", "nee", false);
    row("5a, education, start unknown", "5a", "opleidingsniveau", "", "nee", true);
    row("5a, email, new participant", "5a", "email", "01-01-2023", "nee", true);
    row("5a, email, day before 5a", "5a", "email", "31-12-2022", "nee", false);
    row("5a, site postcode", "5a", "postcode_doelocatie", "01-03-2023", "nee", true);
    row("5a, site postcode under opt-out", "5a", "postcode_doelocatie", "01-03-2023", "ja", false);
    row("5a, site municipality under opt-out", "5a", "gemeente_doelocatie", "01-03-2023", "ja",
        true);
    row("5a, site municipality without opt-out", "5a", "gemeente_doelocatie", "01-03-2023", "nee",
        false);
    row("4d, site municipality under opt-out", "4d", "gemeente_doelocatie", "01-03-2023", "ja",
        false);
    row("4d, gender", "4d", "geslacht", "01-03-2022", "nee", true);
    row("5a, local-only name", "5a", "voornaam", "01-03-2023", "nee", false);
}

void TestFieldChecks::requiredDependsOnRecordAndRound()
{
    QFETCH(QString, round);
    QFETCH(QString, field);
    QFETCH(QString, startdatum);
    QFETCH(QString, optOut);
    QFETCH(bool, required);

    const Validator validator(builtin(QStringLiteral("mdt")), round, today);
    const Record context{{QStringLiteral("startdatum"), startdatum},
                         {QStringLiteral("opt_out"), optOut}};
    QCOMPARE(validator.isRequired(QStringLiteral("participants"), field, context), required);
    const FieldCheck check =
        validator.checkField(QStringLiteral("participants"), field, QString(), context);
    QCOMPARE(check.rule, required ? QStringLiteral("required") : QString());
}

void TestFieldChecks::everyMessageInBothLanguages()
{
    // The engine's own messages.
    for (int i = 0; i < static_cast<int>(Check::Count); ++i) {
        const MessageTemplate &message = CheckMessages::forCheck(static_cast<Check>(i));
        const QString nl = QString::fromUtf8(message.nl);
        const QString en = QString::fromUtf8(message.en);
        QVERIFY2(!nl.isEmpty() && !en.isEmpty() && nl != en, message.rule);
        QVERIFY2(nl.contains(QLatin1String("%1")) == en.contains(QLatin1String("%1")),
                 message.rule);
        QVERIFY2(nl.contains(QLatin1String("%2")) == en.contains(QLatin1String("%2")),
                 message.rule);
    }
    for (int i = 0; i < static_cast<int>(StructureIssue::Count); ++i) {
        const MessageTemplate &message =
            CheckMessages::forStructure(static_cast<StructureIssue>(i));
        QVERIFY2(qstrlen(message.nl) > 0 && qstrlen(message.en) > 0 &&
                     qstrcmp(message.nl, message.en),
                 message.rule);
    }
    // Every rule, field, code and round of every shipped spec.
    const QStringList ids = SpecLoader::builtinIds();
    QCOMPARE(ids, (QStringList{QStringLiteral("cemplus"), QStringLiteral("mdt"),
                               QStringLiteral("sor")}));
    int rules = 0;
    for (const QString &id : ids) {
        const Spec spec = builtin(id);
        auto both = [&](const LocalText &text, const QString &where) {
            QVERIFY2(!text.nl.trimmed().isEmpty() && !text.en.trimmed().isEmpty(),
                     qPrintable(id + QLatin1Char(' ') + where));
        };
        both(spec.title, QStringLiteral("title"));
        for (const RoundSpec &round : spec.rounds)
            both(round.label, round.id);
        for (const DatasetSpec &dataset : spec.datasets) {
            both(dataset.label, dataset.name);
            for (const FieldSpec &field : dataset.fields) {
                both(field.label, field.key);
                both(field.help, field.key + QStringLiteral(".help"));
                for (const CodeSpec &code : field.codes)
                    both(code.label, field.key + QLatin1Char('.') + code.code);
            }
            for (const RuleSpec &rule : dataset.rules) {
                both(rule.message, rule.id);
                QVERIFY2(rule.message.nl != rule.message.en, qPrintable(rule.id));
                ++rules;
            }
            for (const DatasetRuleSpec &rule : dataset.datasetRules) {
                both(rule.message, rule.id);
                QVERIFY2(rule.message.nl != rule.message.en, qPrintable(rule.id));
                ++rules;
            }
        }
    }
    QVERIFY(rules >= 15);
}

void TestFieldChecks::messagesFollowTheLanguage()
{
    const Spec spec = builtin(QStringLiteral("mdt"));
    const Validator dutch(spec, QStringLiteral("5a"), today, QStringLiteral("nl"));
    const Validator english(spec, QStringLiteral("5a"), today, QStringLiteral("en"));
    const QString participants = QStringLiteral("participants");
    QCOMPARE(dutch.checkField(participants, QStringLiteral("postcode"), QStringLiteral("0123AB"))
                 .message,
             QStringLiteral("Postcode: een postcode begint niet met 0."));
    QCOMPARE(english.checkField(participants, QStringLiteral("postcode"), QStringLiteral("0123AB"))
                 .message,
             QStringLiteral("Postcode: a postcode does not start with 0."));
    QCOMPARE(
        english.checkField(participants, QStringLiteral("startdatum"), QStringLiteral("31-12-2021"))
            .message,
        QStringLiteral("Start date must not be before 01-01-2022."));
}

QTEST_GUILESS_MAIN(TestFieldChecks)
#include "tst_fieldchecks.moc"
