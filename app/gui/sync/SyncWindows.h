#pragma once

#include "sync/SubmissionRun.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace veldboek {
class Register;
} // namespace veldboek

namespace veldboek::gui {

class ConnectionDialog;
class DashboardView;
class SubmissionHistoryWindow;
class SubmitDialog;

// The main window's sync windows of the menu Aanleveren (Submission): connection settings, the
// submit dialog, the dashboard and the submission history. One of each per main window, beside
// it (not modal: the user corrects records a report names while it stays open). Kept apart from
// MainWindow (docs/gui.md) so the window only wires the menu to it.
class SyncWindows : public QObject
{
    Q_OBJECT
public:
    explicit SyncWindows(QWidget *window);

    void showConnectionSettings(Register &reg);
    void showSubmitDialog(Register &reg);
    void showDashboard(Register &reg);
    void showHistory(Register &reg);
    // Deleted now, not later: each holds a reference to the register about to close. A
    // submission still running is cancelled with its dialog; a cancelled one changes nothing.
    void closeAll();

    SubmitDialog *submitDialog() const;
    DashboardView *dashboard() const;
    SubmissionHistoryWindow *history() const;
    bool submissionRunning() const;

signals:
    void participantRequested(qint64 participantId, const QString &field);
    void submissionFinished(veldboek::SubmissionRun::Outcome outcome);

private:
    QWidget *m_window;
    QPointer<ConnectionDialog> m_connection;
    QPointer<SubmitDialog> m_submit;
    QPointer<DashboardView> m_dashboard;
    QPointer<SubmissionHistoryWindow> m_history;
};

} // namespace veldboek::gui
