#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// What a reader can work out about figures that are not shown: every cell is a non-negative
// integer variable with the bounds the reader knows (a shown figure is fixed, a figure hidden
// for being small lies in 0..9, a figure hidden to protect another one is 10 or more), tied by
// the linear relations of the published tables (a total is the sum of its parts; a shown mean
// pins a weighted sum within its rounding). range() solves two integer programs (GLPK) for the
// smallest and largest value a cell can take. Used by the complementary suppression and by the
// disclosure auditor (tests/endpoint/tst_disclosureaudit.cpp).
class CellRanges
{
public:
    // Larger than any count a dashboard holds: a variable that reaches it is unbounded.
    static constexpr double unbounded = 1e7;

    struct Term
    {
        int cell;
        double coefficient;
    };
    struct Row
    {
        QList<Term> terms;
        double lower; // -unbounded for none
        double upper; // +unbounded for none
    };
    struct Range
    {
        double low = 0;
        double high = unbounded;
    };

    int addCell(double lower, double upper);
    void setBounds(int cell, double lower, double upper);
    double lowerBound(int cell) const { return m_cells.at(cell).lower; }
    double upperBound(int cell) const { return m_cells.at(cell).upper; }
    void addRow(const Row &row);
    // Both ends, over integers; nullopt when the relations and bounds have no solution at all.
    std::optional<Range> range(int cell) const;
    int cellCount() const { return static_cast<int>(m_cells.size()); }

private:
    struct Bounds
    {
        double lower;
        double upper;
    };
    std::optional<double> optimise(int cell, bool maximise, const QList<int> &cells,
                                   const QList<int> &rows) const;

    QList<Bounds> m_cells;
    QList<Row> m_rows;
};

} // namespace veldboek
