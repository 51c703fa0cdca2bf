#include "UnlockDialog.h"

#include "FileChooser.h"
#include "WidgetSizing.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "ui_UnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace veldboek::gui {

namespace {

// Unlocking derives the key with a raised PBKDF2 count, which takes a noticeable moment.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

bool isKeychainMiss(RegisterError::Code code)
{
    return code == RegisterError::Code::NoKeyInKeychain ||
           code == RegisterError::Code::KeychainUnavailable;
}

} // namespace

UnlockDialog::UnlockDialog(const QString &path, const RegisterError &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
{
    m_ui->setupUi(this);
    setPath(path);
    m_keychainTried = true;
    showReason(reason);
    connect(m_ui->pushButtonOpen, &QPushButton::clicked, this, &UnlockDialog::tryOpen);
    connect(m_ui->pushButtonCancel, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_ui->pushButtonBrowse, &QPushButton::clicked, this, &UnlockDialog::chooseOtherFile);
    m_ui->lineEditPassphrase->setFocus();
}

UnlockDialog::~UnlockDialog()
{
    m_ui->lineEditPassphrase->clear();
}

std::unique_ptr<Register> UnlockDialog::takeRegister()
{
    return std::move(m_register);
}

QString UnlockDialog::errorText() const
{
    return m_ui->labelError->text();
}

void UnlockDialog::setPath(const QString &path)
{
    m_path = path;
    m_ui->lineEditPath->setText(QDir::toNativeSeparators(path));
    m_ui->lineEditPath->setToolTip(QDir::toNativeSeparators(path));
    m_ui->lineEditPath->setCursorPosition(0);
    setWindowTitle(tr("Open %1").arg(QFileInfo(path).fileName()));
}

void UnlockDialog::setIntro(const QString &text)
{
    m_ui->labelIntro->setText(text);
}

void UnlockDialog::unlockWithKeychain()
{
    m_keychainRegister = true;
    m_keychainTried = false;
    m_ui->labelIntro->setText(tr("The register was locked. Choose Open to unlock it with the "
                                 "keychain."));
}

void UnlockDialog::showReason(const RegisterError &reason)
{
    if (m_keychainRegister && reason.code == RegisterError::Code::KeychainUnavailable) {
        // Nothing is lost: the edit was saved before the register was locked.
        m_ui->labelIntro->setText(
            tr("The keychain that holds the key of this register cannot be reached now. The "
               "register is safe and your work was saved. Start the keychain again (log out and "
               "in again if needed) and choose Open, or enter the passphrase if the register "
               "has one."));
        showError({});
    } else if (reason.code == RegisterError::Code::KeychainUnavailable) {
        m_ui->labelIntro->setText(
            tr("There is no keychain on this computer to unlock the register. Enter the "
               "passphrase of the register."));
        showError({});
    } else if (isKeychainMiss(reason.code) || !reason) {
        m_ui->labelIntro->setText(tr("Enter the passphrase of the register."));
        showError({});
    } else {
        m_ui->labelIntro->setText(tr("The register could not be opened. Enter the passphrase "
                                     "and try again, or choose another file."));
        showError(reason.message());
    }
}

void UnlockDialog::showError(const QString &message)
{
    m_ui->labelError->setText(message);
    m_ui->labelError->setVisible(!message.isEmpty());
    fitHeightToContents(this);
    if (!message.isEmpty()) {
        m_ui->lineEditPassphrase->selectAll();
        m_ui->lineEditPassphrase->setFocus();
    }
}

void UnlockDialog::tryOpen()
{
    QByteArray passphrase = m_ui->lineEditPassphrase->text().toUtf8();
    if (passphrase.isEmpty() && m_keychainTried) {
        showError(tr("Enter the passphrase."));
        return;
    }
    m_usedPassphrase = !passphrase.isEmpty();
    RegisterError error;
    {
        BusyCursor busy;
        // KeyStore::open takes the passphrase and wipes it after use.
        m_register = KeyStore::open(m_path, std::move(passphrase), &error);
    }
    m_keychainTried = !m_keychainRegister;
    if (!m_register) {
        if (isKeychainMiss(error.code))
            showReason(error);
        else
            showError(error.message());
        return;
    }
    m_ui->lineEditPassphrase->clear();
    accept();
}

void UnlockDialog::chooseOtherFile()
{
    const QString path =
        FileChooser::choose(this, FileChooser::Purpose::Open, QFileInfo(m_path).absolutePath());
    if (path.isEmpty())
        return;
    setPath(path);
    m_ui->lineEditPassphrase->clear();
    // The other file may well have its key in the keychain: try that before asking.
    m_keychainTried = false;
    tryOpen();
}

} // namespace veldboek::gui
