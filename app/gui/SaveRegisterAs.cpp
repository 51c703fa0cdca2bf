// File > Save register as: an encrypted copy of the open register in a place the user chooses,
// the edit in hand saved into it, and the window goes on in the copy. It is the way out when the
// register's own file cannot take the edit (deleted or replaced while open, made read-only, on a
// full disk: the form's message points here), and an ordinary "save as" otherwise. The copy is
// read through the open connection (KeyStore::copyTo), so it holds everything the window saw.
// tests/gui/tst_appfaults.cpp (saveElsewhereKeepsTheEdit) drives it.
#include "CreateRegisterDialog.h"
#include "MainWindow.h"
#include "RegisterSession.h"
#include "check/RegisterCheck.h"
#include "participants/ParticipantForm.h"
#include "storage/Register.h"

#include <QApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QRadioButton>
#include <QStatusBar>

namespace veldboek::gui {

void MainWindow::saveRegisterAs()
{
    if (!m_session->isOpen() || m_session->isBusy())
        return;
    Keychain::Result keychain;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        keychain = m_keychainProbe();
        QApplication::restoreOverrideCursor();
    }
    auto *dialog = new CreateRegisterDialog(keychain, startDirectory(), this);
    dialog->copyFrom(m_session->reg());
    dialog->proposeName(QFileInfo(m_session->reg()->path()).completeBaseName());
    m_check->cancel(); // it reads the register between events; the copy is made from it
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        std::unique_ptr<Register> copy =
            result == QDialog::Accepted ? dialog->takeRegister() : nullptr;
        if (!copy) {
            recheck();
            return;
        }
        const bool passphrase =
            dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->isChecked();
        continueInCopy(std::move(copy), passphrase);
    });
    dialog->open();
}

void MainWindow::continueInCopy(std::unique_ptr<Register> copy, bool passphraseMode)
{
    const QString path = QFileInfo(copy->path()).absoluteFilePath();
    std::shared_ptr<QLockFile> held = RegisterSession::lockRegisterFile(path);
    // The edit goes into the copy, not into the old file, which may be the very problem; the
    // form is clean afterwards, so leaving the old register asks nothing.
    qint64 shown = 0;
    if (!participantForm()->saveInto(*copy, &shown)) {
        // The copy stays on disk with everything but this edit; the edit stays in the form.
        statusBar()->showMessage(tr("The edit in hand could not be saved into %1; it is still "
                                    "in the form.")
                                     .arg(QFileInfo(path).fileName()));
        recheck();
        return;
    }
    if (!switchTo(std::move(copy), std::move(held), passphraseMode))
        return;
    if (shown != 0)
        showParticipant(shown);
    statusBar()->showMessage(
        tr("Saved as %1. Veldboek now works in this file.").arg(QFileInfo(path).fileName()));
}

} // namespace veldboek::gui
