#include "ParticipantTableModel.h"

#include "SeverityStyle.h"
#include "storage/Register.h"

#include <QSet>

namespace veldboek::gui {

namespace {
// One page: a screenful many times over, yet one cheap query.
constexpr int PageSize = 200;
constexpr int CacheLimit = 20 * PageSize;
} // namespace

ParticipantTableModel::ParticipantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ParticipantTableModel::setRegister(Register *reg)
{
    m_register = reg;
    m_worst.clear();
    m_statusesKnown = false;
    return refresh();
}

void ParticipantTableModel::clear()
{
    setRegister(nullptr);
}

bool ParticipantTableModel::refresh()
{
    bool ok = true;
    QList<qint64> ids;
    if (m_register) {
        ParticipantRepository repository(*m_register);
        ids = repository.ids(m_query);
        ok = !(ids.isEmpty() && m_register->lastError() && repository.count() > 0);
        if (m_state != StateFilter::All) {
            // The state is read with the rows of the page in view; filtering needs them all,
            // so a state filter reads the two columns it needs for every id once.
            QList<qint64> kept;
            const QList<Participant> rows = repository.findMany(ids);
            QSet<qint64> matching;
            for (const Participant &p : rows) {
                if (matchesState(p))
                    matching.insert(p.id);
            }
            for (const qint64 id : std::as_const(ids)) {
                if (matching.contains(id))
                    kept.append(id);
            }
            ids = std::move(kept);
        }
    }
    beginResetModel();
    m_cache.clear();
    m_allIds = std::move(ids);
    m_ids.clear();
    applyProblemsFilter();
    endResetModel();
    return ok;
}

bool ParticipantTableModel::matchesState(const Participant &participant) const
{
    const bool deletionRequested = !participant.deletionRequestedAt.isEmpty();
    const bool ended = !participant.value(u"einddatum").isEmpty();
    switch (m_state) {
    case StateFilter::All:
        return true;
    case StateFilter::Active:
        return !deletionRequested && !ended;
    case StateFilter::Ended:
        return !deletionRequested && ended;
    case StateFilter::DeletionRequested:
        return deletionRequested;
    case StateFilter::SelfRegistered:
        // Entered at the kiosk (app/gui/kiosk): staff complete them (end date, reason).
        return !participant.selfRegisteredAt.isEmpty();
    }
    return true;
}

void ParticipantTableModel::applyProblemsFilter()
{
    if (!m_problemsOnly || !m_statusesKnown) {
        m_ids = m_allIds;
        return;
    }
    m_ids.clear();
    for (const qint64 id : std::as_const(m_allIds)) {
        if (m_worst.value(id, Severity::None) != Severity::None)
            m_ids.append(id);
    }
}

void ParticipantTableModel::setSearch(const QString &text)
{
    if (m_query.search == text)
        return;
    m_query.search = text;
    refresh();
}

void ParticipantTableModel::setStateFilter(StateFilter filter)
{
    if (m_state == filter)
        return;
    m_state = filter;
    refresh();
}

void ParticipantTableModel::setProblemsOnly(bool only)
{
    if (m_problemsOnly == only)
        return;
    m_problemsOnly = only;
    beginResetModel();
    applyProblemsFilter();
    endResetModel();
}

void ParticipantTableModel::setStatuses(const QHash<qint64, Severity> &worst, bool known)
{
    m_worst = worst;
    m_statusesKnown = known;
    if (m_problemsOnly) {
        beginResetModel();
        applyProblemsFilter();
        endResetModel();
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, Status), index(int(m_ids.size()) - 1, Status));
    }
}

qint64 ParticipantTableModel::participantId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ParticipantTableModel::rowOf(qint64 participantId) const
{
    return int(m_ids.indexOf(participantId));
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
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Participant *ParticipantTableModel::fetch(int row) const
{
    const qint64 id = m_ids.at(row);
    auto found = m_cache.constFind(id);
    if (found != m_cache.cend())
        return &found.value();
    if (!m_register)
        return nullptr;
    if (m_cache.size() > CacheLimit)
        m_cache.clear();
    // The page around the row, so scrolling either way finds its rows already here.
    const int first = qMax(0, row - PageSize / 4);
    const int last = qMin(int(m_ids.size()), first + PageSize);
    QList<qint64> page;
    page.reserve(last - first);
    for (int r = first; r < last; ++r) {
        if (!m_cache.contains(m_ids.at(r)))
            page.append(m_ids.at(r));
    }
    const QList<Participant> rows = ParticipantRepository(*m_register).findMany(page);
    for (const Participant &participant : rows)
        m_cache.insert(participant.id, participant);
    found = m_cache.constFind(id);
    return found != m_cache.cend() ? &found.value() : nullptr;
}

Severity ParticipantTableModel::statusOf(qint64 id) const
{
    return m_worst.value(id, Severity::None);
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == ParticipantIdRole)
        return id;
    if (index.column() == Status) {
        if (!m_statusesKnown)
            return role == Qt::DisplayRole ? QVariant(tr("checking…")) : QVariant();
        const Severity severity = statusOf(id);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return SeverityStyle::name(severity);
        case Qt::DecorationRole:
            return SeverityStyle::icon(severity);
        case Qt::ForegroundRole:
            return SeverityStyle::colour(severity);
        case SeverityRole:
            return int(severity);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Participant *participant = fetch(index.row());
    if (!participant)
        return {};
    const QString value = participant->value(fieldKey(index.column()));
    if (role == Qt::ToolTipRole && !participant->deletionRequestedAt.isEmpty())
        return tr("%1 (deletion requested)").arg(value);
    if (role == Qt::ToolTipRole && !participant->selfRegisteredAt.isEmpty())
        return tr("%1 (self-registered at the kiosk)").arg(value);
    return value;
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
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == Status || column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = fieldKey(column);
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

} // namespace veldboek::gui
