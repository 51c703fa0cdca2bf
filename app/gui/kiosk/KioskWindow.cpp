#include "KioskWindow.h"

#include "KioskForm.h"
#include "keys/SecretBytes.h"
#include "participants/FieldEditor.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {

constexpr int DefaultThanksMilliseconds = 8000;

QLabel *heading(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

// A button with room around its words, for a finger or an unsteady mouse.
QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    const int unit = button->fontMetrics().height();
    button->setMinimumHeight(unit * 2);
    button->setMinimumWidth(button->sizeHint().width() + unit * 2);
    return button;
}

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    label->hide();
    return label;
}

} // namespace

KioskWindow::KioskWindow(Register &reg, std::shared_ptr<const Validator> validator,
                         StaffCheck isStaff, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_register(reg)
    , m_validator(std::move(validator))
    , m_isStaff(std::move(isStaff))
    , m_thanksTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Sign up for MDT"));
    setAttribute(Qt::WA_DeleteOnClose);
    // Read from across a table, by people who did not choose this screen: larger than the rest
    // of the application.
    QFont large = font();
    large.setPointSizeF(qMax(14.0, large.pointSizeF() * 1.5));
    setFont(large);
    setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Sign up for MDT"), 1.6, this), 1);
    m_staff = new QPushButton(tr("Staff"), this);
    m_staff->setObjectName(QStringLiteral("kioskStaffButton"));
    m_staff->setToolTip(tr("Close the kiosk (staff only)"));
    m_staff->setFlat(true);
    m_staff->setFocusPolicy(Qt::NoFocus);
    connect(m_staff, &QPushButton::clicked, this, &KioskWindow::askToLeave);
    top->addWidget(m_staff, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_formPage = makeFormPage();
    m_thanksPage = makeThanksPage();
    m_leavePage = makeLeavePage();
    m_pages->addWidget(m_formPage);
    m_pages->addWidget(m_thanksPage);
    m_pages->addWidget(m_leavePage);
    layout->addWidget(m_pages, 1);

    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(DefaultThanksMilliseconds);
    connect(m_thanksTimer, &QTimer::timeout, this, &KioskWindow::showForm);
    // Undo, Escape and context menus are caught before any widget of the kiosk sees them.
    qApp->installEventFilter(this);
    showForm();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

QWidget *KioskWindow::centred(QWidget *content, int widthInLetters)
{
    // A column of readable width in the middle of a wide screen, not lines across all of it.
    content->setMaximumWidth(fontMetrics().averageCharWidth() * widthInLetters);
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->addStretch(1);
    row->addWidget(content, 4);
    row->addStretch(1);
    return page;
}

QWidget *KioskWindow::makeFormPage()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    auto *intro = new QLabel(tr("Fill in your details. Fields with * are needed. Your supervisor "
                                "sees what you fill in; other people do not."),
                             column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height());
    m_form = new KioskForm(m_validator, column);
    layout->addWidget(m_form);
    m_formProblem = problemLabel(QStringLiteral("kioskFormProblem"), column);
    layout->addWidget(m_formProblem);
    m_signUp = bigButton(tr("Sign up"), QStringLiteral("kioskSignUp"), column);
    connect(m_signUp, &QPushButton::clicked, this, &KioskWindow::signUp);
    layout->addWidget(m_signUp);
    layout->addStretch(1);
    connect(m_form, &KioskForm::edited, m_formProblem, &QLabel::hide);

    m_formScroll = new QScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("kioskScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(centred(column, 70));
    return m_formScroll;
}

QWidget *KioskWindow::makeThanksPage()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->addStretch(1);
    auto *thanks = heading(tr("Thank you! You are signed up."), 2.0, column);
    thanks->setObjectName(QStringLiteral("kioskThanks"));
    thanks->setAlignment(Qt::AlignCenter);
    layout->addWidget(thanks);
    auto *next = new QLabel(tr("Your supervisor will add the rest later. The form will be empty "
                               "again in a moment, for the next person."),
                            column);
    next->setWordWrap(true);
    next->setAlignment(Qt::AlignCenter);
    // Narrower than the heading: two even lines, not one long line and a word.
    next->setFixedWidth(fontMetrics().averageCharWidth() * 55);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(next, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    auto *nextButton = bigButton(tr("Next person"), QStringLiteral("kioskNextPerson"), column);
    connect(nextButton, &QPushButton::clicked, this, &KioskWindow::showForm);
    layout->addWidget(nextButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return centred(column, 80);
}

QWidget *KioskWindow::makeLeavePage()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->addStretch(1);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("For staff only"), 1.4, column));
    auto *text = new QLabel(tr("To close the kiosk, enter your passphrase for this register (as "
                               "a beheerder or invoerder). What is on the form now and not signed "
                               "up is not kept."),
                            column);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_passphrase = new QLineEdit(column);
    m_passphrase->setObjectName(QStringLiteral("kioskPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);
    m_passphrase->setMinimumHeight(fontMetrics().height() * 3 / 2);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &KioskWindow::leaveWithTypedPassphrase);
    layout->addWidget(m_passphrase);
    m_leaveProblem = problemLabel(QStringLiteral("kioskLeaveProblem"), column);
    layout->addWidget(m_leaveProblem);
    auto *buttons = new QHBoxLayout;
    auto *back = bigButton(tr("Back to the form"), QStringLiteral("kioskBack"), column);
    connect(back, &QPushButton::clicked, this, &KioskWindow::showForm);
    auto *close = bigButton(tr("Close the kiosk"), QStringLiteral("kioskClose"), column);
    connect(close, &QPushButton::clicked, this, &KioskWindow::leaveWithTypedPassphrase);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return centred(column, 55);
}

KioskWindow::Page KioskWindow::page() const
{
    if (m_pages->currentWidget() == m_thanksPage)
        return Page::Thanks;
    if (m_pages->currentWidget() == m_leavePage)
        return Page::Leave;
    return Page::Form;
}

void KioskWindow::setThankYouDuration(int milliseconds)
{
    m_thanksTimer->setInterval(milliseconds);
}

bool KioskWindow::signUp()
{
    if (page() != Page::Form)
        return false;
    if (!m_form->checkAll()) {
        m_formProblem->setText(tr("Not everything is right yet. Look at the red text."));
        m_formProblem->show();
        const QString first = m_form->fieldsWithErrors().value(0);
        m_form->focusField(first);
        if (FieldEditor *editor = m_form->editor(first))
            m_formScroll->ensureWidgetVisible(editor->inputWidget());
        return false;
    }
    Participant participant = m_form->participant();
    ParticipantRepository repository(m_register);
    // The same number the participant form proposes (ParticipantRepository): staff may change it.
    participant.setValue(u"respondentnummer", repository.proposedRespondentNumber());
    participant.selfRegisteredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Each entry its own transaction: what one person signed up for is kept whatever the next
    // does, and a failed save loses nothing that was saved before.
    if (!repository.add(participant)) {
        m_formProblem->setText(tr("Your details were not saved. Please ask your supervisor for "
                                  "help. (%1)")
                                   .arg(m_register.lastError().message()));
        m_formProblem->show();
        return false;
    }
    Q_EMIT entrySaved(participant.id);
    showThanks();
    return true;
}

void KioskWindow::showThanks()
{
    // The form is emptied now, not when the next person comes: nothing of this entry stays on
    // the screen, in a field or on the clipboard.
    m_form->clear();
    QApplication::clipboard()->clear();
    m_formProblem->hide();
    m_pages->setCurrentWidget(m_thanksPage);
    m_thanksTimer->start();
}

void KioskWindow::showForm()
{
    m_thanksTimer->stop();
    m_passphrase->clear();
    m_leaveProblem->hide();
    m_pages->setCurrentWidget(m_formPage);
    m_form->focusFirstField();
}

void KioskWindow::askToLeave()
{
    m_thanksTimer->stop();
    m_passphrase->clear();
    m_leaveProblem->hide();
    m_pages->setCurrentWidget(m_leavePage);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::leaveWithTypedPassphrase()
{
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    tryToLeave(passphrase);
    wipe(passphrase);
}

bool KioskWindow::tryToLeave(const QByteArray &passphrase)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool staff = !passphrase.isEmpty() && m_isStaff && m_isStaff(passphrase);
    QApplication::restoreOverrideCursor();
    if (!staff) {
        m_leaveProblem->setText(tr("That passphrase does not close the kiosk."));
        m_leaveProblem->show();
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_mayClose = true;
    m_form->clear();
    Q_EMIT left();
    close();
    return true;
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, the window's close button, a session's "close all": none of them leaves the kiosk
    // without the staff passphrase.
    if (!m_mayClose) {
        event->ignore();
        askToLeave();
        return;
    }
    event->accept();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        // No undo into an earlier entry, and no line edit's own history either; Escape leads
        // nowhere (the staff button does).
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->key() == Qt::Key_Escape)
            return true;
        if (event->type() == QEvent::KeyPress && page() == Page::Form &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && widget == m_signUp) {
            signUp();
            return true;
        }
        break;
    }
    case QEvent::ContextMenu:
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace veldboek::gui
