#include "CreateRegisterDialog.h"

#include "FileChooser.h"
#include "WidgetSizing.h"
#include "keys/PassphraseStrength.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "storage/RegisterFile.h"
#include "ui_CreateRegisterDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace veldboek::gui {

CreateRegisterDialog::CreateRegisterDialog(const Keychain::Result &keychain,
                                           const QString &startDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateRegisterDialog>())
    , m_startDirectory(startDirectory)
{
    m_ui->setupUi(this);
    if (keychain.ok()) {
        m_ui->labelKeychainUnavailable->hide();
    } else {
        // Without a keychain the key could not be kept anywhere safe: only a passphrase will do.
        m_ui->radioKeychain->setEnabled(false);
        m_ui->radioPassphrase->setChecked(true);
        m_ui->labelKeychainUnavailable->setText(
            tr("Not available: no keychain answers on this computer."));
        m_ui->labelKeychainUnavailable->setToolTip(keychain.detail);
    }
    showError({});
    updatePassphraseFields();
    proposePath(tr("Participants"));
    showStrength();
    connect(m_ui->lineEditPassphrase, &QLineEdit::textChanged, this,
            &CreateRegisterDialog::showStrength);
    connect(m_ui->radioPassphrase, &QRadioButton::toggled, this,
            &CreateRegisterDialog::updatePassphraseFields);
    connect(m_ui->pushButtonCreate, &QPushButton::clicked, this, &CreateRegisterDialog::create);
    connect(m_ui->pushButtonCancel, &QPushButton::clicked, this, &CreateRegisterDialog::reject);
    connect(m_ui->pushButtonBrowse, &QPushButton::clicked, this, &CreateRegisterDialog::chooseFile);
    m_ui->lineEditPath->setFocus();
}

CreateRegisterDialog::~CreateRegisterDialog()
{
    wipeFields();
}

std::unique_ptr<Register> CreateRegisterDialog::takeRegister()
{
    return std::move(m_register);
}

QString CreateRegisterDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_ui->lineEditPath->text().trimmed());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(RegisterFile::Suffix);
    if (QFileInfo(path).isRelative())
        path = QDir(m_startDirectory).absoluteFilePath(path);
    return path;
}

QString CreateRegisterDialog::errorText() const
{
    return m_ui->labelError->text();
}

void CreateRegisterDialog::updatePassphraseFields()
{
    const bool passphrase = m_ui->radioPassphrase->isChecked();
    m_ui->labelPassphrase->setEnabled(passphrase);
    m_ui->lineEditPassphrase->setEnabled(passphrase);
    m_ui->labelConfirm->setEnabled(passphrase);
    m_ui->lineEditConfirm->setEnabled(passphrase);
    m_ui->labelPassphraseHint->setEnabled(passphrase);
    m_ui->labelStrength->setVisible(passphrase);
    fitHeightToContents(this);
}

void CreateRegisterDialog::proposeName(const QString &base)
{
    proposePath(base);
}

void CreateRegisterDialog::copyFrom(Register *source)
{
    m_copySource = source;
    setWindowTitle(tr("Save register as"));
    m_ui->labelIntro->setText(tr("Veldboek saves an encrypted copy of the register, with every "
                                 "change and the edit in hand, and goes on working in the copy. "
                                 "Choose where to save it and how its key is kept."));
    m_ui->pushButtonCreate->setText(tr("&Save"));
}

void CreateRegisterDialog::proposePath(const QString &base)
{
    // A first register needs no trip through a file dialog: a free name in the start folder
    // (the documents folder, or where the last register was), shown and changeable.
    const QDir folder(m_startDirectory);
    if (m_startDirectory.isEmpty() || !folder.exists())
        return;
    QString name = base + QLatin1String(RegisterFile::Suffix);
    for (int n = 2; QFileInfo::exists(folder.filePath(name)); ++n)
        name = QStringLiteral("%1 %2%3").arg(base).arg(n).arg(QLatin1String(RegisterFile::Suffix));
    m_ui->lineEditPath->setText(QDir::toNativeSeparators(folder.filePath(name)));
}

void CreateRegisterDialog::showStrength()
{
    const QString passphrase = m_ui->lineEditPassphrase->text();
    QString text;
    QString colour;
    if (passphrase.isEmpty()) {
        text = tr("Tip: a sentence of four or five words that belong together only for you.");
    } else if (passphrase.size() < MinimumPassphraseLength) {
        text = tr("Too short: at least %1 characters.").arg(MinimumPassphraseLength);
        colour = QStringLiteral("#b00020");
    } else {
        switch (PassphraseStrength::of(passphrase).level) {
        case PassphraseStrength::Level::Weak:
            text = tr("Weak: easy to guess. Add words, or choose a sentence nobody would expect.");
            colour = QStringLiteral("#b00020");
            break;
        case PassphraseStrength::Level::Fair:
            text = tr("Fair: one or two more unusual words make it strong.");
            colour = QStringLiteral("#8a5a00");
            break;
        case PassphraseStrength::Level::Strong:
            text = tr("Strong.");
            colour = QStringLiteral("#1b6e20");
            break;
        }
    }
    m_ui->labelStrength->setText(text);
    m_ui->labelStrength->setStyleSheet(colour.isEmpty() ? QString()
                                                        : QStringLiteral("color: %1;").arg(colour));
    m_ui->labelStrength->setAccessibleDescription(text);
}

void CreateRegisterDialog::showError(const QString &message, QWidget *focus)
{
    m_ui->labelError->setText(message);
    m_ui->labelError->setVisible(!message.isEmpty());
    fitHeightToContents(this);
    if (focus)
        focus->setFocus();
}

void CreateRegisterDialog::wipeFields()
{
    m_ui->lineEditPassphrase->clear();
    m_ui->lineEditConfirm->clear();
}

void CreateRegisterDialog::chooseFile()
{
    const QString chosen =
        FileChooser::choose(this, FileChooser::Purpose::Create, m_startDirectory);
    if (!chosen.isEmpty())
        m_ui->lineEditPath->setText(QDir::toNativeSeparators(chosen));
}

void CreateRegisterDialog::create()
{
    const QString target = path();
    if (target.isEmpty()) {
        showError(tr("Choose a file name for the register."), m_ui->lineEditPath);
        return;
    }
    KeyStore::Protection protection;
    if (m_ui->radioPassphrase->isChecked()) {
        const QString passphrase = m_ui->lineEditPassphrase->text();
        if (passphrase.size() < MinimumPassphraseLength) {
            showError(tr("The passphrase must be at least %1 characters long.")
                          .arg(MinimumPassphraseLength),
                      m_ui->lineEditPassphrase);
            return;
        }
        // The register's key stretching slows guessing down, it does not stop it: a passphrase
        // from the top of every password list falls in hours (core/keys/PassphraseStrength.h).
        if (PassphraseStrength::of(passphrase).level == PassphraseStrength::Level::Weak) {
            showError(tr("This passphrase is too easy to guess. Add words, or choose a sentence "
                         "nobody would expect."),
                      m_ui->lineEditPassphrase);
            return;
        }
        if (passphrase != m_ui->lineEditConfirm->text()) {
            showError(tr("The two passphrases are not the same. Type the passphrase again in "
                         "both fields."),
                      m_ui->lineEditConfirm);
            return;
        }
        protection.mode = KeyStore::Mode::Passphrase;
        protection.passphrase = passphrase.toUtf8();
    }
    RegisterError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // KeyStore::create and ::copyTo wipe the passphrase bytes after use.
    m_register = m_copySource
                     ? KeyStore::copyTo(*m_copySource, target, std::move(protection), &error)
                     : KeyStore::create(target, std::move(protection), &error);
    QApplication::restoreOverrideCursor();
    if (!m_register) {
        if (error.code == RegisterError::Code::KeychainUnavailable) {
            // The keychain went away since the dialog opened: offer what still works.
            m_ui->radioKeychain->setEnabled(false);
            m_ui->radioPassphrase->setChecked(true);
            showError(error.message(), m_ui->lineEditPassphrase);
        } else {
            showError(error.message(), m_ui->lineEditPath);
        }
        return;
    }
    wipeFields();
    accept();
}

} // namespace veldboek::gui
