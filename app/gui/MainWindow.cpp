#include "MainWindow.h"

#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "GuiLocalization.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "RecentRegisters.h"
#include "RegisterSession.h"
#include "RegisterStatusLabels.h"
#include "SplitterMemory.h"
#include "UnlockDialog.h"
#include "WelcomePage.h"
#include "WidgetSizing.h"
#include "check/RegisterCheck.h"
#include "demo/DemoGenerator.h"
#include "kiosk/KioskWindow.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "sync/SpecChangeHandler.h"
#include "sync/SyncWindows.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLockFile>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <utility>

namespace veldboek::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recent(std::make_unique<RecentRegisters>())
    , m_searchTimer(new QTimer(this))
    , m_keychainProbe(&Keychain::probe)
{
    m_ui->setupUi(this);
    m_session = new RegisterSession(this);
    m_welcome = std::make_unique<WelcomePage>(m_ui->pageWelcome);
    m_model = new ParticipantTableModel(this);
    m_check = new RegisterCheck(this);
    setUpTable();
    setUpProblemsPanel();
    m_status = new RegisterStatusLabels(statusBar());
    setUpActions();
    connectForm();
    connectSearch();
    connect(m_session, &RegisterSession::autoLockDue, this, &MainWindow::lock);
    new SpecChangeHandler(this, m_session); // rules fetched from the endpoint (issue 15)
    m_session->fillAutoLockMenu(m_ui->menuAutoLock);
    setUpLanguageMenu(m_ui->actionDutch, m_ui->actionEnglish, statusBar());

    updateTitle();
    updateStatus();
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The kiosk works on this window's register: it goes first.
    delete m_kiosk;
    // A running check reads the session's register on a thread of its own (check/DatasetPass.h):
    // it stops before the session, a child made before it, closes the register.
    m_check->cancel();
}

void MainWindow::setUpTable()
{
    QTableView *table = m_ui->tableParticipants;
    table->setModel(m_model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSortIndicator(ParticipantTableModel::RespondentNumber,
                                                Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text per row: as many participants in view as the window allows.
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setTabKeyNavigation(false);
    m_ui->splitterMain->setStretchFactor(0, 3);
    m_ui->splitterMain->setStretchFactor(1, 2);
    rememberSplitter(m_ui->splitterMain, QStringLiteral("main"));
}

void MainWindow::setUpProblemsPanel()
{
    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("dockProblems"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide(); // shown with a register: without one it has nothing to say
    connect(m_problemsDock, &QDockWidget::visibilityChanged, m_ui->actionShowProblems,
            &QAction::setChecked);
    connect(m_ui->actionShowProblems, &QAction::triggered, m_problemsDock,
            &QDockWidget::setVisible);
    // What the user chose is kept for the next register and the next start (WidgetSizing.h);
    // the panel's own close button is seen through the event filter.
    connect(m_ui->actionShowProblems, &QAction::triggered, this, &setProblemsPanelWanted);
    m_problemsDock->installEventFilter(this);
    connect(m_problems, &ProblemsPanel::problemActivated, this,
            [this](qint64 id, const QString &field) { showParticipant(id, field); });
    connect(m_check, &RegisterCheck::finished, this, [this] {
        m_model->setStatuses(m_check->result().worstByParticipant);
        m_problems->showResult(m_check->result());
        updateStatus();
    });
}

// The form's edits, saves and deletions reach the table, the problems panel and the menus.
void MainWindow::connectForm()
{
    ParticipantForm *form = participantForm();
    connect(m_ui->actionUndo, &QAction::triggered, form->undoStack(), &QUndoStack::undo);
    connect(m_ui->actionRedo, &QAction::triggered, form->undoStack(), &QUndoStack::redo);
    connect(form->undoStack(), &QUndoStack::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(form->undoStack(), &QUndoStack::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    connect(m_ui->actionDeleteParticipant, &QAction::triggered, form,
            &ParticipantForm::deleteParticipant);
    connect(m_ui->actionAuditLog, &QAction::triggered, form, &ParticipantForm::showAuditLog);
    connect(form, &ParticipantForm::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(form, &ParticipantForm::dirtyChanged, this, [this] { updateActions(); });
    // Outcome findings come from dataset checks over the whole register (a goal scored twice on
    // one date, a CEM+ questionnaire half answered): the status column and the problems panel
    // follow after a full check, started once the user pauses.
    m_outcomeCheckTimer = new QTimer(this);
    m_outcomeCheckTimer->setSingleShot(true);
    m_outcomeCheckTimer->setInterval(1500);
    connect(m_outcomeCheckTimer, &QTimer::timeout, this, &MainWindow::recheck);
    connect(form, &ParticipantForm::outcomesChanged, m_outcomeCheckTimer,
            qOverload<>(&QTimer::start));
    connect(form, &ParticipantForm::saved, this, [this](qint64 id) {
        ParticipantForm *f = participantForm();
        m_check->replaceParticipant(id, f->value(QStringLiteral("respondentnummer")),
                                    f->currentFindings());
        m_model->setStatuses(m_check->result().worstByParticipant);
        m_problems->showResult(m_check->result());
        m_model->refresh();
        selectRow(id);
        updateStatus();
    });
    connect(form, &ParticipantForm::removed, this, [this](qint64 id) {
        // A deletion request goes to the funder at once when online, else with the next
        // submission (app/gui/sync/SyncWindows.cpp).
        if (Register *reg = m_session->reg())
            m_session->syncWindows()->sendDeletionRequests(*reg);
        m_check->replaceParticipant(id, {}, {});
        m_problems->showResult(m_check->result());
        m_model->refresh();
        if (participantForm()->hasParticipant())
            selectRow(id);
        updateStatus();
    });
}

// Search, the state filter and "problems only" narrow the table; leaving a row saves the form.
void MainWindow::connectSearch()
{
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->lineEditSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->lineEditSearch->selectAll();
    });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_ui->lineEditSearch, &QLineEdit::textChanged, m_searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        if (!leaveCurrentParticipant())
            return;
        m_model->setSearch(m_ui->lineEditSearch->text());
        updateStatus();
    });
    // Enter in the search box goes to the first match.
    connect(m_ui->lineEditSearch, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearch(m_ui->lineEditSearch->text());
        if (m_model->rowCount() > 0) {
            m_ui->tableParticipants->setFocus();
            m_ui->tableParticipants->selectRow(0);
        }
    });
    connect(m_ui->comboStateFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!leaveCurrentParticipant())
            return;
        m_model->setStateFilter(static_cast<ParticipantTableModel::StateFilter>(index));
        updateStatus();
    });
    connect(m_ui->checkBoxProblemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (!leaveCurrentParticipant())
            return;
        m_model->setProblemsOnly(on);
        updateStatus();
    });
    connect(m_ui->tableParticipants->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &MainWindow::onCurrentRowChanged);
}

Register *MainWindow::currentRegister() const
{
    return m_session->reg();
}

ParticipantForm *MainWindow::participantForm() const
{
    return m_ui->participantForm;
}

SubmitDialog *MainWindow::submitDialog() const
{
    return m_session->syncWindows()->submitDialog();
}

DashboardView *MainWindow::dashboardView() const
{
    return m_session->syncWindows()->dashboard();
}

void MainWindow::setKeychainProbe(KeychainProbe probe)
{
    m_keychainProbe = std::move(probe);
}

void MainWindow::openAtStartup(const QString &path, QByteArray passphrase)
{
    if (!path.isEmpty()) {
        openRegister(path, std::move(passphrase));
        return;
    }
    const QString last = m_recent->last();
    if (!last.isEmpty())
        openRegister(last);
}

void MainWindow::openRegister(const QString &path, QByteArray passphrase)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session->isOpen() && QFileInfo(m_session->reg()->path()).absoluteFilePath() == absolute)
        return;
    // The register that is open stays open until the other one is unlocked.
    std::shared_ptr<QLockFile> lockFile;
    if (QFileInfo::exists(absolute)) {
        lockFile = RegisterSession::lockRegisterFile(absolute);
        if (!lockFile) {
            // Two windows writing one register would undo each other's edits: refuse, touch
            // nothing.
            auto *box = new QMessageBox(
                QMessageBox::Information, tr("Register already open"),
                tr("%1 is already open in another Veldboek window. Close it there first, or "
                   "continue working in that window.")
                    .arg(QDir::toNativeSeparators(absolute)),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("messageRegisterInUse"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            statusBar()->showMessage(box->text());
            return;
        }
    }
    const bool withPassphrase = !passphrase.isEmpty();
    RegisterError error;
    std::unique_ptr<Register> reg;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        reg = KeyStore::open(absolute, std::move(passphrase), &error);
        QApplication::restoreOverrideCursor();
    }
    if (reg) {
        switchTo(std::move(reg), std::move(lockFile), withPassphrase);
        return;
    }
    if (error.code == RegisterError::Code::NotFound) {
        m_recent->remove(absolute);
        updateRecentMenu();
    }
    askToUnlock(absolute, error, {}, std::move(lockFile));
}

bool MainWindow::switchTo(std::unique_ptr<Register> reg, std::shared_ptr<QLockFile> lockFile,
                          bool passphraseMode)
{
    if (!reg)
        return false;
    if (!reg->allows(Action::Read) && !m_kioskWhenOpen) {
        // A zelfaanmelding user opens the kiosk only (veldboek REGISTER --kiosk), never the
        // register's window.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Kiosk only"),
                                    roles::refusal(Action::Read), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("messageKioskOnly"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(box->text());
        return false;
    }
    if (m_session->isOpen()) {
        if (!leaveCurrentParticipant())
            return false;
        closeRegister();
    }
    m_session->open(std::move(reg), std::move(lockFile), passphraseMode);
    showRegister();
    return true;
}

void MainWindow::askToUnlock(const QString &path, const RegisterError &reason, const QString &intro,
                             std::shared_ptr<QLockFile> lockFile, bool keychain)
{
    // One question at a time: a second open request replaces an unanswered one.
    const auto existing = findChildren<UnlockDialog *>();
    for (UnlockDialog *dialog : existing)
        dialog->reject();

    auto *dialog = new UnlockDialog(path, reason, this);
    if (!intro.isEmpty())
        dialog->setIntro(intro);
    if (keychain)
        dialog->unlockWithKeychain();
    connect(dialog, &QDialog::finished, this, [this, dialog, path, lockFile](int result) {
        if (result == QDialog::Accepted) {
            std::unique_ptr<Register> reg = dialog->takeRegister();
            std::shared_ptr<QLockFile> held = lockFile;
            // The user may have picked another file in the dialog: that one needs its lock.
            if (reg && QFileInfo(reg->path()).absoluteFilePath() != path) {
                held = RegisterSession::lockRegisterFile(QFileInfo(reg->path()).absoluteFilePath());
                if (!held) {
                    statusBar()->showMessage(tr("That register is already open in another "
                                                "Veldboek window."));
                    reg.reset();
                }
            }
            switchTo(std::move(reg), std::move(held), dialog->usedPassphrase());
        }
        dialog->deleteLater();
    });
    dialog->open();
}

void MainWindow::newRegister()
{
    createRegister(NewRegisterStart::Empty);
}

void MainWindow::startFromFile()
{
    createRegister(NewRegisterStart::FromFile);
}

void MainWindow::tryDemo()
{
    createRegister(NewRegisterStart::Demo);
}

void MainWindow::createRegister(NewRegisterStart start)
{
    Keychain::Result keychain;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        keychain = m_keychainProbe();
        QApplication::restoreOverrideCursor();
    }
    auto *dialog = new CreateRegisterDialog(keychain, startDirectory(), this);
    if (start == NewRegisterStart::Demo)
        dialog->proposeName(tr("Example"));
    connect(dialog, &QDialog::finished, this, [this, dialog, start](int result) {
        if (result == QDialog::Accepted) {
            const auto *radio =
                dialog->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"));
            std::unique_ptr<Register> reg = dialog->takeRegister();
            std::shared_ptr<QLockFile> held;
            if (reg)
                held = RegisterSession::lockRegisterFile(QFileInfo(reg->path()).absoluteFilePath());
            // The demo's 200 invented people, with the usual mistakes for the problems panel to
            // show (core/demo/DemoGenerator.h); a second or two, so no progress dialog.
            if (reg && start == NewRegisterStart::Demo) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                DemoGenerator().fill(*reg, DemoParticipants);
                QApplication::restoreOverrideCursor();
            }
            switchTo(std::move(reg), std::move(held), radio && radio->isChecked());
            if (m_session->isOpen() && start == NewRegisterStart::FromFile)
                importFile();
        }
        dialog->deleteLater();
    });
    dialog->open();
}

void MainWindow::chooseRegisterToOpen()
{
    const QString path = FileChooser::choose(this, FileChooser::Purpose::Open, startDirectory());
    if (!path.isEmpty())
        openRegister(path);
}

void MainWindow::closeRegister()
{
    if (!m_session->isOpen())
        return;
    if (!leaveCurrentParticipant())
        return;
    detachViews();
    m_session->close();
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageWelcome);
    m_problemsDock->hide();
    updateTitle();
    updateStatus();
    updateActions();
    Q_EMIT registerChanged();
}

void MainWindow::detachViews()
{
    m_session->syncWindows()->closeAll();
    participantForm()->setRegister(nullptr, {}, {}, {});
    m_model->clear();
    m_problems->clear();
    m_check->cancel(); // it reads the register dataset by dataset until it is done
}

void MainWindow::showRegister()
{
    Register *reg = m_session->reg();
    if (!reg)
        return;
    m_model->clear();
    m_recent->add(reg->path());
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageRegister);
    participantForm()->setRegister(reg, m_session->participantsValidator(),
                                   m_session->outcomesValidator(), m_session->cemValidator());
    reloadParticipants();
    updateTitle();
    updateRecentMenu();
    updateActions();
    // The menu's check mark with it: a dock hidden before it was ever shown says nothing.
    const bool wanted = problemsPanelWanted();
    m_problemsDock->setVisible(wanted);
    m_ui->actionShowProblems->setChecked(wanted);
    m_ui->tableParticipants->setFocus();
    // The full check runs after the table is on screen.
    QTimer::singleShot(0, this, &MainWindow::recheck);
    Q_EMIT registerChanged();
    if (std::exchange(m_kioskWhenOpen, false))
        startKiosk();
    // A kiosk-only user whose kiosk could not start (it said why) gets nothing of the register.
    if (!m_kiosk && !reg->allows(Action::Read))
        closeRegister();
}

void MainWindow::recheck()
{
    if (!m_session->isOpen())
        return;
    m_problems->showChecking();
    m_check->start(*m_session->reg(),
                   [this](const QString &dataset) { return m_session->validatorFor(dataset); });
}

void MainWindow::showConnectionSettings()
{
    if (m_session->isOpen())
        m_session->syncWindows()->showConnectionSettings(*m_session->reg());
}

void MainWindow::showSubmitDialog()
{
    // What the user typed last belongs in the register that is sent.
    if (m_session->isOpen() && leaveCurrentParticipant())
        m_session->syncWindows()->showSubmitDialog(*m_session->reg());
}

void MainWindow::showDashboard()
{
    if (m_session->isOpen())
        m_session->syncWindows()->showDashboard(*m_session->reg());
}

void MainWindow::showSubmissionHistory()
{
    if (m_session->isOpen() && leaveCurrentParticipant())
        m_session->syncWindows()->showHistory(*m_session->reg());
}

void MainWindow::onSubmissionFinished(SubmissionRun::Outcome outcome)
{
    updateStatus();
    if (outcome == SubmissionRun::Outcome::Approved) {
        // Approved participants count as submitted from now on.
        m_model->refresh();
    } else if (outcome == SubmissionRun::Outcome::Blocked) {
        // The errors that blocked it, in the panel where the user works on them: the same
        // engine over the same register.
        m_problemsDock->show();
        m_problemsDock->raise();
        recheck();
    }
}

void MainWindow::reloadParticipants()
{
    if (!m_session->isOpen())
        return;
    if (!m_model->setRegister(m_session->reg()))
        statusBar()->showMessage(m_session->reg()->lastError().message());
    QTableView *table = m_ui->tableParticipants;
    // Widths from the header and a typical value, not from every row: the table may be long.
    const int character = fontMetrics().averageCharWidth();
    const QList<int> widths = {14, 14, 18, 12, 12, 14};
    int total = table->verticalHeader()->sizeHint().width() +
                table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        table->setColumnWidth(column, qMax(widths.value(column, 12) * character,
                                           table->horizontalHeader()->sectionSizeHint(column)));
        total += table->columnWidth(column);
    }
    // The table as wide as its columns (status included), the form takes the rest.
    const int available = m_ui->splitterMain->width();
    if (available > total + 300 && !userSizedSplitter(m_ui->splitterMain))
        m_ui->splitterMain->setSizes({total + 4, available - total - 4});
    updateStatus();
}

bool MainWindow::leaveCurrentParticipant()
{
    ParticipantForm *form = participantForm();
    if (!form->isDirty())
        return true;
    // Leaving saves: nothing is lost, so nothing is asked. Only a failed save can lose work.
    if (form->save())
        return true;
    if (!form->isDirty())
        return true;
    if (Question::ask(this, QStringLiteral("unsaved"), tr("Changes not saved"),
                      tr("The changes to this participant could not be saved. Discard them?"),
                      tr("Discard changes"))) {
        form->revert();
        return true;
    }
    return false;
}

void MainWindow::onCurrentRowChanged()
{
    if (m_changingRow)
        return;
    const QModelIndex current = m_ui->tableParticipants->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->participantId(current.row());
    ParticipantForm *form = participantForm();
    if (id == form->participantId() && form->hasParticipant())
        return;
    const qint64 previous = form->participantId();
    if (!leaveCurrentParticipant()) {
        selectRow(previous);
        return;
    }
    form->loadParticipant(id);
    updateActions();
}

void MainWindow::selectRow(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_changingRow = true;
    if (row >= 0) {
        m_ui->tableParticipants->selectRow(row);
        m_ui->tableParticipants->scrollTo(m_model->index(row, 0));
    } else {
        m_ui->tableParticipants->clearSelection();
    }
    m_changingRow = false;
}

bool MainWindow::showParticipant(qint64 id, const QString &field)
{
    if (!m_session->isOpen())
        return false;
    ParticipantForm *form = participantForm();
    if (id != form->participantId() || !form->hasParticipant()) {
        if (!leaveCurrentParticipant())
            return false;
        if (m_model->rowOf(id) < 0) {
            // Not in view (search or filter): show everything so the row can be selected.
            m_ui->lineEditSearch->clear();
            m_searchTimer->stop();
            m_model->setSearch({});
            m_ui->comboStateFilter->setCurrentIndex(0);
        }
        if (!form->loadParticipant(id))
            return false;
    }
    selectRow(id);
    updateActions();
    if (!field.isEmpty())
        form->focusField(field);
    return true;
}

void MainWindow::newParticipant()
{
    if (!m_session->isOpen() || !leaveCurrentParticipant())
        return;
    selectRow(0);
    participantForm()->newParticipant();
    updateActions();
}

bool MainWindow::saveParticipant()
{
    return participantForm()->save();
}

void MainWindow::lock()
{
    if (!m_session->isOpen())
        return;
    // The import wizard holds the register (and maybe its transaction): lock after it. The
    // kiosk is a lock of its own (only the passphrase leaves it) and works on the register.
    if (m_session->isBusy() || m_kiosk || !leaveCurrentParticipant()) {
        m_session->restartAutoLock();
        return;
    }
    const QString path = QFileInfo(m_session->reg()->path()).absoluteFilePath();
    const bool keychain = !m_session->passphraseMode();
    closeRegister();
    if (m_session->isOpen())
        return;
    // Still this window's register while it asks: no other window takes it meanwhile.
    askToUnlock(path, {}, tr("The register was locked. Enter the passphrase to continue."),
                RegisterSession::lockRegisterFile(path), keychain);
}

void MainWindow::importFile()
{
    if (!m_session->isOpen() || !leaveCurrentParticipant() || !m_session->mayImport())
        return;
    m_check->cancel(); // it reads the register between events; the import changes it
    if (m_session->importFile())
        reloadParticipants();
    recheck(); // also after a cancel: the cancelled check must run again
}

void MainWindow::exportFile()
{
    if (m_session->isOpen() && leaveCurrentParticipant())
        m_session->exportFile();
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    m_session->setAutoLockInterval(milliseconds);
}

int MainWindow::autoLockInterval() const
{
    return m_session->autoLockInterval();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_problemsDock && event->type() == QEvent::Close && m_session->reg())
        setProblemsPanelWanted(false);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!leaveCurrentParticipant()) {
        event->ignore();
        return;
    }
    closeRegister();
    saveMainWindowGeometry(this);
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(QStringLiteral("Veldboek"));
        return;
    }
    const Register *reg = m_session->reg();
    const QString file = QFileInfo(reg->path()).completeBaseName();
    // With named users the title says who is at work, as a shared laptop needs.
    setWindowTitle(
        reg->hasNamedUsers()
            ? tr("%1 (%2, %3) - Veldboek").arg(file, reg->actor(), roles::id(reg->role()))
            : QStringLiteral("%1 - Veldboek").arg(file));
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool shown = open && participantForm()->hasParticipant();
    m_ui->actionCloseRegister->setEnabled(open);
    m_ui->actionNewParticipant->setEnabled(open);
    m_ui->actionFind->setEnabled(open);
    m_ui->actionLockNow->setEnabled(open);
    // What the user's role may not do is greyed out, its tooltip says who may
    // (core/storage/Roles.h).
    const auto allow = [&](QAction *action, Action what) {
        const bool allowed = open && m_session->reg()->allows(what);
        action->setEnabled(allowed);
        action->setStatusTip(open && !allowed ? roles::refusal(what) : QString());
    };
    allow(m_ui->actionSaveRegisterAs, Action::Export);
    allow(m_ui->actionSubmit, Action::Submit);
    m_ui->actionDashboard->setEnabled(open);
    m_ui->actionSubmissionHistory->setEnabled(open);
    allow(m_ui->actionConnectionSettings, Action::Submit);
    allow(m_ui->actionImport, Action::EditData);
    allow(m_ui->actionExport, Action::Export);
    allow(m_ui->actionUsers, Action::ManageUsers);
    allow(m_ui->actionStartKiosk, Action::Kiosk);
    allow(m_ui->actionSelfRegistrations, Action::EditData);
    // Every user has a passphrase of their own to change; a register with one key only when a
    // passphrase (not the keychain) opened it.
    m_ui->actionChangePassphrase->setEnabled(
        open && (m_session->reg()->hasNamedUsers() || m_session->passphraseMode()));
    m_ui->actionShowProblems->setEnabled(open);
    m_ui->actionSave->setEnabled(shown);
    m_ui->actionDeleteParticipant->setEnabled(shown);
    m_ui->actionAuditLog->setEnabled(shown && participantForm()->participantId() != 0);
    m_ui->actionUndo->setEnabled(participantForm()->undoStack()->canUndo());
    m_ui->actionRedo->setEnabled(participantForm()->undoStack()->canRedo());
}

void MainWindow::updateStatus()
{
    updateActions();
    m_status->update(m_session->reg(), *m_model, *m_check);
}

QString MainWindow::startDirectory() const
{
    if (m_session->isOpen())
        return QFileInfo(m_session->reg()->path()).absolutePath();
    const QStringList paths = m_recent->paths();
    if (!paths.isEmpty())
        return QFileInfo(paths.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace veldboek::gui
