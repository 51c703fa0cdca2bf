#pragma once

#include "storage/RegisterError.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// Asks for the passphrase of a register that the keychain could not open, or shows why a
// register could not be opened. It stays open on every error, with the message in the dialog,
// so the user can retry or choose another file; it closes once the register is open.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    // `reason`: why the register did not open without asking (the keychain attempt's error).
    UnlockDialog(const QString &path, const RegisterError &reason, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    QString path() const { return m_path; }
    // The register opened by the dialog, once it was accepted.
    std::unique_ptr<Register> takeRegister();
    // Whether the register was opened with a typed passphrase (not from the keychain).
    bool usedPassphrase() const { return m_usedPassphrase; }
    // Explains why the dialog asks (the register was locked after a period of inactivity).
    void setIntro(const QString &text);
    // The message shown to the user, empty when there is none.
    QString errorText() const;
    // The register's key is in the keychain (it was locked, not closed): Open without a
    // passphrase reads the keychain again, as often as the user asks, since a keychain that is
    // gone (its daemon stopped, the login session ended) may come back.
    void unlockWithKeychain();

public Q_SLOTS:
    // Opens the register with the typed passphrase, or without one from the keychain.
    void tryOpen();
    void chooseOtherFile();

private:
    void showReason(const RegisterError &reason);
    void showError(const QString &message);
    void setPath(const QString &path);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QString m_path;
    std::unique_ptr<Register> m_register;
    bool m_keychainTried = false;
    bool m_keychainRegister = false;
    bool m_usedPassphrase = false;
};

} // namespace veldboek::gui
