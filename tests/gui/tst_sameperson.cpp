// One definition of "the same person": the spec's likely-duplicate rule (resources/specs/
// mdt.json, person.duplicate: date of birth, postcode, first and last name, or the citizen
// service number), built by core/validation/DuplicateKey.h, gives the same answer in the form's
// warning before saving (a real form, offscreen), the import's matching and the full-register
// check. The case that used to split them: same last name, date of birth and postcode but another
// first name, which the import alone took for the registered person.
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "check/ParticipantCheck.h"
#include "check/RegisterCheck.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportPlan.h"
#include "participants/ParticipantForm.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QString Rule = QStringLiteral("person.duplicate");

std::shared_ptr<const Validator> validator(const char *id)
{
    SpecError error;
    return std::make_shared<const Validator>(*SpecLoader::builtin(QString::fromLatin1(id), &error),
                                             QString(), QDate::currentDate(), QStringLiteral("en"));
}

} // namespace

class TestSamePerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formImportAndCheckAgree_data();
    void formImportAndCheckAgree();
    void repositoryPreFilterCoversTheRule();
    void ruleOnAFetchedFieldSeesItsValues();

private:
    std::shared_ptr<const Validator> m_mdt, m_sor, m_cem;
    std::unique_ptr<GuiTestRegister> m_env;
};

void TestSamePerson::initTestCase()
{
    setCurrentLanguage(QStringLiteral("en"));
    m_mdt = validator("mdt");
    m_sor = validator("sor");
    m_cem = validator("cemplus");
}

void TestSamePerson::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestSamePerson::cleanup()
{
    m_env.reset();
}

void TestSamePerson::formImportAndCheckAgree_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("same");
    // The registered person is Anna Bakker, 12-05-2005, 1234 AB (validParticipant).
    QTest::newRow("another first name: two persons") << QStringLiteral("Noor") << false;
    QTest::newRow("same name, other case: one person") << QStringLiteral("ANNA") << true;
}

void TestSamePerson::formImportAndCheckAgree()
{
    QFETCH(QString, first);
    QFETCH(bool, same);
    const Participant registered = validParticipant(1);
    Participant candidate = validParticipant(2, first);
    QCOMPARE(candidate.value(u"achternaam"), registered.value(u"achternaam"));

    // The form: the question before saving comes exactly when the rule says "the same".
    {
        QList<Participant> people{registered};
        auto reg = m_env->create(QStringLiteral("form"), people);
        QVERIFY(reg);
        ParticipantForm form;
        form.setRegister(reg.get(), m_mdt, m_sor, m_cem);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.newParticipant();
        for (const char *key : {"voornaam", "achternaam", "geboortedatum", "postcode"}) {
            auto *line = form.findChild<QLineEdit *>(QStringLiteral("field_") + QLatin1String(key));
            QVERIFY(line);
            line->setFocus();
            QTest::keyClicks(line, candidate.value(QString::fromLatin1(key)));
        }
        m_env->answer = true;
        QVERIFY(form.save());
        QCOMPARE(m_env->questions.contains(QStringLiteral("duplicate")), same);
        QCOMPARE(ParticipantRepository(*reg).count(), 2);
    }
    // The import: a match with the registered person exactly when the rule says "the same".
    {
        QList<Participant> people{registered};
        auto reg = m_env->create(QStringLiteral("import"), people);
        QVERIFY(reg);
        const QByteArray bytes =
            QStringLiteral("respondentnummer;voornaam;achternaam;geslacht;geboortedatum;postcode\n"
                           "MDT-0002;%1;Bakker;v;12-05-2005;1234 AB\n")
                .arg(first)
                .toUtf8();
        CsvError csvError;
        const std::optional<CsvDocument> document =
            CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        QVERIFY2(document, qPrintable(csvError.message));
        QString error;
        ImportPlan::Options options;
        options.onMatch = ImportRow::Choice::Add; // so the import's own check sees both rows
        const std::optional<ImportPlan> plan =
            ImportPlan::prepare(*reg, *m_mdt, *document, options, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->rows.size(), 1);
        QCOMPARE(plan->rows.at(0).match,
                 same ? ImportRow::Match::LikelySamePerson : ImportRow::Match::None);
        QCOMPARE(plan->rows.at(0).matchedId, same ? 1 : 0);
        bool warned = false;
        for (const Finding &finding : plan->rows.at(0).findings)
            warned = warned || finding.rule == Rule;
        QCOMPARE(warned, same);
    }
    // The full-register check: a likely-duplicate problem exactly when the rule says "the same".
    {
        QList<Participant> people{registered, candidate};
        auto reg = m_env->create(QStringLiteral("check"), people);
        QVERIFY(reg);
        const RegisterCheck::Result result =
            RegisterCheck::run(*reg, [this](const QString &dataset) -> const Validator * {
                if (dataset == QLatin1String("participants"))
                    return m_mdt.get();
                return dataset == QLatin1String("cem") ? m_cem.get() : m_sor.get();
            });
        QSet<qint64> named;
        for (const RegisterProblem &problem : result.problems) {
            if (problem.rule == Rule)
                named.insert(problem.participantId);
        }
        const QSet<qint64> expected = same ? QSet<qint64>{1, 2} : QSet<qint64>();
        QCOMPARE(named, expected);
    }
}

// ParticipantRepository::sharingKeysWith() is the form's pre-filter: it returns every record
// sharing a respondent number, citizen service number or date of birth, and the rules decide.
// That is a superset only while each key of the rules holds one of those fields.
void TestSamePerson::repositoryPreFilterCoversTheRule()
{
    const DatasetSpec &participants = *m_mdt->spec().dataset(QStringLiteral("participants"));
    const QStringList filtered{QStringLiteral("respondentnummer"), QStringLiteral("bsn"),
                               QStringLiteral("geboortedatum")};
    int groups = 0;
    for (const DatasetRuleSpec &rule : participants.datasetRules) {
        for (const QList<int> &group : rule.keys) {
            bool covered = false;
            for (const int field : group)
                covered = covered || filtered.contains(participants.fields.at(field).key);
            QVERIFY2(covered, qPrintable(rule.id + QStringLiteral(": a key without ") +
                                         filtered.join(QStringLiteral(", "))));
            ++groups;
        }
    }
    QCOMPARE(groups, 3); // respondentnummer.unique; person.duplicate's two keys
}

// A fetched spec adds a field the register has no column for (a pupil number, kept in
// participant_fields) and a likely-duplicate rule on it alone (issue 15). Two participants that
// share only that value are "the same person" for the form's check, the import's match and the
// full-register check: each sees the stored value, not an empty one, and the form's pre-filter
// finds the other participant although no respondent number, BSN or birth date is shared.
void TestSamePerson::ruleOnAFetchedFieldSeesItsValues()
{
    QFile file(QStringLiteral(":/specs/mdt.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
    QJsonArray datasets = json.value(QStringLiteral("datasets")).toArray();
    QJsonObject participants = datasets.at(0).toObject();
    QJsonArray fields = participants.value(QStringLiteral("fields")).toArray();
    const QJsonObject label{{QStringLiteral("nl"), QStringLiteral("Leerlingnummer")},
                            {QStringLiteral("en"), QStringLiteral("Pupil number")}};
    fields.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("leerlingnummer")},
                              {QStringLiteral("label"), label},
                              {QStringLiteral("help"), label},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("requirement"), QStringLiteral("optional")},
                              {QStringLiteral("transmit"), QStringLiteral("plain")}});
    participants.insert(QStringLiteral("fields"), fields);
    QJsonArray rules = participants.value(QStringLiteral("datasetRules")).toArray();
    const QString rule = QStringLiteral("pupil.duplicate");
    rules.append(
        QJsonObject{{QStringLiteral("id"), rule},
                    {QStringLiteral("kind"), QStringLiteral("duplicate")},
                    {QStringLiteral("severity"), QStringLiteral("warning")},
                    {QStringLiteral("field"), QStringLiteral("leerlingnummer")},
                    // An array holding one array: written through QJsonValue, because clang reads
                    // QJsonArray{QJsonArray{...}} as a copy of the inner array (gcc as a nesting).
                    {QStringLiteral("keys"),
                     QJsonArray{QJsonValue(QJsonArray{QStringLiteral("leerlingnummer")})}},
                    {QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("nl"), QStringLiteral("Zelfde leerlingnummer.")},
                                 {QStringLiteral("en"), QStringLiteral("Same pupil number.")}}}});
    participants.insert(QStringLiteral("datasetRules"), rules);
    datasets.replace(0, participants);
    json.insert(QStringLiteral("datasets"), datasets);
    SpecError specError;
    const std::optional<Spec> spec =
        SpecLoader::fromJson(QJsonDocument(json).toJson(), QStringLiteral("mdt.json"), &specError);
    QVERIFY2(spec, qPrintable(specError.toString()));
    const auto mdt = std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                                       QStringLiteral("en"));

    // Anna and Noor share nothing the built-in rules look at, only the pupil number.
    Participant registered = validParticipant(1);
    registered.extraValues().insert(QStringLiteral("leerlingnummer"), QStringLiteral("L-77"));
    Participant candidate = validParticipant(2, QStringLiteral("Noor"));
    candidate.setValue(u"geboortedatum", QStringLiteral("03-03-2006"));
    candidate.setValue(u"postcode", QStringLiteral("9999 ZZ"));
    candidate.extraValues().insert(QStringLiteral("leerlingnummer"), QStringLiteral("L-77"));

    // The form's check before saving (ParticipantCheck, the pre-filter included).
    {
        QList<Participant> people{registered};
        auto reg = m_env->create(QStringLiteral("form-extra"), people);
        QVERIFY(reg);
        bool warned = false;
        for (const Finding &finding : ParticipantCheck(*reg, *mdt).findings(candidate))
            warned = warned || finding.rule == rule;
        QVERIFY(warned);
        // Another pupil number: no warning (the rule, not the pre-filter, decides).
        Participant other = candidate;
        other.extraValues().insert(QStringLiteral("leerlingnummer"), QStringLiteral("L-78"));
        for (const Finding &finding : ParticipantCheck(*reg, *mdt).findings(other))
            QVERIFY(finding.rule != rule);
    }
    // The import's match of a file row with the registered participant.
    {
        QList<Participant> people{registered};
        auto reg = m_env->create(QStringLiteral("import-extra"), people);
        QVERIFY(reg);
        const QByteArray bytes = "respondentnummer;voornaam;achternaam;geslacht;geboortedatum;"
                                 "postcode;leerlingnummer\n"
                                 "MDT-0002;Noor;Bakker;v;03-03-2006;9999 ZZ;L-77\n";
        CsvError csvError;
        const std::optional<CsvDocument> document =
            CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        QVERIFY2(document, qPrintable(csvError.message));
        QString error;
        ImportPlan::Options options;
        options.onMatch = ImportRow::Choice::Add;
        const std::optional<ImportPlan> plan =
            ImportPlan::prepare(*reg, *mdt, *document, options, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->rows.size(), 1);
        QCOMPARE(plan->rows.at(0).match, ImportRow::Match::LikelySamePerson);
        QCOMPARE(plan->rows.at(0).matchedId, 1);
    }
    // The full-register check.
    {
        QList<Participant> people{registered, candidate};
        auto reg = m_env->create(QStringLiteral("check-extra"), people);
        QVERIFY(reg);
        const RegisterCheck::Result result =
            RegisterCheck::run(*reg, [&](const QString &dataset) -> const Validator * {
                if (dataset == QLatin1String("participants"))
                    return mdt.get();
                return dataset == QLatin1String("cem") ? m_cem.get() : m_sor.get();
            });
        QSet<qint64> named;
        for (const RegisterProblem &problem : result.problems) {
            if (problem.rule == rule)
                named.insert(problem.participantId);
        }
        QCOMPARE(named, (QSet<qint64>{1, 2}));
    }
}

QTEST_MAIN(TestSamePerson)
#include "tst_sameperson.moc"
