#include "SyncWindows.h"

#include "ConnectionDialog.h"
#include "GuiLocalization.h"
#include "SubmissionHistoryWindow.h"
#include "SubmitDialog.h"
#include "dashboard/DashboardView.h"
#include "storage/Register.h"

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
{}

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
    delete m_connection;
    delete m_submit;
    delete m_dashboard;
    delete m_history;
}

} // namespace veldboek::gui
