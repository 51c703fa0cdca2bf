// The main window's side of self-registration (issue 19): the kiosk (item 2), starting it on the
// open register, hiding everything of the register behind it, and coming back when staff leave
// it. The kiosk itself is app/gui/kiosk/KioskWindow.cpp; docs/gui.md, "The kiosk".
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "RegisterSession.h"
#include "kiosk/KioskWindow.h"
#include "participants/ParticipantForm.h"
#include "selfreg/SelfRegDialog.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "sync/SyncWindows.h"
#include "ui_MainWindow.h"
#include "validation/Validator.h"

#include <QFileInfo>
#include <QMessageBox>

namespace veldboek::gui {

namespace {

bool hasSelfRegistrationFields(const Validator &validator)
{
    const DatasetSpec *spec = validator.spec().dataset(QStringLiteral("participants"));
    return spec && spec->hasSelfRegistrationFields();
}

} // namespace

KioskWindow *MainWindow::kioskWindow() const
{
    return m_kiosk;
}

void MainWindow::startKiosk()
{
    if (!m_session->isOpen() || m_kiosk || !m_session->reg()->allows(Action::Kiosk))
        return;
    // Leaving the kiosk proves staff by the register's passphrase. A register kept by the
    // keychain has none: the keychain hands its key to anyone at this computer account, the
    // young person at the kiosk included, so it proves nothing. Such a register gets a
    // passphrase first (File > Save register as), or the kiosk runs on a copy that has one.
    if (!m_session->passphraseMode()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Kiosk needs a passphrase"),
            tr("The kiosk can only be started on a register that is opened with a passphrase: "
               "that passphrase is what closes the kiosk again. This register is kept by the "
               "keychain. Save it with a passphrase first (File > Save register as…)."),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("messageKioskNeedsPassphrase"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // A spec fetched from the endpoint before self-registration existed marks no field for it:
    // an empty kiosk would help nobody (docs/spec-format.md, "Self-registration").
    if (!hasSelfRegistrationFields(*m_session->participantsValidator())) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("No fields for self-registration"),
                            tr("The data request in force for this register marks no fields for "
                               "self-registration, so the kiosk would have nothing to ask."),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("messageKioskNoFields"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!leaveCurrentParticipant())
        return;
    // Nothing of other participants stays on screen: the submit dialog, dashboard and history
    // close, the form is emptied and this window hides behind the kiosk.
    m_session->syncWindows()->closeAll();
    participantForm()->clearParticipant();
    const QString path = QFileInfo(m_session->reg()->path()).absoluteFilePath();
    // A staff passphrase opens this register (on a connection of its own, closed at once) as a
    // beheerder or invoerder; a zelfaanmelding user's passphrase only starts the kiosk
    // (core/storage/Roles.h).
    auto opensThisRegister = [path](const QByteArray &passphrase) {
        if (passphrase.isEmpty()) // an empty one would mean "ask the keychain"
            return false;
        RegisterError error;
        const auto reg = KeyStore::open(path, QByteArray(passphrase), &error);
        return reg && reg->allows(Action::Read);
    };
    m_kiosk =
        new KioskWindow(*m_session->reg(), m_session->participantsValidator(), opensThisRegister);
    connect(m_kiosk, &KioskWindow::left, this, &MainWindow::onKioskLeft);
    hide();
    m_kiosk->showFullScreen();
    m_kiosk->activateWindow();
}

// The other way in of proces 2: the link on the endpoint. The dialog works on the open register;
// what it adds or fills in shows in the table and the checks at once.
void MainWindow::showSelfRegistrations()
{
    if (!m_session->isOpen() || m_session->isBusy() || !m_session->reg()->allows(Action::EditData))
        return;
    auto *dialog = new SelfRegDialog(
        [this] { return m_session->isOpen() ? m_session->reg() : nullptr; }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SelfRegDialog::participantsChanged, this, [this] {
        reloadParticipants();
        recheck();
    });
    dialog->open();
}

void MainWindow::onKioskLeft()
{
    // A kiosk-only user's session ends with the kiosk: staff open the register as themselves.
    if (!m_session->reg()->allows(Action::Read)) {
        show();
        closeRegister();
        return;
    }
    show();
    activateWindow();
    // The entries of the kiosk are new rows: read and check the register again.
    reloadParticipants();
    recheck();
    m_session->restartAutoLock();
    updateActions();
}

} // namespace veldboek::gui
