#include "DashboardPreview.h"

#include "RegisterPackage.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/DashboardTally.h"

namespace veldboek {

std::optional<QJsonObject> DashboardPreview::compute(Register &reg, const QDate &today,
                                                     QString *error)
{
    const std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(reg, error);
    if (!snapshot)
        return std::nullopt;
    DashboardTally tally;
    for (const RegisterSnapshot::Part &part : snapshot->parts)
        tally.add(part.table, today);
    return QJsonObject{
        {QStringLiteral("preview"), true},
        {QStringLiteral("minimumCases"), DashboardFigures::minimumCases},
        {QStringLiteral("period"),
         QJsonObject{
             {QStringLiteral("start"), DashboardFigures::periodStart(today).toString(Qt::ISODate)},
             {QStringLiteral("end"), DashboardFigures::periodEnd(today).toString(Qt::ISODate)}}},
        {QStringLiteral("own"), DashboardFigures::side(tally, today)}};
}

} // namespace veldboek
