#include "AuditSystem.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <glpk.h>
#include <memory>
#include <vector>

namespace veldboek {

namespace {

// Room for the floating-point products of rounded shares and means.
constexpr double slack = 1e-7;

QJsonObject figureAt(const QJsonObject &side, const QString &path)
{
    return PublishedTables::at(side, path);
}

bool isHidden(const QJsonObject &figure)
{
    return figure.value(QLatin1String("suppressed")).toBool(false) ||
           figure.value(QLatin1String("value")).isNull();
}

struct DeleteProblem
{
    void operator()(glp_prob *p) const { glp_delete_prob(p); }
};

} // namespace

void AuditSolver::variable(const QString &name, double lower, double upper)
{
    m_bounds.insert(name, {lower, std::min(upper, unbounded)});
}

void AuditSolver::constraint(const QList<std::pair<QString, double>> &terms, double lower,
                             double upper)
{
    for (const auto &term : terms) {
        if (!m_bounds.contains(term.first))
            variable(term.first, 0, unbounded);
        m_constraintsOf[term.first].append(int(m_constraints.size()));
    }
    m_constraints.append({terms, lower, upper});
}

std::optional<AuditSolver::Range> AuditSolver::range(const QString &name) const
{
    if (!m_bounds.contains(name))
        return std::nullopt;
    const Bounds own = m_bounds.value(name);
    if (own.lower == own.upper)
        return Range{own.lower, own.upper};
    // The unknown variables reachable from this one through constraints, and those constraints
    // with every known variable moved into their limits.
    QStringList unknowns{name};
    QSet<QString> seen{name};
    QSet<int> used;
    QList<Constraint> constraints;
    for (qsizetype next = 0; next < unknowns.size(); ++next) {
        for (const int c : m_constraintsOf.value(unknowns.at(next))) {
            if (used.contains(c))
                continue;
            used.insert(c);
            const Constraint &original = m_constraints.at(c);
            Constraint reduced{{}, original.lower, original.upper};
            for (const auto &[cell, coefficient] : original.terms) {
                const Bounds b = m_bounds.value(cell);
                if (b.lower == b.upper) {
                    reduced.lower -= coefficient * b.lower;
                    reduced.upper -= coefficient * b.lower;
                    continue;
                }
                reduced.terms.append({cell, coefficient});
                if (!seen.contains(cell)) {
                    seen.insert(cell);
                    unknowns.append(cell);
                }
            }
            if (reduced.terms.isEmpty()) {
                // All known: either it holds, or what is published contradicts itself.
                if (reduced.lower > slack || reduced.upper < -slack)
                    return std::nullopt;
                continue;
            }
            constraints.append(reduced);
        }
    }
    const std::optional<double> low = solve(name, false, unknowns, constraints);
    const std::optional<double> high = low ? solve(name, true, unknowns, constraints) : low;
    if (!low || !high)
        return std::nullopt;
    return Range{std::round(*low), std::round(*high)};
}

std::optional<double> AuditSolver::solve(const QString &name, bool maximise,
                                         const QStringList &unknowns,
                                         const QList<Constraint> &constraints) const
{
    glp_term_out(GLP_OFF);
    const std::unique_ptr<glp_prob, DeleteProblem> problem(glp_create_prob());
    glp_prob *p = problem.get();
    glp_set_obj_dir(p, maximise ? GLP_MAX : GLP_MIN);
    QHash<QString, int> column;
    glp_add_cols(p, int(unknowns.size()));
    for (int i = 0; i < unknowns.size(); ++i) {
        const Bounds b = m_bounds.value(unknowns.at(i));
        column.insert(unknowns.at(i), i + 1);
        glp_set_col_kind(p, i + 1, GLP_IV);
        glp_set_col_bnds(p, i + 1, GLP_DB, b.lower, b.upper);
        glp_set_obj_coef(p, i + 1, unknowns.at(i) == name ? 1 : 0);
    }
    std::vector<int> rows{0};
    std::vector<int> columns{0};
    std::vector<double> values{0};
    if (!constraints.isEmpty())
        glp_add_rows(p, int(constraints.size()));
    for (int r = 0; r < constraints.size(); ++r) {
        const Constraint &c = constraints.at(r);
        const bool below = c.lower > -unbounded;
        const bool above = c.upper < unbounded;
        const int type = below && above ? (c.lower == c.upper ? GLP_FX : GLP_DB)
                         : below        ? GLP_LO
                         : above        ? GLP_UP
                                        : GLP_FR;
        glp_set_row_bnds(p, r + 1, type, c.lower, c.upper);
        for (const auto &[cell, coefficient] : c.terms) {
            rows.push_back(r + 1);
            columns.push_back(column.value(cell));
            values.push_back(coefficient);
        }
    }
    glp_load_matrix(p, int(rows.size()) - 1, rows.data(), columns.data(), values.data());
    glp_iocp options;
    glp_init_iocp(&options);
    options.presolve = GLP_ON;
    options.msg_lev = GLP_MSG_OFF;
    if (glp_intopt(p, &options) != 0 || glp_mip_status(p) != GLP_OPT)
        return std::nullopt;
    return glp_mip_col_val(p, column.value(name));
}

AuditSystem::AuditSystem(const PublishedTables &declaration, const QJsonObject &published)
{
    constexpr double small = 10; // docs/privacy.md: a count under 10 is hidden as "small"
    for (const PublishedTables::Figure &f : declaration.figures) {
        if (f.kind != PublishedTables::Kind::Count)
            continue;
        const QJsonObject figure = figureAt(published, f.path);
        const QString reason = figure.value(QLatin1String("reason")).toString();
        if (!isHidden(figure)) {
            const double v = figure.value(QLatin1String("value")).toDouble();
            m_solver.variable(f.path, v, v);
        } else if (reason == QLatin1String("small")) {
            m_solver.variable(f.path, 0, small - 1);
        } else if (reason == QLatin1String("complementary")) {
            m_solver.variable(f.path, small, AuditSolver::unbounded);
        } else {
            m_solver.variable(f.path, 0, AuditSolver::unbounded);
        }
    }
    for (const QString &cell : declaration.latent)
        m_solver.variable(cell, 0, declaration.latentUpper.value(cell, AuditSolver::unbounded));
    for (const PublishedTables::Sum &sum : declaration.sums) {
        QList<std::pair<QString, double>> terms{{sum.total, -1}};
        for (const QString &part : sum.parts)
            terms.append({part, 1});
        m_solver.constraint(terms, 0, 0);
    }
    for (const PublishedTables::Share &share : declaration.shares) {
        const QJsonObject figure = figureAt(published, share.figure);
        if (isHidden(figure))
            continue;
        const double s = figure.value(QLatin1String("value")).toDouble();
        // n - (s - 0.00005) d >= 0 and n - (s + 0.00005) d <= 0
        m_solver.constraint({{share.numerator, 1}, {share.denominator, -(s - 0.00005)}}, -slack,
                            AuditSolver::unbounded);
        m_solver.constraint({{share.numerator, 1}, {share.denominator, -(s + 0.00005)}},
                            -AuditSolver::unbounded, slack);
    }
    for (const PublishedTables::Mean &mean : declaration.means) {
        const QJsonObject figure = figureAt(published, mean.figure);
        if (isHidden(figure) || mean.terms.isEmpty())
            continue;
        const double m = figure.value(QLatin1String("value")).toDouble();
        // sum (g - m - 0.005) n_g <= 0 <= sum (g - m + 0.005) n_g
        QList<std::pair<QString, double>> below;
        QList<std::pair<QString, double>> above;
        for (const auto &[cell, grade] : mean.terms) {
            below.append({cell, grade - m - 0.005});
            above.append({cell, grade - m + 0.005});
        }
        m_solver.constraint(below, -AuditSolver::unbounded, slack);
        m_solver.constraint(above, -slack, AuditSolver::unbounded);
    }
}

} // namespace veldboek
