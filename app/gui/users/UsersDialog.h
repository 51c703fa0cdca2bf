#pragma once

#include "storage/RegisterError.h"
#include "storage/Roles.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// Security > Users (issue 19; docs/gui.md "Users"): a beheerder sees who may open the register
// and with which role, adds users and removes them. The changes themselves are
// core/storage/RegisterUsers.h; the window runs them through `change`, because adding the first
// user or removing one re-keys the register and the window must let go of it meanwhile
// (MainWindow::changeUsers, app/gui/MainWindowUsers.cpp).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    // Runs a change on the open register (which it may replace); returns whether it succeeded.
    using Change = std::function<bool(
        const std::function<bool(std::unique_ptr<Register> &, RegisterError *)> &,
        RegisterError *)>;

    UsersDialog(std::function<Register *()> currentRegister, Change change, QWidget *parent);

    void reload();

private:
    void addUser();
    void removeSelected();
    void showError(const RegisterError &error);

    std::function<Register *()> m_register;
    Change m_change;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_remove = nullptr;
};

// The questions for a new user: name, role, their passphrase twice, and the beheerder's own
// passphrase to confirm (empty when the beheerder's key is in the keychain).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget *parent);

    QString name() const;
    Role role() const;
    // The caller wipes both (core/keys/SecretBytes.h).
    QByteArray newPassphrase() const;
    QByteArray ownPassphrase() const;

private:
    void validate();
};

// Security > Change my passphrase: the current passphrase and the new one twice (the strength
// rule of a new register). With named users only the user's own slot is wrapped anew
// (RegisterUsers::changeOwnPassphrase); a register with one key is re-keyed (KeyStore::rekey).
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QWidget *parent);

    // The caller wipes both (core/keys/SecretBytes.h).
    QByteArray currentPassphrase() const;
    QByteArray newPassphrase() const;

private:
    void validate();
};

} // namespace veldboek::gui
