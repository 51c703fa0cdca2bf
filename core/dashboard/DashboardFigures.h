#pragma once

#include "DashboardTally.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace veldboek {

// Figures as they may be shown (docs/privacy.md, "Dashboard figures"): categories and periods
// merged before anything is blanked (months into quarters into years, adjacent grades into
// bands, small questionnaires into "other"), then every count under 10 hidden, every share or
// mean over fewer than 10 cases or over a hidden count hidden, and further figures hidden so
// that no hidden count can be worked out from the rest (Suppression, over the tables declared in
// PublishedTables). Each figure is a JSON object {"value": number|null, "suppressed": bool,
// "reason": "small" | "small-base" | "hidden-part" | "complementary"}; the same code makes the
// endpoint's dashboard and the client's local preview.
class DashboardFigures
{
public:
    static constexpr qint64 minimumCases = 10;
    static constexpr int deliveryMonths = 2; // an organisation delivers at least every two months
    // Cluster figures need this many organisations besides the reader's own, and no single one
    // may contribute more than this share of a section's total (dominance rule).
    static constexpr int minimumPeers = 3;
    static constexpr double dominanceShare = 0.8;

    // The delivery period (two calendar months: Jan-Feb, Mar-Apr, ...) that `date` falls in.
    static QDate periodStart(const QDate &date);
    static QDate periodEnd(const QDate &date);

    // A side with every figure shown, and the true value of every declared cell (counts, latent
    // cells, and "<mean>#cases"): the input of the suppression, and what the auditor judges by.
    struct Unsuppressed
    {
        QJsonObject side;
        QHash<QString, double> truth;
    };
    static Unsuppressed unsuppressed(const DashboardTally &tally, const QDate &today);
    // One side of the dashboard (own or cluster) as it may be published.
    static QJsonObject side(const DashboardTally &tally, const QDate &today);
    // The cluster side over the peers' tallies (one per organisation, the reader's own left
    // out): {"shown": false, "reason": ...} when there are fewer than minimumPeers, and per
    // section a "withheld" reason when one organisation dominates it.
    static QJsonObject clusterSide(const QList<DashboardTally> &peers, const QDate &today);
    // Last approved submission, days since, next due at two months, overdue.
    static QJsonObject timeliness(const std::optional<QDateTime> &lastApproved,
                                  const QDateTime &now);
    // The whole dashboard: own figures, and the cluster side as given (live from clusterSide(),
    // or as stored in a release).
    static QJsonObject dashboard(const DashboardTally &own, const QJsonObject &cluster,
                                 const std::optional<QDateTime> &lastApproved,
                                 const QDateTime &now);
};

} // namespace veldboek
