// The sync widgets driven offscreen against the real endpoint over TLS: the connection dialog's
// test in plain words, Submit with the endpoint's report rows, the dashboard with suppressed
// figures reading "fewer than 10", the local preview, and the notes per period. Then the same
// through the real main window: its Submit action, the report, the problems panel, the record a
// report row names, the dashboard window and the reminder in the status bar.
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "SeverityStyle.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "check/RegisterCheck.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoGenerator.h"
#include "keys/SecretFile.h"
#include "participants/AuditLogDialog.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/DashboardRepository.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/SubmissionRepository.h"
#include "sync/ConnectionDialog.h"
#include "sync/ConnectionSettings.h"
#include "sync/FigureText.h"
#include "sync/SubmissionHistoryWindow.h"
#include "sync/SubmissionReminder.h"
#include "sync/SubmitDialog.h"
#include "sync/SyncWindows.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

class SyncGuiTest : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    int m_registers = 0;

    std::unique_ptr<Register> configured(const QString &token, int participants = 30)
    {
        return m_fixture.makeRegister(QStringLiteral("gui") + QString::number(++m_registers),
                                      participants, m_fixture.profile(token));
    }

    static SubmissionRun::Outcome clickSubmit(SubmitDialog &dialog)
    {
        QSignalSpy finished(&dialog, &SubmitDialog::submissionFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("submit")),
                          Qt::LeftButton);
        if (!finished.wait(90000))
            return SubmissionRun::Outcome::None;
        return finished.at(0).at(0).value<SubmissionRun::Outcome>();
    }

    // A register made by the fixture, closed again so the main window can open it by its path.
    QString configuredFile(const QString &token, int participants = 30)
    {
        auto reg = configured(token, participants);
        return reg ? reg->path() : QString();
    }

    QByteArray passphrase()
    {
        QString error;
        return readSecretFile(m_fixture.passphraseFile(), &error);
    }

    static QString reminderText(gui::MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("labelDeadline"))->text();
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir =
            qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }

    // Double-clicks the report row of the rule on `field`; false when there is none.
    static bool activateReportRow(QTreeWidget *report, const QString &field)
    {
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            QTreeWidgetItem *rule = report->topLevelItem(i);
            if (rule->text(1) != field || rule->childCount() == 0)
                continue;
            report->scrollToItem(rule->child(0));
            const QRect row = report->visualItemRect(rule->child(0));
            QTest::mouseClick(report->viewport(), Qt::LeftButton, {}, row.center());
            QTest::mouseDClick(report->viewport(), Qt::LeftButton, {}, row.center());
            return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // Recent registers and the auto-lock choice go to a test-only settings file.
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void connectionDialogTestsAndSaves()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 0);
        QVERIFY(reg);
        ConnectionDialog dialog(*reg);
        dialog.show();
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("endpointUrl"));
        auto *tokenEdit = dialog.findChild<QLineEdit *>(QStringLiteral("endpointToken"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
        QCOMPARE(url->text(), m_fixture.url());
        QVERIFY(tokenEdit->text().isEmpty()); // the stored token is never shown

        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.last().at(0).toBool(), true);
        QVERIFY2(dialog.resultText().contains(QLatin1String("token is accepted")),
                 qPrintable(dialog.resultText()));

        tokenEdit->setText(QStringLiteral("wrong-token"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY(dialog.resultText().contains(QLatin1String("token is wrong")));

        tokenEdit->clear();
        dialog.findChild<QLineEdit *>(QStringLiteral("caFile"))->clear();
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY(dialog.resultText().contains(QLatin1String("certificate")));

        url->setText(QStringLiteral("http://127.0.0.1:1"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(dialog.resultText().contains(QLatin1String("https://")));
    }

    void submitShowsTheRejectedRows()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        QVERIFY(reg);
        QSqlQuery query(reg->database());
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM participants")) && query.next());
        const qint64 broken = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("UPDATE participants SET geslacht = 'q' WHERE id = ") +
                           QString::number(broken)));
        SubmitDialog dialog(*reg);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.setLocalCheck(false);
        dialog.show();
        QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Rejected);
        QVERIFY(dialog.statusText().contains(QLatin1String("Rejected")));
        auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("report"));
        QTreeWidgetItem *rule = nullptr;
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            if (report->topLevelItem(i)->text(1) == QLatin1String("geslacht"))
                rule = report->topLevelItem(i);
        }
        QVERIFY(rule);
        QCOMPARE(rule->childCount(), 1);
        QSignalSpy open(&dialog, &SubmitDialog::participantRequested);
        report->scrollToItem(rule->child(0));
        const QRect row = report->visualItemRect(rule->child(0));
        QVERIFY(row.isValid());
        QTest::mouseClick(report->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(report->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), broken);
    }

    void submitBlockedByLocalErrorsShowsThem()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token);
        QSqlQuery query(reg->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE participants SET geslacht = 'q'")));
        SubmitDialog dialog(*reg);
        dialog.setLanguage(QStringLiteral("en"));
        QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Blocked);
        QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("report"))->topLevelItemCount() > 0);
        QCOMPARE(m_fixture.submissionsAt(token), 0);
    }

    // Issue 20, items 1 and 3: an approved report says what was received, after Submit and in
    // the history window; withdraw after the question; a refusal is said and changes nothing.
    void historyWindowShowsWhatWasReceivedAndWithdraws()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 30);
        QVERIFY(reg);
        SubmitDialog dialog(*reg);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Approved);
        auto *report = dialog.findChild<QTreeWidget *>(QStringLiteral("report"));
        QVERIFY(report->topLevelItemCount() > 0);
        QTreeWidgetItem *received = nullptr;
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            if (report->topLevelItem(i)->text(0) == QLatin1String("participants (mdt)"))
                received = report->topLevelItem(i);
        }
        QVERIFY(received);
        QVERIFY2(received->text(3).startsWith(QLatin1String("30 row")),
                 qPrintable(received->text(3)));

        gui::SubmissionHistoryWindow window(*reg);
        window.setLanguage(QStringLiteral("en"));
        window.show();
        auto *submissions = window.findChild<QTableWidget *>(QStringLiteral("submissions"));
        QCOMPARE(submissions->rowCount(), 1); // from the register, before the endpoint answers
        QSignalSpy done(&window, &gui::SubmissionHistoryWindow::operationFinished);
        window.refresh();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).value<SyncError>().ok(), qPrintable(window.statusText()));
        QCOMPARE(submissions->item(0, 1)->text(), QStringLiteral("approved"));
        QVERIFY(submissions->item(0, 3)->text().contains(QLatin1String("participants: 30 read")));
        auto *historyReport = window.findChild<QTreeWidget *>(QStringLiteral("report"));
        bool shown = false;
        for (int i = 0; i < historyReport->topLevelItemCount(); ++i) {
            if (historyReport->topLevelItem(i)->text(0) == QLatin1String("participants (mdt)"))
                shown =
                    historyReport->topLevelItem(i)->text(3).startsWith(QLatin1String("30 row")) &&
                    historyReport->topLevelItem(i)->text(3).contains(QLatin1String("30 imported"));
        }
        QVERIFY(shown);

        // No: nothing happens. Yes: withdrawn, and the endpoint says so.
        QString asked;
        gui::Question::setTestAnswer([&asked](const QString &id, const QString &) {
            asked = id;
            return false;
        });
        auto restore = qScopeGuard([] { gui::Question::setTestAnswer({}); });
        window.withdrawSelected();
        QCOMPARE(asked, QStringLiteral("withdraw"));
        QVERIFY(!window.isBusy());
        gui::Question::setTestAnswer([](const QString &, const QString &) { return true; });
        done.clear();
        window.withdrawSelected();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).value<SyncError>().ok(), qPrintable(window.statusText()));
        QVERIFY(submissions->item(0, 1)->text().startsWith(QLatin1String("withdrawn on")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("withdraw"))->isEnabled());
        const QString id = SubmissionRepository(*reg).history().first().remoteId;
        QVERIFY(m_fixture.endpoint()
                    .get(QStringLiteral("/api/v1/submissions/") + id, token)
                    .json.value(QLatin1String("withdrawn"))
                    .toBool());

        // Offline: said in plain words, the register unchanged.
        const QByteArray before = SyncFixture::state(*reg);
        window.network().setOverride(false);
        done.clear();
        window.refresh();
        QCOMPARE(done.size(), 1);
        QVERIFY(window.statusText().contains(QLatin1String("no network")));
        QCOMPARE(SyncFixture::state(*reg), before);
    }

    // A submitted participant who is deleted: the participant's own history says how far the
    // deletion request is, before it is sent, once the history window has sent it, and (a
    // screenshot) in English; the history window's list says the same.
    void deletionRequestStateInTheParticipantsHistory()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 12);
        QVERIFY(reg);
        SubmitDialog dialog(*reg);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Approved);
        dialog.close();
        QSqlQuery first(reg->database());
        QVERIFY(first.exec(QStringLiteral("SELECT min(id) FROM participants")) && first.next());
        const qint64 id = first.value(0).toLongLong();
        QCOMPARE(ParticipantRepository(*reg).remove(id),
                 ParticipantRepository::Removal::DeletionRequested);
        const auto stateShown = [&]() -> QString {
            gui::AuditLogDialog audit(*reg, id, QStringLiteral("R-1"));
            audit.show();
            auto *label = audit.findChild<QLabel *>(QStringLiteral("labelDeletionRequest"));
            if (!label || !label->isVisible())
                return {};
            saveScreenshot(&audit, QStringLiteral("audit-deletion-request-en.png"));
            return label->text();
        };
        QString state = stateShown();
        QVERIFY2(state.startsWith(QLatin1String("Deletion requested on ")), qPrintable(state));
        QVERIFY2(state.contains(QLatin1String("goes to the funder with the next submission")),
                 qPrintable(state));

        gui::SubmissionHistoryWindow window(*reg);
        window.setLanguage(QStringLiteral("en"));
        window.resize(900, 560);
        window.show();
        QSignalSpy done(&window, &gui::SubmissionHistoryWindow::operationFinished);
        window.refresh();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).value<SyncError>().ok(), qPrintable(window.statusText()));
        auto *requests = window.findChild<QTableWidget *>(QStringLiteral("deletionRequests"));
        QVERIFY(requests);
        QCOMPARE(requests->rowCount(), 1);
        QVERIFY2(requests->item(0, 2)->text().startsWith(QLatin1String("Sent to the funder on")),
                 qPrintable(requests->item(0, 2)->text()));
        saveScreenshot(&window, QStringLiteral("history-en.png"));
        state = stateShown();
        QVERIFY2(state.contains(QLatin1String("Sent to the funder on")), qPrintable(state));
        // The same in Dutch, as the application installs it; undone afterwards.
        {
            QTranslator dutch;
            QVERIFY(dutch.load(QStringLiteral(":/i18n/veldboek_nl.qm")));
            QCoreApplication::installTranslator(&dutch);
            // Qt's own buttons ("Sluiten"), when the system has Qt's translations.
            QTranslator qtDutch;
            if (qtDutch.load(QStringLiteral("qtbase_nl"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtDutch);
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
            const auto restore = qScopeGuard([&] {
                QCoreApplication::removeTranslator(&qtDutch);
                QCoreApplication::removeTranslator(&dutch);
                QLocale::setDefault(before);
            });
            gui::AuditLogDialog audit(*reg, id, QStringLiteral("R-1"));
            audit.show();
            const QString dutchState =
                audit.findChild<QLabel *>(QStringLiteral("labelDeletionRequest"))->text();
            QVERIFY2(QRegularExpression(QStringLiteral("^Verwijdering aangevraagd op "
                                                       "\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d\\."))
                         .match(dutchState)
                         .hasMatch(),
                     qPrintable(dutchState));
            saveScreenshot(&audit, QStringLiteral("audit-deletion-request-nl.png"));
            gui::SubmissionHistoryWindow dutchWindow(*reg);
            dutchWindow.setLanguage(QStringLiteral("nl"));
            dutchWindow.resize(900, 560);
            dutchWindow.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dutchWindow));
            saveScreenshot(&dutchWindow, QStringLiteral("history-nl.png"));
        }
        // A participant without a deletion request has no such line.
        QVERIFY(ParticipantRepository(*reg).find(id + 1).has_value());
        gui::AuditLogDialog plain(*reg, id + 1, QStringLiteral("R-2"));
        QVERIFY(!plain.findChild<QLabel *>(QStringLiteral("labelDeletionRequest")));
    }

    void approvedSubmissionFillsTheDashboard()
    {
        // One organisation of 30 participants in its own cluster: there are no cluster figures
        // (too few organisations in the release), and any count of the
        // organisation under 10 is hidden.
        const QString token = m_fixture.newAccount(QStringLiteral("Alleen"));
        auto reg = configured(token);
        QVERIFY(reg);
        DashboardView view(*reg);
        view.resize(1400, 900);
        view.show();
        QVERIFY(view.sourceText().contains(QLatin1String("not submitted yet")));
        QTableWidget *table = view.figuresTable();
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("30")); // the preview counts them

        SubmitDialog dialog(*reg);
        dialog.setLanguage(QStringLiteral("en"));
        QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Approved);
        QVERIFY(DashboardRepository(*reg).latest());

        view.reload();
        QVERIFY(view.sourceText().contains(QLatin1String("fetched")));
        int suppressed = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 1; c <= 2; ++c) {
                const QString text = table->item(r, c)->text();
                QVERIFY2(text != QLatin1String("0"), qPrintable(table->item(r, 0)->text()));
                suppressed += text.startsWith(QLatin1String("fewer than 10")) ||
                                      text.startsWith(QLatin1String("not shown"))
                                  ? 1
                                  : 0;
            }
        }
        QVERIFY(suppressed > 0);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("30"));
        // It came after the endpoint's start-up release: its cluster side is made from that
        // release's data, in which its cluster has no one else.
        QCOMPARE(table->item(0, 2)->text(),
                 QStringLiteral("not shown: too few organisations in the cluster"));
        auto *gasNote = view.findChild<QLabel *>(QStringLiteral("gasChartNote"));
        QVERIFY2(gasNote->text().contains(
                     QLatin1String("Cluster: not shown: too few organisations in the cluster")),
                 qPrintable(gasNote->text()));
        QVERIFY(
            view.findChild<QChartView *>(QStringLiteral("gasChart"))->chart()->series().size() ==
            1);

        // The screenshot for docs/screenshots, looked at by a person.
        const QString dir =
            qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(dir + QStringLiteral("/dashboard.png")));
    }

    // A small register (the demo's 200 participants, a few starts a month) in a cluster of four
    // organisations, as a Dutch user sees it after a release: the months are merged into
    // quarters or the year and the chart says so; at the window's default size and at a smaller
    // one every chart keeps its room, and no axis label is cut short. The screenshots are
    // looked at by a person (docs/screenshots/dashboard.png is the first).
    void dashboardIsReadableAtTwoSizes()
    {
        const QString cluster = QStringLiteral("Jeugd groot");
        // Registers without the demo's deliberate mistakes, which would block the submission.
        const auto clean = [&](const QString &name, int participants,
                               quint64 seed) -> std::unique_ptr<Register> {
            auto made = m_fixture.makeRegister(name + QString::number(++m_registers), 0,
                                               m_fixture.profile(m_fixture.newAccount(cluster)));
            DemoGenerator demo(QDate::currentDate(), seed);
            demo.setMistakes(false);
            if (!made || !demo.fill(*made, participants))
                return nullptr;
            return made;
        };
        for (quint64 seed : {7, 8, 9}) {
            auto peer = clean(QStringLiteral("peer"), 150, seed);
            QVERIFY(peer);
            SubmitDialog dialog(*peer);
            dialog.setLanguage(QStringLiteral("en"));
            QVERIFY2(clickSubmit(dialog) == SubmissionRun::Outcome::Approved,
                     qPrintable(dialog.statusText()));
        }
        // Cluster figures come from a release; the own submission below fetches the dashboard.
        auto reg = clean(QStringLiteral("own"), 200, 11);
        QVERIFY(reg);
        QCOMPARE(m_fixture.endpoint().admin({QStringLiteral("release")}), 0);
        {
            SubmitDialog dialog(*reg);
            dialog.setLanguage(QStringLiteral("en"));
            QVERIFY2(clickSubmit(dialog) == SubmissionRun::Outcome::Approved,
                     qPrintable(dialog.statusText()));
        }
        QVERIFY(DashboardRepository(*reg).latest());
        const QJsonObject figures = DashboardRepository(*reg).latest()->figures;
        QVERIFY(figures.value(QStringLiteral("cluster"))
                    .toObject()
                    .value(QStringLiteral("shown"))
                    .toBool());
        const QString unit = figures.value(QStringLiteral("own"))
                                 .toObject()
                                 .value(QStringLiteral("participants"))
                                 .toObject()
                                 .value(QStringLiteral("started"))
                                 .toObject()
                                 .value(QStringLiteral("unit"))
                                 .toString();
        QVERIFY2(unit != QLatin1String("month"), qPrintable(unit));

        // Dutch as the application installs it, undone afterwards for the other tests.
        QTranslator dutch;
        QVERIFY(dutch.load(QStringLiteral(":/i18n/veldboek_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&dutch);
            QLocale::setDefault(before);
        });

        DashboardView view(*reg);
        QVERIFY(view.sourceText().contains(QLatin1String("fetched")) ||
                view.sourceText().contains(QLatin1String("opgehaald")));
        QCOMPARE(view.charts().size(), 4);
        for (const QSize &size : {QSize(1280, 820), QSize(1024, 700)}) {
            view.resize(size);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::processEvents();
            const QPixmap shot = view.grab(); // lays out and paints every chart
            const QString dir =
                qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
            QDir().mkpath(dir);
            QVERIFY(shot.save(
                dir +
                QStringLiteral("/dashboard-nl-%1x%2.png").arg(size.width()).arg(size.height())));
            for (QChartView *chart : view.charts()) {
                const QString where =
                    chart->objectName() + QLatin1Char(' ') + QString::number(size.width());
                QVERIFY2(chart->width() >= chart->minimumWidth() &&
                             chart->height() >= chart->minimumHeight(),
                         qPrintable(where));
                QVERIFY2(!chart->chart()->series().isEmpty(), qPrintable(where));
                for (QAbstractAxis *axis : chart->chart()->axes())
                    QVERIFY2(!axis->labelsTruncated(), qPrintable(where));
            }
            // The table's three columns fit its width: no horizontal scroll bar, no column cut
            // off; long texts wrap, and every cell has its whole text as a tooltip.
            QTableWidget *table = view.figuresTable();
            const QString where = QStringLiteral("table %1").arg(size.width());
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(where));
            QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                     qPrintable(where));
            for (int c = 0; c < 3; ++c)
                QVERIFY2(table->columnWidth(c) >= 80, qPrintable(where));
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < 3; ++c)
                    QCOMPARE(table->item(r, c)->toolTip(), table->item(r, c)->text());
            }
        }
        // The cluster is shown beside the own figures; what is suppressed reads "fewer than 10"
        // in the user's language, never as a 0.
        QCOMPARE(view.charts().at(0)->chart()->legend()->isVisible(), true);
        const QString suppressed = FigureText::suppressedText();
        QVERIFY(suppressed == QLatin1String("fewer than 10") ||
                suppressed == QLatin1String("minder dan 10"));
        QTableWidget *table = view.figuresTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 1; c <= 2; ++c)
                QVERIFY2(table->item(r, c)->text() != QLatin1String("0"),
                         qPrintable(table->item(r, 0)->text()));
        }
        // The chart of starts says that it shows merged months, and why.
        const QString participantsNote =
            view.findChild<QLabel *>(QStringLiteral("participantsChartNote"))->text();
        QVERIFY2(participantsNote.startsWith(QLatin1String("Samengevoegd")),
                 qPrintable(participantsNote));
        const QString title =
            view.findChild<QChartView *>(QStringLiteral("participantsChart"))->chart()->title();
        QVERIFY2(title.contains(QLatin1String("kwarta")), qPrintable(title));
    }

    void notesAreSavedPerPeriod()
    {
        const QString token = m_fixture.newAccount();
        auto reg = configured(token, 12);
        {
            DashboardView view(*reg);
            auto *recognise = view.findChild<QPlainTextEdit *>(QStringLiteral("notesRecognise"));
            auto *improve = view.findChild<QPlainTextEdit *>(QStringLiteral("notesImprove"));
            recognise->setPlainText(QStringLiteral("Ja, de instroom klopt."));
            improve->setPlainText(QStringLiteral("Doelen vaker scoren."));
            QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("saveNotes")),
                              Qt::LeftButton);
        }
        DashboardView again(*reg);
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("notesRecognise"))->toPlainText(),
                 QStringLiteral("Ja, de instroom klopt."));
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("notesImprove"))->toPlainText(),
                 QStringLiteral("Doelen vaker scoren."));
        QVERIFY(again.findChild<QPlainTextEdit *>(QStringLiteral("notesExplain"))
                    ->toPlainText()
                    .isEmpty());
    }
    // The whole round trip as a user makes it, in the real main window.
    // Deleting a submitted participant in the main window while online: the deletion request
    // reaches the endpoint at once, without a submission; offline it waits for the next one.
    void deletionRequestGoesAtOnceWhenOnline()
    {
        const QString token = m_fixture.newAccount();
        QString path;
        {
            auto reg = configured(token, 6);
            QVERIFY(reg);
            SubmitDialog dialog(*reg);
            dialog.show();
            QCOMPARE(clickSubmit(dialog), SubmissionRun::Outcome::Approved);
            path = reg->path();
        }
        gui::MainWindow window;
        window.setAutoLockInterval(0);
        window.resize(1280, 800);
        window.show();
        window.openRegister(path, passphrase());
        QVERIFY(window.currentRegister());
        auto *sync = window.findChild<gui::SyncWindows *>();
        QVERIFY(sync);
        gui::Question::setTestAnswer([](const QString &, const QString &) { return true; });
        auto restore = qScopeGuard([] { gui::Question::setTestAnswer({}); });
        const auto deleteRow = [&window](int row) {
            const qint64 id = window.participantModel()->participantId(row);
            return window.showParticipant(id, QStringLiteral("woonplaats")) &&
                   (window.participantForm()->deleteParticipant(), true);
        };
        const auto atEndpoint = [this, &token] {
            return m_fixture.endpoint()
                .get(QStringLiteral("/api/v1/deletion-requests"), token)
                .json.value(QLatin1String("deletionRequests"))
                .toArray()
                .size();
        };

        // Offline: recorded, nothing sent.
        sync->network().setOverride(false);
        QVERIFY(deleteRow(0));
        QVERIFY(!sync->deletionRequestsRunning());
        QCOMPARE(DeletionRequestRepository(*window.currentRegister()).unsent().size(), 1);
        QCOMPARE(atEndpoint(), 0);

        // Online: the next deletion sends both at once.
        sync->network().setOverride(true);
        QSignalSpy sent(sync, &gui::SyncWindows::deletionRequestsSent);
        QVERIFY(deleteRow(1));
        QVERIFY(sent.wait(60000));
        QCOMPARE(sent.at(0).at(0).toInt(), 2);
        QVERIFY2(sent.at(0).at(1).value<SyncError>().ok(),
                 qPrintable(sent.at(0).at(1).value<SyncError>().message));
        QCOMPARE(atEndpoint(), 2);
        QVERIFY(DeletionRequestRepository(*window.currentRegister()).unsent().isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("sent to the funder")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void mainWindowSubmitsThroughItsMenu()
    {
        const QString token = m_fixture.newAccount();
        const QString path = configuredFile(token);
        QVERIFY(!path.isEmpty());
        gui::MainWindow window;
        window.setAutoLockInterval(0);
        window.resize(1280, 800);
        window.show();
        window.openRegister(path, passphrase());
        QVERIFY(window.currentRegister());
        QTRY_VERIFY_WITH_TIMEOUT(window.registerCheck()->finishedRuns() > 0, 60000);
        const QString before = reminderText(window);
        QCOMPARE(before, SubmissionReminder::status({}, QDateTime::currentDateTimeUtc()).text);

        // The dashboard opens on the local preview.
        auto *dashboardAction = window.findChild<QAction *>(QStringLiteral("actionDashboard"));
        QVERIFY(dashboardAction && dashboardAction->isEnabled());
        dashboardAction->trigger();
        DashboardView *dashboard = window.dashboardView();
        QVERIFY(dashboard && dashboard->isVisible() && dashboard->isWindow());
        QVERIFY(dashboard->sourceText().contains(QLatin1String("not submitted yet")));

        auto *submitAction = window.findChild<QAction *>(QStringLiteral("actionSubmit"));
        QVERIFY(submitAction && submitAction->isEnabled());
        submitAction->trigger();
        SubmitDialog *dialog = window.submitDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(clickSubmit(*dialog), SubmissionRun::Outcome::Approved);
        QVERIFY2(dialog->statusText().contains(QLatin1String("Approved")),
                 qPrintable(dialog->statusText()));
        saveScreenshot(dialog, QStringLiteral("submit-approved.png"));

        // The history, the status bar and the dashboard that was open all follow.
        const QDateTime last = SubmissionRepository(*window.currentRegister()).lastApproved();
        QVERIFY(last.isValid());
        QCOMPARE(m_fixture.submissionsAt(token), 1);
        QVERIFY(reminderText(window) != before);
        QCOMPARE(reminderText(window),
                 SubmissionReminder::status(last, QDateTime::currentDateTimeUtc()).text);
        QVERIFY2(dashboard->sourceText().contains(QLatin1String("fetched")),
                 qPrintable(dashboard->sourceText()));
        saveScreenshot(dashboard, QStringLiteral("dashboard-window.png"));

        // A mistake blocks the next one: nothing is sent, and the errors are in the problems
        // panel, where the user works on them.
        QSqlQuery query(window.currentRegister()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM participants")) && query.next());
        const qint64 broken = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("UPDATE participants SET geslacht = 'q' WHERE id = ") +
                           QString::number(broken)));
        const int runs = window.registerCheck()->finishedRuns();
        QCOMPARE(clickSubmit(*dialog), SubmissionRun::Outcome::Blocked);
        QCOMPARE(m_fixture.submissionsAt(token), 1);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("dockProblems"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.registerCheck()->finishedRuns() > runs, 60000);
        bool listed = false;
        for (const RegisterProblem &problem : window.registerCheck()->result().problems)
            listed =
                listed || (problem.participantId == broken && problem.severity == Severity::Error &&
                           problem.field == QLatin1String("geslacht"));
        QVERIFY(listed);
        QVERIFY(window.problemsPanel()->tree()->topLevelItemCount() > 0);

        // The endpoint's own report: a row opens the record it names, at the field.
        dialog->setLocalCheck(false);
        QCOMPARE(clickSubmit(*dialog), SubmissionRun::Outcome::Rejected);
        QVERIFY(window.participantForm()->participantId() != broken);
        QVERIFY(activateReportRow(dialog->findChild<QTreeWidget *>(QStringLiteral("report")),
                                  QStringLiteral("geslacht")));
        QCOMPARE(window.participantForm()->participantId(), broken);
        saveScreenshot(dialog, QStringLiteral("submit-rejected.png"));
        saveScreenshot(&window, QStringLiteral("main-window-submit.png"));
        // A rejection is no approved submission: the reminder stays as it was.
        QCOMPARE(reminderText(window),
                 SubmissionReminder::status(last, QDateTime::currentDateTimeUtc()).text);

        // Closing the register closes its sync windows with it.
        window.closeRegister();
        QVERIFY(!window.submitDialog());
        QVERIFY(!window.dashboardView());
        QVERIFY(!submitAction->isEnabled());
    }

    void reminderInTheStatusBar_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("colour");
        QTest::newRow("today") << 0 << QStringLiteral("Last approved submission: ") << QString();
        QTest::newRow("seven weeks") << 7 << QStringLiteral("is 49 day(s) old; submit before")
                                     << gui::SeverityStyle::colour(Severity::Warning).name();
        QTest::newRow("nine weeks") << 9 << QStringLiteral("Overdue: ")
                                    << gui::SeverityStyle::colour(Severity::Error).name();
    }

    void reminderInTheStatusBar()
    {
        QFETCH(int, weeks);
        QFETCH(QString, expected);
        QFETCH(QString, colour);
        QString path;
        {
            auto reg = configured(m_fixture.newAccount(), 0);
            QVERIFY(reg);
            SubmissionRecord record;
            record.createdAt = QDateTime::currentDateTimeUtc().addDays(-7 * weeks);
            record.status = QStringLiteral("approved");
            record.remoteId = QStringLiteral("earlier");
            record.packageSha256 = QStringLiteral("0").repeated(64);
            QVERIFY(SubmissionRepository(*reg).record(record) > 0);
            path = reg->path();
        }
        gui::MainWindow window;
        window.setAutoLockInterval(0);
        window.show();
        window.openRegister(path, passphrase());
        QVERIFY(window.currentRegister());
        auto *label = window.findChild<QLabel *>(QStringLiteral("labelDeadline"));
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        QVERIFY2(colour.isEmpty() ? label->styleSheet().isEmpty()
                                  : label->styleSheet().contains(colour),
                 qPrintable(label->styleSheet()));
        QVERIFY(!label->toolTip().isEmpty());
    }
};

QTEST_MAIN(SyncGuiTest)
#include "tst_syncgui.moc"
