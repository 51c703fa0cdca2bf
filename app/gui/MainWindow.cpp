#include "MainWindow.h"

#include "AboutDialog.h"
#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "GuiLocalization.h"
#include "ParticipantTableModel.h"
#include "Question.h"
#include "RecentRegisters.h"
#include "SeverityStyle.h"
#include "SplitterMemory.h"
#include "UnlockDialog.h"
#include "WelcomePage.h"
#include "WidgetSizing.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoGenerator.h"
#include "import/ExportDialog.h"
#include "import/ImportWizard.h"
#include "participants/ParticipantForm.h"
#include "problems/ProblemsPanel.h"
#include "problems/RegisterCheck.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SpecStore.h"
#include "sync/SubmissionReminder.h"
#include "sync/SyncWindows.h"
#include "ui_MainWindow.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace veldboek::gui {

namespace {

const QString AutoLockSetting = QStringLiteral("autoLockMinutes");
constexpr int DefaultAutoLockMinutes = 15;

std::shared_ptr<const Validator> builtinValidator(const QString &id)
{
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(id, &error);
    if (!spec) {
        qWarning("%s", qPrintable(error.toString()));
        return {};
    }
    return std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                             currentLanguage());
}

// The validator of the register's spec in force (storage/SpecStore.h: the endpoint's once
// fetched, else the built-in one); `fallback` (the built-in one) if even that cannot be loaded.
std::shared_ptr<const Validator> validatorInForce(Register &reg, const QString &id,
                                                  std::shared_ptr<const Validator> fallback)
{
    SpecError error;
    const std::optional<Spec> spec = SpecStore(reg).spec(id, &error);
    if (!spec) {
        qWarning("%s", qPrintable(error.toString()));
        return fallback;
    }
    return std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                             currentLanguage());
}

// Another Veldboek window (in this process or another) has the register open while this lock
// file exists; a lock left by a crashed process is taken over.
std::shared_ptr<QLockFile> lockRegisterFile(const QString &path)
{
    auto lock = std::make_shared<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return {};
    return lock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recent(std::make_unique<RecentRegisters>())
    , m_participants(builtinValidator(QStringLiteral("mdt")))
    , m_outcomes(builtinValidator(QStringLiteral("sor")))
    , m_cem(builtinValidator(QStringLiteral("cemplus")))
    , m_idleTimer(new QTimer(this))
    , m_searchTimer(new QTimer(this))
    , m_keychainProbe(&Keychain::probe)
{
    m_ui->setupUi(this);
    m_syncWindows = new SyncWindows(this);
    m_welcome = std::make_unique<WelcomePage>(m_ui->pageWelcome);
    m_model = new ParticipantTableModel(this);
    m_check = new RegisterCheck(this);
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
    connect(m_problems, &ProblemsPanel::problemActivated, this,
            [this](qint64 id, const QString &field) { showParticipant(id, field); });
    connect(m_check, &RegisterCheck::finished, this, [this] {
        m_model->setStatuses(m_check->result().worstByParticipant);
        m_problems->showResult(m_check->result());
        updateStatus();
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("labelCounts"));
    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(QStringLiteral("labelDeadline"));
    // Room between the deadline and the counts, which sit side by side.
    m_deadlineLabel->setContentsMargins(0, 0, 3 * fontMetrics().averageCharWidth(), 0);
    statusBar()->addPermanentWidget(m_deadlineLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    // Standard key sequences where the platform has one; Ctrl+Shift+N stays for a new register
    // because Ctrl+N adds a participant.
    m_ui->actionOpenRegister->setShortcut(QKeySequence::Open);
    m_ui->actionCloseRegister->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionUndo->setShortcut(QKeySequence::Undo);
    m_ui->actionRedo->setShortcut(QKeySequence::Redo);
    m_ui->actionDeleteParticipant->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_ui->actionShowProblems->setShortcut(QKeySequence(Qt::Key_F8));
    const QList<std::pair<QAction *, QStyle::StandardPixmap>> icons = {
        {m_ui->actionNewParticipant, QStyle::SP_FileIcon},
        {m_ui->actionSave, QStyle::SP_DialogSaveButton},
        {m_ui->actionUndo, QStyle::SP_ArrowBack},
        {m_ui->actionRedo, QStyle::SP_ArrowForward},
        {m_ui->actionFind, QStyle::SP_FileDialogContentsView},
        {m_ui->actionShowProblems, QStyle::SP_MessageBoxWarning},
        {m_ui->actionSubmit, QStyle::SP_ArrowUp},
        {m_ui->actionDashboard, QStyle::SP_FileDialogDetailedView},
    };
    for (const auto &[action, pixmap] : icons)
        action->setIcon(style()->standardIcon(pixmap));

    connect(m_ui->actionNewRegister, &QAction::triggered, this, &MainWindow::newRegister);
    connect(m_ui->actionOpenRegister, &QAction::triggered, this, &MainWindow::chooseRegisterToOpen);
    connect(m_ui->actionCloseRegister, &QAction::triggered, this, &MainWindow::closeRegister);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        AboutDialog about(this);
        about.exec();
    });
    connect(m_ui->actionClearRecent, &QAction::triggered, this, [this] {
        m_recent->clear();
        updateRecentMenu();
    });
    connect(m_ui->pushButtonNew, &QPushButton::clicked, this, &MainWindow::newRegister);
    connect(m_ui->pushButtonOpen, &QPushButton::clicked, this, &MainWindow::chooseRegisterToOpen);
    connect(m_ui->pushButtonStartFromFile, &QPushButton::clicked, this, &MainWindow::startFromFile);
    connect(m_ui->pushButtonTryDemo, &QPushButton::clicked, this, &MainWindow::tryDemo);
    connect(m_ui->actionNewParticipant, &QAction::triggered, this, &MainWindow::newParticipant);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveParticipant);
    connect(m_ui->actionLockNow, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionConnectionSettings, &QAction::triggered, this,
            &MainWindow::showConnectionSettings);
    connect(m_ui->actionSubmit, &QAction::triggered, this, &MainWindow::showSubmitDialog);
    connect(m_ui->actionDashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_ui->actionSubmissionHistory, &QAction::triggered, this,
            &MainWindow::showSubmissionHistory);
    connect(m_syncWindows, &SyncWindows::participantRequested, this,
            [this](qint64 id, const QString &field) {
                if (showParticipant(id, field))
                    activateWindow();
            });
    connect(m_syncWindows, &SyncWindows::submissionFinished, this,
            &MainWindow::onSubmissionFinished);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportFile);

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
        m_check->replaceParticipant(id, {}, {});
        m_problems->showResult(m_check->result());
        m_model->refresh();
        if (participantForm()->hasParticipant())
            selectRow(id);
        updateStatus();
    });

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
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);

    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);
    buildAutoLockMenu();
    buildLanguageMenu();

    updateTitle();
    updateStatus();
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // Before the register goes with the members: the sync windows are children, deleted later.
    m_syncWindows->closeAll();
}

ParticipantForm *MainWindow::participantForm() const
{
    return m_ui->participantForm;
}

SubmitDialog *MainWindow::submitDialog() const
{
    return m_syncWindows->submitDialog();
}

DashboardView *MainWindow::dashboardView() const
{
    return m_syncWindows->dashboard();
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
    if (m_register && QFileInfo(m_register->path()).absoluteFilePath() == absolute)
        return;
    // The register that is open stays open until the other one is unlocked.
    std::shared_ptr<QLockFile> lockFile;
    if (QFileInfo::exists(absolute)) {
        lockFile = lockRegisterFile(absolute);
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
    if (m_register) {
        if (!leaveCurrentParticipant())
            return false;
        closeRegister();
    }
    m_lock = std::move(lockFile);
    setRegister(std::move(reg), passphraseMode);
    return true;
}

void MainWindow::askToUnlock(const QString &path, const RegisterError &reason, const QString &intro,
                             std::shared_ptr<QLockFile> lockFile)
{
    // One question at a time: a second open request replaces an unanswered one.
    const auto existing = findChildren<UnlockDialog *>();
    for (UnlockDialog *dialog : existing)
        dialog->reject();

    auto *dialog = new UnlockDialog(path, reason, this);
    if (!intro.isEmpty())
        dialog->setIntro(intro);
    connect(dialog, &QDialog::finished, this, [this, dialog, path, lockFile](int result) {
        if (result == QDialog::Accepted) {
            std::unique_ptr<Register> reg = dialog->takeRegister();
            std::shared_ptr<QLockFile> held = lockFile;
            // The user may have picked another file in the dialog: that one needs its lock.
            if (reg && QFileInfo(reg->path()).absoluteFilePath() != path) {
                held = lockRegisterFile(QFileInfo(reg->path()).absoluteFilePath());
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
                held = lockRegisterFile(QFileInfo(reg->path()).absoluteFilePath());
            // The demo's 200 invented people, with the usual mistakes for the problems panel to
            // show (core/demo/DemoGenerator.h); a second or two, so no progress dialog.
            if (reg && start == NewRegisterStart::Demo) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                DemoGenerator().fill(*reg, DemoParticipants);
                QApplication::restoreOverrideCursor();
            }
            switchTo(std::move(reg), std::move(held), radio && radio->isChecked());
            if (m_register && start == NewRegisterStart::FromFile)
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
    if (!m_register)
        return;
    if (!leaveCurrentParticipant())
        return;
    m_idleTimer->stop();
    m_syncWindows->closeAll();
    participantForm()->setRegister(nullptr, {}, {}, {});
    m_model->clear();
    m_problems->clear();
    m_check->cancel(); // it reads the register dataset by dataset until it is done
    m_register.reset();
    m_lock.reset();
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageWelcome);
    m_problemsDock->hide();
    updateTitle();
    updateStatus();
    updateActions();
    Q_EMIT registerChanged();
}

void MainWindow::setRegister(std::unique_ptr<Register> reg, bool passphraseMode)
{
    if (!reg) {
        m_lock.reset();
        return;
    }
    m_model->clear();
    m_register = std::move(reg);
    m_passphraseMode = passphraseMode;
    // The form, the problems panel and the import check with the register's specs in force.
    m_participants = validatorInForce(*m_register, QStringLiteral("mdt"),
                                      builtinValidator(QStringLiteral("mdt")));
    m_outcomes = validatorInForce(*m_register, QStringLiteral("sor"),
                                  builtinValidator(QStringLiteral("sor")));
    m_cem = validatorInForce(*m_register, QStringLiteral("cemplus"),
                             builtinValidator(QStringLiteral("cemplus")));
    m_recent->add(m_register->path());
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageRegister);
    participantForm()->setRegister(m_register.get(), m_participants, m_outcomes, m_cem);
    reloadParticipants();
    updateTitle();
    updateRecentMenu();
    updateActions();
    m_problemsDock->show();
    m_ui->tableParticipants->setFocus();
    if (m_passphraseMode && autoLockInterval() > 0)
        m_idleTimer->start(autoLockInterval());
    // The full check runs after the table is on screen.
    QTimer::singleShot(0, this, &MainWindow::recheck);
    Q_EMIT registerChanged();
}

void MainWindow::recheck()
{
    if (!m_register)
        return;
    m_problems->showChecking();
    m_check->start(*m_register, [this](const QString &dataset) { return validatorFor(dataset); });
}

void MainWindow::showConnectionSettings()
{
    if (m_register)
        m_syncWindows->showConnectionSettings(*m_register);
}

void MainWindow::showSubmitDialog()
{
    // What the user typed last belongs in the register that is sent.
    if (m_register && leaveCurrentParticipant())
        m_syncWindows->showSubmitDialog(*m_register);
}

void MainWindow::showDashboard()
{
    if (m_register)
        m_syncWindows->showDashboard(*m_register);
}

void MainWindow::showSubmissionHistory()
{
    if (m_register && leaveCurrentParticipant())
        m_syncWindows->showHistory(*m_register);
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
    if (!m_register)
        return;
    if (!m_model->setRegister(m_register.get()))
        statusBar()->showMessage(m_register->lastError().message());
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
    if (!m_register)
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
    if (!m_register || !leaveCurrentParticipant())
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
    if (!m_register)
        return;
    // The import wizard holds the register (and maybe its transaction): lock after it.
    if (m_registerBusy || !leaveCurrentParticipant()) {
        if (m_passphraseMode && autoLockInterval() > 0)
            m_idleTimer->start(autoLockInterval());
        return;
    }
    const QString path = QFileInfo(m_register->path()).absoluteFilePath();
    closeRegister();
    if (m_register)
        return;
    // Still this window's register while it asks: no other window takes it meanwhile.
    askToUnlock(path, {}, tr("The register was locked. Enter the passphrase to continue."),
                lockRegisterFile(path));
}

const Validator *MainWindow::validatorFor(const QString &dataset) const
{
    if (dataset == QLatin1String("participants"))
        return m_participants.get();
    if (dataset == QLatin1String("cem"))
        return m_cem.get();
    return m_outcomes.get();
}

void MainWindow::importFile()
{
    if (!m_register || !leaveCurrentParticipant())
        return;
    // A submission running beside it would read the register halfway through the import.
    if (m_syncWindows->submissionRunning()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("A submission is running. Import when it has finished, so "
                                    "that what is sent and what comes in stay apart."));
        return;
    }
    m_check->cancel(); // it reads the register between events; the import changes it
    bool imported = false;
    {
        const QScopedValueRollback busy(m_registerBusy, true);
        imported = ImportWizard::run(
            *m_register, [this](const QString &dataset) { return validatorFor(dataset); }, this);
    }
    if (imported)
        reloadParticipants();
    recheck(); // also after a cancel: the cancelled check must run again
}

void MainWindow::exportFile()
{
    if (!m_register || !leaveCurrentParticipant())
        return;
    const QScopedValueRollback busy(m_registerBusy, true);
    ExportDialog::run(
        *m_register, [this](const QString &dataset) { return validatorFor(dataset); }, this);
}

void MainWindow::setAutoLockInterval(int milliseconds)
{
    QSettings().setValue(AutoLockSetting, double(milliseconds) / 60000.0);
    m_idleTimer->stop();
    if (m_register && m_passphraseMode && milliseconds > 0)
        m_idleTimer->start(milliseconds);
    const auto actions = m_ui->menuAutoLock->actions();
    for (QAction *action : actions)
        action->setChecked(qRound(action->data().toDouble() * 60000.0) == milliseconds);
}

int MainWindow::autoLockInterval() const
{
    const double minutes = QSettings().value(AutoLockSetting, DefaultAutoLockMinutes).toDouble();
    return qRound(minutes * 60000.0);
}

void MainWindow::buildAutoLockMenu()
{
    auto *group = new QActionGroup(this);
    const QList<int> choices = {0, 5, 15, 30, 60};
    for (const int minutes : choices) {
        QAction *action = m_ui->menuAutoLock->addAction(
            minutes == 0 ? tr("Never") : tr("After %n minute(s) without use", nullptr, minutes));
        action->setCheckable(true);
        action->setData(minutes);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, minutes] { setAutoLockInterval(minutes * 60000); });
    }
    const int current = autoLockInterval();
    const auto actions = m_ui->menuAutoLock->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() * 60000 == current);
    m_ui->menuAutoLock->setToolTipsVisible(true);
    m_ui->menuAutoLock->setToolTip(
        tr("Only for registers opened with a passphrase: with the keychain, the computer's own "
           "screen lock protects the register."));
}

void MainWindow::buildLanguageMenu()
{
    auto *group = new QActionGroup(this);
    group->addAction(m_ui->actionDutch);
    group->addAction(m_ui->actionEnglish);
    const bool english = currentLanguage() == QLatin1String("en");
    m_ui->actionEnglish->setChecked(english);
    m_ui->actionDutch->setChecked(!english);
    auto choose = [this](const QString &language) {
        setPreferredLanguage(language);
        statusBar()->showMessage(
            language == QLatin1String("en")
                ? QStringLiteral("Veldboek will speak English the next time it starts.")
                : QStringLiteral("Veldboek spreekt Nederlands vanaf de volgende start."),
            10000);
    };
    // Each choice is announced in the language chosen, so the user can read it.
    connect(m_ui->actionDutch, &QAction::triggered, this,
            [choose] { choose(QStringLiteral("nl")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [choose] { choose(QStringLiteral("en")); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->isActive())
            m_idleTimer->start();
        break;
    default:
        break;
    }
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
    if (!m_register) {
        setWindowTitle(QStringLiteral("Veldboek"));
        return;
    }
    setWindowTitle(
        QStringLiteral("%1 - Veldboek").arg(QFileInfo(m_register->path()).completeBaseName()));
}

void MainWindow::updateActions()
{
    const bool open = m_register != nullptr;
    const bool shown = open && participantForm()->hasParticipant();
    m_ui->actionCloseRegister->setEnabled(open);
    m_ui->actionNewParticipant->setEnabled(open);
    m_ui->actionFind->setEnabled(open);
    m_ui->actionLockNow->setEnabled(open);
    m_ui->actionSubmit->setEnabled(open);
    m_ui->actionDashboard->setEnabled(open);
    m_ui->actionSubmissionHistory->setEnabled(open);
    m_ui->actionConnectionSettings->setEnabled(open);
    m_ui->actionImport->setEnabled(open);
    m_ui->actionExport->setEnabled(open);
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
    if (!m_register) {
        m_countLabel->setText(tr("No register open"));
        m_deadlineLabel->clear();
        m_deadlineLabel->setToolTip({});
        return;
    }
    ParticipantRepository repository(*m_register);
    const int total = m_model->totalCount();
    int withErrors = 0;
    const auto &worst = m_check->result().worstByParticipant;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        if (it.value() == Severity::Error)
            ++withErrors;
    }
    QString counts = tr("Participants: %1").arg(repository.count());
    counts += QStringLiteral(" · ") + tr("active: %1").arg(repository.countActive());
    if (!m_check->isRunning())
        counts += QStringLiteral(" · ") + tr("with errors: %1").arg(withErrors);
    if (m_model->rowCount() != repository.count() || total != repository.count())
        counts += QStringLiteral(" · ") + tr("shown: %1").arg(m_model->rowCount());
    m_countLabel->setText(counts);

    updateReminder();
}

void MainWindow::updateReminder()
{
    // The funder expects the full register at least every two months (docs/gui.md): the same
    // reminder the command line gives, warning after six weeks and overdue after two months.
    const SubmissionReminder::Status status = SubmissionReminder::forRegister(*m_register);
    m_deadlineLabel->setText(status.text);
    Severity severity = Severity::None;
    if (status.level == SubmissionReminder::Level::Due)
        severity = Severity::Warning;
    else if (status.level == SubmissionReminder::Level::Overdue)
        severity = Severity::Error;
    m_deadlineLabel->setStyleSheet(severity == Severity::None
                                       ? QString()
                                       : QStringLiteral("color: %1; font-weight: bold;")
                                             .arg(SeverityStyle::colour(severity).name()));
    m_deadlineLabel->setToolTip(
        status.lastApproved.isValid()
            ? tr("The funder expects the whole register at least every two months; the next "
                 "submission is due by %1.")
                  .arg(status.lastApproved.addMonths(2).toLocalTime().toString(
                      QStringLiteral("dd-MM-yyyy")))
            : tr("The funder expects the whole register at least every two months."));
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList paths = m_recent->paths();
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        // Numbered so each entry has a keyboard shortcut in the menu.
        const QString text =
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                        : QFileInfo(path).fileName();
        QAction *action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRegister(path); });
    }
    if (!paths.isEmpty())
        menu->addSeparator();
    menu->addAction(m_ui->actionClearRecent);
    m_ui->actionClearRecent->setEnabled(!paths.isEmpty());
    menu->setEnabled(!paths.isEmpty());
    m_welcome->showRecent(menu->actions());
}

QString MainWindow::startDirectory() const
{
    if (m_register)
        return QFileInfo(m_register->path()).absolutePath();
    const QStringList paths = m_recent->paths();
    if (!paths.isEmpty())
        return QFileInfo(paths.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace veldboek::gui
