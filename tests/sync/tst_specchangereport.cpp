// What a new spec changes, said with the records it touches (issue 15, "a new spec says what
// changes before it is used"): besides the findings SpecComparison counts, SpecChangeReport names
// a code list that grew or shrank, a rule (range, length, type) that changed, a new field and a
// field no longer asked for, each with its number of records, on a real encrypted register.
#include "ChangedSpecs.h"
#include "Localization.h"
#include "domain/Participant.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "sync/SpecChangeReport.h"
#include "validation/SpecLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

using ChangedSpecs::text;

QJsonObject newField(const char *key, const char *nl, const char *en, const char *requirement)
{
    return QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                       {QStringLiteral("label"), text(nl, en)},
                       {QStringLiteral("help"), text("Uitleg.", "Help.")},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("requirement"), QLatin1String(requirement)},
                       {QStringLiteral("transmit"), QStringLiteral("plain")}};
}

void addField(QJsonObject &spec, const QJsonObject &field)
{
    QJsonArray datasets = spec.value(QStringLiteral("datasets")).toArray();
    QJsonObject participants = datasets.at(0).toObject();
    QJsonArray fields = participants.value(QStringLiteral("fields")).toArray();
    fields.append(field);
    participants.insert(QStringLiteral("fields"), fields);
    datasets.replace(0, participants);
    spec.insert(QStringLiteral("datasets"), datasets);
}

Spec load(const QJsonObject &json)
{
    SpecError error;
    const std::optional<Spec> spec =
        SpecLoader::fromJson(QJsonDocument(json).toJson(), QStringLiteral("mdt.json"), &error);
    if (!spec)
        qFatal("%s", qPrintable(error.toString()));
    return *spec;
}

Participant participant(int number)
{
    Participant p;
    p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(number, 4, 10, QLatin1Char('0')));
    p.setValue(u"voornaam", QStringLiteral("Anna"));
    p.setValue(u"achternaam", QStringLiteral("Bakker"));
    p.setValue(u"geslacht", QStringLiteral("v"));
    p.setValue(u"geboortedatum", QStringLiteral("12-05-2005"));
    p.setValue(u"straat", QStringLiteral("Dorpsstraat"));
    p.setValue(u"huisnummer", QString::number(number));
    p.setValue(u"postcode", QStringLiteral("1234 AB"));
    p.setValue(u"woonplaats", QStringLiteral("Utrecht"));
    p.setValue(u"email", QStringLiteral("deelnemer%1@voorbeeld.nl").arg(number));
    p.setValue(u"opleidingsniveau", QStringLiteral("mbo2"));
    p.setValue(u"startdatum", QStringLiteral("01-03-2024"));
    p.setValue(u"postcode_doelocatie", QStringLiteral("3511 AB"));
    return p;
}

} // namespace

class TestSpecChangeReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_register;
    std::optional<Spec> m_before;

    // The report of `after` against the spec in force before (builtin mdt plus a mentor field),
    // in English.
    QStringList lines(const QJsonObject &after, int *affectedRows = nullptr)
    {
        QString error;
        const std::optional<SpecChangeReport> report = SpecChangeReport::compare(
            *m_register, *m_before, load(after), QStringLiteral("en"), &error);
        if (!report) {
            qWarning("%s", qPrintable(error));
            return {QStringLiteral("(no report)")};
        }
        if (affectedRows)
            *affectedRows = report->affectedRows;
        QStringList result;
        for (const FieldChange &change : report->fieldChanges)
            result.append(change.message);
        return result;
    }

    // The spec in force before, as a JSON object to change: built-in mdt, version 2099.1, with
    // the optional field `mentor` a former pull added.
    static QJsonObject beforeJson()
    {
        QJsonObject json = ChangedSpecs::builtinObject(QStringLiteral("mdt"));
        json.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
        addField(json, newField("mentor", "Mentor", "Mentor", "optional"));
        return json;
    }
    static QJsonObject afterJson()
    {
        QJsonObject json = beforeJson();
        json.insert(QStringLiteral("version"), QStringLiteral("2099.2"));
        return json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RegisterError error;
        m_register =
            KeyStore::create(m_dir.filePath(QStringLiteral("r.veldboek")),
                             {KeyStore::Mode::Passphrase, "correct horse battery staple"}, &error);
        QVERIFY2(m_register, qPrintable(error.message()));
        // Six participants: house numbers 1-4, 150 and 160; genders x, x, v, v, v, v; a mentor
        // for the first three (kept in participant_fields).
        QList<Participant> people;
        for (int number = 1; number <= 6; ++number) {
            Participant p = participant(number);
            if (number >= 5)
                p.setValue(u"huisnummer", QString::number(100 + 10 * number));
            if (number <= 2)
                p.setValue(u"geslacht", QStringLiteral("x"));
            if (number <= 3)
                p.extraValues().insert(QStringLiteral("mentor"),
                                       QStringLiteral("Mentor %1").arg(number));
            people.append(p);
        }
        QVERIFY(ParticipantRepository(*m_register).addAll(people));
        m_before = load(beforeJson());
    }

    void sameSpecSaysNothing() { QCOMPARE(lines(afterJson()), QStringList()); }

    // A range made stricter: the two house numbers over 100.
    void ruleChanged()
    {
        QJsonObject after = afterJson();
        ChangedSpecs::changeField(after, QStringLiteral("huisnummer"), [](QJsonObject &field) {
            field.insert(QStringLiteral("max"), 100);
        });
        int rows = 0;
        QCOMPARE(
            lines(after, &rows),
            QStringList{QStringLiteral("The rule for House number changed; records affected: 2.")});
        QCOMPARE(rows, 2);
    }

    // A length made shorter is a changed rule too; one that no value exceeds touches nothing.
    void lengthChangedWithoutRecords()
    {
        QJsonObject after = afterJson();
        ChangedSpecs::changeField(after, QStringLiteral("straat"), [](QJsonObject &field) {
            field.insert(QStringLiteral("maxLength"), 50);
        });
        QCOMPARE(lines(after),
                 QStringList{QStringLiteral("The rule for Street changed; records affected: 0.")});
    }

    // A code list: one code dropped (the two with x now get a finding), one added.
    void codeListChanged()
    {
        QJsonObject after = afterJson();
        ChangedSpecs::changeField(after, QStringLiteral("geslacht"), [](QJsonObject &field) {
            QJsonArray codes = field.value(QStringLiteral("codes")).toArray();
            for (qsizetype i = codes.size() - 1; i >= 0; --i) {
                if (codes.at(i).toObject().value(QStringLiteral("code")) == QStringLiteral("x"))
                    codes.removeAt(i);
            }
            codes.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("o")},
                                     {QStringLiteral("label"), text("onbekend", "unknown")}});
            field.insert(QStringLiteral("codes"), codes);
        });
        QCOMPARE(
            lines(after),
            (QStringList{QStringLiteral("Gender accepts new codes: o; records no longer "
                                        "flagged: 0."),
                         QStringLiteral("Gender no longer accepts: x; records affected: 2.")}));
    }

    // A code list that grows back: the records it flagged are no longer flagged.
    void codeListGrew()
    {
        QJsonObject narrower = afterJson();
        ChangedSpecs::changeField(narrower, QStringLiteral("geslacht"), [](QJsonObject &field) {
            QJsonArray codes = field.value(QStringLiteral("codes")).toArray();
            for (qsizetype i = codes.size() - 1; i >= 0; --i) {
                if (codes.at(i).toObject().value(QStringLiteral("code")) == QStringLiteral("x"))
                    codes.removeAt(i);
            }
            field.insert(QStringLiteral("codes"), codes);
        });
        const std::optional<Spec> saved = m_before;
        m_before = load(narrower);
        const QStringList result = lines(beforeJson());
        m_before = saved;
        QCOMPARE(result, QStringList{QStringLiteral(
                             "Gender accepts new codes: x; records no longer flagged: 2.")});
    }

    // New fields: a required one every record lacks, an optional one nobody needs.
    void newFields()
    {
        QJsonObject after = afterJson();
        addField(after, newField("leerlingnummer", "Leerlingnummer", "Pupil number", "required"));
        addField(after, newField("schoolnaam", "Schoolnaam", "School name", "optional"));
        const QStringList result = lines(after);
        QCOMPARE(
            result,
            (QStringList{QStringLiteral("New required field Pupil number; records affected: 6."),
                         QStringLiteral("New field School name (optional); records affected: "
                                        "0.")}));
    }

    // A field no longer asked for: the records with a value, which stay in the register.
    void removedField()
    {
        QJsonObject after = ChangedSpecs::builtinObject(QStringLiteral("mdt"));
        after.insert(QStringLiteral("version"), QStringLiteral("2099.2"));
        QCOMPARE(lines(after),
                 QStringList{QStringLiteral("Mentor is no longer asked for; its values stay in the "
                                            "register, marked as no longer requested; records "
                                            "with a value: 3.")});
    }

    // The report's text: the field changes first, then SpecComparison's findings and the count.
    void reportText()
    {
        QJsonObject after = afterJson();
        ChangedSpecs::changeField(after, QStringLiteral("huisnummer"), [](QJsonObject &field) {
            field.insert(QStringLiteral("max"), 100);
        });
        QString error;
        const std::optional<SpecChangeReport> report = SpecChangeReport::compare(
            *m_register, *m_before, load(after), QStringLiteral("en"), &error);
        QVERIFY2(report, qPrintable(error));
        const QString text = report->toText(QStringLiteral("en"));
        QVERIFY2(text.startsWith(
                     QLatin1String("- The rule for House number changed; records affected: 2.\n")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("Records affected: 2.")), qPrintable(text));
    }

    // In Dutch: the label from the spec and the sentence from translations/veldboek_nl.ts.
    void dutch()
    {
        QJsonObject after = afterJson();
        ChangedSpecs::changeField(after, QStringLiteral("huisnummer"), [](QJsonObject &field) {
            field.insert(QStringLiteral("max"), 100);
        });
        installTranslator(*QCoreApplication::instance(), QStringLiteral("nl"));
        QString error;
        const std::optional<SpecChangeReport> report = SpecChangeReport::compare(
            *m_register, *m_before, load(after), QStringLiteral("nl"), &error);
        installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->fieldChanges.size(), 1);
        QCOMPARE(report->fieldChanges.first().message,
                 QStringLiteral("De regel voor Huisnummer is veranderd; records waarvoor dit "
                                "gevolgen heeft: 2."));
    }
};

QTEST_MAIN(TestSpecChangeReport)
#include "tst_specchangereport.moc"
