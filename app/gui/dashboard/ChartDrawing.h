#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

class QAbstractBarSeries;
class QChart;
class QColor;

// The drawing of the dashboard's bar charts (app/gui/dashboard/DashboardView.cpp): series with
// figures that may be suppressed, their bars, labels, tooltips and the note that says what is
// not drawn.
namespace veldboek::gui::charts {

// One series of a bar chart: per category a value, or nullopt where the figure is not shown,
// with why not (FigureText::hiddenText) beside it.
struct Bars
{
    QString name;
    QList<std::optional<double>> values;
    QStringList reasons;

    void append(const QJsonObject &figure, double scale, const QString &sideReason = {});
};

// The object under `keys` in turn (an empty one where a key is missing).
QJsonObject path(const QJsonObject &json, std::initializer_list<const char *> keys);

// The line under a chart that names what it leaves out and why. Hidden figures get no bar (a 0
// would be a figure); short enough to read: per series and reason every one, a few by name, or
// how many.
QString suppressedNote(const QStringList &categories, const QList<Bars> &series);

// Joins the notes of a chart: what was merged, then what was left out.
QString joinNotes(const QStringList &notes);

// Empties a chart that is filled again with newer figures.
void clearChart(QChart *chart);

// How the numbers on a chart read.
struct ValueFormat
{
    int decimals = 0;
    QString suffix; // " %" for shares, as the table writes them
};

QString valueText(double value, const ValueFormat &format);

// Adds the bar sets of `series` to `bars`. Values are rounded to what the labels show, so a bar
// is as long as its number says. A suppressed figure is a 0 here: Qt Charts draws no bar and no
// label for a 0, and the note under the chart names it.
void addSets(QAbstractBarSeries *bars, const QList<Bars> &series, const ValueFormat &format);

// The theme draws bar labels white, for inside a bar; outside one they need the axis' colour.
void setLabelColour(QAbstractBarSeries *bars, const QColor &colour);

// Hovering a bar shows its full figure, also where the chart has no number on the bar.
void addTooltips(QAbstractBarSeries *bars, const QStringList &categories, const QList<Bars> &series,
                 const ValueFormat &format);

// The largest value drawn, at least `floor`.
double highest(const QList<Bars> &series, double floor);

// Horizontal bars with the number at the end of each bar: the categories are on the left, where
// a long name fits on one line, and the numbers need no value axis. First category on top.
QString fillLabelledBars(QChart *chart, const QStringList &categories, const QList<Bars> &series,
                         const ValueFormat &format);

} // namespace veldboek::gui::charts
