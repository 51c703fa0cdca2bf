// The app pulls the rules from the endpoint (issue 15, items 2, 3 and 5 on the app's side): the
// real main window offscreen, the real endpoint over TLS started with a spec directory whose mdt
// allows house numbers up to 100 only (a rule made stricter), and registers in which three
// participants live at number 150. Testing the connection stores the new spec and says what it
// changes, with the right count; "Show affected participants" filters the problems panel to
// exactly those three; the form checks with the new rule. A submission pulls first. A spec that
// arrives as an HTML page or that the loader refuses (served by a fault server in front of the
// endpoint) is said in one sentence and leaves the register as it was. Screenshots of the change
// report and the filtered panel go to build/screenshots in English and Dutch.
#include "ChangedSpecs.h"
#include "FaultServer.h"
#include "GuiLocalization.h"
#include "MainWindow.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "check/RegisterCheck.h"
#include "keys/SecretFile.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/SpecStore.h"
#include "sync/ConnectionDialog.h"
#include "sync/SpecChangeDialog.h"
#include "sync/SpecChangeHandler.h"
#include "sync/SubmitDialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <algorithm>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QSet<qint64> Affected{2, 5, 9}; // the participants at house number 150

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir =
        qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    // A message just set changes the layout on the event loop's next pass; a grab before it
    // shows rows squeezed that the user never sees.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

// The window's language for one test, as main.cpp sets it up; English again afterwards.
class Language
{
public:
    explicit Language(const QString &language)
    {
        setCurrentLanguage(language);
        // English too: its plural forms ("1 participant", "3 participants") come from the .qm.
        m_installed = m_dutch.load(QStringLiteral(":/i18n/veldboek_%1.qm").arg(language)) &&
                      QCoreApplication::installTranslator(&m_dutch);
        if (language == QLatin1String("nl") &&
            m_qtDutch.load(QStringLiteral("qtbase_nl"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtDutch);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_qtDutch);
        QCoreApplication::removeTranslator(&m_dutch);
        setCurrentLanguage(QStringLiteral("en"));
    }
    bool ok() const { return m_installed; }

private:
    QTranslator m_dutch;
    QTranslator m_qtDutch;
    bool m_installed = false;
};

} // namespace

class TestSpecGui : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    int m_registers = 0;

    // A closed register of 12 demo participants, configured for `profile`, whose house numbers
    // are 5 except for participants 2, 5 and 9: 150, over the endpoint's new limit of 100.
    QString makeRegister(const EndpointProfile &profile)
    {
        auto reg = m_fixture.makeRegister(
            QStringLiteral("specgui") + QString::number(++m_registers), 12, profile);
        if (!reg)
            return {};
        QSqlQuery query(reg->database());
        if (!query.exec(QStringLiteral("UPDATE participants SET huisnummer = CASE WHEN id IN "
                                       "(2, 5, 9) THEN '150' ELSE '5' END")))
            return {};
        return reg->path();
    }

    QByteArray passphrase()
    {
        QString error;
        return readSecretFile(m_fixture.passphraseFile(), &error);
    }

    // The main window with the register at `path` open and its first check done.
    static bool open(MainWindow &window, const QString &path, const QByteArray &passphrase)
    {
        window.setAutoLockInterval(0);
        window.resize(1280, 860);
        window.show();
        window.openRegister(path, passphrase);
        if (!window.currentRegister())
            return false;
        return QTest::qWaitFor([&] { return window.registerCheck()->finishedRuns() > 0; }, 60000);
    }

    // Menu Submission > Connection, then its test; the dialog once the test and pull are done.
    static ConnectionDialog *testConnection(MainWindow &window)
    {
        window.showConnectionSettings();
        auto *dialog = window.findChild<ConnectionDialog *>();
        if (!dialog)
            return nullptr;
        QSignalSpy tested(dialog, &ConnectionDialog::connectionTested);
        dialog->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        if (!tested.wait(60000))
            return nullptr;
        return dialog;
    }

    static SubmissionRun::Outcome clickSubmit(SubmitDialog &dialog)
    {
        QSignalSpy finished(&dialog, &SubmitDialog::submissionFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("submit"))->click();
        if (!finished.wait(90000))
            return SubmissionRun::Outcome::None;
        return finished.at(0).at(0).value<SubmissionRun::Outcome>();
    }

    static QString mdtVersion(Register &reg)
    {
        SpecError error;
        const std::optional<SpecInForce> mdt =
            SpecStore(reg).inForce(QStringLiteral("mdt"), &error);
        return mdt ? mdt->document.spec.version : QString();
    }

    static bool formFlagsHouseNumber(ParticipantForm *form)
    {
        const QList<Finding> findings = form->currentFindings();
        return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
            return finding.field == QLatin1String("huisnummer") &&
                   finding.severity == Severity::Error;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString specDir = m_fixture.dir() + QStringLiteral("/specs");
        QVERIFY(ChangedSpecs::write(specDir, ChangedSpecs::stricterHouseNumber()));
        // The endpoint serves (and checks submissions with) only the directory's specs: the
        // others as built in, so a submission can be approved.
        QVERIFY(ChangedSpecs::write(specDir, ChangedSpecs::builtinObject(QStringLiteral("sor"))));
        QVERIFY(
            ChangedSpecs::write(specDir, ChangedSpecs::builtinObject(QStringLiteral("cemplus"))));
        QString error;
        QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), specDir}), qPrintable(error));
    }

    void connectionTestPullsAndShowsWhatChanges_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("affectedText");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("3 participants affected.");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("3 deelnemers betrokken.");
    }
    // The main case on the real window.
    void connectionTestPullsAndShowsWhatChanges()
    {
        QFETCH(QString, language);
        QFETCH(QString, affectedText);
        const Language shown(language);
        QVERIFY(shown.ok());
        const QString path = makeRegister(m_fixture.profile(m_fixture.newAccount()));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(open(window, path, passphrase()));
        Register &reg = *window.currentRegister();
        QCOMPARE(mdtVersion(reg), QStringLiteral("2023.1")); // built-in: 150 is allowed
        QVERIFY(window.showParticipant(2));
        QVERIFY(!formFlagsHouseNumber(window.participantForm()));
        const QSet<qint64> shownBefore = window.problemsPanel()->shownParticipants();
        QVERIFY(!shownBefore.contains(2) && !shownBefore.contains(5) && !shownBefore.contains(9));

        const int runs = window.registerCheck()->finishedRuns();
        ConnectionDialog *connection = testConnection(window);
        QVERIFY(connection);
        if (language == QLatin1String("en"))
            QVERIFY2(connection->resultText().contains(QLatin1String("token is accepted")),
                     qPrintable(connection->resultText()));
        // Stored, in force, from the endpoint.
        SpecError error;
        const std::optional<SpecInForce> mdt =
            SpecStore(reg).inForce(QStringLiteral("mdt"), &error);
        QVERIFY(mdt && !mdt->builtin);
        QCOMPARE(mdt->document.spec.version, QStringLiteral("2024.1"));
        QCOMPARE(mdt->sourceUrl, m_fixture.url() + QStringLiteral("/api/v1/specs/mdt"));

        // The change report, with the right count.
        auto *handler = window.findChild<SpecChangeHandler *>();
        QVERIFY(handler);
        SpecChangeDialog *report = handler->dialog();
        QVERIFY(report && report->isVisible());
        QCOMPARE(QSet<qint64>(report->affectedParticipants().cbegin(),
                              report->affectedParticipants().cend()),
                 Affected);
        QVERIFY2(report->text().contains(affectedText), qPrintable(report->text()));
        QVERIFY2(report->text().contains(QStringLiteral("2023.1 → 2024.1")),
                 qPrintable(report->text()));
        saveScreenshot(report, QStringLiteral("spec-change-%1.png").arg(language));

        // The open form and the problems panel check with the new rule.
        QVERIFY(formFlagsHouseNumber(window.participantForm()));
        QCOMPARE(window.participantForm()->participantId(), qint64(2));
        QVERIFY(
            QTest::qWaitFor([&] { return window.registerCheck()->finishedRuns() > runs; }, 60000));
        QVERIFY(window.problemsPanel()->shownParticipants().contains(Affected));

        // One click: exactly the affected participants.
        report->findChild<QPushButton *>(QStringLiteral("showAffected"))->click();
        QVERIFY(!handler->dialog() || !handler->dialog()->isVisible());
        ProblemsPanel *panel = window.problemsPanel();
        QVERIFY(panel->isFiltered());
        QCOMPARE(panel->shownParticipants(), Affected);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->isVisible());
        QVERIFY(panel->findChild<QWidget *>(QStringLiteral("problemsFilterBar"))->isVisible());
        bool houseNumberGroup = false;
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = panel->tree()->topLevelItem(i);
            if (!group->isHidden() && group->text(1) == QLatin1String("huisnummer")) {
                houseNumberGroup = true;
                QCOMPARE(group->text(2), QStringLiteral("3"));
            }
        }
        QVERIFY(houseNumberGroup);
        // A later check keeps the filter.
        const int filteredRuns = window.registerCheck()->finishedRuns();
        window.recheck();
        QVERIFY(QTest::qWaitFor(
            [&] { return window.registerCheck()->finishedRuns() > filteredRuns; }, 60000));
        QCOMPARE(panel->shownParticipants(), Affected);
        connection->close();
        QTRY_VERIFY(!window.findChild<ConnectionDialog *>()); // deleted on close
        saveScreenshot(&window, QStringLiteral("spec-filtered-problems-%1.png").arg(language));

        // The way back to everything.
        panel->findChild<QPushButton *>(QStringLiteral("clearProblemsFilter"))->click();
        QVERIFY(!panel->isFiltered());
        QVERIFY(!panel->findChild<QWidget *>(QStringLiteral("problemsFilterBar"))->isVisible());
        QVERIFY(panel->shownParticipants().contains(Affected));

        // Unchanged now: the next test gets 304s and says nothing about rules.
        connection = testConnection(window);
        QVERIFY(connection);
        QVERIFY(!handler->dialog() || !handler->dialog()->isVisible());
        QVERIFY2(connection->specText().isEmpty(), qPrintable(connection->specText()));
        connection->close();
    }

    // A submission pulls before the package is made: new rules that find something stop it
    // (nothing is sent) and are shown; the next one is checked with them.
    void submissionPullsFirst()
    {
        const QString token = m_fixture.newAccount();
        const QString path = makeRegister(m_fixture.profile(token));
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(open(window, path, passphrase()));
        window.showSubmitDialog();
        SubmitDialog *dialog = window.submitDialog();
        QVERIFY(dialog);
        QCOMPARE(clickSubmit(*dialog), SubmissionRun::Outcome::Blocked);
        QVERIFY2(dialog->statusText().contains(QLatin1String("rules have changed")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(m_fixture.submissionsAt(token), 0);
        QCOMPARE(mdtVersion(*window.currentRegister()), QStringLiteral("2024.1"));
        SpecChangeDialog *report = window.findChild<SpecChangeHandler *>()->dialog();
        QVERIFY(report && report->isVisible());
        QCOMPARE(report->affectedParticipants().size(), 3);
        report->close();

        // Submitted again: the rules are up to date (304), the check applies the new limit.
        QCOMPARE(clickSubmit(*dialog), SubmissionRun::Outcome::Blocked);
        QVERIFY2(!dialog->statusText().contains(QLatin1String("rules have changed")),
                 qPrintable(dialog->statusText()));
        SpecChangeDialog *again = window.findChild<SpecChangeHandler *>()->dialog();
        QVERIFY(!again || !again->isVisible());
        QCOMPARE(m_fixture.submissionsAt(token), 0);
        auto *rows = dialog->findChild<QTreeWidget *>(QStringLiteral("report"));
        bool houseNumber = false;
        for (int i = 0; i < rows->topLevelItemCount(); ++i)
            houseNumber =
                houseNumber || (rows->topLevelItem(i)->text(1) == QLatin1String("huisnummer") &&
                                rows->topLevelItem(i)->childCount() == 3);
        QVERIFY(houseNumber);

        // Corrected, it goes, and the endpoint (checking with the same spec) approves it.
        QSqlQuery query(window.currentRegister()->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE participants SET huisnummer = '15'")));
        const SubmissionRun::Outcome approved = clickSubmit(*dialog);
        QVERIFY2(approved == SubmissionRun::Outcome::Approved, qPrintable(dialog->statusText()));
        QCOMPARE(m_fixture.submissionsAt(token), 1);
    }

    void badSpecKeepsTheOldOnes_data()
    {
        QTest::addColumn<QList<FaultServer::Fault>>("faults");
        QTest::addColumn<QString>("expected");
        using Fault = FaultServer::Fault;
        const Fault forward{};
        // The connection test's health check, then the list of specs, then a spec.
        QTest::newRow("html answer")
            << QList<Fault>{forward, forward,
                            Fault::answer(200, "text/html", "<html><body>Log in</body></html>")}
            << QStringLiteral("did not arrive as a spec");
        QJsonObject refused = ChangedSpecs::stricterHouseNumber(QStringLiteral("2025.1"));
        ChangedSpecs::changeField(refused, QStringLiteral("email"), [](QJsonObject &field) {
            field.insert(QStringLiteral("type"), QStringLiteral("mail"));
        });
        QTest::newRow("rejected spec")
            << QList<Fault>{forward, forward,
                            Fault::answer(200, "application/json", ChangedSpecs::bytes(refused))}
            << QStringLiteral("cannot be used by this version");
    }
    void badSpecKeepsTheOldOnes()
    {
        QFETCH(QList<FaultServer::Fault>, faults);
        QFETCH(QString, expected);
        FaultServer server(m_fixture.certificate().certificateFile, m_fixture.certificate().keyFile,
                           m_fixture.endpoint().port(), m_fixture.certificate().certificate);
        EndpointProfile profile = m_fixture.profile(m_fixture.newAccount());
        profile.url = QUrl(server.url());
        const QString path = makeRegister(profile);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(open(window, path, passphrase()));
        Register &reg = *window.currentRegister();
        const QByteArray before = SyncFixture::state(reg);
        const QString problemsBefore =
            window.problemsPanel()
                ->findChild<QLabel *>(QStringLiteral("labelProblemsSummary"))
                ->text();

        server.script(faults);
        ConnectionDialog *connection = testConnection(window);
        QVERIFY(connection);
        // One sentence: why, and that the register keeps its rules.
        const QString said = connection->specText();
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY2(said.endsWith(QLatin1String("The register keeps the specs it has.")),
                 qPrintable(said));
        QVERIFY(!said.contains(QLatin1Char('\n')));
        QVERIFY(connection->findChild<QLabel *>(QStringLiteral("specResult"))->isVisible());
        QVERIFY(!window.findChild<SpecChangeHandler *>()->dialog());
        saveScreenshot(connection, QStringLiteral("spec-refused-%1.png")
                                       .arg(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-'))));
        connection->close();
        QTRY_VERIFY(!window.findChild<ConnectionDialog *>());
        QCOMPARE(SyncFixture::state(reg), before);
        QCOMPARE(mdtVersion(reg), QStringLiteral("2023.1"));
        QCOMPARE(window.problemsPanel()
                     ->findChild<QLabel *>(QStringLiteral("labelProblemsSummary"))
                     ->text(),
                 problemsBefore);

        // Nor does it block a submission: said, and sent with the register's own rules (the
        // endpoint, checking with its stricter spec, rejects the house numbers).
        server.script(faults.mid(1)); // no health check before a submission
        window.showSubmitDialog();
        SubmitDialog *dialog = window.submitDialog();
        QVERIFY(dialog);
        const SubmissionRun::Outcome rejected = clickSubmit(*dialog);
        QVERIFY2(rejected == SubmissionRun::Outcome::Rejected, qPrintable(dialog->statusText()));
        QVERIFY2(dialog->specText().contains(expected), qPrintable(dialog->specText()));
        QCOMPARE(mdtVersion(reg), QStringLiteral("2023.1"));
    }
};

QTEST_MAIN(TestSpecGui)
#include "tst_specgui.moc"
