#pragma once

#include "domain/Participant.h"
#include "storage/ParticipantRepository.h"
#include "validation/Spec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// The participants of the open register as a read-only table. It holds only the ids of the rows
// in view (in the chosen order, after search and filters) and fetches the rows' values from the
// repository a page at a time as the view asks for them, so a register of 100,000 participants
// opens at once. The status column shows the worst finding of the last register check.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RespondentNumber, FirstName, LastName, StartDate, EndDate, Status, ColumnCount };
    // In the order of the main window's "Show" list (forms/MainWindow.ui).
    enum class StateFilter { All, Active, Ended, DeletionRequested, SelfRegistered };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2;

    explicit ParticipantTableModel(QObject *parent = nullptr);

    // Shows the participants of `reg` (nullptr: none). False when reading failed.
    bool setRegister(Register *reg);
    void clear();
    // Reads the ids again (after an edit, an import, a deletion); keeps search, filter, order.
    bool refresh();

    void setSearch(const QString &text);
    void setStateFilter(StateFilter filter);
    void setProblemsOnly(bool only);
    void setStatuses(const QHash<qint64, Severity> &worst, bool known = true);

    qint64 participantId(int row) const;
    int rowOf(qint64 participantId) const;
    int totalCount() const { return int(m_allIds.size()); }

    // The register's field key shown in the column (empty for the status column).
    static QString fieldKey(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const Participant *fetch(int row) const;
    void applyProblemsFilter();
    bool matchesState(const Participant &participant) const;
    Severity statusOf(qint64 id) const;

    Register *m_register = nullptr;
    ParticipantRepository::IdQuery m_query;
    StateFilter m_state = StateFilter::All;
    bool m_problemsOnly = false;
    QList<qint64> m_allIds; // matching search and state, in order
    QList<qint64> m_ids;    // what the view shows: m_allIds less the problem-free rows if asked
    QHash<qint64, Severity> m_worst;
    bool m_statusesKnown = false;
    // Rows fetched so far; dropped wholesale when it grows past a few pages' worth.
    mutable QHash<qint64, Participant> m_cache;
};

} // namespace veldboek::gui
