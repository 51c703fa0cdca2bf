#include "Suppression.h"

#include "DashboardFigures.h"

#include <QSet>
#include <algorithm>

namespace veldboek {

namespace {

// A rounding margin for comparisons of figures shown with a few decimals.
constexpr double epsilon = 1e-9;
constexpr double smallest = static_cast<double>(DashboardFigures::minimumCases);

bool hidden(const QJsonObject &figure)
{
    return figure.value(QLatin1String("suppressed")).toBool();
}

QString reasonOf(const QJsonObject &figure)
{
    return figure.value(QLatin1String("reason")).toString();
}

QJsonObject hide(const QString &reason)
{
    return {{QStringLiteral("value"), QJsonValue::Null},
            {QStringLiteral("suppressed"), true},
            {QStringLiteral("reason"), reason}};
}

} // namespace

DisclosureModel::DisclosureModel(const PublishedTables &tables, const QJsonObject &side)
{
    const auto cell = [this](const QString &id, double lower, double upper) {
        const int index = m_ranges.addCell(lower, upper);
        m_index.insert(id, index);
        return index;
    };
    for (const PublishedTables::Figure &f : tables.figures) {
        if (f.kind != PublishedTables::Kind::Count)
            continue;
        const QJsonObject figure = PublishedTables::at(side, f.path);
        if (!hidden(figure)) {
            const double v = figure.value(QLatin1String("value")).toDouble();
            cell(f.path, v, v);
        } else if (reasonOf(figure) == QLatin1String("small")) {
            cell(f.path, 0, smallest - 1);
        } else if (reasonOf(figure) == QLatin1String("complementary")) {
            cell(f.path, smallest, CellRanges::unbounded);
        } else {
            cell(f.path, 0, CellRanges::unbounded);
        }
    }
    for (const QString &id : tables.latent)
        cell(id, 0, tables.latentUpper.value(id, CellRanges::unbounded));
    const auto known = [this, &cell](const QString &id) {
        const int index = cellOf(id);
        return index >= 0 ? index : cell(id, 0, CellRanges::unbounded);
    };
    for (const PublishedTables::Sum &sum : tables.sums) {
        CellRanges::Row row{{{known(sum.total), 1.0}}, 0, 0};
        for (const QString &part : sum.parts)
            row.terms.append({known(part), -1.0});
        m_ranges.addRow(row);
    }
    // A shown share s of a count n over d (four decimals): |n - s d| <= 0.00005 d.
    for (const PublishedTables::Share &share : tables.shares) {
        const QJsonObject figure = PublishedTables::at(side, share.figure);
        if (hidden(figure))
            continue;
        const double s = figure.value(QLatin1String("value")).toDouble();
        const int n = known(share.numerator);
        const int d = known(share.denominator);
        m_ranges.addRow({{{n, 1.0}, {d, -(s + 0.00005 + epsilon)}}, -CellRanges::unbounded, 0});
        m_ranges.addRow({{{n, 1.0}, {d, -(s - 0.00005 - epsilon)}}, 0, CellRanges::unbounded});
    }
    // A shown mean m (two decimals) of values g over counts n_g: sum (g - m) n_g within
    // 0.005 sum n_g of zero.
    for (const PublishedTables::Mean &mean : tables.means) {
        const QJsonObject figure = PublishedTables::at(side, mean.figure);
        if (hidden(figure) || mean.terms.isEmpty())
            continue;
        const double m = figure.value(QLatin1String("value")).toDouble();
        CellRanges::Row below{{}, -CellRanges::unbounded, 0};
        CellRanges::Row above{{}, 0, CellRanges::unbounded};
        for (const auto &[id, value] : mean.terms) {
            below.terms.append({known(id), value - m - 0.005 - epsilon});
            above.terms.append({known(id), value - m + 0.005 + epsilon});
        }
        m_ranges.addRow(below);
        m_ranges.addRow(above);
    }
}

std::optional<CellRanges::Range> DisclosureModel::range(const QString &cell) const
{
    const int index = cellOf(cell);
    if (index < 0)
        return std::nullopt;
    return m_ranges.range(index);
}

bool DisclosureModel::needsProtection(const PublishedTables &tables, const QJsonObject &side,
                                      const QString &cell, double truth)
{
    // A latent zero is protected where it is the complement of a person's attribute (declared
    // in PublishedTables::zeroProtected: a derivable 0 beside a shown total says "all of them",
    // every participant opted out); elsewhere (nobody started in a month, nobody gave a grade)
    // it tells nothing about anyone (docs/privacy.md, "Zeros").
    if (cell.startsWith(QLatin1Char('~')))
        return truth < smallest && (truth >= 1 || tables.zeroProtected.contains(cell));
    const PublishedTables::Figure *f = tables.figure(cell);
    return f && f->kind == PublishedTables::Kind::Count &&
           hidden(PublishedTables::at(side, cell)) && truth < smallest;
}

bool DisclosureModel::isProtected(const CellRanges::Range &range, bool latent)
{
    if (latent)
        return range.high - range.low >= smallest - 1 - epsilon;
    return range.low <= epsilon && range.high >= smallest - 1 - epsilon;
}

namespace {

class Suppressor
{
public:
    Suppressor(const QJsonObject &full, const QHash<QString, double> &truth)
        : m_side(full)
        , m_truth(truth)
        , m_tables(PublishedTables::of(full))
    {}

    QJsonObject run()
    {
        primary();
        dependents();
        QStringList cells;
        for (const PublishedTables::Figure &f : m_tables.figures) {
            if (f.kind == PublishedTables::Kind::Count)
                cells.append(f.path);
        }
        cells.append(m_tables.latent);
        // Hiding a figure only ever widens what a reader can derive, so a cell once protected
        // stays protected: one pass over the cells is enough.
        for (const QString &cell : cells) {
            while (!protectedNow(cell)) {
                if (!hideOneFor(cell))
                    break; // nothing left to hide around it (the auditor would say so)
            }
        }
        return m_side;
    }

private:
    double truth(const QString &id) const { return m_truth.value(id); }
    bool shown(const QString &path) const { return !hidden(PublishedTables::at(m_side, path)); }

    void primary()
    {
        for (const PublishedTables::Figure &f : m_tables.figures) {
            if (f.kind == PublishedTables::Kind::Count && truth(f.path) < smallest)
                PublishedTables::put(m_side, f.path, hide(QStringLiteral("small")));
            if (f.kind == PublishedTables::Kind::Mean &&
                truth(f.path + QStringLiteral("#cases")) < smallest)
                PublishedTables::put(m_side, f.path, hide(QStringLiteral("small-base")));
        }
    }

    // Shares and means of hidden counts are hidden too.
    void dependents()
    {
        for (const PublishedTables::Share &share : m_tables.shares) {
            if (shown(share.figure) && (!shown(share.numerator) || !shown(share.denominator)))
                PublishedTables::put(m_side, share.figure, hide(QStringLiteral("hidden-part")));
        }
        for (const PublishedTables::Mean &mean : m_tables.means) {
            bool anyHidden = false;
            for (const auto &term : mean.terms) {
                anyHidden =
                    anyHidden || (!term.first.startsWith(QLatin1Char('~')) && !shown(term.first));
            }
            if (shown(mean.figure) && anyHidden)
                PublishedTables::put(m_side, mean.figure, hide(QStringLiteral("hidden-part")));
        }
    }

    bool protectedNow(const QString &cell) const
    {
        if (!DisclosureModel::needsProtection(m_tables, m_side, cell, truth(cell)))
            return true;
        const std::optional<CellRanges::Range> range =
            DisclosureModel(m_tables, m_side).range(cell);
        return range && DisclosureModel::isProtected(*range, cell.startsWith(QLatin1Char('~')));
    }

    // The figures tied to `cell`, nearest first: those in a sum, share or mean with it, then,
    // through hidden and latent cells, those one relation further, and so on. Per layer the
    // shown ones, and the hidden counts whose reason tells a reader a bound.
    struct Layer
    {
        QStringList shown;
        QStringList bounded;
    };
    QList<Layer> candidatesAround(const QString &cell) const
    {
        QList<Layer> layers;
        QSet<QString> reached{cell};
        QStringList frontier{cell};
        while (!frontier.isEmpty()) {
            Layer layer;
            QStringList next;
            const auto visit = [&](const QString &id) {
                if (reached.contains(id))
                    return;
                reached.insert(id);
                if (!id.startsWith(QLatin1Char('~')) && shown(id)) {
                    layer.shown.append(id);
                    return;
                }
                next.append(id);
                const QString reason = reasonOf(PublishedTables::at(m_side, id));
                if (isCount(id) &&
                    (reason == QLatin1String("small") || reason == QLatin1String("complementary")))
                    layer.bounded.append(id);
            };
            for (const QString &c : frontier) {
                for (const PublishedTables::Sum &sum : m_tables.sums) {
                    if (sum.total != c && !sum.parts.contains(c))
                        continue;
                    visit(sum.total);
                    for (const QString &part : sum.parts)
                        visit(part);
                }
                for (const PublishedTables::Share &share : m_tables.shares) {
                    if ((share.numerator == c || share.denominator == c) && shown(share.figure))
                        visit(share.figure);
                }
                for (const PublishedTables::Mean &mean : m_tables.means) {
                    for (const auto &term : mean.terms) {
                        if (term.first == c && shown(mean.figure))
                            visit(mean.figure);
                    }
                }
            }
            if (!layer.shown.isEmpty() || !layer.bounded.isEmpty())
                layers.append(layer);
            frontier = next;
        }
        return layers;
    }

    bool isCount(const QString &path) const
    {
        const PublishedTables::Figure *f = m_tables.figure(path);
        return f && f->kind == PublishedTables::Kind::Count;
    }

    void hideComplementary(const QString &path)
    {
        PublishedTables::put(m_side, path, hide(QStringLiteral("complementary")));
        dependents();
    }

    // Says of a hidden count only that it is hidden: no longer "under 10" or "10 or more". Two
    // small counts hidden beside a hidden total of 10 or more would each be at least 1, if a
    // reader knew both were small and the total was not.
    void withholdReason(const QString &path)
    {
        PublishedTables::put(m_side, path, hide(QStringLiteral("hidden")));
    }

    // Hides the one figure that protects `cell` at the least loss: a share or mean before a
    // count, a small count before a large one; failing that, withholds why one hidden count
    // nearby is hidden. When no single step is enough, withholds every such reason in the layer
    // and hides the largest count in it, which leaves the most room, and lets the caller look
    // again.
    bool hideOneFor(const QString &cell)
    {
        for (const Layer &found : candidatesAround(cell)) {
            QStringList layer = found.shown;
            std::sort(layer.begin(), layer.end(), [this](const QString &a, const QString &b) {
                const bool countA = isCount(a);
                const bool countB = isCount(b);
                if (countA != countB)
                    return !countA;
                return truth(a) < truth(b);
            });
            for (const QString &candidate : layer) {
                const QJsonObject before = m_side;
                hideComplementary(candidate);
                if (protectedNow(cell))
                    return true;
                m_side = before;
            }
            for (const QString &candidate : found.bounded) {
                const QJsonObject before = m_side;
                withholdReason(candidate);
                if (protectedNow(cell))
                    return true;
                m_side = before;
            }
            for (const QString &candidate : found.bounded)
                withholdReason(candidate);
            if (layer.isEmpty())
                return !found.bounded.isEmpty();
            QString largest;
            for (const QString &candidate : layer) {
                if (isCount(candidate) && (largest.isEmpty() || truth(candidate) > truth(largest)))
                    largest = candidate;
            }
            if (largest.isEmpty())
                largest = layer.constFirst();
            hideComplementary(largest);
            return true;
        }
        return false;
    }

    QJsonObject m_side;
    const QHash<QString, double> &m_truth;
    PublishedTables m_tables;
};

} // namespace

QJsonObject Suppression::apply(const QJsonObject &full, const QHash<QString, double> &truth)
{
    return Suppressor(full, truth).run();
}

} // namespace veldboek
