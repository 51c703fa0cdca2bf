#include "ImportMappingPage.h"

#include "GuiLocalization.h"
#include "ImportSession.h"
#include "SeverityStyle.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {

constexpr int MaxDamageShown = 10;

// The first value a column has in the file, so the user sees what the column holds.
QString example(const CsvDocument &document, int column)
{
    for (const CsvRecord &record : document.records) {
        if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty())
            return record.fields.at(column).trimmed();
    }
    return {};
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose for each column of the file the field it fills. Veldboek remembers "
                   "your choice for the next file with the same columns."));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scrollMapping"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gridWidget = new QWidget(scroll);
    m_grid = new QGridLayout(m_gridWidget);
    m_grid->setColumnStretch(2, 1);
    scroll->setWidget(m_gridWidget);
    layout->addWidget(scroll, 1);

    auto *propose = m_propose = new QPushButton(tr("&Propose again"), this);
    propose->setObjectName(QStringLiteral("pushButtonPropose"));
    propose->setToolTip(tr("Link the columns by their names again, forgetting your changes."));
    propose->setAutoDefault(false);
    connect(propose, &QPushButton::clicked, this, [this] {
        const Validator *validator = m_session.validatorFor(m_session.dataset);
        m_session.mapping = ColumnMapping::propose(m_session.header(),
                                                   *validator->spec().dataset(m_session.dataset));
        rebuild();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(propose);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labelMappingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(
        QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Error).name()));
    m_message->hide();
    layout->addWidget(m_message);
}

void ImportMappingPage::initializePage()
{
    if (m_session.mapping.fieldForColumn.isEmpty()) {
        const QStringList header = m_session.header();
        if (auto remembered = ColumnMapping::remembered(m_session.reg, m_session.dataset, header)) {
            m_session.mapping = *remembered;
        } else {
            const Validator *validator = m_session.validatorFor(m_session.dataset);
            m_session.mapping =
                ColumnMapping::propose(header, *validator->spec().dataset(m_session.dataset));
        }
    }
    showMessage({});
    rebuild();
}

void ImportMappingPage::rebuild()
{
    m_combos.clear(); // deleted with the grid's other widgets below
    m_sources.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Validator *validator = m_session.validatorFor(m_session.dataset);
    const DatasetSpec &dataset = *validator->spec().dataset(m_session.dataset);
    const QString language = currentLanguage();

    auto heading = [this](const QString &text, int column) {
        auto *label =
            new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_gridWidget);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Column in the file"), 0);
    heading(tr("First value"), 1);
    heading(tr("Field in Veldboek"), 2);
    heading(tr("Found by"), 3);

    const QStringList header = m_session.header();
    QWidget *previous = nullptr;
    for (int c = 0; c < header.size(); ++c) {
        const QString column = header.at(c);
        auto *combo = new QComboBox(m_gridWidget);
        combo->setObjectName(QStringLiteral("comboMapping_%1").arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(column));
        combo->addItem(tr("(do not import)"), QString());
        for (const FieldSpec &field : dataset.fields)
            combo->addItem(QStringLiteral("%1 (%2)").arg(field.label.text(language), field.key),
                           field.key);
        const int index = combo->findData(m_session.mapping.fieldForColumn.value(column));
        combo->setCurrentIndex(index < 0 ? 0 : index);
        auto *source = new QLabel(sourceText(m_session.mapping.source(column)), m_gridWidget);
        source->setObjectName(QStringLiteral("labelMappingSource_%1").arg(c));
        if (m_session.mapping.source(column) == ColumnMapping::Source::Guess) {
            // A guess is proposed, not decided: it stands out until the user confirms it.
            source->setStyleSheet(
                QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Warning).name()));
            source->setToolTip(tr("The column name only resembles this field. Check it, and "
                                  "choose the field again to confirm it."));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, source] {
            takeChoices();
            source->setText(sourceText(ColumnMapping::Source::Given));
            source->setStyleSheet({});
            source->setToolTip({});
            showMessage({});
        });
        auto *name =
            new QLabel(column.trimmed().isEmpty() ? tr("(no name)") : column, m_gridWidget);
        name->setBuddy(combo);
        auto *value = new QLabel(m_gridWidget);
        const QString first = example(*m_session.document, c);
        value->setText(value->fontMetrics().elidedText(first, Qt::ElideRight,
                                                       20 * fontMetrics().averageCharWidth()));
        value->setToolTip(first);
        value->setEnabled(false); // grey: an example, not something to act on
        m_grid->addWidget(name, c + 1, 0);
        m_grid->addWidget(value, c + 1, 1);
        m_grid->addWidget(combo, c + 1, 2);
        m_grid->addWidget(source, c + 1, 3);
        m_sources.append(source);
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
        m_combos.append(combo);
    }
    m_grid->setRowStretch(static_cast<int>(header.size()) + 1, 1);
    // The combo boxes are made after the button: Tab goes through them first.
    if (previous)
        setTabOrder(previous, m_propose);
}

QString ImportMappingPage::sourceText(ColumnMapping::Source source)
{
    switch (source) {
    case ColumnMapping::Source::None:
        return {};
    case ColumnMapping::Source::Given:
        return tr("your choice");
    case ColumnMapping::Source::Remembered:
        return tr("remembered from an earlier import");
    case ColumnMapping::Source::ColumnName:
        return tr("the column name");
    case ColumnMapping::Source::Label:
        return tr("the field's name");
    case ColumnMapping::Source::Alias:
        return tr("a usual name for the field");
    case ColumnMapping::Source::Guess:
        return tr("a guess: the name is alike");
    }
    return {};
}

void ImportMappingPage::takeChoices()
{
    const QStringList header = m_session.header();
    ColumnMapping mapping;
    for (int c = 0; c < m_combos.size() && c < header.size(); ++c) {
        const QString &column = header.at(c);
        const QString key = m_combos.at(c)->currentData().toString();
        mapping.fieldForColumn.insert(column, key);
        // A field the user left as proposed keeps where it came from; any other is theirs.
        const bool kept = key == m_session.mapping.fieldForColumn.value(column);
        mapping.sourceOfColumn.insert(column, key.isEmpty() ? ColumnMapping::Source::None
                                              : kept        ? m_session.mapping.source(column)
                                                            : ColumnMapping::Source::Given);
    }
    m_session.mapping = mapping;
}

void ImportMappingPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ImportMappingPage::validatePage()
{
    takeChoices();
    const QStringList header = m_session.header();
    if (m_session.mapping.mappedCount(header) == 0) {
        showMessage(tr("No column is linked to a field: choose a field for at least one column."));
        return false;
    }
    const Validator *validator = m_session.validatorFor(m_session.dataset);
    ImportPlan::Options options;
    options.dataset = m_session.dataset;
    options.mapping = m_session.mapping;
    options.onMatch = ImportRow::Choice::Skip;
    QString error;
    std::optional<ImportPlan> plan;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        plan = ImportPlan::prepare(m_session.reg, *validator, *m_session.document, options, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!plan) {
        showMessage(error);
        return false;
    }
    plan->source = QFileInfo(m_session.path).fileName();
    if (!plan->damage.isEmpty()) {
        QStringList lines{tr("A spreadsheet program has damaged values in this file; nothing "
                             "will be imported until the file is saved again:")};
        for (int i = 0; i < plan->damage.size() && i < MaxDamageShown; ++i)
            lines.append(QStringLiteral("• ") + plan->damage.at(i).message(currentLanguage()));
        if (plan->damage.size() > MaxDamageShown)
            lines.append(tr("(%1 more)").arg(plan->damage.size() - MaxDamageShown));
        showMessage(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_session.plan = std::move(plan);
    showMessage({});
    return true;
}

} // namespace veldboek::gui
