#pragma once

#include "keys/Keychain.h"
#include "keys/PassphraseStrength.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CreateRegisterDialog;
}

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// Creates a new register: where the file goes, and whether its key is kept in the keychain (the
// default) or behind a passphrase. Without a keychain only the passphrase is offered, never a
// plaintext key. Errors are shown in the dialog, which stays open so the user can correct them.
class CreateRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPassphraseLength = PassphraseStrength::MinimumLength;

    // `keychain`: the answer of Keychain::probe(), asked by the caller (it may take a moment).
    CreateRegisterDialog(const Keychain::Result &keychain, const QString &startDirectory,
                         QWidget *parent = nullptr);
    ~CreateRegisterDialog() override;

    // The register created by the dialog, once it was accepted.
    std::unique_ptr<Register> takeRegister();
    QString path() const;
    QString errorText() const;
    // Proposes a free file name from `base` in the start folder ("Voorbeeld.veldboek" for the
    // demo), in place of the default "Deelnemers.veldboek".
    void proposeName(const QString &base);
    // Makes the dialog "Save register as": the new file is an encrypted copy of `source` (under
    // the protection chosen here), not an empty register. `source` must outlive the dialog.
    void copyFrom(Register *source);

public Q_SLOTS:
    void create();
    void chooseFile();

private:
    void updatePassphraseFields();
    void proposePath(const QString &base);
    void showStrength();
    void showError(const QString &message, QWidget *focus = nullptr);
    void wipeFields();

    std::unique_ptr<Ui::CreateRegisterDialog> m_ui;
    QString m_startDirectory;
    std::unique_ptr<Register> m_register;
    Register *m_copySource = nullptr;
};

} // namespace veldboek::gui
