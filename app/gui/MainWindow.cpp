#include "MainWindow.h"

#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "ParticipantTableModel.h"
#include "RecentRegisters.h"
#include "UnlockDialog.h"
#include "keys/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>

namespace veldboek::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_recent(std::make_unique<RecentRegisters>())
    , m_keychainProbe(&Keychain::probe)
{
    m_ui->setupUi(this);
    m_model = new ParticipantTableModel(this);
    m_ui->tableParticipants->setModel(m_model);
    m_ui->tableParticipants->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableParticipants->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text per row: as many participants in view as the window allows.
    m_ui->tableParticipants->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);

    // Standard key sequences where the platform has one; Ctrl+Shift+N stays for a new register
    // because Ctrl+N will add a participant.
    m_ui->actionOpenRegister->setShortcut(QKeySequence::Open);
    m_ui->actionCloseRegister->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_ui->actionNewRegister, &QAction::triggered, this, &MainWindow::newRegister);
    connect(m_ui->actionOpenRegister, &QAction::triggered, this, &MainWindow::chooseRegisterToOpen);
    connect(m_ui->actionCloseRegister, &QAction::triggered, this, &MainWindow::closeRegister);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionClearRecent, &QAction::triggered, this, [this] {
        m_recent->clear();
        updateRecentMenu();
    });
    connect(m_ui->pushButtonNew, &QPushButton::clicked, this, &MainWindow::newRegister);
    connect(m_ui->pushButtonOpen, &QPushButton::clicked, this, &MainWindow::chooseRegisterToOpen);

    updateTitle();
    updateStatus();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

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
    RegisterError error;
    std::unique_ptr<Register> reg;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        reg = KeyStore::open(absolute, std::move(passphrase), &error);
        QApplication::restoreOverrideCursor();
    }
    if (reg) {
        setRegister(std::move(reg));
        return;
    }
    if (error.code == RegisterError::Code::NotFound) {
        m_recent->remove(absolute);
        updateRecentMenu();
    }
    askToUnlock(absolute, error);
}

void MainWindow::askToUnlock(const QString &path, const RegisterError &reason)
{
    // One question at a time: a second open request replaces an unanswered one.
    const auto existing = findChildren<UnlockDialog *>();
    for (UnlockDialog *dialog : existing)
        dialog->reject();

    auto *dialog = new UnlockDialog(path, reason, this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            setRegister(dialog->takeRegister());
        dialog->deleteLater();
    });
    dialog->open();
}

void MainWindow::newRegister()
{
    Keychain::Result keychain;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        keychain = m_keychainProbe();
        QApplication::restoreOverrideCursor();
    }
    auto *dialog = new CreateRegisterDialog(keychain, startDirectory(), this);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            setRegister(dialog->takeRegister());
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
    m_model->clear();
    m_register.reset();
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageWelcome);
    updateTitle();
    updateStatus();
    Q_EMIT registerChanged();
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    if (!reg)
        return;
    m_model->clear();
    m_register = std::move(reg);
    m_recent->add(m_register->path());
    m_ui->stackedWidget->setCurrentWidget(m_ui->pageRegister);
    reloadParticipants();
    updateTitle();
    updateRecentMenu();
    m_ui->tableParticipants->setFocus();
    Q_EMIT registerChanged();
}

void MainWindow::reloadParticipants()
{
    if (!m_register)
        return;
    ParticipantRepository repository(*m_register);
    if (!m_model->load(repository))
        statusBar()->showMessage(m_register->lastError().message());
    // Room on both sides of the widest value, so neighbouring columns do not run together.
    QTableView *table = m_ui->tableParticipants;
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        table->setColumnWidth(column,
                              table->columnWidth(column) + 2 * fontMetrics().averageCharWidth());
    updateStatus();
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

void MainWindow::updateStatus()
{
    m_ui->actionCloseRegister->setEnabled(m_register != nullptr);
    if (!m_register)
        m_countLabel->setText(tr("No register open"));
    else
        m_countLabel->setText(tr("Participants: %1").arg(m_model->rowCount()));
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
