#pragma once

#include <QByteArray>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace veldboek {
class Register;
class Validator;
} // namespace veldboek

namespace veldboek::gui {

class KioskForm;

// The self-registration kiosk (issue 19, item 2; docs/gui.md, "The kiosk"): a full-screen
// window of its own on which young people register themselves, one after the other, on a
// laptop that staff started it on. It shows the self-registration fields of the spec
// (KioskForm) and nothing else of the register: no table, no menus, no undo, no file dialogs, no
// context menus. Each entry is saved at once in its own transaction, marked self-registered and
// given the proposed respondent number; a thank-you page follows, then a blank form. Escape and
// closing the window do nothing; leaving needs a passphrase that `isStaff` accepts.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    // Whether a passphrase is a staff one. MainWindow (app/gui/MainWindowKiosk.cpp) answers
    // "it opens this register"; with named users it narrows to the staff roles.
    using StaffCheck = std::function<bool(const QByteArray &passphrase)>;
    enum class Page { Form, Thanks, Leave };

    KioskWindow(Register &reg, std::shared_ptr<const Validator> validator, StaffCheck isStaff,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    KioskForm *form() const { return m_form; }
    Page page() const;
    // How long the thank-you page stays before the blank form (default 8 s).
    void setThankYouDuration(int milliseconds);

    // The sign-up button: saves the entry when no shown field has an error. False, with the
    // reason on the form, when it was not saved.
    bool signUp();
    // The staff button: the page that asks for the passphrase.
    void askToLeave();
    // Leaves when `passphrase` is a staff one; otherwise says so and stays. The caller's copy is
    // the caller's to wipe.
    bool tryToLeave(const QByteArray &passphrase);
    // Back from the staff page or the thank-you page to the form.
    void showForm();

Q_SIGNALS:
    // An entry was saved: its participant id.
    void entrySaved(qint64 participantId);
    // Staff left the kiosk; the window closes itself after this.
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeFormPage();
    QWidget *makeThanksPage();
    QWidget *makeLeavePage();
    QWidget *centred(QWidget *content, int widthInLetters);
    void showThanks();
    void leaveWithTypedPassphrase();

    Register &m_register;
    std::shared_ptr<const Validator> m_validator;
    StaffCheck m_isStaff;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_formScroll = nullptr;
    KioskForm *m_form = nullptr;
    QLabel *m_formProblem = nullptr;
    QPushButton *m_signUp = nullptr;
    QPushButton *m_staff = nullptr;
    QWidget *m_formPage = nullptr;
    QWidget *m_thanksPage = nullptr;
    QWidget *m_leavePage = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_leaveProblem = nullptr;
    QTimer *m_thanksTimer = nullptr;
    bool m_mayClose = false;
};

} // namespace veldboek::gui
