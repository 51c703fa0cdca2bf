#include "SpecChangeHandler.h"

#include "MainWindow.h"
#include "RegisterSession.h"
#include "SpecChangeDialog.h"
#include "SyncWindows.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"

#include <QDockWidget>

namespace veldboek::gui {

SpecChangeHandler::SpecChangeHandler(MainWindow *window, RegisterSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    setObjectName(QStringLiteral("specChangeHandler"));
    connect(session->syncWindows(), &SyncWindows::specsChanged, this, &SpecChangeHandler::apply);
}

SpecChangeDialog *SpecChangeHandler::dialog() const
{
    return m_dialog;
}

void SpecChangeHandler::apply(const SpecUpdateResult &result)
{
    if (!m_session->isOpen() || result.changed.isEmpty())
        return;
    m_session->reloadValidators();
    reloadForm();
    m_window->recheck();
    delete m_dialog;
    m_dialog = new SpecChangeDialog(result, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SpecChangeDialog::showAffectedRequested, this,
            &SpecChangeHandler::showAffected);
    // Window-modal without a nested event loop, on top of the connection dialog when the test
    // there fetched the rules (MainWindow's rule for dialogs, app/gui/MainWindow.h).
    m_dialog->open();
}

// The form holds the old engine and the fields it made from the old spec: made again with the
// new ones, on the same participant. Unsaved edits are saved first (leaving a participant saves,
// MainWindow::leaveCurrentParticipant); when that fails the form keeps what the user typed and
// the old engine until the participant is left.
void SpecChangeHandler::reloadForm()
{
    ParticipantForm *form = m_window->participantForm();
    if (form->isDirty() && !form->save() && form->isDirty())
        return;
    const qint64 id = form->hasParticipant() ? form->participantId() : 0;
    form->setRegister(m_session->reg(), m_session->participantsValidator(),
                      m_session->outcomesValidator(), m_session->cemValidator());
    if (id > 0)
        form->loadParticipant(id);
}

void SpecChangeHandler::showAffected(const QList<qint64> &participants)
{
    m_window->problemsPanel()->setParticipantFilter(
        participants, tr("Showing only the %n participant(s) the endpoint's new rules affect.",
                         nullptr, static_cast<int>(participants.size())));
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dockProblems"))) {
        dock->show();
        dock->raise();
    }
}

} // namespace veldboek::gui
