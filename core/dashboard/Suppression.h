#pragma once

#include "CellRanges.h"
#include "PublishedTables.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace veldboek {

// What a reader of one published side can derive, as ranges of integers (CellRanges) over the
// declared tables: a shown count is fixed, a count hidden as small lies in 0..9, one hidden to
// protect another is 10 or more (else it would have been hidden as small), a latent cell is any
// count; every declared sum holds, and a shown share or mean pins its count or weighted sum
// within its rounding.
class DisclosureModel
{
public:
    DisclosureModel(const PublishedTables &tables, const QJsonObject &side);

    // The range of a declared count or latent cell; nullopt for an unknown cell or when the
    // published figures contradict each other.
    std::optional<CellRanges::Range> range(const QString &cell) const;

    // The protection a cell needs, given its true value: a hidden count under 10 must be able
    // to be anything from 0 to 9; a latent count of 1 to 9 (and 0 for the cells declared in
    // PublishedTables::zeroProtected) must not be narrowed to fewer than ten values. Shown
    // figures and larger counts need none.
    static bool needsProtection(const PublishedTables &tables, const QJsonObject &side,
                                const QString &cell, double truth);
    static bool isProtected(const CellRanges::Range &range, bool latent);

private:
    int cellOf(const QString &id) const { return m_index.value(id, -1); }

    CellRanges m_ranges;
    QHash<QString, int> m_index;
};

// Primary and complementary suppression of one side. `full` is the side with every figure shown,
// `truth` the true value of every count and latent cell and, under "<mean path>#cases", the
// number of cases of every mean. Returns the side as it may be published: every count under 10
// hidden ("small"); every share or mean over fewer than 10 cases ("small-base") or over a hidden
// count ("hidden-part") hidden; then, cell by cell, further figures hidden ("complementary")
// until no hidden count and no small latent cell can be narrowed below its protection.
class Suppression
{
public:
    static QJsonObject apply(const QJsonObject &full, const QHash<QString, double> &truth);
};

} // namespace veldboek
