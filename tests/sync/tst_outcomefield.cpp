// A field the endpoint's spec adds to an OUTCOME dataset works without a code change (issue 15,
// item 4, for the GAS, problem-reduction and CEM+ datasets), and a newer spec that drops it makes
// nothing disappear (item 5). A real endpoint over TLS serves a changed sor spec whose
// problem-reduction dataset has two more fields: `behandelfase` (required, a code list, sent) and
// `dossiernummer` (local only, digits only, never sent). After `veldboek-cli specs pull`,
// `veldboek-cli validate REGISTER` flags exactly the scores without a treatment phase or with one
// outside the list (also with the endpoint stopped), the problem-reduction tab of the real window
// (offscreen, in Dutch) shows both fields with the spec's label and help, its message for a bad
// value, saves a good one and undoes it, `veldboek-cli import` stores them from a file, and the
// submission package carries the phase but not the file number. Then the endpoint serves a spec
// without them: the values stay in the register and in the organisation's own export, marked as
// no longer requested. Deleting a score or a participant deletes its values (outcome_fields,
// schema 7: docs/storage.md, "Fields a spec adds").
#include "ChangedSpecs.h"
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "check/RegisterCheck.h"
#include "exchange/OwnExport.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/SpecStore.h"
#include "sync/ConnectionSettings.h"
#include "sync/RegisterPackage.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "correct horse battery staple"; // SyncFixture's registers
const QString Phase = QStringLiteral("behandelfase");
const QString FileNumber = QStringLiteral("dossiernummer");

using ChangedSpecs::code;
using ChangedSpecs::text;

// The fields as a funder's spec author adds them to the problem-reduction scores mid-year.
QJsonArray addedFields()
{
    return QJsonArray{
        QJsonObject{
            {QStringLiteral("key"), Phase},
            {QStringLiteral("label"), text("Behandelfase", "Treatment phase")},
            {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Fase")}},
            {QStringLiteral("help"), text("De fase van de behandeling op de dag van de score.",
                                          "The phase of the treatment on the day of the score.")},
            {QStringLiteral("type"), QStringLiteral("enum")},
            {QStringLiteral("requirement"), QStringLiteral("required")},
            {QStringLiteral("transmit"), QStringLiteral("plain")},
            {QStringLiteral("columns"), QJsonObject{{QStringLiteral("rap-probleem"), Phase}}},
            {QStringLiteral("codes"),
             QJsonArray{code("start", "Start", "Start"), code("midden", "Midden", "Middle"),
                        code("eind", "Eind", "End")}},
        },
        QJsonObject{
            {QStringLiteral("key"), FileNumber},
            {QStringLiteral("label"), text("Intern dossiernummer", "Internal file number")},
            {QStringLiteral("help"),
             text("Alleen voor de organisatie; alleen cijfers.", "For the organisation only; "
                                                                 "digits only.")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("requirement"), QStringLiteral("local-only")},
            {QStringLiteral("transmit"), QStringLiteral("never")},
            {QStringLiteral("digitsOnly"), true},
            {QStringLiteral("maxLength"), 8},
        },
    };
}

// The built-in sor spec as `version`, with the added fields in its problem dataset or without.
QJsonObject sorSpec(const QString &version, bool withAddedFields)
{
    QJsonObject spec = ChangedSpecs::builtinObject(QStringLiteral("sor"));
    spec.insert(QStringLiteral("version"), version);
    if (!withAddedFields)
        return spec;
    QJsonArray datasets = spec.value(QStringLiteral("datasets")).toArray();
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        QJsonObject dataset = datasets.at(i).toObject();
        if (dataset.value(QStringLiteral("name")).toString() != QLatin1String("problem"))
            continue;
        QJsonArray fields = dataset.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : addedFields())
            fields.append(field);
        dataset.insert(QStringLiteral("fields"), fields);
        datasets.replace(i, dataset);
    }
    spec.insert(QStringLiteral("datasets"), datasets);
    return spec;
}

// The rows `validate REGISTER --json` flags for `field` in any of its rules, sorted; none when no
// rule names it.
std::optional<QList<int>> flaggedRows(const QString &json, const QString &field)
{
    std::optional<QList<int>> rows;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &report : root.value(QLatin1String("reports")).toArray()) {
        const QJsonArray datasets = report.toObject().value(QLatin1String("datasets")).toArray();
        for (const QJsonValue &dataset : datasets) {
            for (const QJsonValue &rule :
                 dataset.toObject().value(QLatin1String("rules")).toArray()) {
                if (rule.toObject().value(QLatin1String("field")).toString() != field)
                    continue;
                if (!rows)
                    rows.emplace();
                for (const QJsonValue &row : rule.toObject().value(QLatin1String("rows")).toArray())
                    rows->append(row.toInt());
            }
        }
    }
    if (rows)
        std::sort(rows->begin(), rows->end());
    return rows;
}

int storedValues(Register &reg)
{
    QSqlQuery query(reg.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM outcome_fields")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

} // namespace

class TestOutcomeField : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    QString m_token;
    QString m_path;
    QString m_specDir;
    QList<qint64> m_scores; // the problem-reduction scores, lines 2, 3 and 4 of the dataset
    std::unique_ptr<GuiTestRegister> m_gui;

    std::unique_ptr<Register> open()
    {
        RegisterError error;
        auto reg = KeyStore::open(m_path, Passphrase, &error);
        if (!reg)
            qWarning("%s", qPrintable(error.message()));
        return reg;
    }
    ProcessResult cli(const QStringList &arguments) const
    {
        return runCli(arguments + QStringList{QStringLiteral("--passphrase-file"),
                                              m_fixture.passphraseFile(), QStringLiteral("--lang"),
                                              QStringLiteral("en")});
    }
    PreparedPackage package(Register &reg)
    {
        QString error;
        const std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(reg, &error);
        if (!snapshot) {
            PreparedPackage failed;
            failed.error = error;
            return failed;
        }
        return RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("en"));
    }
    void setPhase(Register &reg, qint64 scoreId, const QString &phase)
    {
        OutcomeRepository outcomes(reg);
        ProblemScore score = *outcomes.problemScore(scoreId);
        score.extra.insert(Phase, phase);
        QVERIFY(outcomes.updateProblemScore(score));
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_gui = std::make_unique<GuiTestRegister>(); }
    void cleanup() { m_gui.reset(); }

    void pullBringsTheFields();
    void validateFlagsExactlyTheRowsMissingIt();
    void tabShowsChecksAndSavesTheField();
    void importStoresTheFields();
    void packageCarriesThemPerTransmitPolicy();
    void aDroppedFieldKeepsItsValues();
    void deletingARecordDeletesItsValues();
};

void TestOutcomeField::initTestCase()
{
    setCurrentLanguage(QStringLiteral("en"));
    m_specDir = m_fixture.dir() + QStringLiteral("/specs-added");
    QVERIFY(ChangedSpecs::write(m_specDir, sorSpec(QStringLiteral("2024.1"), true)));
    QString error;
    QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), m_specDir}), qPrintable(error));
    m_token = m_fixture.newAccount();
    auto reg = m_fixture.makeRegister(QStringLiteral("outcomes"), 0, m_fixture.profile(m_token));
    QVERIFY(reg);
    QList<Participant> participants{validParticipant(1, QStringLiteral("Anna")),
                                    validParticipant(2, QStringLiteral("Bram"))};
    // The RAP files name a person by citizen service number (valid by the 11-test).
    participants[0].setValue(u"bsn", QStringLiteral("111222333"));
    participants[1].setValue(u"bsn", QStringLiteral("123456782"));
    QVERIFY(ParticipantRepository(*reg).addAll(participants));
    OutcomeRepository outcomes(*reg);
    // Anna: two scores, Bram: one (lines 2, 3 and 4 of the problem dataset).
    const QList<std::pair<int, QString>> scores = {
        {0, QStringLiteral("PC")}, {0, QStringLiteral("PO")}, {1, QStringLiteral("PC")}};
    QList<qint64> trajectories;
    for (const Participant &participant : std::as_const(participants)) {
        Trajectory trajectory{0, participant.id, QStringLiteral("12345678"), {}, {}, {}};
        QVERIFY(outcomes.addTrajectory(trajectory));
        trajectories.append(trajectory.id);
    }
    for (const auto &[who, informant] : scores) {
        ProblemScore score{
            0, trajectories.at(who), informant, QStringLiteral("01-09-2024"), QStringLiteral("2"),
            {}};
        QVERIFY(outcomes.addProblemScore(score));
        m_scores.append(score.id);
    }
    m_path = reg->path();
}

void TestOutcomeField::pullBringsTheFields()
{
    const ProcessResult result = cli({QStringLiteral("specs"), QStringLiteral("pull"), m_path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QLatin1String("sor 2024.1: in force from now on")),
             qPrintable(result.out));
    auto reg = open();
    QVERIFY(reg);
    SpecError error;
    const std::optional<Spec> spec = SpecStore(*reg).spec(QStringLiteral("sor"), &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QVERIFY(spec->dataset(QStringLiteral("problem"))->field(Phase));
    QVERIFY(spec->dataset(QStringLiteral("problem"))->field(FileNumber));
}

void TestOutcomeField::validateFlagsExactlyTheRowsMissingIt()
{
    {
        auto reg = open();
        QVERIFY(reg);
        setPhase(*reg, m_scores.at(0), QStringLiteral("start")); // line 2: fine
        setPhase(*reg, m_scores.at(1), QStringLiteral("later")); // line 3: not in the list
        // line 4: none, while required
    }
    for (const bool online : {true, false}) {
        if (!online) // offline: the rules stored in the register, no endpoint to ask
            QVERIFY(m_fixture.endpoint().terminate());
        const ProcessResult result =
            cli({QStringLiteral("validate"), m_path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1); // errors
        const std::optional<QList<int>> rows = flaggedRows(result.out, Phase);
        QVERIFY2(rows, qPrintable(result.out));
        QCOMPARE(*rows, (QList<int>{3, 4}));
        QVERIFY(!flaggedRows(result.out, FileNumber)); // optional, nothing typed
    }
    QString error;
    QVERIFY2(m_fixture.endpoint().start({QStringLiteral("--specs"), m_specDir}, &error),
             qPrintable(error));
}

void TestOutcomeField::tabShowsChecksAndSavesTheField()
{
    // The window in Dutch, the language of most users (and of the funder's spec texts).
    installTranslator(*qApp, QStringLiteral("nl"));
    setCurrentLanguage(QStringLiteral("nl"));
    {
        MainWindow window;
        window.setAutoLockInterval(0);
        window.resize(1200, 800); // the smallest window the outcome tabs are made to fit
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openAtStartup(m_path, Passphrase);
        QVERIFY(window.currentRegister());
        QTRY_VERIFY(window.registerCheck()->finishedRuns() > 0);
        QVERIFY(window.showParticipant(2)); // Bram: his one score lacks the phase
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabProblemScores")));

        auto *phase = window.findChild<QComboBox *>(QStringLiteral("field_behandelfase"));
        auto *number = window.findChild<QLineEdit *>(QStringLiteral("field_dossiernummer"));
        QVERIFY(phase && number);
        QTRY_VERIFY(phase->isVisible() && number->isVisible());
        // Label and help from the fetched spec, in Dutch; the required one marked.
        auto *label = window.findChild<QLabel *>(QStringLiteral("label_behandelfase"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Behandelfase *"));
        auto *help = window.findChild<QLabel *>(QStringLiteral("help_behandelfase"));
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->text(),
                 QStringLiteral("De fase van de behandeling op de dag van de score."));
        QCOMPARE(phase->count(), 4); // empty, start, midden, eind
        QCOMPARE(phase->itemText(2), QStringLiteral("Midden"));

        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeProblemScores"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonEditProblem")),
                          Qt::LeftButton);
        QCOMPARE(phase->currentData().toString(), QString());

        // A bad value: its message under the field while typing, as on the participant form.
        number->setFocus();
        QTest::keyClicks(number, QStringLiteral("12a"));
        auto *numberMessage = window.findChild<QLabel *>(QStringLiteral("message_dossiernummer"));
        QVERIFY(numberMessage);
        QTRY_VERIFY(numberMessage->isVisible());
        QVERIFY(!numberMessage->text().isEmpty());
        // Saving refuses it, and the missing phase is said too.
        auto *save = window.findChild<QPushButton *>(QStringLiteral("pushButtonAddProblemScore"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *phaseMessage = window.findChild<QLabel *>(QStringLiteral("message_behandelfase"));
        QVERIFY(phaseMessage && phaseMessage->isVisible());
        QVERIFY(
            !window.findChild<QLabel *>(QStringLiteral("labelProblemMessage"))->text().isEmpty());
        QVERIFY(saveScreenshot(&window, QStringLiteral("outcome-added-field-nl")));
        {
            auto reg = open();
            QVERIFY(reg);
            QCOMPARE(OutcomeRepository(*reg).problemScore(m_scores.at(2))->extra.size(), 0);
        }

        // A good value is saved, with the score.
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("90817"));
        QTRY_VERIFY(!numberMessage->isVisible());
        phase->setFocus();
        phase->setCurrentIndex(phase->findData(QStringLiteral("midden")));
        Q_EMIT phase->activated(phase->currentIndex());
        QTRY_VERIFY(!phaseMessage->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        const auto stored = [this]() {
            auto reg = open();
            return reg ? OutcomeRepository(*reg).problemScore(m_scores.at(2))->extra
                       : QMap<QString, QString>();
        };
        QCOMPARE(stored().value(Phase), QStringLiteral("midden"));
        QCOMPARE(stored().value(FileNumber), QStringLiteral("90817"));
        QVERIFY(saveScreenshot(&window, QStringLiteral("outcome-added-field-saved-nl")));

        // Undo takes it back in the register, redo puts it back, as for the score's own fields.
        auto *undo = window.findChild<QUndoStack *>();
        QVERIFY(undo && undo->canUndo());
        undo->undo();
        QCOMPARE(stored().value(Phase), QString());
        QCOMPARE(stored().value(FileNumber), QString());
        undo->redo();
        QCOMPARE(stored().value(Phase), QStringLiteral("midden"));
        window.close();
    }
    installTranslator(*qApp, QStringLiteral("en"));
    setCurrentLanguage(QStringLiteral("en"));
}

void TestOutcomeField::importStoresTheFields()
{
    QString bsn;
    {
        auto reg = open();
        QVERIFY(reg);
        bsn = ParticipantRepository(*reg).find(1)->value(u"bsn");
    }
    // A score of Anna's from a RAP file, the phase under its alias.
    const QString file = m_fixture.dir() + QStringLiteral("/probleem.csv");
    writeBytes(file, "BSN;Beschikkingsnummer;Type;Waarde;Datum;Fase;dossiernummer\n" +
                         bsn.toUtf8() + ";12345678;PB;1;15-10-2024;eind;4455\n");
    const ProcessResult result =
        cli({QStringLiteral("import"), m_path, file, QStringLiteral("--spec"),
             QStringLiteral("sor"), QStringLiteral("--dataset"), QStringLiteral("problem")});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err + result.out));
    auto reg = open();
    QVERIFY(reg);
    OutcomeRepository outcomes(*reg);
    // The import puts the score under a trajectory of its own (ImportWriter: the trajectories it
    // meets in the file), so every trajectory of Anna's is looked at.
    QList<ProblemScore> annas;
    for (const Trajectory &trajectory : outcomes.trajectories(1))
        annas.append(outcomes.problemScores(trajectory.id));
    QVERIFY2(annas.size() == 3, qPrintable(result.out + result.err));
    QCOMPARE(annas.last().informant, QStringLiteral("PB"));
    QCOMPARE(annas.last().extra.value(Phase), QStringLiteral("eind"));
    QCOMPARE(annas.last().extra.value(FileNumber), QStringLiteral("4455"));
}

void TestOutcomeField::packageCarriesThemPerTransmitPolicy()
{
    auto reg = open();
    QVERIFY(reg);
    // Line 3's phase is outside the list: nothing is packed.
    PreparedPackage prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QVERIFY(prepared.errors > 0);
    QVERIFY(prepared.body.isEmpty());
    setPhase(*reg, m_scores.at(1), QStringLiteral("eind"));
    prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QCOMPARE(prepared.errors, 0);
    for (const char *sent : {"behandelfase", "start", "midden", "eind"})
        QVERIFY2(prepared.body.contains(sent), sent);
    // `never`: the organisation's own.
    QVERIFY(!prepared.body.contains("dossiernummer"));
}

void TestOutcomeField::aDroppedFieldKeepsItsValues()
{
    int before = 0;
    {
        auto reg = open();
        QVERIFY(reg);
        before = storedValues(*reg);
        QCOMPARE(before, 6); // phases of 4 scores, file numbers of 2
    }
    const QString specDir = m_fixture.dir() + QStringLiteral("/specs-dropped");
    QVERIFY(ChangedSpecs::write(specDir, sorSpec(QStringLiteral("2024.2"), false)));
    QVERIFY(m_fixture.endpoint().terminate());
    QString error;
    QVERIFY2(m_fixture.endpoint().start({QStringLiteral("--specs"), specDir}, &error),
             qPrintable(error));
    {
        auto reg = open();
        QVERIFY(reg);
        QString settingsError;
        QVERIFY2(ConnectionSettings(*reg).save(m_fixture.profile(m_token), &settingsError),
                 qPrintable(settingsError));
    }
    ProcessResult result = cli({QStringLiteral("specs"), QStringLiteral("pull"), m_path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QLatin1String("sor 2024.2: in force from now on")),
             qPrintable(result.out));
    result = cli({QStringLiteral("validate"), m_path, QStringLiteral("--json")});
    QVERIFY2(!flaggedRows(result.out, Phase), qPrintable(result.out));

    auto reg = open();
    QVERIFY(reg);
    QCOMPARE(storedValues(*reg), before);
    // Not sent any more.
    const PreparedPackage prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QCOMPARE(prepared.errors, 0);
    QVERIFY(!prepared.body.isEmpty());
    QVERIFY(!prepared.body.contains("behandelfase"));
    // In the own export, marked, under the label of the spec that last defined it.
    SpecError specError;
    const std::optional<Spec> sor = SpecStore(*reg).spec(QStringLiteral("sor"), &specError);
    QVERIFY2(sor, qPrintable(specError.toString()));
    QVERIFY(!sor->dataset(QStringLiteral("problem"))->field(Phase));
    const PortalExport::Result own = OwnExport::run(
        *reg, *PortalFormat::byId(QStringLiteral("rap-probleem")), *sor, QStringLiteral("en"));
    QVERIFY2(own.ok(), qPrintable(own.error));
    const qsizetype phase =
        own.header.indexOf(QLatin1String("Treatment phase (no longer requested)"));
    const qsizetype number =
        own.header.indexOf(QLatin1String("Internal file number (no longer requested)"));
    QVERIFY2(phase >= 0 && number >= 0, qPrintable(own.header.join(u',')));
    QCOMPARE(own.rows.size(), 4);
    QCOMPARE(own.rows.at(0).at(phase), QStringLiteral("start"));
    QCOMPARE(own.rows.at(1).at(phase), QStringLiteral("eind"));
    QCOMPARE(own.rows.at(2).at(number), QStringLiteral("4455"));
    QCOMPARE(own.rows.at(3).at(phase), QStringLiteral("midden"));
    QCOMPARE(own.rows.at(3).at(number), QStringLiteral("90817"));
    // The same in Dutch: the label of the Dutch text, "(niet meer gevraagd)".
    installTranslator(*qApp, QStringLiteral("nl"));
    const PortalExport::Result dutch = OwnExport::run(
        *reg, *PortalFormat::byId(QStringLiteral("rap-probleem")), *sor, QStringLiteral("nl"));
    installTranslator(*qApp, QStringLiteral("en"));
    QVERIFY2(dutch.header.contains(QLatin1String("Behandelfase (niet meer gevraagd)")),
             qPrintable(dutch.header.join(u',')));
    // The portal file itself has no column for it.
    const PortalExport::Result portal =
        PortalExport::run(*reg, *PortalFormat::byId(QStringLiteral("rap-probleem")), *sor);
    QVERIFY(!portal.csv.contains("behandelfase") && !portal.csv.contains("start"));
}

void TestOutcomeField::deletingARecordDeletesItsValues()
{
    auto reg = open();
    QVERIFY(reg);
    const int before = storedValues(*reg);
    // A score: its phase (line 2 had only that).
    QVERIFY(OutcomeRepository(*reg).removeProblemScore(m_scores.at(0)));
    QCOMPARE(storedValues(*reg), before - 1);
    // A participant: with its trajectory and scores, their values (Bram: phase and file number).
    QCOMPARE(ParticipantRepository(*reg).remove(2), ParticipantRepository::Removal::Deleted);
    QCOMPARE(storedValues(*reg), before - 3);
    QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
}

QTEST_MAIN(TestOutcomeField)
#include "tst_outcomefield.moc"
