#include "CellRanges.h"

#include <QHash>
#include <QSet>
#include <glpk.h>
#include <memory>

namespace veldboek {

namespace {

bool fixed(double lower, double upper)
{
    return lower == upper;
}

struct ProblemDeleter
{
    void operator()(glp_prob *problem) const { glp_delete_prob(problem); }
};

} // namespace

int CellRanges::addCell(double lower, double upper)
{
    m_cells.append({lower, upper});
    return static_cast<int>(m_cells.size()) - 1;
}

void CellRanges::setBounds(int cell, double lower, double upper)
{
    m_cells[cell] = {lower, upper};
}

void CellRanges::addRow(const Row &row)
{
    m_rows.append(row);
}

std::optional<CellRanges::Range> CellRanges::range(int cell) const
{
    if (fixed(m_cells.at(cell).lower, m_cells.at(cell).upper))
        return Range{m_cells.at(cell).lower, m_cells.at(cell).upper};
    // Only the cells connected to this one through free cells matter: a shown figure passes
    // nothing on. Solving that part alone keeps every program a handful of variables.
    QSet<int> cells{cell};
    QList<int> frontier{cell};
    QSet<int> rows;
    while (!frontier.isEmpty()) {
        const int c = frontier.takeLast();
        for (int r = 0; r < m_rows.size(); ++r) {
            if (rows.contains(r))
                continue;
            bool touches = false;
            for (const Term &t : m_rows.at(r).terms)
                touches = touches || t.cell == c;
            if (!touches)
                continue;
            rows.insert(r);
            for (const Term &t : m_rows.at(r).terms) {
                const Bounds &b = m_cells.at(t.cell);
                if (!cells.contains(t.cell)) {
                    cells.insert(t.cell);
                    if (!fixed(b.lower, b.upper))
                        frontier.append(t.cell);
                }
            }
        }
    }
    const QList<int> cellList(cells.cbegin(), cells.cend());
    const QList<int> rowList(rows.cbegin(), rows.cend());
    const std::optional<double> low = optimise(cell, false, cellList, rowList);
    if (!low)
        return std::nullopt;
    const std::optional<double> high = optimise(cell, true, cellList, rowList);
    if (!high)
        return std::nullopt;
    return Range{*low, *high};
}

std::optional<double> CellRanges::optimise(int cell, bool maximise, const QList<int> &cells,
                                           const QList<int> &rows) const
{
    glp_term_out(GLP_OFF);
    std::unique_ptr<glp_prob, ProblemDeleter> problem(glp_create_prob());
    glp_prob *lp = problem.get();
    glp_set_obj_dir(lp, maximise ? GLP_MAX : GLP_MIN);
    QHash<int, int> column;
    glp_add_cols(lp, static_cast<int>(cells.size()));
    for (int i = 0; i < cells.size(); ++i) {
        const int c = cells.at(i);
        column.insert(c, i + 1);
        const double lower = m_cells.at(c).lower;
        const double upper = std::min(m_cells.at(c).upper, unbounded);
        glp_set_col_bnds(lp, i + 1, fixed(lower, upper) ? GLP_FX : GLP_DB, lower, upper);
        glp_set_col_kind(lp, i + 1, GLP_IV);
        glp_set_obj_coef(lp, i + 1, c == cell ? 1.0 : 0.0);
    }
    QList<int> ia{0};
    QList<int> ja{0};
    QList<double> ar{0};
    if (!rows.isEmpty())
        glp_add_rows(lp, static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = m_rows.at(rows.at(i));
        const bool hasLower = row.lower > -unbounded;
        const bool hasUpper = row.upper < unbounded;
        int type = GLP_FR;
        if (hasLower && hasUpper)
            type = fixed(row.lower, row.upper) ? GLP_FX : GLP_DB;
        else if (hasLower)
            type = GLP_LO;
        else if (hasUpper)
            type = GLP_UP;
        glp_set_row_bnds(lp, i + 1, type, row.lower, row.upper);
        for (const Term &t : row.terms) {
            ia.append(i + 1);
            ja.append(column.value(t.cell));
            ar.append(t.coefficient);
        }
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.constData(), ja.constData(),
                    ar.constData());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    const int result = glp_intopt(lp, &parameters);
    if (result == GLP_ENOPFS || result == GLP_ENODFS)
        return std::nullopt;
    if (result != 0 || glp_mip_status(lp) != GLP_OPT)
        return std::nullopt;
    return glp_mip_col_val(lp, column.value(cell));
}

} // namespace veldboek
