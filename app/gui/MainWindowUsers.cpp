// Security > Users: the Users dialog (app/gui/users/UsersDialog.h) on the open register. Adding
// the first user or removing one re-keys the register (core/storage/RegisterUsers.h), so the
// window lets go of it while that runs and shows the re-opened register after; the lock file
// stays held throughout, so no other window can open it in between. tests/gui/tst_users.cpp
// drives it.
#include "MainWindow.h"
#include "RegisterSession.h"
#include "participants/ParticipantForm.h"
#include "storage/Register.h"
#include "ui_MainWindow.h"
#include "users/UsersDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QStatusBar>

namespace veldboek::gui {

void MainWindow::manageUsers()
{
    if (!m_session->isOpen() || m_session->isBusy() ||
        !m_session->reg()->allows(Action::ManageUsers))
        return;
    auto *dialog = new UsersDialog(
        [this] { return m_session->reg(); },
        [this](const auto &change, RegisterError *error) { return changeUsers(change, error); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::changeUsers(
    const std::function<bool(std::unique_ptr<Register> &, RegisterError *)> &change,
    RegisterError *error)
{
    if (!m_session->isOpen() || !leaveCurrentParticipant()) {
        *error = RegisterError::make(RegisterError::Code::Io, {},
                                     tr("the participant in hand was not saved"));
        return false;
    }
    const QString path = QFileInfo(m_session->reg()->path()).absoluteFilePath();
    const bool passphraseMode = m_session->passphraseMode();
    detachViews();
    auto [reg, lock] = m_session->release();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = change(reg, error);
    QApplication::restoreOverrideCursor();
    if (reg) {
        m_session->open(std::move(reg), std::move(lock), passphraseMode);
        showRegister();
        return ok;
    }
    // The file swap itself failed (RegisterUsers::remove): the register is closed; open it
    // again as at the start, which finishes or undoes the half-done re-key.
    lock.reset();
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageWelcome);
    updateTitle();
    updateStatus();
    Q_EMIT registerChanged();
    openRegister(path);
    return ok;
}

} // namespace veldboek::gui
