#include "ImportPreviewPage.h"

#include "GuiLocalization.h"
#include "ImportChoiceDelegate.h"
#include "ImportPreviewModel.h"
#include "ImportSession.h"
#include "validation/Validator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace veldboek::gui {

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Every row as it will come in. Rows with errors come in flagged: you correct "
                   "them in Veldboek afterwards. Nothing has been written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labelPreviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("labelPreviewSource"));
    m_source->setWordWrap(true);
    layout->addWidget(m_source);
    m_ignored = new QLabel(this);
    m_ignored->setObjectName(QStringLiteral("labelIgnoredColumns"));
    m_ignored->setWordWrap(true);
    layout->addWidget(m_ignored);

    layout->addLayout(makeFilterBar());
    makeTable();
    layout->addWidget(m_table, 1);
    QPushButton *apply = makeMatchBar();
    layout->addWidget(m_matchBar);

    // Another choice for a match makes that row another record: check the rows again (after
    // the editor has closed, so the reset does not pull the model from under it).
    connect(
        m_model, &ImportPreviewModel::choicesChanged, this,
        [this] {
            ImportPlan &plan = *m_session.plan;
            plan.recheck(*m_session.validatorFor(plan.dataset));
            m_model->refresh();
            updateSummary();
        },
        Qt::QueuedConnection);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_choiceForAll);
    setTabOrder(m_choiceForAll, apply);
}

// "Show:" which rows: all, with errors, with warnings, or matching a registered participant.
QHBoxLayout *ImportPreviewPage::makeFilterBar()
{
    auto *filterBar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("comboPreviewFilter"));
    m_filter->setAccessibleName(tr("Rows shown"));
    m_filter->addItem(tr("All rows"), static_cast<int>(ImportPreviewModel::Filter::All));
    m_filter->addItem(tr("Rows with errors"), static_cast<int>(ImportPreviewModel::Filter::Errors));
    m_filter->addItem(tr("Rows with warnings"),
                      static_cast<int>(ImportPreviewModel::Filter::Warnings));
    m_filter->addItem(tr("Rows matching a registered participant"),
                      static_cast<int>(ImportPreviewModel::Filter::Matches));
    filterLabel->setBuddy(m_filter);
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter);
    filterBar->addStretch();
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(
            static_cast<ImportPreviewModel::Filter>(m_filter->currentData().toInt()));
    });
    return filterBar;
}

// The rows of the file, with the choice for a matching row editable in its column.
void ImportPreviewPage::makeTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tablePreview"));
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::Choice, new ImportChoiceDelegate(this));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control; the arrow keys move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

// What to do with every row that matches a registered participant; returns its button.
QPushButton *ImportPreviewPage::makeMatchBar()
{
    m_matchBar = new QWidget(this);
    auto *matchLayout = new QHBoxLayout(m_matchBar);
    matchLayout->setContentsMargins(0, 0, 0, 0);
    m_matchLabel = new QLabel(m_matchBar);
    m_matchLabel->setObjectName(QStringLiteral("labelMatches"));
    m_choiceForAll = new QComboBox(m_matchBar);
    m_choiceForAll->setObjectName(QStringLiteral("comboChoiceForAll"));
    m_choiceForAll->setAccessibleName(tr("What to do with every matching row"));
    for (const ImportRow::Choice choice :
         {ImportRow::Choice::Skip, ImportRow::Choice::Update, ImportRow::Choice::Add})
        m_choiceForAll->addItem(ImportPreviewModel::choiceText(choice), static_cast<int>(choice));
    m_matchLabel->setBuddy(m_choiceForAll);
    auto *apply = new QPushButton(tr("Apply to &all"), m_matchBar);
    apply->setObjectName(QStringLiteral("pushButtonChoiceForAll"));
    apply->setAutoDefault(false);
    connect(apply, &QPushButton::clicked, this, [this] {
        m_model->setChoiceForAll(
            static_cast<ImportRow::Choice>(m_choiceForAll->currentData().toInt()));
    });
    matchLayout->addWidget(m_matchLabel);
    matchLayout->addWidget(m_choiceForAll);
    matchLayout->addWidget(apply);
    matchLayout->addStretch();
    return apply;
}

void ImportPreviewPage::initializePage()
{
    ImportPlan &plan = *m_session.plan;
    const Validator *validator = m_session.validatorFor(plan.dataset);
    m_model->setPlan(&plan, validator->spec().dataset(plan.dataset), currentLanguage());
    m_filter->setCurrentIndex(0);
    updateSummary();

    // The messages get a fixed, generous width (the tooltip has them whole); the other columns
    // fit their header and the rows in view, which QTableView measures without reading all rows.
    m_table->horizontalHeader()->resizeSection(ImportPreviewModel::Messages,
                                               48 * fontMetrics().averageCharWidth());
    QTimer::singleShot(0, this, [this] {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (c != ImportPreviewModel::Messages)
                m_table->resizeColumnToContents(c);
        }
    });
}

namespace {

QString lines(const QList<int> &numbers)
{
    QStringList texts;
    for (qsizetype i = 0; i < numbers.size() && i < 10; ++i)
        texts.append(QString::number(numbers.at(i)));
    if (numbers.size() > 10)
        texts.append(QStringLiteral("…"));
    return texts.join(QLatin1String(", "));
}

} // namespace

// How the file was read and what of it is not what it seems: the separator and encoding the
// reader detected, the sheet, rows that are no participants, what the workbook hides.
QString ImportPreviewPage::sourceText(const ImportPlan &plan) const
{
    const QLocale locale;
    QStringList parts;
    if (plan.encoding == QLatin1String("XLSX")) {
        parts.append(tr("Read from the sheet \u201C%1\u201D.").arg(plan.sheet));
    } else {
        const QString separator = plan.delimiter == QLatin1Char('\t')
                                      ? tr("tab")
                                      : QStringLiteral("\u201C%1\u201D").arg(plan.delimiter);
        parts.append(tr("Read as CSV: separator %1, encoding %2.").arg(separator, plan.encoding));
    }
    if (!plan.titleLines.isEmpty())
        parts.append(
            tr("Title rows above the header, not imported: %1.").arg(lines(plan.titleLines)));
    if (!plan.totalLines.isEmpty())
        parts.append(
            tr("Rows of totals under the list, not imported: %1.").arg(lines(plan.totalLines)));
    if (!plan.hiddenLines.isEmpty())
        parts.append(tr("Hidden rows in the workbook, imported: %1.").arg(lines(plan.hiddenLines)));
    if (!plan.hiddenColumns.isEmpty())
        parts.append(tr("Hidden columns in the workbook: %1.")
                         .arg(plan.hiddenColumns.join(QLatin1String(", "))));
    if (plan.newParticipants > 0)
        parts.append(tr("%n person/people of the file are not in the register: each is added as "
                        "a participant with only a citizen service number or client reference, "
                        "which the participants' check reports as incomplete until you fill in "
                        "the rest.",
                        nullptr, plan.newParticipants));
    if (plan.created.rows > 0)
        parts.append(tr("The participants' check of them as the register will hold them: %1 "
                        "without problems, %2 with warnings, %3 with errors.")
                         .arg(locale.toString(plan.created.clean),
                              locale.toString(plan.created.warnings),
                              locale.toString(plan.created.errors)));
    if (const QList<int> repeats = plan.repeatLines(); !repeats.isEmpty())
        parts.append(tr("Not imported, %n row(s) that repeat an earlier row of the file (the same "
                        "registered participant, or the same item of a measurement; the earlier "
                        "row is imported): lines %1.",
                        nullptr, int(repeats.size()))
                         .arg(lines(repeats)));
    if (const QList<int> differ = plan.measurementDiffers(); !differ.isEmpty())
        parts.append(tr("The register keeps a measurement's date, informant, questionnaire and "
                        "client reference from its first row; these rows give others, which are "
                        "not imported: lines %1.")
                         .arg(lines(differ)));
    if (plan.codesFromLabels > 0)
        parts.append(tr("%n value(s) written as the label of a code were read as that code.",
                        nullptr, plan.codesFromLabels));
    return parts.join(QLatin1Char(' '));
}

void ImportPreviewPage::updateSummary()
{
    const ImportPlan &plan = *m_session.plan;
    const QLocale locale;
    m_summary->setText(tr("%1 rows: %2 without problems, %3 with warnings, %4 with errors.")
                           .arg(locale.toString(plan.standingRows()),
                                locale.toString(plan.rowsWith(Severity::None)),
                                locale.toString(plan.rowsWith(Severity::Warning)),
                                locale.toString(plan.rowsWith(Severity::Error))));
    // The file's rows are checked with the rest of the register (the same person twice, a
    // number used again); what that check finds on the rest completes the problems panel's count.
    if (plan.registered.rows > 0)
        m_summary->setText(
            m_summary->text() + QLatin1Char(' ') +
            tr("The other %1 rows in the register, checked with these: %2 without problems, %3 "
               "with warnings, %4 with errors.")
                .arg(locale.toString(plan.registered.rows), locale.toString(plan.registered.clean),
                     locale.toString(plan.registered.warnings),
                     locale.toString(plan.registered.errors)));
    m_source->setText(sourceText(plan));
    m_ignored->setText(
        plan.ignoredColumns.isEmpty()
            ? QString()
            : tr("Columns not imported: %1").arg(plan.ignoredColumns.join(QLatin1String(", "))));
    m_ignored->setVisible(!plan.ignoredColumns.isEmpty());
    const int matches = plan.matches();
    m_matchLabel->setText(tr("Rows matching a participant already registered: %1. For all of "
                             "them:")
                              .arg(locale.toString(matches)));
    m_matchBar->setVisible(matches > 0);
    m_choiceForAll->setCurrentIndex(0);
}

} // namespace veldboek::gui
