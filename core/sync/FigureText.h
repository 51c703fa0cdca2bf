#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// A dashboard figure ({"value": number|null, "suppressed": bool}) as the user reads it. A
// suppressed figure reads "fewer than 10", never 0: a zero would be a figure, and a wrong one.
class FigureText
{
public:
    enum class Kind { Count, Share, Mean };

    static bool isSuppressed(const QJsonObject &figure);
    // The number; nullopt when suppressed or absent.
    static std::optional<double> value(const QJsonObject &figure);
    static QString text(const QJsonObject &figure, Kind kind);
    static QString suppressedText();
};

} // namespace veldboek

namespace veldboek {

// The headline figures of a dashboard, own beside cluster, for the command line and the view's
// table. The same rows in both, so what a scheduled task logs is what the window shows.
struct FigureRow
{
    QString label;
    QString own;
    QString cluster;
};

class DashboardSummary
{
public:
    static QList<FigureRow> rows(const QJsonObject &dashboard);
};

} // namespace veldboek
