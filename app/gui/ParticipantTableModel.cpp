#include "ParticipantTableModel.h"

#include "storage/ParticipantRepository.h"

namespace veldboek::gui {

ParticipantTableModel::ParticipantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ParticipantTableModel::load(const ParticipantRepository &repository)
{
    QList<Participant> participants;
    const bool ok = repository.forEach(
        [&participants](const Participant &participant) { participants.append(participant); });
    beginResetModel();
    m_participants = ok ? std::move(participants) : QList<Participant>();
    endResetModel();
    return ok;
}

void ParticipantTableModel::clear()
{
    beginResetModel();
    m_participants.clear();
    endResetModel();
}

QString ParticipantTableModel::fieldKey(int column)
{
    switch (column) {
    case RespondentNumber:
        return QStringLiteral("respondentnummer");
    case FirstName:
        return QStringLiteral("voornaam");
    case LastName:
        return QStringLiteral("achternaam");
    case StartDate:
        return QStringLiteral("startdatum");
    case EndDate:
        return QStringLiteral("einddatum");
    default:
        return {};
    }
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return m_participants.at(index.row()).value(fieldKey(index.column()));
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RespondentNumber:
        return tr("Respondent number");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case StartDate:
        return tr("Start date");
    case EndDate:
        return tr("End date");
    default:
        return {};
    }
}

} // namespace veldboek::gui
