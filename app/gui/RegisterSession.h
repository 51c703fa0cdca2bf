#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QLockFile;
class QMenu;
class QTimer;
class QWidget;

namespace veldboek {
class Register;
class Validator;
} // namespace veldboek

namespace veldboek::gui {

class SyncWindows;

// The open register of one main window and what belongs to it, as KeePassXC's DatabaseWidget
// holds its database: the register, the lock file that keeps other Veldboek windows out, the
// auto-lock after idle time (registers opened with a passphrase), the sync windows (submit,
// dashboard, history, connection) and the import wizard and export dialog, which work on the
// register inside their own dialogs. MainWindow (app/gui/MainWindow.cpp) keeps the widgets:
// the table, the form, the problems panel and the menus, and asks the session for the rest.
class RegisterSession : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the session's dialogs and windows.
    explicit RegisterSession(QWidget *window);
    ~RegisterSession() override;

    // Another Veldboek window (in this process or another) has the register open while this
    // lock file exists; a lock left by a crashed process is taken over. Null when it is held.
    static std::shared_ptr<QLockFile> lockRegisterFile(const QString &path);

    Register *reg() const { return m_register.get(); }
    bool isOpen() const { return m_register != nullptr; }
    bool passphraseMode() const { return m_passphraseMode; }
    // Takes `reg`, guarded by `lockFile`, and starts the auto-lock when it has a passphrase.
    void open(std::unique_ptr<Register> reg, std::shared_ptr<QLockFile> lockFile,
              bool passphraseMode);
    // Closes the sync windows, then the register, then releases its lock file.
    void close();
    // As close(), but hands the register, still open, and its lock file to the caller, who
    // re-keys it and gives it back with open() (MainWindow::changeUsers).
    std::pair<std::unique_ptr<Register>, std::shared_ptr<QLockFile>> release();

    // The engines of the built-in specs: participants (mdt), outcomes (sor) and CEM+ (cemplus).
    std::shared_ptr<const Validator> participantsValidator() const { return m_participants; }
    std::shared_ptr<const Validator> outcomesValidator() const { return m_outcomes; }
    std::shared_ptr<const Validator> cemValidator() const { return m_cem; }
    const Validator *validatorFor(const QString &dataset) const;
    // Makes the three engines again from the register's specs in force: after a pull stored
    // new ones (app/gui/sync/SpecChangeHandler.cpp). The form and the check take them from here.
    void reloadValidators();

    SyncWindows *syncWindows() const { return m_syncWindows; }

    // Idle time before a register opened with a passphrase is locked; 0 = never. Kept in the
    // settings for every window.
    void setAutoLockInterval(int milliseconds);
    int autoLockInterval() const;
    // The choices of the menu Auto-lock, checked as the setting is.
    void fillAutoLockMenu(QMenu *menu);
    // Starts the idle time again (after a lock was put off).
    void restartAutoLock();
    // An import or export works on the register inside its own dialog: no lock meanwhile.
    bool isBusy() const { return m_busy; }

    // False, after saying why, while a submission runs: it would read the register halfway
    // through the import.
    bool mayImport();
    // The import wizard; true when something was imported.
    bool importFile();
    void exportFile();

Q_SIGNALS:
    // The idle time has passed: the window locks the register (MainWindow::lock).
    void autoLockDue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::unique_ptr<Register> m_register;
    std::shared_ptr<QLockFile> m_lock;
    std::shared_ptr<const Validator> m_participants;
    std::shared_ptr<const Validator> m_outcomes;
    std::shared_ptr<const Validator> m_cem;
    SyncWindows *m_syncWindows = nullptr;
    QTimer *m_idleTimer = nullptr;
    QMenu *m_autoLockMenu = nullptr;
    bool m_passphraseMode = false;
    bool m_busy = false;
};

} // namespace veldboek::gui
