#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

// A dashboard figure ({"value": number|null, "suppressed": bool, "reason"}) as the user reads
// it. A figure hidden for being small reads "fewer than 10", never 0: a zero would be a figure,
// and a wrong one.
class FigureText
{
public:
    enum class Kind { Count, Share, Mean };

    static bool isSuppressed(const QJsonObject &figure);
    // The number; nullopt when suppressed or absent.
    static std::optional<double> value(const QJsonObject &figure);
    static QString text(const QJsonObject &figure, Kind kind);
    static QString suppressedText();
    // Why a figure or a side is not shown, by the reason the dashboard gives: "small" and
    // "small-base" read "fewer than 10"; a figure hidden to protect another, a cluster with too
    // few organisations, one organisation dominating, no release yet each say so.
    static QString hiddenText(const QString &reason);
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
