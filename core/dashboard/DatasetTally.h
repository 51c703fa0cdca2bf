#pragma once

#include "DashboardTally.h"

#include <QSet>

namespace veldboek {

// The dashboard tally of one dataset fed as a stream of blocks of rows: what DashboardTally::add
// gives for a whole table (which is this with the table as its one block). Only counts are kept,
// and what a distinct count needs across blocks (GAS goals, CEM+ measurements) as 64-bit hashes
// of the key, never the rows: the endpoint tallies a package block by block
// (endpoint/SubmissionCheck.cpp). Two different keys sharing a 64-bit hash would count once; with
// a million keys the chance of that is about 1 in 30 million.
class DatasetTally
{
public:
    // `shape`: the dataset and the columns (field keys) of the blocks. `today` decides whether a
    // participant is still active.
    DatasetTally(const DataTable &shape, const QDate &today);
    // Adds a block's rows, but those whose line is in `skipLines` (failed rows).
    void add(const DataTable &block, const QSet<int> &skipLines = {});
    // Adds what was counted to `tally`; the distinct counts are those of this dataset alone.
    void addTo(DashboardTally &tally) const;
    qint64 memoryBytes() const;

private:
    enum class Kind { Other, Participants, Gas, Problem, Cem };
    void addParticipants(const DataTable &block, const QSet<int> &skip);
    void addGas(const DataTable &block, const QSet<int> &skip);
    void addProblem(const DataTable &block, const QSet<int> &skip);
    void addCem(const DataTable &block, const QSet<int> &skip);
    int column(const char *key) const;

    Kind m_kind = Kind::Other;
    QStringList m_columns;
    QDate m_today;
    DashboardTally m_counts; // what adds up row by row
    QSet<quint64> m_goals;
    QSet<quint64> m_measurements;
    QSet<quint64> m_graded;
    QList<QSet<quint64>> m_perDimension;
    QList<MeanTally> m_dimensions;
};

} // namespace veldboek
