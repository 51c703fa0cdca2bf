#pragma once

#include "DashboardTally.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace veldboek {

// Figures as they may be shown: every count under 10, and every mean or share over fewer than 10
// cases, is null and marked suppressed (DOMAIN.md, seed 002). Each figure is a JSON object
// {"value": number|null, "suppressed": bool}; the same code makes the endpoint's dashboard and
// the client's local preview.
class DashboardFigures
{
public:
    static constexpr qint64 minimumCases = 10;
    static constexpr int deliveryMonths = 2; // an organisation delivers at least every two months

    static QJsonObject count(qint64 value);
    static QJsonObject share(qint64 part, qint64 cases);
    static QJsonObject mean(const MeanTally &tally);

    // The delivery period (two calendar months: Jan-Feb, Mar-Apr, ...) that `date` falls in.
    static QDate periodStart(const QDate &date);
    static QDate periodEnd(const QDate &date);

    // One side of the dashboard (own or cluster): participants, GAS, problem reduction, CEM+.
    static QJsonObject side(const DashboardTally &tally, const QDate &today);
    // Last approved submission, days since, next due at two months, overdue.
    static QJsonObject timeliness(const std::optional<QDateTime> &lastApproved,
                                  const QDateTime &now);
    // The whole dashboard: own figures, the cluster's without the organisation itself.
    static QJsonObject dashboard(const DashboardTally &own, const DashboardTally &cluster,
                                 qint64 clusterOrganisations,
                                 const std::optional<QDateTime> &lastApproved,
                                 const QDateTime &now);
};

} // namespace veldboek
