#include "ExportDialog.h"

#include "Question.h"
#include "SeverityStyle.h"
#include "exchange/OwnExport.h"
#include "exchange/PortalExport.h"
#include "exchange/XlsxWriter.h"
#include "storage/Register.h"
#include "ui_ExportDialog.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace veldboek::gui {

const QString ExportDialog::XlsxFormat = QStringLiteral("xlsx");

namespace {

QString formatTitle(const QString &id)
{
    if (id == QLatin1String("mdt-proces1"))
        return ExportDialog::tr("MDT participant file (process 1)");
    if (id == QLatin1String("rap-gas"))
        return ExportDialog::tr("GAS file (Sturen op Resultaat)");
    if (id == QLatin1String("rap-probleem"))
        return ExportDialog::tr("Problem-reduction file (Sturen op Resultaat)");
    if (id == QLatin1String("cemplus-long"))
        return ExportDialog::tr("CEM+ long file");
    return ExportDialog::tr("Excel workbook for your own use (.xlsx)");
}

// A sheet per portal table in the workbook, named as Excel allows.
QString sheetName(const QString &id)
{
    if (id == QLatin1String("mdt-proces1"))
        return ExportDialog::tr("Participants");
    if (id == QLatin1String("rap-gas"))
        return ExportDialog::tr("GAS");
    if (id == QLatin1String("rap-probleem"))
        return ExportDialog::tr("Problem scores");
    return ExportDialog::tr("CEM+");
}

} // namespace

ExportDialog::ExportDialog(Register &reg, ValidatorFor validatorFor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_register(reg)
    , m_validatorFor(std::move(validatorFor))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    m_ui->labelMessage->setObjectName(QStringLiteral("labelExportMessage"));
    m_ui->labelMessage->setStyleSheet(
        QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Error).name()));
    m_ui->labelMessage->hide();
    for (const QString &id : PortalFormat::ids())
        m_ui->comboFormat->addItem(formatTitle(id), id);
    m_ui->comboFormat->addItem(formatTitle(XlsxFormat), XlsxFormat);

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_ui->lineEditFolder->setText(QDir::toNativeSeparators(folder));
    proposeFileName();

    QPushButton *exportButton =
        m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("pushButtonExport"));
    exportButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->comboFormat, &QComboBox::currentIndexChanged, this,
            &ExportDialog::proposeFileName);
    connect(m_ui->pushButtonBrowse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->lineEditFolder, &QLineEdit::textChanged, this, [this] { showMessage({}); });
    connect(m_ui->lineEditFileName, &QLineEdit::textChanged, this, [this] { showMessage({}); });
    resize(660, sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::run(Register &reg, const ValidatorFor &validatorFor, QWidget *parent)
{
    ExportDialog dialog(reg, validatorFor, parent);
    return dialog.exec() == QDialog::Accepted;
}

QString ExportDialog::organisation() const
{
    const QString name = m_register.setting(QStringLiteral("organisation_name")).toString();
    return name.isEmpty() ? QFileInfo(m_register.path()).completeBaseName() : name;
}

// The name the portal expects, as the core makes it (and as `veldboek-cli export` names it).
void ExportDialog::proposeFileName()
{
    const QString id = m_ui->comboFormat->currentData().toString();
    QString name;
    if (const std::optional<PortalFormat> format = PortalFormat::byId(id)) {
        name = PortalExport::fileName(*format, organisation(), QDate::currentDate());
    } else {
        PortalFormat workbook;
        workbook.fileNamePrefix = QStringLiteral("Veldboek");
        name = PortalExport::fileName(workbook, organisation(), QDate::currentDate(),
                                      QStringLiteral("xlsx"));
    }
    m_ui->lineEditFileName->setText(name);
}

void ExportDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for the export"),
                                          QDir::fromNativeSeparators(m_ui->lineEditFolder->text()));
    if (!folder.isEmpty())
        m_ui->lineEditFolder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::showMessage(const QString &text)
{
    m_ui->labelMessage->setText(text);
    m_ui->labelMessage->setVisible(!text.isEmpty());
}

QString ExportDialog::targetPath() const
{
    return QDir(QDir::fromNativeSeparators(m_ui->lineEditFolder->text().trimmed()))
        .filePath(m_ui->lineEditFileName->text().trimmed());
}

void ExportDialog::exportNow()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->lineEditFolder->text().trimmed());
    const QString name = m_ui->lineEditFileName->text().trimmed();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        showMessage(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        showMessage(tr("Give a file name without a folder in it."));
        return;
    }
    const QString path = targetPath();
    if (QFileInfo::exists(path) &&
        !Question::ask(this, QStringLiteral("overwrite"), tr("Replace file?"),
                       tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                       tr("&Replace")))
        return;
    const QString id = m_ui->comboFormat->currentData().toString();
    QString error;
    bool ok = false;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = id == XlsxFormat ? writeWorkbook(path, &error) : writePortalFile(id, path, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!ok) {
        showMessage(tr("Nothing was written to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_written = path;
    accept();
}

bool ExportDialog::writePortalFile(const QString &formatId, const QString &path, QString *error)
{
    const PortalFormat format = *PortalFormat::byId(formatId);
    const Validator *validator = m_validatorFor(format.dataset);
    if (!validator) {
        *error = tr("the data request for this format could not be loaded.");
        return false;
    }
    const PortalExport::Result result = PortalExport::run(m_register, format, validator->spec());
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    // Written beside the target and renamed when complete: never half a file.
    QSaveFile file(path);
    // A portal file holds personal data (plain citizen service numbers in the GAS file): the
    // user's alone, whatever the umask says, before a byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(result.csv) != result.csv.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool ExportDialog::writeWorkbook(const QString &path, QString *error)
{
    QList<XlsxSheet> sheets;
    for (const QString &id : PortalFormat::ids()) {
        const PortalFormat format = *PortalFormat::byId(id);
        const Validator *validator = m_validatorFor(format.dataset);
        if (!validator)
            continue;
        // The workbook is the organisation's own: each sheet keeps the fields the spec in force
        // no longer asks for (core/exchange/OwnExport.h).
        const PortalExport::Result result =
            OwnExport::run(m_register, format, validator->spec(), validator->language());
        if (!result.ok()) {
            *error = result.error;
            return false;
        }
        XlsxSheet sheet{sheetName(id), {result.header}};
        sheet.rows.append(result.rows);
        sheets.append(std::move(sheet));
    }
    return XlsxWriter::write(path, sheets, error);
}

} // namespace veldboek::gui
