#pragma once

#include "keys/Keychain.h"
#include "storage/RegisterError.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace veldboek {
class Register;
}

namespace veldboek::gui {

class ParticipantTableModel;
class RecentRegisters;

// The application window: one open register at a time, its participants in a table, and the
// File menu to create, open and close registers. Dialogs are opened window-modal without a
// nested event loop, so a test finds them as children of the window and answers them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // At start-up: the register named on the command line, otherwise the one used last.
    void openAtStartup(const QString &path, QByteArray passphrase = {});
    // With the passphrase when one is given; otherwise the keychain is tried first, and when it
    // has no key the user is asked for the passphrase.
    void openRegister(const QString &path, QByteArray passphrase = {});

    Register *currentRegister() const { return m_register.get(); }
    ParticipantTableModel *participantModel() const { return m_model; }

    // Test seam: how the create dialog learns whether a keychain answers (Keychain::probe).
    using KeychainProbe = std::function<Keychain::Result()>;
    void setKeychainProbe(KeychainProbe probe);

public Q_SLOTS:
    void newRegister();
    void chooseRegisterToOpen();
    void closeRegister();
    // Reads the participants again (after changes made outside the table).
    void reloadParticipants();

Q_SIGNALS:
    void registerChanged();

private:
    void setRegister(std::unique_ptr<Register> reg);
    void askToUnlock(const QString &path, const RegisterError &reason);
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    QString startDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Register> m_register;
    std::unique_ptr<RecentRegisters> m_recent;
    ParticipantTableModel *m_model = nullptr;
    QLabel *m_countLabel = nullptr;
    KeychainProbe m_keychainProbe;
};

} // namespace veldboek::gui
