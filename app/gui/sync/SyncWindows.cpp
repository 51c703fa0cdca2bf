#include "SyncWindows.h"

#include "ConnectionDialog.h"
#include "GuiLocalization.h"
#include "SubmissionHistoryWindow.h"
#include "SubmitDialog.h"
#include "dashboard/DashboardView.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"
#include "sync/EndpointClient.h"
#include "sync/HistorySync.h"
#include "sync/NetworkReachability.h"

#include <QFileInfo>
#include <QScreen>

namespace veldboek::gui {

namespace {
void bringForward(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

SyncWindows::SyncWindows(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_network(std::make_unique<NetworkReachability>())
{}

SyncWindows::~SyncWindows()
{
    // The sync before its client (the client's end aborts what is in flight).
    delete m_deletionSync;
    m_deletionClient.reset();
}

bool SyncWindows::deletionRequestsRunning() const
{
    return m_deletionSync != nullptr;
}

void SyncWindows::sendDeletionRequests(Register &reg)
{
    if (m_deletionSync || submissionRunning() || !m_network->isOnline() ||
        DeletionRequestRepository(reg).unsent().isEmpty())
        return;
    QString error;
    const EndpointProfile profile = ConnectionSettings(reg).load(&error);
    if (!error.isEmpty() || !profile.isUsable(&error))
        return; // no connection set up: they go with the first submission
    m_deletionClient = std::make_unique<EndpointClient>(profile);
    m_deletionClient->setLanguage(currentLanguage());
    m_deletionSync = new HistorySync(reg, *m_deletionClient, *m_network, this);
    connect(m_deletionSync, &HistorySync::finished, this, [this](const SyncError &result) {
        const int sent = m_deletionSync ? m_deletionSync->deletionRequestsSent() : 0;
        if (m_deletionSync)
            m_deletionSync->deleteLater();
        m_deletionSync = nullptr;
        emit deletionRequestsSent(sent, result);
        if (sent > 0)
            emit statusMessage(tr("%n deletion request(s) sent to the funder.", nullptr, sent));
        else if (!result.ok())
            emit statusMessage(
                tr("The deletion request goes with the next submission: %1").arg(result.message));
    });
    m_deletionSync->sendDeletionRequests();
}

SubmitDialog *SyncWindows::submitDialog() const
{
    return m_submit;
}

DashboardView *SyncWindows::dashboard() const
{
    return m_dashboard;
}

SubmissionHistoryWindow *SyncWindows::history() const
{
    return m_history;
}

bool SyncWindows::submissionRunning() const
{
    return m_submit && m_submit->isRunning();
}

void SyncWindows::showConnectionSettings(Register &reg)
{
    if (m_connection) {
        m_connection->raise();
        m_connection->activateWindow();
        return;
    }
    m_connection = new ConnectionDialog(reg, m_window);
    m_connection->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connection, &ConnectionDialog::specsChanged, this, &SyncWindows::specsChanged);
    m_connection->open();
}

void SyncWindows::showSubmitDialog(Register &reg)
{
    if (!m_submit) {
        m_submit = new SubmitDialog(reg, m_window);
        m_submit->setObjectName(QStringLiteral("submitDialog"));
        m_submit->setAttribute(Qt::WA_DeleteOnClose);
        m_submit->setLanguage(currentLanguage());
        connect(m_submit, &SubmitDialog::participantRequested, this,
                &SyncWindows::participantRequested);
        connect(m_submit, &SubmitDialog::specsChanged, this, &SyncWindows::specsChanged);
        connect(m_submit, &SubmitDialog::submissionFinished, this,
                [this](SubmissionRun::Outcome outcome) {
                    // Deletion requests may have gone with it; a new row in the history.
                    if (m_history)
                        m_history->reload();
                    if (outcome == SubmissionRun::Outcome::Approved && m_dashboard)
                        m_dashboard->reload();
                    emit submissionFinished(outcome);
                });
    }
    bringForward(m_submit);
}

void SyncWindows::showDashboard(Register &reg)
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(reg, m_window);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        m_dashboard->setObjectName(QStringLiteral("dashboardWindow"));
        m_dashboard->setWindowTitle(
            tr("Dashboard - %1").arg(QFileInfo(reg.path()).completeBaseName()));
        // Four charts and the table side by side, within the screen the window is on.
        QSize size(1280, 820);
        if (const QScreen *shown = m_window->screen())
            size = size.boundedTo(shown->availableGeometry().size() * 0.95);
        m_dashboard->resize(size);
    } else {
        m_dashboard->reload();
    }
    bringForward(m_dashboard);
}

void SyncWindows::showHistory(Register &reg)
{
    if (!m_history) {
        m_history = new SubmissionHistoryWindow(reg, m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        m_history->setLanguage(currentLanguage());
        m_history->setWindowTitle(
            tr("Submission history - %1").arg(QFileInfo(reg.path()).completeBaseName()));
        // A withdrawal brings new figures: the dashboard shows them.
        connect(m_history, &SubmissionHistoryWindow::operationFinished, this, [this] {
            if (m_dashboard)
                m_dashboard->reload();
        });
        bringForward(m_history);
        // What the register stored shows at once; the endpoint's answer follows.
        m_history->refresh();
        return;
    }
    m_history->reload();
    bringForward(m_history);
}

void SyncWindows::closeAll()
{
    // The background send holds the register too: stopped before it closes (the client goes
    // after the sync, taking its unanswered requests with it; the endpoint's list tells the
    // next run what arrived).
    delete m_deletionSync;
    m_deletionClient.reset();
    delete m_connection;
    delete m_submit;
    delete m_dashboard;
    delete m_history;
}

} // namespace veldboek::gui
