#pragma once

#include "domain/Participant.h"

#include <QAbstractTableModel>
#include <QList>

namespace veldboek {
class ParticipantRepository;
}

namespace veldboek::gui {

// The participants of the open register as a read-only table: respondent number, names and
// the dates of the trajectory. It holds every row in memory; a lazily fetching model replaces it
// once registers grow large (issue 4), so the view code only relies on QAbstractItemModel.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RespondentNumber, FirstName, LastName, StartDate, EndDate, ColumnCount };

    explicit ParticipantTableModel(QObject *parent = nullptr);

    // Reads every participant from the repository; false (and an empty table) when that fails.
    bool load(const ParticipantRepository &repository);
    void clear();

    // The register's field key shown in the column.
    static QString fieldKey(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Participant> m_participants;
};

} // namespace veldboek::gui
