#include "UsersDialog.h"

#include "keys/PassphraseStrength.h"
#include "storage/Register.h"
#include "storage/RegisterUsers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veldboek::gui {

UsersDialog::UsersDialog(std::function<Register *()> currentRegister, Change change,
                         QWidget *parent)
    : QDialog(parent)
    , m_register(std::move(currentRegister))
    , m_change(std::move(change))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users of %1").arg(QFileInfo(m_register()->path()).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Each user opens this register with a passphrase of their own, and the audit log "
           "records who changed what. A <b>beheerder</b> may do everything; an "
           "<b>invoerder</b> enters participants and outcome data but may not export, submit, "
           "make backups or manage users; <b>zelfaanmelding</b> only opens the "
           "self-registration kiosk."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tableUsers"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Unlocks with")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("labelUsersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add user..."), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("buttonAddUser"));
    m_remove = buttons->addButton(tr("&Remove user"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("buttonRemoveUser"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_remove, &QPushButton::clicked, this, &UsersDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(row >= 0 && !m_table->item(row, 0)->data(Qt::UserRole).toBool());
    });
    layout->addWidget(buttons);
    resize(560, 380);
    reload();
}

void UsersDialog::reload()
{
    Register *reg = m_register();
    if (!reg) {
        reject();
        return;
    }
    RegisterError error;
    const QList<RegisterUsers::Entry> users = RegisterUsers::list(*reg, &error);
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const RegisterUsers::Entry &user = users.at(row);
        const bool self = user.name == reg->actor();
        auto *name = new QTableWidgetItem(self ? tr("%1 (you)").arg(user.name) : user.name);
        name->setData(Qt::UserRole, self);
        name->setData(Qt::UserRole + 1, user.name);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(roles::displayName(user.role)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(user.keychain ? tr("keychain") : tr("own passphrase")));
    }
    m_table->resizeColumnsToContents();
    // After a change the rows are new: no row stays selected while Remove is off.
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_remove->setEnabled(false);
    if (error)
        showError(error);
    else if (!reg->hasNamedUsers())
        m_status->setText(tr("This register has one key, held by you. Adding the first user "
                             "gives the register a new key and each user a slot of their own."));
}

void UsersDialog::showError(const RegisterError &error)
{
    m_status->setText(error.message());
    QMessageBox::warning(this, windowTitle(), error.message());
}

void UsersDialog::addUser()
{
    AddUserDialog ask(this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString name = ask.name();
    const Role role = ask.role();
    QByteArray own = ask.ownPassphrase();
    QByteArray fresh = ask.newPassphrase();
    RegisterError error;
    const bool ok = m_change(
        [&](std::unique_ptr<Register> &reg, RegisterError *changeError) {
            return RegisterUsers::add(reg, std::move(own), name, role, std::move(fresh),
                                      changeError);
        },
        &error);
    reload();
    if (!ok) {
        showError(error);
        return;
    }
    m_status->setText(tr("%1 was added as %2.").arg(name, roles::displayName(role)));
}

void UsersDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove %1?").arg(name),
        tr("Remove %1 from this register? The register gets a new key, and %1's passphrase "
           "opens nothing of it any more. Copies made before (backups, an old copy of the file "
           "with its .users file) still open as they did.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    RegisterError error;
    const bool ok = m_change(
        [&](std::unique_ptr<Register> &reg, RegisterError *changeError) {
            return RegisterUsers::remove(reg, name, changeError);
        },
        &error);
    reload();
    if (!ok) {
        showError(error);
        return;
    }
    m_status->setText(tr("%1 was removed; the register has a new key.").arg(name));
}

AddUserDialog::AddUserDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("editUserName"));
    name->setMaxLength(64);
    auto *role = new QComboBox(this);
    role->setObjectName(QStringLiteral("comboRole"));
    for (const Role r : {Role::Invoerder, Role::Beheerder, Role::Zelfaanmelding})
        role->addItem(roles::displayName(r), roles::id(r));
    auto password = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
        return edit;
    };
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("Their &passphrase:"), password(QStringLiteral("editNewPassphrase")));
    form->addRow(tr("Re&peat it:"), password(QStringLiteral("editRepeatPassphrase")));
    form->addRow(tr("&Your own passphrase:"), password(QStringLiteral("editOwnPassphrase")));
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Your own passphrase confirms that it is you; leave it empty "
                               "when your key is in the keychain. Give the new user their "
                               "passphrase in person, never by e-mail."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("labelAddUserProblem"));
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    validate();
}

QString AddUserDialog::name() const
{
    return findChild<QLineEdit *>(QStringLiteral("editUserName"))->text().trimmed();
}

Role AddUserDialog::role() const
{
    const auto *combo = findChild<QComboBox *>(QStringLiteral("comboRole"));
    return roles::fromId(combo->currentData().toString()).value_or(Role::Invoerder);
}

QByteArray AddUserDialog::newPassphrase() const
{
    return findChild<QLineEdit *>(QStringLiteral("editNewPassphrase"))->text().toUtf8();
}

QByteArray AddUserDialog::ownPassphrase() const
{
    return findChild<QLineEdit *>(QStringLiteral("editOwnPassphrase"))->text().toUtf8();
}

void AddUserDialog::validate()
{
    const QString fresh = findChild<QLineEdit *>(QStringLiteral("editNewPassphrase"))->text();
    const QString repeat = findChild<QLineEdit *>(QStringLiteral("editRepeatPassphrase"))->text();
    QString problem;
    if (name().isEmpty())
        problem = tr("Type the new user's name.");
    else if (!PassphraseStrength::acceptable(fresh))
        problem = tr("Their passphrase is too easy to guess: use at least %1 characters, more "
                     "words, or a sentence nobody would expect.")
                      .arg(PassphraseStrength::MinimumLength);
    else if (fresh != repeat)
        problem = tr("The two passphrases differ.");
    findChild<QLabel *>(QStringLiteral("labelAddUserProblem"))->setText(problem);
    findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ChangePassphraseDialog::ChangePassphraseDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change my passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto password = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::validate);
        return edit;
    };
    form->addRow(tr("&Current passphrase:"), password(QStringLiteral("editCurrentPassphrase")));
    form->addRow(tr("&New passphrase:"), password(QStringLiteral("editNewPassphrase")));
    form->addRow(tr("Re&peat it:"), password(QStringLiteral("editRepeatPassphrase")));
    layout->addLayout(form);
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("labelChangePassphraseProblem"));
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    validate();
}

QByteArray ChangePassphraseDialog::currentPassphrase() const
{
    return findChild<QLineEdit *>(QStringLiteral("editCurrentPassphrase"))->text().toUtf8();
}

QByteArray ChangePassphraseDialog::newPassphrase() const
{
    return findChild<QLineEdit *>(QStringLiteral("editNewPassphrase"))->text().toUtf8();
}

void ChangePassphraseDialog::validate()
{
    const QString current = findChild<QLineEdit *>(QStringLiteral("editCurrentPassphrase"))->text();
    const QString fresh = findChild<QLineEdit *>(QStringLiteral("editNewPassphrase"))->text();
    const QString repeat = findChild<QLineEdit *>(QStringLiteral("editRepeatPassphrase"))->text();
    QString problem;
    if (current.isEmpty())
        problem = tr("Type your current passphrase.");
    else if (!PassphraseStrength::acceptable(fresh))
        problem = tr("The new passphrase is too easy to guess: use at least %1 characters, more "
                     "words, or a sentence nobody would expect.")
                      .arg(PassphraseStrength::MinimumLength);
    else if (fresh != repeat)
        problem = tr("The two passphrases differ.");
    findChild<QLabel *>(QStringLiteral("labelChangePassphraseProblem"))->setText(problem);
    findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace veldboek::gui
