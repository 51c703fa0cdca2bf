#include "ImportFilePage.h"

#include "GuiLocalization.h"
#include "ImportSession.h"
#include "SeverityStyle.h"
#include "exchange/XlsxReader.h"
#include "storage/RegisterDatasets.h"
#include "ui_ImportFilePage.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace veldboek::gui {

namespace {

bool isWorkbook(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportFilePage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->labelMessage->setObjectName(QStringLiteral("labelFileMessage"));
    m_ui->labelMessage->setStyleSheet(
        QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Error).name()));
    m_ui->labelMessage->hide();

    m_ui->comboDataset->addItem(tr("Recognise by the columns"), QString());
    for (const QString &name : RegisterDatasets::datasets()) {
        const Validator *validator = m_session.validatorFor(name);
        const DatasetSpec *dataset = validator ? validator->spec().dataset(name) : nullptr;
        if (dataset)
            m_ui->comboDataset->addItem(dataset->label.text(currentLanguage()), name);
    }
    m_ui->labelSheet->setVisible(false);
    m_ui->comboSheet->setVisible(false);

    connect(m_ui->pushButtonBrowse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_ui->lineEditFile, &QLineEdit::textChanged, this, [this] {
        m_ui->labelMessage->hide();
        Q_EMIT completeChanged();
    });
    connect(m_ui->lineEditFile, &QLineEdit::editingFinished, this, &ImportFilePage::loadSheets);
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::browse()
{
    const QString start = m_ui->lineEditFile->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_ui->lineEditFile->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import file"), start,
        tr("CSV files and workbooks (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->lineEditFile->setText(QDir::toNativeSeparators(path));
    loadSheets();
    m_ui->comboDataset->setFocus();
}

// A workbook with several sheets asks which one; a CSV file or a single sheet asks nothing.
void ImportFilePage::loadSheets()
{
    const QString path = QDir::fromNativeSeparators(m_ui->lineEditFile->text().trimmed());
    if (path == m_sheetsOf)
        return;
    m_sheetsOf = path;
    m_ui->comboSheet->clear();
    std::optional<QStringList> names;
    if (isWorkbook(path) && QFileInfo(path).isFile()) {
        XlsxError error;
        names = XlsxReader::sheetNames(path, currentLanguage(), &error);
        if (!names)
            showMessage(error.message);
    }
    if (names && names->size() > 1) {
        // Every sheet with how many of its columns Veldboek knows; the best is proposed.
        QList<const DatasetSpec *> datasets;
        for (const QString &name : RegisterDatasets::datasets()) {
            const Validator *validator = m_session.validatorFor(name);
            if (const DatasetSpec *dataset = validator ? validator->spec().dataset(name) : nullptr)
                datasets.append(dataset);
        }
        QString error;
        const auto fits = ImportSource::fitSheets(path, datasets, currentLanguage(), &error);
        int best = 0, bestMapped = 0;
        for (int i = 0; i < names->size(); ++i) {
            const int mapped = fits && i < fits->size() ? fits->at(i).mapped : 0;
            m_ui->comboSheet->addItem(
                mapped > 0 ? tr("%1 (%n known column(s))", nullptr, mapped).arg(names->at(i))
                           : names->at(i),
                names->at(i));
            if (mapped > bestMapped) {
                best = i;
                bestMapped = mapped;
            }
        }
        m_ui->comboSheet->setCurrentIndex(best);
    } else if (names) {
        for (const QString &name : *names)
            m_ui->comboSheet->addItem(name, name);
    }
    const bool choice = names && names->size() > 1;
    m_ui->labelSheet->setVisible(choice);
    m_ui->comboSheet->setVisible(choice);
}

void ImportFilePage::showMessage(const QString &text)
{
    m_ui->labelMessage->setText(text);
    m_ui->labelMessage->setVisible(!text.isEmpty());
}

bool ImportFilePage::isComplete() const
{
    return !m_ui->lineEditFile->text().trimmed().isEmpty();
}

QString ImportFilePage::bestDataset() const
{
    const QStringList header = m_session.header();
    QString best;
    int bestCount = 0;
    for (const QString &name : RegisterDatasets::datasets()) {
        const Validator *validator = m_session.validatorFor(name);
        const DatasetSpec *dataset = validator ? validator->spec().dataset(name) : nullptr;
        if (!dataset)
            continue;
        const std::optional<ColumnMapping> remembered =
            ColumnMapping::remembered(m_session.reg, name, header);
        const int count = remembered ? remembered->mappedCount(header)
                                     : ColumnMapping::propose(header, *dataset).mappedCount(header);
        if (count > bestCount) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_ui->lineEditFile->text().trimmed());
    loadSheets();
    if (!QFileInfo(path).isFile()) {
        showMessage(tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    std::optional<CsvDocument> document;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        document = ImportSource::read(path, m_ui->comboSheet->currentData().toString(),
                                      currentLanguage(), &error);
        QApplication::restoreOverrideCursor();
    }
    if (!document) {
        showMessage(error);
        return false;
    }
    const bool sameSource =
        path == m_session.path && m_ui->comboSheet->currentData().toString() == m_session.sheet;
    m_session.path = path;
    m_session.sheet = m_ui->comboSheet->currentData().toString();
    m_session.document = std::move(document);
    if (m_session.header().isEmpty() || m_session.document->records.isEmpty()) {
        showMessage(tr("%1 has no rows to import.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString dataset = m_ui->comboDataset->currentData().toString();
    if (dataset.isEmpty())
        dataset = bestDataset();
    if (dataset.isEmpty()) {
        showMessage(tr("None of the file's columns (%1) is a column Veldboek knows. Choose the "
                       "kind of data above; you can then link the columns yourself.")
                        .arg(m_session.header().join(QLatin1String(", "))));
        return false;
    }
    if (dataset != m_session.dataset || !sameSource)
        m_session.mapping = {}; // another file or dataset: the mapping page proposes afresh
    m_session.dataset = dataset;
    m_session.plan.reset();
    showMessage({});
    return true;
}

} // namespace veldboek::gui
