#pragma once

#include "SpecUpdate.h"
#include "sync/SubmissionRun.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace veldboek {
class EndpointClient;
class HistorySync;
class NetworkReachability;
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
    ~SyncWindows() override;

    void showConnectionSettings(Register &reg);
    void showSubmitDialog(Register &reg);
    void showDashboard(Register &reg);
    void showHistory(Register &reg);
    // Sends the register's unsent deletion requests now, in the background, when the connection
    // is set up and the computer is online (issue 20, item 2); otherwise, and on any failure,
    // they stay recorded and go with the next submission. Not while a submission runs: that
    // one sends them itself when it ends.
    void sendDeletionRequests(Register &reg);
    bool deletionRequestsRunning() const;
    NetworkReachability &network() { return *m_network; }

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
    // After sendDeletionRequests: how many went, and what went wrong (ok() when nothing).
    void deletionRequestsSent(int sent, const veldboek::SyncError &error);
    // A line for the status bar (the deletion requests' outcome).
    void statusMessage(const QString &text);
    // The connection test or a submission stored new rules from the endpoint
    // (SpecChangeHandler shows what changes and puts them in force in the window).
    void specsChanged(const veldboek::gui::SpecUpdateResult &result);

private:
    QWidget *m_window;
    QPointer<ConnectionDialog> m_connection;
    QPointer<SubmitDialog> m_submit;
    QPointer<DashboardView> m_dashboard;
    QPointer<SubmissionHistoryWindow> m_history;
    std::unique_ptr<NetworkReachability> m_network;
    std::unique_ptr<EndpointClient> m_deletionClient;
    QPointer<HistorySync> m_deletionSync;
};

} // namespace veldboek::gui
