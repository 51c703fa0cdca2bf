#pragma once

#include "keys/Keychain.h"
#include "storage/RegisterError.h"
#include "sync/SubmissionRun.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QLockFile;
class QTimer;
class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace veldboek {
class Register;
class RegisterCheck;
class Validator;
} // namespace veldboek

namespace veldboek::gui {

class ConnectionDialog;
class DashboardView;
class KioskWindow;
class SubmitDialog;

class ParticipantForm;
class SyncWindows;
class ParticipantTableModel;
class ProblemsPanel;
class RecentRegisters;
class RegisterSession;
class RegisterStatusLabels;
class WelcomePage;

// The application window: one open register at a time, its participants in a table with the
// detail form beside it, the problems panel below, and the menus to create, open, lock and close
// registers, to submit it and to see the dashboard. Dialogs are opened window-modal without a
// nested event loop, so a test finds them as children of the window and answers them. The
// submit dialog and the dashboard are not modal: the user corrects the records a report names
// while the report stays in view. All three belong to the open register and close with it.
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

    Register *currentRegister() const;
    ParticipantTableModel *participantModel() const { return m_model; }
    ParticipantForm *participantForm() const;
    ProblemsPanel *problemsPanel() const { return m_problems; }
    RegisterCheck *registerCheck() const { return m_check; }
    // The sync windows while they are open (null otherwise).
    SubmitDialog *submitDialog() const;
    DashboardView *dashboardView() const;
    // Opens the participant in the form (saving the one shown first) and selects its row.
    bool showParticipant(qint64 id, const QString &field = {});

    // The self-registration kiosk while it runs (null otherwise); app/gui/MainWindowKiosk.cpp.
    KioskWindow *kioskWindow() const;
    // `veldboek REGISTER --kiosk`: the kiosk starts once the register is open.
    void startKioskWhenOpen() { m_kioskWhenOpen = true; }

    // Test seam: how the create dialog learns whether a keychain answers (Keychain::probe).
    using KeychainProbe = std::function<Keychain::Result()>;
    void setKeychainProbe(KeychainProbe probe);
    // Idle time before a register opened with a passphrase is locked; 0 = never.
    void setAutoLockInterval(int milliseconds);
    int autoLockInterval() const;

public Q_SLOTS:
    void newRegister();
    // The welcome page's two other ways in: a new register that goes straight on to the import
    // wizard, and a new register filled with the demo's invented participants.
    void startFromFile();
    void tryDemo();
    void chooseRegisterToOpen();
    void closeRegister();
    // File > Save register as: an encrypted copy elsewhere, the edit in hand saved into it, and
    // the window goes on in the copy (app/gui/SaveRegisterAs.cpp).
    void saveRegisterAs();
    // Reads the participants again (after changes made outside the table).
    void reloadParticipants();
    void newParticipant();
    bool saveParticipant();
    // Closes the register and asks for its passphrase again.
    void lock();
    // Checks the whole register again in the background (problems panel, status column).
    void recheck();
    // The endpoint's address, token, CA file and pin for this register.
    void showConnectionSettings();
    // The submit dialog (one per window), beside the window.
    void showSubmitDialog();
    // The dashboard in a window of its own: its charts need more room than a dock beside the
    // table leaves.
    void showDashboard();
    // Aanleveren > Geschiedenis: every submission with its report, withdrawal, deletion requests.
    void showSubmissionHistory();
    // The import wizard and the export dialog (File menu).
    void importFile();
    void exportFile();
    // Security > Users (app/gui/MainWindowUsers.cpp).
    void manageUsers();
    // Security > Change my passphrase (app/gui/MainWindowUsers.cpp).
    void changeOwnPassphrase();
    // Edit > Self-registration kiosk: this window hides behind the full-screen kiosk until staff
    // leave it with the register's passphrase (app/gui/MainWindowKiosk.cpp).
    void startKiosk();
    // Edit > Self-registrations (app/gui/MainWindowKiosk.cpp, beside the kiosk).
    void showSelfRegistrations();

Q_SIGNALS:
    void registerChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class NewRegisterStart { Empty, FromFile, Demo };
    static constexpr int DemoParticipants = 200;
    void createRegister(NewRegisterStart start);
    // Shows the register the session has just opened: the table, the form, the check.
    void showRegister();
    // Closes the open register (saving its edit) and shows `reg`, which `lockFile` guards.
    bool switchTo(std::unique_ptr<Register> reg, std::shared_ptr<QLockFile> lockFile,
                  bool passphraseMode);
    void continueInCopy(std::unique_ptr<Register> copy, bool passphraseMode);
    // Runs a change of users on the open register, which it may re-key and re-open: the views
    // let go of the register meanwhile and take the re-opened one after (MainWindowUsers.cpp).
    bool
    changeUsers(const std::function<bool(std::unique_ptr<Register> &, RegisterError *)> &change,
                RegisterError *error);
    // What closeRegister() and changeUsers() do to the views before the register goes.
    void detachViews();
    void askToUnlock(const QString &path, const RegisterError &reason, const QString &intro = {},
                     std::shared_ptr<QLockFile> lockFile = {}, bool keychain = false);
    void updateTitle();
    void updateStatus();
    void onSubmissionFinished(SubmissionRun::Outcome outcome);
    void updateRecentMenu();
    void updateActions();
    // The constructor's parts.
    void setUpTable();
    void setUpProblemsPanel();
    void setUpActions();
    void connectForm();
    void connectSearch();
    bool leaveCurrentParticipant();
    void selectRow(qint64 id);
    void onCurrentRowChanged();
    QString startDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegisterSession *m_session = nullptr; // the open register, its lock, windows and dialogs
    std::unique_ptr<RecentRegisters> m_recent;
    std::unique_ptr<WelcomePage> m_welcome;
    ParticipantTableModel *m_model = nullptr;
    RegisterCheck *m_check = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    RegisterStatusLabels *m_status = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_outcomeCheckTimer = nullptr;
    KeychainProbe m_keychainProbe;
    bool m_changingRow = false;
    QPointer<KioskWindow> m_kiosk;
    bool m_kioskWhenOpen = false;
    void onKioskLeft();
};

} // namespace veldboek::gui
