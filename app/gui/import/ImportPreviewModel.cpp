#include "ImportPreviewModel.h"

#include "SeverityStyle.h"

namespace veldboek::gui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(ImportPlan *plan, const DatasetSpec *dataset,
                                 const QString &language)
{
    beginResetModel();
    m_plan = plan;
    m_dataset = dataset;
    m_language = language;
    rebuildVisible();
    endResetModel();
}

void ImportPreviewModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

void ImportPreviewModel::rebuildVisible()
{
    m_visible.clear();
    if (!m_plan)
        return;
    m_visible.reserve(m_plan->rows.size());
    for (int i = 0; i < m_plan->rows.size(); ++i) {
        const ImportRow &row = m_plan->rows.at(i);
        const bool shown = m_filter == Filter::All ||
                           (m_filter == Filter::Errors && row.status == Severity::Error) ||
                           (m_filter == Filter::Warnings && row.status == Severity::Warning) ||
                           (m_filter == Filter::Matches && row.match != ImportRow::Match::None);
        if (shown)
            m_visible.append(i);
    }
}

void ImportPreviewModel::setChoiceForAll(ImportRow::Choice choice)
{
    if (!m_plan)
        return;
    m_plan->chooseForMatches(choice);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, Choice), index(rowCount() - 1, Choice));
    Q_EMIT choicesChanged();
}

void ImportPreviewModel::refresh()
{
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

QString ImportPreviewModel::choiceText(ImportRow::Choice choice)
{
    switch (choice) {
    case ImportRow::Choice::Add:
        return tr("Add as new");
    case ImportRow::Choice::Update:
        return tr("Update");
    case ImportRow::Choice::Skip:
        return tr("Skip");
    }
    return {};
}

QString ImportPreviewModel::matchText(ImportRow::Match match)
{
    switch (match) {
    case ImportRow::Match::None:
        return {};
    case ImportRow::Match::RespondentNumber:
        return tr("Same respondent number");
    case ImportRow::Match::Bsn:
        return tr("Same citizen service number");
    case ImportRow::Match::LikelySamePerson:
        return tr("Likely the same person");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_plan)
        return 0;
    return FirstValue + static_cast<int>(m_plan->table.columns.size());
}

QString ImportPreviewModel::messages(const ImportRow &row, const QString &separator) const
{
    QStringList texts;
    for (const Finding &finding : row.findings) {
        const FieldSpec *field = m_dataset ? m_dataset->field(finding.field) : nullptr;
        texts.append(
            field ? QStringLiteral("%1: %2").arg(field->label.text(m_language), finding.message)
                  : finding.message);
    }
    return texts.join(separator);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_plan || index.row() >= m_visible.size())
        return {};
    const int i = m_visible.at(index.row());
    const ImportRow &row = m_plan->rows.at(i);
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Line:
            return row.line;
        case Status:
            return row.repeats > 0 ? QString() : SeverityStyle::name(row.status);
        case Messages:
            return messages(row,
                            role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        case Match:
            // A row the register holds no record of its own for: the earlier row is imported.
            return row.repeats > 0 ? tr("Same as line %1: not imported").arg(row.repeats)
                                   : matchText(row.match);
        case Choice:
            return row.match == ImportRow::Match::None || row.repeats > 0 ? QString()
                                                                          : choiceText(row.choice);
        default:
            return m_plan->table.rows.at(i).values.value(column - FirstValue);
        }
    }
    if (role == Qt::EditRole && column == Choice)
        return static_cast<int>(row.choice);
    if (role == Qt::DecorationRole && column == Status && row.repeats == 0)
        return SeverityStyle::icon(row.status);
    if (role == Qt::ForegroundRole && column == Messages && row.status != Severity::None)
        return SeverityStyle::colour(row.status);
    if (role == Qt::TextAlignmentRole && column == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Choice || role != Qt::EditRole || !m_plan)
        return false;
    ImportRow &row = m_plan->rows[m_visible.at(index.row())];
    if (row.match == ImportRow::Match::None || row.repeats > 0)
        return false;
    const auto choice = static_cast<ImportRow::Choice>(value.toInt());
    if (row.choice == choice)
        return true;
    row.choice = choice;
    Q_EMIT dataChanged(index, index);
    Q_EMIT choicesChanged();
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Choice && m_plan) {
        const ImportRow &row = m_plan->rows.at(m_visible.at(index.row()));
        if (row.match != ImportRow::Match::None && row.repeats == 0)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Status:
        return tr("Status");
    case Messages:
        return tr("Messages");
    case Match:
        return tr("Already registered");
    case Choice:
        return tr("Choice");
    default:
        break;
    }
    if (!m_plan)
        return {};
    const QString key = m_plan->table.columns.value(section - FirstValue);
    const FieldSpec *field = m_dataset ? m_dataset->field(key) : nullptr;
    return field ? field->label.text(m_language) : key;
}

} // namespace veldboek::gui
