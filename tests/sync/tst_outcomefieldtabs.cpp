// The GAS and CEM+ tabs with a field a fetched spec adds to their dataset (issue 15, item 4;
// tst_outcomefield does the problem-reduction tab and everything around the form). A real
// endpoint over TLS serves a sor spec whose GAS scores have a required `doelgebied` (a code list)
// and a cemplus spec whose measurements have a required `afnamewijze`; after `veldboek-cli specs
// pull`, each tab of the real window (offscreen, in Dutch) shows its field with the spec's label
// and help, refuses to save the record without it (the message under the field), and saves it
// with the record when chosen.
#include "ChangedSpecs.h"
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "MainWindow.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "check/RegisterCheck.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "correct horse battery staple"; // SyncFixture's registers
const QString Area = QStringLiteral("doelgebied");
const QString Mode = QStringLiteral("afnamewijze");

using ChangedSpecs::code;
using ChangedSpecs::text;

QJsonObject requiredCodeList(const QString &key, QJsonObject label, QJsonObject help,
                             QJsonArray codes)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("help"), help},
                       {QStringLiteral("type"), QStringLiteral("enum")},
                       {QStringLiteral("requirement"), QStringLiteral("required")},
                       {QStringLiteral("transmit"), QStringLiteral("plain")},
                       {QStringLiteral("codes"), codes}};
}

// The built-in spec `id` as version 2099.1, with `field` added to its dataset `dataset`.
QJsonObject withField(const QString &id, const QString &dataset, const QJsonObject &field)
{
    QJsonObject spec = ChangedSpecs::builtinObject(id);
    spec.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
    QJsonArray datasets = spec.value(QStringLiteral("datasets")).toArray();
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        QJsonObject set = datasets.at(i).toObject();
        if (set.value(QStringLiteral("name")).toString() != dataset)
            continue;
        QJsonArray fields = set.value(QStringLiteral("fields")).toArray();
        fields.append(field);
        set.insert(QStringLiteral("fields"), fields);
        datasets.replace(i, set);
    }
    spec.insert(QStringLiteral("datasets"), datasets);
    return spec;
}

} // namespace

class TestOutcomeFieldTabs : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    QString m_path;
    qint64 m_gasScore = 0;
    qint64 m_measurement = 0;
    std::unique_ptr<GuiTestRegister> m_gui;

    std::unique_ptr<Register> open()
    {
        RegisterError error;
        auto reg = KeyStore::open(m_path, Passphrase, &error);
        if (!reg)
            qWarning("%s", qPrintable(error.message()));
        return reg;
    }
    // The window in Dutch on participant 1, with `tab` in front.
    void openOn(MainWindow &window, const QString &tab)
    {
        window.setAutoLockInterval(0);
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openAtStartup(m_path, Passphrase);
        QVERIFY(window.currentRegister());
        QTRY_VERIFY(window.registerCheck()->finishedRuns() > 0);
        QVERIFY(window.showParticipant(1));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(tab));
    }
    // The added field of `key` as the tab shows it: label and help from the spec, in Dutch.
    QComboBox *checkShown(MainWindow &window, const QString &key, const QString &label,
                          const QString &help)
    {
        auto *field = window.findChild<QComboBox *>(QStringLiteral("field_") + key);
        if (!field)
            return nullptr;
        auto *labelWidget = window.findChild<QLabel *>(QStringLiteral("label_") + key);
        auto *helpWidget = window.findChild<QLabel *>(QStringLiteral("help_") + key);
        if (!labelWidget || !helpWidget || !field->isVisible() || !helpWidget->isVisible() ||
            labelWidget->text() != label || helpWidget->text() != help)
            return nullptr;
        return field;
    }

    // Nothing squeezed: the field as high as it asks to be, its message below it, not over it
    // (a tab too full for its window squeezes them, as the first version of these tabs did).
    static void fitsWithItsMessage(QWidget *field, QLabel *message)
    {
        QVERIFY2(
            field->height() >= field->sizeHint().height(),
            qPrintable(
                QStringLiteral("%1 < %2").arg(field->height()).arg(field->sizeHint().height())));
        // The message wraps: as high as its text needs at its width.
        const int needed = message->hasHeightForWidth() ? message->heightForWidth(message->width())
                                                        : message->sizeHint().height();
        QVERIFY2(message->height() >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(message->height()).arg(needed)));
        const QPoint below = message->mapTo(field->window(), QPoint(0, 0));
        const QPoint fieldBottom = field->mapTo(field->window(), QPoint(0, field->height()));
        QVERIFY(below.y() >= fieldBottom.y());
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_gui = std::make_unique<GuiTestRegister>(); }
    void cleanup() { m_gui.reset(); }

    void gasTabShowsChecksAndSavesTheField();
    void cemTabShowsChecksAndSavesTheField();
};

void TestOutcomeFieldTabs::initTestCase()
{
    const QString specs = m_fixture.dir() + QStringLiteral("/specs-added");
    QVERIFY(ChangedSpecs::write(
        specs,
        withField(QStringLiteral("sor"), QStringLiteral("gas"),
                  requiredCodeList(
                      Area, text("Doelgebied", "Goal area"),
                      text("Waar het doel over gaat.", "What the goal is about."),
                      {code("school", "School", "School"), code("thuis", "Thuis", "Home")}))));
    QVERIFY(ChangedSpecs::write(
        specs, withField(QStringLiteral("cemplus"), QStringLiteral("cem"),
                         requiredCodeList(Mode, text("Afnamewijze", "Mode"),
                                          text("Hoe de vragenlijst is ingevuld.",
                                               "How the questionnaire was filled in."),
                                          {code("papier", "Op papier", "On paper"),
                                           code("online", "Online", "Online")}))));
    QString error;
    QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), specs}), qPrintable(error));
    const QString token = m_fixture.newAccount();
    auto reg = m_fixture.makeRegister(QStringLiteral("tabs"), 0, m_fixture.profile(token));
    QVERIFY(reg);
    QList<Participant> participants{validParticipant(1, QStringLiteral("Anna"))};
    participants[0].setValue(u"bsn", QStringLiteral("111222333"));
    QVERIFY(ParticipantRepository(*reg).addAll(participants));
    OutcomeRepository outcomes(*reg);
    Trajectory trajectory{0, participants.first().id, QStringLiteral("12345678"), {}, {}, {}};
    QVERIFY(outcomes.addTrajectory(trajectory));
    GasGoal goal{0, trajectory.id, 0, QStringLiteral("Zelf naar school")};
    QVERIFY(outcomes.addGoal(goal));
    GasScore score{
        0, goal.id, QStringLiteral("C"), QStringLiteral("01-09-2024"), QStringLiteral("0"), {}};
    QVERIFY(outcomes.addGasScore(score));
    m_gasScore = score.id;
    CemMeasurement measurement;
    measurement.participantId = participants.first().id;
    measurement.metingId = QStringLiteral("M1");
    measurement.clientRef = participants.first().value(u"respondentnummer");
    measurement.datumMeting = QStringLiteral("01-09-2024");
    measurement.informant = QStringLiteral("Jongere");
    measurement.vragenlijst = QStringLiteral("CEM+_2018_JE_v1");
    measurement.answers = {{QStringLiteral("VR01"), QStringLiteral("3")}};
    QVERIFY(outcomes.addMeasurement(measurement));
    m_measurement = measurement.id;
    m_path = reg->path();
    reg.reset();

    const ProcessResult pulled =
        runCli({QStringLiteral("specs"), QStringLiteral("pull"), m_path,
                QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err + pulled.out));
    QVERIFY2(pulled.out.contains(QLatin1String("sor 2099.1")) &&
                 pulled.out.contains(QLatin1String("cemplus 2099.1")),
             qPrintable(pulled.out));
    installTranslator(*qApp, QStringLiteral("nl"));
    setCurrentLanguage(QStringLiteral("nl"));
}

void TestOutcomeFieldTabs::gasTabShowsChecksAndSavesTheField()
{
    MainWindow window;
    openOn(window, QStringLiteral("tabGas"));
    QComboBox *area = nullptr;
    QTRY_VERIFY((area = checkShown(window, Area, QStringLiteral("Doelgebied *"),
                                   QStringLiteral("Waar het doel over gaat."))));
    QCOMPARE(area->count(), 3); // empty, school, thuis
    QCOMPARE(area->itemText(2), QStringLiteral("Thuis"));

    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeGas"));
    QVERIFY(tree && tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() == 1);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonEditGas")),
                      Qt::LeftButton);
    QCOMPARE(area->currentData().toString(), QString());
    auto *save = window.findChild<QPushButton *>(QStringLiteral("pushButtonAddGasScore"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = window.findChild<QLabel *>(QStringLiteral("message_") + Area);
    QVERIFY(message && message->isVisible() && !message->text().isEmpty());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelGasMessage"))->text().isEmpty());
    QVERIFY(saveScreenshot(&window, QStringLiteral("outcome-added-field-gas-nl")));
    fitsWithItsMessage(area, message); // in a window of 800 pixels
    {
        auto reg = open();
        QVERIFY(reg);
        QVERIFY(OutcomeRepository(*reg).gasScore(m_gasScore)->extra.isEmpty());
    }

    area->setFocus();
    area->setCurrentIndex(area->findData(QStringLiteral("thuis")));
    Q_EMIT area->activated(area->currentIndex());
    QTRY_VERIFY(!message->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    auto reg = open();
    QVERIFY(reg);
    QCOMPARE(OutcomeRepository(*reg).gasScore(m_gasScore)->extra.value(Area),
             QStringLiteral("thuis"));
    window.close();
}

void TestOutcomeFieldTabs::cemTabShowsChecksAndSavesTheField()
{
    MainWindow window;
    openOn(window, QStringLiteral("tabCem"));
    QComboBox *mode = nullptr;
    QTRY_VERIFY((mode = checkShown(window, Mode, QStringLiteral("Afnamewijze *"),
                                   QStringLiteral("Hoe de vragenlijst is ingevuld."))));
    QCOMPARE(mode->count(), 3);

    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("treeMeasurements"));
    QVERIFY(tree && tree->topLevelItemCount() == 1);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("pushButtonEditMeasurement")),
                      Qt::LeftButton);
    auto *save = window.findChild<QPushButton *>(QStringLiteral("pushButtonSaveMeasurement"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = window.findChild<QLabel *>(QStringLiteral("message_") + Mode);
    QVERIFY(message && message->isVisible() && !message->text().isEmpty());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("labelCemMessage"))->text().isEmpty());
    QVERIFY(saveScreenshot(&window, QStringLiteral("outcome-added-field-cem-nl")));
    fitsWithItsMessage(mode, message);
    {
        auto reg = open();
        QVERIFY(reg);
        QVERIFY(OutcomeRepository(*reg).measurement(m_measurement)->extra.isEmpty());
    }

    mode->setFocus();
    mode->setCurrentIndex(mode->findData(QStringLiteral("papier")));
    Q_EMIT mode->activated(mode->currentIndex());
    QTRY_VERIFY(!message->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    auto reg = open();
    QVERIFY(reg);
    const std::optional<CemMeasurement> stored = OutcomeRepository(*reg).measurement(m_measurement);
    QCOMPARE(stored->extra.value(Mode), QStringLiteral("papier"));
    QCOMPARE(stored->answers.size(), 1); // the answers are kept with it
    window.close();
}

QTEST_MAIN(TestOutcomeFieldTabs)
#include "tst_outcomefieldtabs.moc"
