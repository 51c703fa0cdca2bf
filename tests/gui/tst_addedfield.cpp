// A field added to the spec reaches everything with no other code changed: a copy of the
// shipped specs with one more participant field takes the place of the embedded ones (a release
// whose built-in spec gained a field), and with no migration (the register keeps a field without
// a column in participant_fields, docs/storage.md) the field is shown and saved by the form (a
// real widget, offscreen), mapped by the import, written by the export and the submission
// package, and checked by the full-register check. docs/spec-format.md, "Adding a field", is the
// recipe this test plays; tests/sync/tst_pulledfield.cpp plays it with a spec fetched from a
// real endpoint instead.
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "SpecFields.h"
#include "TestSupport.h"
#include "check/RegisterCheck.h"
#include "domain/Participant.h"
#include "exchange/CsvReader.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"
#include "exchange/PortalExport.h"
#include "participants/ParticipantForm.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "sync/RegisterPackage.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QResource>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

// Outside any namespace: the macro names the resource's own clean-up function
// (core/validation/CMakeLists.txt embeds the specs as the resource "veldboek_specs").
static void unregisterShippedSpecs()
{
    Q_CLEANUP_RESOURCE(veldboek_specs);
}

namespace {

const QString Added = QStringLiteral("schoolnaam");

// The new field as a spec author writes it: in the form's group "participation", required,
// sent in plain, with a column of its own in the portal's file.
QJsonObject addedField()
{
    const auto text = [](const char *nl, const char *en) {
        return QJsonObject{{QStringLiteral("nl"), QLatin1String(nl)},
                           {QStringLiteral("en"), QLatin1String(en)}};
    };
    return QJsonObject{
        {QStringLiteral("key"), Added},
        {QStringLiteral("label"), text("School", "School")},
        {QStringLiteral("group"), QStringLiteral("participation")},
        {QStringLiteral("aliases"),
         QJsonArray{QStringLiteral("Naam school"), QStringLiteral("School name")}},
        {QStringLiteral("help"), text("De school van de deelnemer.", "The participant's school.")},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("requirement"), QStringLiteral("required")},
        {QStringLiteral("transmit"), QStringLiteral("plain")},
        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("mdt-proces1"), Added}}},
        {QStringLiteral("maxLength"), 80},
    };
}

std::shared_ptr<const Validator> validator(const char *id)
{
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(QString::fromLatin1(id), &error);
    if (!spec)
        return nullptr;
    return std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                             QStringLiteral("en"));
}

} // namespace

class TestAddedField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formShowsAndSavesTheField();
    void importMapsTheField();
    void exportAndRegisterAgreeWithTheSpec();
    void packageCarriesTheField();
    void checkJudgesTheField();

private:
    std::unique_ptr<Register> makeRegister(const QString &name);
    const Validator *validatorFor(const QString &dataset) const;

    QTemporaryDir m_specDir;
    std::unique_ptr<GuiTestRegister> m_env;
    std::shared_ptr<const Validator> m_mdt, m_sor, m_cem;
};

void TestAddedField::initTestCase()
{
    setCurrentLanguage(QStringLiteral("en"));
    QVERIFY(m_specDir.isValid());
    // The copy: the embedded specs as shipped, the MDT spec with the field added.
    QString qrc = QStringLiteral("<RCC><qresource prefix=\"/specs\">");
    for (const QString &id : SpecLoader::builtinIds()) {
        QFile shipped(QStringLiteral(":/specs/%1.json").arg(id));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray json = shipped.readAll();
        if (id == QLatin1String("mdt")) {
            QJsonObject root = QJsonDocument::fromJson(json).object();
            QJsonArray datasets = root.value(QStringLiteral("datasets")).toArray();
            QJsonObject participants = datasets.at(0).toObject();
            QCOMPARE(participants.value(QStringLiteral("name")).toString(),
                     QStringLiteral("participants"));
            QJsonArray fields = participants.value(QStringLiteral("fields")).toArray();
            fields.append(addedField());
            participants.insert(QStringLiteral("fields"), fields);
            datasets.replace(0, participants);
            root.insert(QStringLiteral("datasets"), datasets);
            json = QJsonDocument(root).toJson();
        }
        writeBytes(m_specDir.filePath(id + QStringLiteral(".json")), json);
        qrc += QStringLiteral("<file>%1.json</file>").arg(id);
    }
    qrc += QStringLiteral("</qresource></RCC>");
    writeBytes(m_specDir.filePath(QStringLiteral("specs.qrc")), qrc.toUtf8());
    const QString rcc = m_specDir.filePath(QStringLiteral("specs.rcc"));
    const ProcessResult compiled =
        runProgram(QStringLiteral(VELDBOEK_RCC),
                   {QStringLiteral("--binary"), m_specDir.filePath(QStringLiteral("specs.qrc")),
                    QStringLiteral("-o"), rcc});
    QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.err));
    unregisterShippedSpecs();
    QVERIFY(QResource::registerResource(rcc));
    SpecError error;
    const std::optional<Spec> mdt = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    QVERIFY2(mdt, qPrintable(error.toString()));
    QVERIFY(mdt->dataset(QStringLiteral("participants"))->field(Added));
    // No migration: the field has no column and needs none.
    m_mdt = validator("mdt");
    m_sor = validator("sor");
    m_cem = validator("cemplus");
    QVERIFY(m_mdt && m_sor && m_cem);
}

void TestAddedField::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestAddedField::cleanup()
{
    m_env.reset();
}

std::unique_ptr<Register> TestAddedField::makeRegister(const QString &name)
{
    QList<Participant> participants{validParticipant(1, QStringLiteral("Anna")),
                                    validParticipant(2, QStringLiteral("Bram"))};
    participants[0].setValue(Added, QStringLiteral("De Brug"));
    return m_env->create(name, participants);
}

const Validator *TestAddedField::validatorFor(const QString &dataset) const
{
    if (dataset == QLatin1String("participants"))
        return m_mdt.get();
    return dataset == QLatin1String("cem") ? m_cem.get() : m_sor.get();
}

void TestAddedField::formShowsAndSavesTheField()
{
    auto reg = makeRegister(QStringLiteral("form"));
    QVERIFY(reg);
    ParticipantForm form;
    form.setRegister(reg.get(), m_mdt, m_sor, m_cem);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.loadParticipant(2));
    auto *line = form.findChild<QLineEdit *>(QStringLiteral("field_") + Added);
    QVERIFY(line);
    QVERIFY(line->isVisible());
    // Under the heading of its group, from the spec.
    bool heading = false;
    for (const QLabel *label : form.findChildren<QLabel *>())
        heading = heading || label->text() == QLatin1String("Participation");
    QVERIFY(heading);
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("Het Lyceum"));
    QCOMPARE(form.value(Added), QStringLiteral("Het Lyceum"));
    QVERIFY(form.save());
    // Saved: read back from the register file, not from the form.
    QCOMPARE(ParticipantRepository(*reg).find(2)->value(Added), QStringLiteral("Het Lyceum"));
    QCOMPARE(ParticipantRepository(*reg).find(1)->value(Added), QStringLiteral("De Brug"));
}

void TestAddedField::importMapsTheField()
{
    auto reg = makeRegister(QStringLiteral("import"));
    QVERIFY(reg);
    const QByteArray bytes =
        "respondentnummer;voornaam;achternaam;geslacht;geboortedatum;postcode;Naam school\n"
        "MDT-0003;Cor;de Wit;m;01-02-2006;3511 AB;Het Lyceum\n";
    CsvError csvError;
    const std::optional<CsvDocument> document =
        CsvReader::read(bytes, QStringLiteral("en"), &csvError);
    QVERIFY2(document, qPrintable(csvError.message));
    QString error;
    std::optional<ImportPlan> plan = ImportPlan::prepare(*reg, *m_mdt, *document, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->mapping.fieldForColumn.value(QStringLiteral("Naam school")), Added);
    QVERIFY(plan->registerFields.contains(Added));
    QVERIFY(plan->ignoredColumns.isEmpty());
    ImportWriter::Outcome outcome;
    QVERIFY(ImportWriter(*reg).write(*plan, {}, &outcome));
    QCOMPARE(outcome.added, 1);
    QCOMPARE(ParticipantRepository(*reg).find(3)->value(Added), QStringLiteral("Het Lyceum"));
}

void TestAddedField::exportAndRegisterAgreeWithTheSpec()
{
    auto reg = makeRegister(QStringLiteral("export"));
    QVERIFY(reg);
    // Not a column: its values are rows of participant_fields, keyed by the field.
    QVERIFY(!Participant::keys().contains(Added));
    QVERIFY(!participantFieldColumns(*reg).contains(Added));
    QSqlQuery stored(reg->database());
    QVERIFY(stored.exec(QStringLiteral("SELECT participant_id, value FROM participant_fields "
                                       "WHERE key = 'schoolnaam'")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 1);
    QCOMPARE(stored.value(1).toString(), QStringLiteral("De Brug"));
    QVERIFY(!stored.next()); // Bram has no school: no row
    stored.finish();
    const QString differences = specFieldDifferences(*reg);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    SpecError specError;
    const PortalExport::Result result =
        PortalExport::run(*reg, *PortalFormat::byId(QStringLiteral("mdt-proces1")),
                          *SpecLoader::builtin(QStringLiteral("mdt"), &specError));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const qsizetype column = result.header.indexOf(Added);
    QVERIFY(column >= 0);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).at(column), QStringLiteral("De Brug"));
    QCOMPARE(result.rows.at(1).at(column), QString());
}

void TestAddedField::packageCarriesTheField()
{
    auto reg = makeRegister(QStringLiteral("package"));
    QVERIFY(reg);
    QString error;
    std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(*reg, &error);
    QVERIFY2(snapshot, qPrintable(error));
    // Its requirement counts in the package's own check: Bram has no school. A package with
    // errors is not packed at all (RegisterPackage::prepare: nothing is packed that will not be
    // sent), which is why this test once saw no field in an empty body and recorded a gap.
    PreparedPackage package =
        RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("en"));
    QVERIFY2(package.error.isEmpty(), qPrintable(package.error));
    QVERIFY(package.errors > 0);
    QVERIFY(package.body.isEmpty());
    bool schoolReported = false;
    for (const ValidationReport &report : std::as_const(package.checks)) {
        for (const DatasetReport &dataset : report.datasets) {
            for (const RuleResult &rule : dataset.rules)
                schoolReported = schoolReported || rule.field == Added;
        }
    }
    QVERIFY(schoolReported);

    // With Bram's school entered, the package is made and carries the field's column and values.
    ParticipantRepository participants(*reg);
    Participant bram = *participants.find(2);
    bram.setValue(Added, QStringLiteral("Het Lyceum"));
    QVERIFY(participants.update(bram));
    snapshot = RegisterSnapshot::read(*reg, &error);
    QVERIFY2(snapshot, qPrintable(error));
    package = RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("en"));
    QVERIFY2(package.error.isEmpty(), qPrintable(package.error));
    QCOMPARE(package.errors, 0);
    QVERIFY(package.body.contains("schoolnaam"));
    QVERIFY(package.body.contains("De Brug"));
    QVERIFY(package.body.contains("Het Lyceum"));
}

void TestAddedField::checkJudgesTheField()
{
    auto reg = makeRegister(QStringLiteral("check"));
    QVERIFY(reg);
    const RegisterCheck::Result result =
        RegisterCheck::run(*reg, [this](const QString &dataset) { return validatorFor(dataset); });
    QList<qint64> lacking;
    for (const RegisterProblem &problem : result.problems) {
        if (problem.field == Added)
            lacking.append(problem.participantId);
    }
    // Bram (2) lacks the required school; Anna (1), who has one, is not named.
    QCOMPARE(lacking, QList<qint64>{2});
    QCOMPARE(result.worstByParticipant.value(2), Severity::Error);
}

QTEST_MAIN(TestAddedField)
#include "tst_addedfield.moc"
