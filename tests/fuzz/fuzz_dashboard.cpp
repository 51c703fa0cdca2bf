// Dashboard JSON from outside: the figures the client gets from GET /api/v1/dashboard, as the
// dashboard page shows them (core/sync/FigureText), and a tally as the endpoint reads it
// (core/dashboard/DashboardTally::fromJson).
#include "FuzzSupport.h"
#include "dashboard/DashboardTally.h"
#include "sync/FigureText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QJsonObject dashboard =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)))
            .object();
    DashboardSummary::rows(dashboard);
    for (const QJsonValue &figure : dashboard.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject object = figure.toObject();
        FigureText::isSuppressed(object);
        FigureText::value(object);
        for (const auto kind :
             {FigureText::Kind::Count, FigureText::Kind::Share, FigureText::Kind::Mean})
            FigureText::text(object, kind);
    }
    DashboardTally::fromJson(dashboard);
    return 0;
}
