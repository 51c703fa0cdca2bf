#pragma once

#include "dashboard/DashboardTally.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <random>

namespace veldboek {

// The disclosure auditor: for every hidden count and every small latent cell of a published side,
// the range of values consistent with everything the side publishes (AuditSystem: the auditor's
// own integer programs over the declared tables, GLPK), judged against the true values.
struct AuditResult
{
    int hidden = 0;    // hidden counts and latent cells whose range was worked out
    QStringList leaks; // cells narrowed below their protection: "path: true v, range [a, b]"
    QStringList wrong; // cells whose true value lies outside the derived range (model error)
};
AuditResult auditSide(const QJsonObject &published, const QHash<QString, double> &truth);

// The figures as published before issue 13: every count under 10 hidden, every share or mean
// over fewer than 10 cases hidden, nothing else (no merging, no complementary suppression).
QJsonObject primaryOnly(const QJsonObject &unsuppressed, const QHash<QString, double> &truth);

// A generated register of `participants` people with GAS, problem-reduction and CEM+ data,
// as the tally the endpoint would keep of it.
DashboardTally generatedTally(std::mt19937_64 &random, int participants, const QDate &today);

} // namespace veldboek
