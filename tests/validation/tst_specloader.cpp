// The spec loader refuses a broken spec with the file and the place (JSON path, or line and
// column for a syntax error), and loads the shipped specs with the shape docs/spec-format.md
// asks for.
#include "validation/SpecLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

class TestSpecLoader : public QObject
{
    Q_OBJECT

private slots:
    void shippedSpecs();
    void brokenSpecRefused_data();
    void brokenSpecRefused();
    void newerMinorFormatAccepted();
    void brokenFileNamesFileAndLine();
    void unknownBuiltin();
};

namespace {

// A small valid spec; each test row breaks one thing in it.
const char *validSpec = R"({
  "id": "test", "version": "1",
  "title": {"nl": "Test", "en": "Test"},
  "rounds": [{"id": "r1", "start": "2022-01-01", "label": {"nl": "R1", "en": "R1"}}],
  "datasets": [{
    "name": "people", "label": {"nl": "Mensen", "en": "People"}, "formats": ["f"],
    "fields": [
      {"key": "a", "label": {"nl": "A", "en": "A"}, "help": {"nl": "h", "en": "h"},
       "type": "text", "requirement": "required", "transmit": "plain", "columns": {"f": "A"}},
      {"key": "b", "label": {"nl": "B", "en": "B"}, "help": {"nl": "h", "en": "h"},
       "type": "enum", "requirement": "optional", "transmit": "plain",
       "codes": [{"code": "x", "label": {"nl": "x", "en": "x"}}]}
    ],
    "rules": [{"id": "r", "severity": "error", "field": "a", "require": {"filled": "b"},
               "message": {"nl": "n", "en": "e"}}]
  }]
})";

QByteArray replaced(const char *from, const char *to)
{
    QByteArray json(validSpec);
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from);
    json.replace(at, qstrlen(from), to);
    return json;
}

} // namespace

void TestSpecLoader::shippedSpecs()
{
    for (const char *id : {"mdt", "sor", "cemplus"}) {
        SpecError error;
        const std::optional<Spec> spec = SpecLoader::builtin(QString::fromLatin1(id), &error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->id, QString::fromLatin1(id));
        QVERIFY(!spec->version.isEmpty());
    }
    SpecError error;
    const Spec mdt = *SpecLoader::builtin(QStringLiteral("mdt"), &error);
    QCOMPARE(mdt.rounds.size(), 2);
    QCOMPARE(mdt.rounds.at(1).id, QStringLiteral("5a"));
    QCOMPARE(mdt.rounds.at(1).start, QDate(2023, 1, 1));
    QCOMPARE(mdt.roundInForce(QDate(2022, 12, 31)), QStringLiteral("4d"));
    QCOMPARE(mdt.roundInForce(QDate(2023, 1, 1)), QStringLiteral("5a"));
    // The MDT file's columns, in the order of docs/spec-format.md.
    const QStringList columns{QStringLiteral("respondentnummer"),
                              QStringLiteral("geslacht"),
                              QStringLiteral("geboortedatum"),
                              QStringLiteral("leeftijd"),
                              QStringLiteral("straat"),
                              QStringLiteral("huisnummer"),
                              QStringLiteral("huisnummer_toevoeging"),
                              QStringLiteral("postcode"),
                              QStringLiteral("woonplaats"),
                              QStringLiteral("geen_adres"),
                              QStringLiteral("email"),
                              QStringLiteral("opleidingsniveau"),
                              QStringLiteral("startdatum"),
                              QStringLiteral("einddatum"),
                              QStringLiteral("reden_beeindiging"),
                              QStringLiteral("verkorte_deelname"),
                              QStringLiteral("postcode_doelocatie"),
                              QStringLiteral("gemeente_doelocatie"),
                              QStringLiteral("opt_out")};
    QStringList transmitted;
    const DatasetSpec &participants = *mdt.dataset(QStringLiteral("participants"));
    for (const FieldSpec &field : participants.fields) {
        if (field.columns.contains(QStringLiteral("mdt-proces1"))) {
            QCOMPARE(field.columns.value(QStringLiteral("mdt-proces1")), field.key);
            transmitted.append(field.key);
        } else {
            QCOMPARE(field.requirement, Requirement::LocalOnly);
            QCOMPARE(field.transmit, Transmit::Never);
        }
    }
    QCOMPARE(transmitted, columns);
    for (const char *local : {"voornaam", "achternaam", "telefoon", "notities", "bsn"})
        QCOMPARE(participants.field(QString::fromLatin1(local))->requirement,
                 Requirement::LocalOnly);

    // The kiosk's fields (app/gui/kiosk): what a young person can tell; never the project's own
    // administration (number, dates, reason for ending), notes or the citizen service number.
    QStringList selfRegistration;
    for (const FieldSpec &field : participants.fields) {
        if (!field.selfRegistration)
            continue;
        selfRegistration.append(field.key);
        QVERIFY(!field.selfLabel.nl.isEmpty() && !field.selfLabel.en.isEmpty());
        QVERIFY(field.selfLabel.nl != field.label.nl);
    }
    selfRegistration.sort();
    QStringList expectedSelf;
    for (const char *key :
         {"achternaam", "email", "geboortedatum", "geen_adres", "gemeente_doelocatie", "geslacht",
          "huisnummer", "huisnummer_toevoeging", "leeftijd", "opleidingsniveau", "opt_out",
          "postcode", "postcode_doelocatie", "straat", "telefoon", "voornaam", "woonplaats"})
        expectedSelf.append(QString::fromLatin1(key));
    QCOMPARE(selfRegistration, expectedSelf);

    const Spec sor = *SpecLoader::builtin(QStringLiteral("sor"), &error);
    QStringList gasColumns;
    for (const FieldSpec &field : sor.dataset(QStringLiteral("gas"))->fields) {
        if (field.columns.contains(QStringLiteral("rap-gas")))
            gasColumns.append(field.columns.value(QStringLiteral("rap-gas")));
    }
    QCOMPARE(gasColumns, (QStringList{QStringLiteral("BSN"), QStringLiteral("Beschikkingsnummer"),
                                      QStringLiteral("Toewijzingsnummer"), QStringLiteral("Type"),
                                      QStringLiteral("Waarde")}));
    QCOMPARE(sor.dataset(QStringLiteral("gas"))->field(QStringLiteral("bsn"))->transmit,
             Transmit::Plain);
    const Spec cem = *SpecLoader::builtin(QStringLiteral("cemplus"), &error);
    QCOMPARE(cem.dataset(QStringLiteral("cem"))->field(QStringLiteral("bsn"))->transmit,
             Transmit::Pseudonymised);
    QCOMPARE(cem.dataset(QStringLiteral("cem"))->field(QStringLiteral("vragenlijst"))->codes.size(),
             4);
    QCOMPARE(cem.dataset(QStringLiteral("cem"))->field(QStringLiteral("vraag"))->codes.size(), 19);
}

void TestSpecLoader::brokenSpecRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QByteArray &json, const char *place,
                  const char *message) {
        QTest::newRow(name) << json << QString::fromLatin1(place) << QString::fromLatin1(message);
    };
    row("syntax error", replaced("\"version\": \"1\",", "\"version\": \"1\""), "line 3, column 4",
        "");
    row("not an object", QByteArray("[1, 2]"), "$", "must be a JSON object");
    row("missing id", replaced("\"id\": \"test\",", ""), "id", "missing");
    row("unknown type", replaced("\"type\": \"text\"", "\"type\": \"txt\""),
        "datasets[0].fields[0].type", "unknown type \"txt\"");
    row("unknown requirement",
        replaced("\"requirement\": \"required\"", "\"requirement\": \"must\""),
        "datasets[0].fields[0].requirement", "unknown requirement");
    row("misspelt property",
        replaced("\"requirement\": \"optional\"", "\"requirment\": \"optional\""),
        "datasets[0].fields[1].requirment", "unknown property");
    row("label in one language",
        replaced("\"label\": {\"nl\": \"B\", \"en\": \"B\"}", "\"label\": {\"nl\": \"B\"}"),
        "datasets[0].fields[1].label.en", "missing");
    row("empty english message", replaced("\"en\": \"e\"", "\"en\": \"\""),
        "datasets[0].rules[0].message.en", "non-empty");
    row("rule names unknown field", replaced("{\"filled\": \"b\"}", "{\"filled\": \"c\"}"),
        "datasets[0].rules[0].require.filled", "no field \"c\"");
    row("unknown round",
        replaced("\"requirement\": \"optional\"",
                 "\"requirement\": \"required-from\", \"requiredFrom\": \"9z\""),
        "datasets[0].fields[1].requiredFrom", "no round \"9z\"");
    row("enum without codes",
        replaced("\"codes\": [{\"code\": \"x\", \"label\": {\"nl\": \"x\", \"en\": \"x\"}}]",
                 "\"codes\": []"),
        "datasets[0].fields[1].codes", "an enum needs codes");
    row("unknown condition", replaced("{\"filled\": \"b\"}", "{\"sometimes\": \"b\"}"),
        "datasets[0].rules[0].require", "unknown condition");
    row("code not in list", replaced("{\"filled\": \"b\"}", "{\"field\": \"b\", \"is\": \"y\"}"),
        "datasets[0].rules[0].require", "\"y\" is not a value of field \"b\"");
    row("compare text",
        replaced("{\"filled\": \"b\"}", "{\"compare\": \"a\", \"op\": \"<\", \"value\": 1}"),
        "datasets[0].rules[0].require.compare", "only date and integer");
    row("column for unknown format",
        replaced("\"columns\": {\"f\": \"A\"}", "\"columns\": {\"g\": \"A\"}"),
        "datasets[0].fields[0].columns.g", "not a format of this dataset");
    row("local-only transmitted",
        replaced("\"requirement\": \"optional\"", "\"requirement\": \"local-only\""),
        "datasets[0].fields[1].transmit", "never transmitted");
    row("duplicate field key", replaced("{\"key\": \"b\"", "{\"key\": \"a\""),
        "datasets[0].fields[1].key", "field defined twice");
    row("bad severity", replaced("\"severity\": \"error\"", "\"severity\": \"fatal\""),
        "datasets[0].rules[0].severity", "unknown severity");
    row("rounds out of order",
        replaced("\"rounds\": [{\"id\": \"r1\", \"start\": \"2022-01-01\", \"label\": {\"nl\": "
                 "\"R1\", \"en\": \"R1\"}}]",
                 "\"rounds\": [{\"id\": \"r1\", \"start\": \"2022-01-01\", \"label\": {\"nl\": "
                 "\"R1\", \"en\": \"R1\"}},"
                 "{\"id\": \"r0\", \"start\": \"2021-01-01\", \"label\": {\"nl\": \"R0\", \"en\": "
                 "\"R0\"}}]"),
        "rounds[1].start", "order of their start dates");
    // Self-registration (docs/spec-format.md): a question in both languages, never a BSN.
    row("self-registration without question",
        replaced("\"type\": \"text\"", "\"type\": \"text\", \"selfRegistration\": {}"),
        "datasets[0].fields[0].selfRegistration.label", "missing");
    row("self-registration unknown property",
        replaced("\"type\": \"text\"",
                 "\"type\": \"text\", \"selfRegistration\": {\"label\": {\"nl\": \"q\", "
                 "\"en\": \"q\"}, \"hint\": 1}"),
        "datasets[0].fields[0].selfRegistration.hint", "unknown property");
    row("self-registration of a citizen service number",
        replaced("\"type\": \"text\", \"requirement\": \"required\"",
                 "\"type\": \"bsn\", \"requirement\": \"required\", \"selfRegistration\": "
                 "{\"label\": {\"nl\": \"q\", \"en\": \"q\"}}"),
        "datasets[0].fields[0].selfRegistration", "never asked by self-registration");
    // Found by fuzz_spec: a number beyond what a whole number can hold is refused, not cast.
    row("huge maxLength",
        replaced("\"type\": \"text\"", "\"type\": \"text\", \"maxLength\": 1e300"),
        "datasets[0].fields[0].maxLength", "must be a whole number");
    row("huge negative maxLength",
        replaced("\"type\": \"text\"", "\"type\": \"text\", \"maxLength\": -1e19"),
        "datasets[0].fields[0].maxLength", "must be a whole number");
    row("bad date", replaced("\"start\": \"2022-01-01\"", "\"start\": \"01-01-2022\""),
        "rounds[0].start", "yyyy-mm-dd");
    // Versions and compatibility (docs/spec-format.md): another major format version is refused.
    row("unknown major format version",
        replaced("\"id\": \"test\",", "\"formatVersion\": \"2.0\", \"id\": \"test\","),
        "formatVersion", "format version 2.0 is not supported: this build reads 1.x");
    row("format version not MAJOR.MINOR",
        replaced("\"id\": \"test\",", "\"formatVersion\": \"1\", \"id\": \"test\","),
        "formatVersion", "MAJOR.MINOR");
}

void TestSpecLoader::newerMinorFormatAccepted()
{
    // A minor version only adds what a build of the same major version may ignore.
    SpecError error;
    QVERIFY2(SpecLoader::fromJson(
                 replaced("\"id\": \"test\",", "\"formatVersion\": \"1.7\", \"id\": \"test\","),
                 QStringLiteral("minor.json"), &error),
             qPrintable(error.toString()));
}

void TestSpecLoader::brokenSpecRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(QString, message);

    // The unbroken fixture loads: every row's failure is the row's own breakage.
    SpecError error;
    QVERIFY2(SpecLoader::fromJson(validSpec, QStringLiteral("valid.json"), &error),
             qPrintable(error.toString()));

    QVERIFY(!SpecLoader::fromJson(json, QStringLiteral("broken.json"), &error));
    QCOMPARE(error.file, QStringLiteral("broken.json"));
    QCOMPARE(error.place, place);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(QStringLiteral("broken.json: ") + place));
}

void TestSpecLoader::brokenFileNamesFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mdt-broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"id\": \"mdt\",\n  \"version\": 2023\n  \"title\": {}\n}\n");
    file.close();
    SpecError error;
    QVERIFY(!SpecLoader::fromFile(path, &error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.place.startsWith(QStringLiteral("line 4")), qPrintable(error.toString()));

    SpecError missing;
    QVERIFY(!SpecLoader::fromFile(dir.filePath(QStringLiteral("none.json")), &missing));
    QVERIFY(missing.file.endsWith(QStringLiteral("none.json")));
}

void TestSpecLoader::unknownBuiltin()
{
    SpecError error;
    QVERIFY(!SpecLoader::builtin(QStringLiteral("wmo"), &error));
    QVERIFY(error.message.contains(QStringLiteral("mdt")));
}

QTEST_GUILESS_MAIN(TestSpecLoader)
#include "tst_specloader.moc"
