// The main window's menus and actions: shortcuts, icons, what each action starts, and the
// recent-registers menu. Kept apart from MainWindow.cpp, which holds what the actions do.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "RecentRegisters.h"
#include "RegisterSession.h"
#include "WelcomePage.h"
#include "sync/SyncWindows.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QStyle>

namespace veldboek::gui {

void MainWindow::setUpActions()
{
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
    connect(m_ui->actionSaveRegisterAs, &QAction::triggered, this, &MainWindow::saveRegisterAs);
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
    connect(m_ui->actionStartKiosk, &QAction::triggered, this, &MainWindow::startKiosk);
    connect(m_ui->actionSelfRegistrations, &QAction::triggered, this,
            &MainWindow::showSelfRegistrations);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveParticipant);
    connect(m_ui->actionLockNow, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionConnectionSettings, &QAction::triggered, this,
            &MainWindow::showConnectionSettings);
    connect(m_ui->actionSubmit, &QAction::triggered, this, &MainWindow::showSubmitDialog);
    connect(m_ui->actionDashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_ui->actionSubmissionHistory, &QAction::triggered, this,
            &MainWindow::showSubmissionHistory);
    connect(m_session->syncWindows(), &SyncWindows::participantRequested, this,
            [this](qint64 id, const QString &field) {
                if (showParticipant(id, field))
                    activateWindow();
            });
    connect(m_session->syncWindows(), &SyncWindows::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_session->syncWindows(), &SyncWindows::submissionFinished, this,
            &MainWindow::onSubmissionFinished);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportFile);
    connect(m_ui->actionUsers, &QAction::triggered, this, &MainWindow::manageUsers);
    connect(m_ui->actionChangePassphrase, &QAction::triggered, this,
            &MainWindow::changeOwnPassphrase);
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

} // namespace veldboek::gui
