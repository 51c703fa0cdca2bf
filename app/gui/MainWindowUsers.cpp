// Security > Users: the Users dialog (app/gui/users/UsersDialog.h) on the open register. Adding
// the first user or removing one re-keys the register (core/storage/RegisterUsers.h), so the
// window lets go of it while that runs and shows the re-opened register after; the lock file
// stays held throughout, so no other window can open it in between. Security > Change my
// passphrase uses the same hand-over when a register with one key is re-keyed.
// tests/gui/tst_users.cpp drives both.
#include "MainWindow.h"
#include "RegisterSession.h"
#include "keys/SecretBytes.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "storage/RegisterUsers.h"
#include "ui_MainWindow.h"
#include "users/UsersDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
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

void MainWindow::changeOwnPassphrase()
{
    if (!m_session->isOpen() || m_session->isBusy())
        return;
    ChangePassphraseDialog ask(this);
    if (ask.exec() != QDialog::Accepted)
        return;
    QByteArray current = ask.currentPassphrase();
    QByteArray fresh = ask.newPassphrase();
    RegisterError error;
    bool ok = false;
    if (m_session->reg()->hasNamedUsers()) {
        ok = RegisterUsers::changeOwnPassphrase(*m_session->reg(), std::move(current),
                                                std::move(fresh), &error);
    } else {
        // One key: the passphrase is the key, so the register is re-keyed, after the current
        // passphrase is proved (the window may have been left open).
        RegisterError check;
        if (!KeyStore::openSingleKey(m_session->reg()->path(), std::move(current), &check)) {
            error = check;
        } else {
            ok = changeUsers(
                [&](std::unique_ptr<Register> &reg, RegisterError *changeError) {
                    return KeyStore::rekey(reg, {KeyStore::Mode::Passphrase, std::move(fresh)},
                                           changeError);
                },
                &error);
        }
    }
    wipe(current);
    wipe(fresh);
    if (!ok) {
        QMessageBox::warning(this, tr("Change my passphrase"), error.message());
        return;
    }
    statusBar()->showMessage(tr("Your passphrase is changed."));
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
