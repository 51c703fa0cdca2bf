#include "ChartDrawing.h"

#include "sync/FigureText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace veldboek::gui::charts {

void Bars::append(const QJsonObject &figure, double scale, const QString &sideReason)
{
    const std::optional<double> value =
        sideReason.isEmpty() ? FigureText::value(figure) : std::nullopt;
    values.append(value ? std::optional<double>(*value * scale) : std::nullopt);
    if (value)
        reasons.append(QString());
    else if (!sideReason.isEmpty())
        reasons.append(FigureText::hiddenText(sideReason));
    else
        reasons.append(FigureText::hiddenText(figure.value(QLatin1String("reason")).toString()));
}

QJsonObject path(const QJsonObject &json, std::initializer_list<const char *> keys)
{
    QJsonObject object = json;
    for (const char *key : keys)
        object = object.value(QLatin1String(key)).toObject();
    return object;
}

QString suppressedNote(const QStringList &categories, const QList<Bars> &series)
{
    QStringList parts;
    for (const Bars &data : series) {
        QStringList reasons;
        QHash<QString, QStringList> hidden;
        for (qsizetype i = 0; i < data.values.size(); ++i) {
            if (data.values.at(i))
                continue;
            const QString reason = data.reasons.value(i, FigureText::suppressedText());
            if (!reasons.contains(reason))
                reasons.append(reason);
            hidden[reason].append(categories.value(i));
        }
        for (const QString &reason : std::as_const(reasons)) {
            const QStringList &names = hidden[reason];
            QString which;
            if (names.size() == data.values.size())
                which = QCoreApplication::translate("sync", "all");
            else if (names.size() <= 4)
                which = names.join(QLatin1String(", "));
            else
                which = QCoreApplication::translate("sync", "%1 of %2")
                            .arg(names.size())
                            .arg(data.values.size());
            parts.append(QStringLiteral("%1 (%2): %3").arg(data.name, reason, which));
        }
    }
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("sync", "Not drawn: %1")
        .arg(parts.join(QLatin1String("; ")));
}

QString joinNotes(const QStringList &notes)
{
    QStringList present;
    for (const QString &note : notes) {
        if (!note.isEmpty())
            present.append(note);
    }
    return present.join(QLatin1Char('\n'));
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

QString valueText(double value, const ValueFormat &format)
{
    return QLocale().toString(value, 'f', format.decimals) + format.suffix;
}

void addSets(QAbstractBarSeries *bars, const QList<Bars> &series, const ValueFormat &format)
{
    const double factor = std::pow(10.0, format.decimals);
    for (const Bars &data : series) {
        auto *set = new QBarSet(data.name, bars);
        for (const std::optional<double> &value : data.values)
            *set << (value ? std::round(*value * factor) / factor : 0.0);
        bars->append(set);
    }
}

void setLabelColour(QAbstractBarSeries *bars, const QColor &colour)
{
    for (QBarSet *set : bars->barSets())
        set->setLabelColor(colour);
}

void addTooltips(QAbstractBarSeries *bars, const QStringList &categories, const QList<Bars> &series,
                 const ValueFormat &format)
{
    QObject::connect(
        bars, &QAbstractBarSeries::hovered, bars,
        [bars, categories, series, format](bool status, int index, QBarSet *set) {
            const qsizetype which = bars->barSets().indexOf(set);
            if (!status || which < 0 || index < 0 || index >= series.at(which).values.size()) {
                QToolTip::hideText();
                return;
            }
            const std::optional<double> value = series.at(which).values.at(index);
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1, %2: %3")
                                   .arg(set->label(), categories.value(index),
                                        value ? valueText(*value, format)
                                              : series.at(which).reasons.value(
                                                    index, FigureText::suppressedText())));
        });
}

double highest(const QList<Bars> &series, double floor)
{
    double result = floor;
    for (const Bars &data : series) {
        for (const std::optional<double> &value : data.values)
            result = std::max(result, value.value_or(0));
    }
    return result;
}

QString fillLabelledBars(QChart *chart, const QStringList &categories, const QList<Bars> &series,
                         const ValueFormat &format)
{
    clearChart(chart);
    auto *bars = new QHorizontalBarSeries(chart);
    addSets(bars, series, format);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value") + format.suffix);
    bars->setBarWidth(0.8);
    addTooltips(bars, categories, series, format);
    chart->addSeries(bars);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    y->setReverse(true);
    y->setGridLineVisible(false);
    // Hidden: the bars carry their numbers. Room beyond the longest bar for its label, which the
    // chart would otherwise clip at the edge of the plot.
    auto *x = new QValueAxis(chart);
    x->setRange(0, highest(series, 1) * 1.3);
    x->setVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
    setLabelColour(bars, y->labelsColor());
    chart->legend()->setVisible(series.size() > 1);
    return suppressedNote(categories, series);
}

} // namespace veldboek::gui::charts
