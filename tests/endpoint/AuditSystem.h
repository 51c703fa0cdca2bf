#pragma once

#include "dashboard/PublishedTables.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// The disclosure auditor's own arithmetic (issue 13), written apart from the suppressor's
// (core/dashboard/Suppression.cpp's DisclosureModel and core/dashboard/CellRanges), so that a
// mistake in how the suppressor reads the published figures cannot hide itself: the auditor would
// make the same mistake when checking. It shares with the suppressor only the declaration of the
// tables (core/dashboard/PublishedTables), which says how figures add up, and GLPK as the solver.

// Integer ranges of named variables under linear constraints: every variable an integer within
// its bounds, every constraint a linear form between two limits. range() substitutes the known
// (fixed) variables into the constraints, keeps only the part of the system connected to the
// asked variable through unknown ones, and asks GLPK for its smallest and largest value.
class AuditSolver
{
public:
    // Larger than any count a dashboard holds; an upper bound this large means "no bound".
    static constexpr double unbounded = 1e7;

    struct Range
    {
        double low = 0;
        double high = unbounded;
    };

    void variable(const QString &name, double lower, double upper);
    bool has(const QString &name) const { return m_bounds.contains(name); }
    // lower <= sum of coefficient * variable <= upper; a variable not yet declared is added
    // as any non-negative integer.
    void constraint(const QList<std::pair<QString, double>> &terms, double lower, double upper);
    // nullopt when the variable is unknown or the system has no solution.
    std::optional<Range> range(const QString &name) const;

private:
    struct Bounds
    {
        double lower;
        double upper;
    };
    struct Constraint
    {
        QList<std::pair<QString, double>> terms;
        double lower;
        double upper;
    };
    std::optional<double> solve(const QString &name, bool maximise, const QStringList &unknowns,
                                const QList<Constraint> &constraints) const;

    QHash<QString, Bounds> m_bounds;
    QList<Constraint> m_constraints;
    QHash<QString, QList<int>> m_constraintsOf; // variable -> constraints it appears in
};

// What a reader can derive from one published side: the variables and constraints read from the
// published JSON and the declaration alone.
//  - a count shown is its value; a count hidden as "small" lies in 0..9; one hidden as
//    "complementary" is 10 or more; one hidden for another reason is any count; a latent cell
//    is any count up to the declaration's bound for it;
//  - every declared sum holds;
//  - a shown share s (four decimals, docs/api.md) of n over d: (s - 0.00005) d <= n <=
//    (s + 0.00005) d;
//  - a shown mean m (two decimals) of grades g with counts n_g:
//    |sum (g - m) n_g| <= 0.005 sum n_g.
class AuditSystem
{
public:
    AuditSystem(const PublishedTables &declaration, const QJsonObject &published);
    std::optional<AuditSolver::Range> range(const QString &cell) const
    {
        return m_solver.range(cell);
    }

private:
    AuditSolver m_solver;
};

} // namespace veldboek
