#include "RegisterSession.h"

#include "GuiLocalization.h"
#include "import/ExportDialog.h"
#include "import/ImportWizard.h"
#include "storage/Register.h"
#include "storage/SpecStore.h"
#include "sync/SyncWindows.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTimer>

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
// fetched, else the built-in one); the built-in one if even that cannot be loaded.
std::shared_ptr<const Validator> validatorInForce(Register &reg, const QString &id)
{
    SpecError error;
    const std::optional<Spec> spec = SpecStore(reg).spec(id, &error);
    if (!spec) {
        qWarning("%s", qPrintable(error.toString()));
        return builtinValidator(id);
    }
    return std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                             currentLanguage());
}

} // namespace

RegisterSession::RegisterSession(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_participants(builtinValidator(QStringLiteral("mdt")))
    , m_outcomes(builtinValidator(QStringLiteral("sor")))
    , m_cem(builtinValidator(QStringLiteral("cemplus")))
    , m_syncWindows(new SyncWindows(window))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &RegisterSession::autoLockDue);
    qApp->installEventFilter(this);
}

RegisterSession::~RegisterSession()
{
    qApp->removeEventFilter(this);
    // Before the register goes with the members: the sync windows are children of the window,
    // deleted later.
    m_syncWindows->closeAll();
}

std::shared_ptr<QLockFile> RegisterSession::lockRegisterFile(const QString &path)
{
    auto lock = std::make_shared<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return {};
    return lock;
}

void RegisterSession::open(std::unique_ptr<Register> reg, std::shared_ptr<QLockFile> lockFile,
                           bool passphraseMode)
{
    m_lock = std::move(lockFile);
    if (!reg) {
        m_lock.reset();
        return;
    }
    m_register = std::move(reg);
    m_passphraseMode = passphraseMode;
    reloadValidators();
    restartAutoLock();
}

void RegisterSession::reloadValidators()
{
    if (!m_register)
        return;
    // The form, the problems panel and the import check with the register's specs in force.
    m_participants = validatorInForce(*m_register, QStringLiteral("mdt"));
    m_outcomes = validatorInForce(*m_register, QStringLiteral("sor"));
    m_cem = validatorInForce(*m_register, QStringLiteral("cemplus"));
}

void RegisterSession::close()
{
    m_idleTimer->stop();
    m_syncWindows->closeAll();
    m_register.reset();
    m_lock.reset();
}

std::pair<std::unique_ptr<Register>, std::shared_ptr<QLockFile>> RegisterSession::release()
{
    m_idleTimer->stop();
    m_syncWindows->closeAll();
    return {std::move(m_register), std::move(m_lock)};
}

const Validator *RegisterSession::validatorFor(const QString &dataset) const
{
    if (dataset == QLatin1String("participants"))
        return m_participants.get();
    if (dataset == QLatin1String("cem"))
        return m_cem.get();
    return m_outcomes.get();
}

void RegisterSession::setAutoLockInterval(int milliseconds)
{
    QSettings().setValue(AutoLockSetting, double(milliseconds) / 60000.0);
    m_idleTimer->stop();
    restartAutoLock();
    if (!m_autoLockMenu)
        return;
    const auto actions = m_autoLockMenu->actions();
    for (QAction *action : actions)
        action->setChecked(qRound(action->data().toDouble() * 60000.0) == milliseconds);
}

int RegisterSession::autoLockInterval() const
{
    const double minutes = QSettings().value(AutoLockSetting, DefaultAutoLockMinutes).toDouble();
    return qRound(minutes * 60000.0);
}

void RegisterSession::restartAutoLock()
{
    if (m_register && m_passphraseMode && autoLockInterval() > 0)
        m_idleTimer->start(autoLockInterval());
}

void RegisterSession::fillAutoLockMenu(QMenu *menu)
{
    m_autoLockMenu = menu;
    auto *group = new QActionGroup(menu);
    const QList<int> choices = {0, 5, 15, 30, 60};
    for (const int minutes : choices) {
        QAction *action = menu->addAction(
            minutes == 0 ? tr("Never") : tr("After %n minute(s) without use", nullptr, minutes));
        action->setCheckable(true);
        action->setData(minutes);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, minutes] { setAutoLockInterval(minutes * 60000); });
    }
    const int current = autoLockInterval();
    const auto actions = menu->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() * 60000 == current);
    menu->setToolTipsVisible(true);
    menu->setToolTip(
        tr("Only for registers opened with a passphrase: with the keychain, the computer's own "
           "screen lock protects the register."));
}

bool RegisterSession::mayImport()
{
    if (!m_syncWindows->submissionRunning())
        return true;
    QMessageBox::information(m_window, tr("Import"),
                             tr("A submission is running. Import when it has finished, so "
                                "that what is sent and what comes in stay apart."));
    return false;
}

bool RegisterSession::importFile()
{
    if (!m_register)
        return false;
    const QScopedValueRollback busy(m_busy, true);
    return ImportWizard::run(
        *m_register, [this](const QString &dataset) { return validatorFor(dataset); }, m_window);
}

void RegisterSession::exportFile()
{
    if (!m_register)
        return;
    const QScopedValueRollback busy(m_busy, true);
    ExportDialog::run(
        *m_register, [this](const QString &dataset) { return validatorFor(dataset); }, m_window);
}

bool RegisterSession::eventFilter(QObject *watched, QEvent *event)
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
    return QObject::eventFilter(watched, event);
}

} // namespace veldboek::gui
