#include "FigureText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace veldboek {

bool FigureText::isSuppressed(const QJsonObject &figure)
{
    return figure.value(QLatin1String("suppressed")).toBool();
}

std::optional<double> FigureText::value(const QJsonObject &figure)
{
    const QJsonValue value = figure.value(QLatin1String("value"));
    if (isSuppressed(figure) || !value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString FigureText::suppressedText()
{
    return QCoreApplication::translate("sync", "fewer than 10");
}

QString FigureText::hiddenText(const QString &reason)
{
    // A figure hidden to protect another one is 10 or more: "fewer than 10" would be untrue.
    if (reason == QLatin1String("complementary") || reason == QLatin1String("hidden-part"))
        return QCoreApplication::translate("sync", "not shown: would give away a small number");
    if (reason == QLatin1String("hidden"))
        return QCoreApplication::translate(
            "sync", "not shown: fewer than 10, or hidden to protect another figure");
    if (reason == QLatin1String("too-few-organisations"))
        return QCoreApplication::translate("sync",
                                           "not shown: too few organisations in the cluster");
    if (reason == QLatin1String("dominance"))
        return QCoreApplication::translate("sync",
                                           "not shown: one organisation makes up most of it");
    if (reason == QLatin1String("no-release"))
        return QCoreApplication::translate("sync", "not shown: no release yet");
    return suppressedText();
}

QString FigureText::text(const QJsonObject &figure, Kind kind)
{
    if (isSuppressed(figure))
        return hiddenText(figure.value(QLatin1String("reason")).toString());
    const std::optional<double> number = value(figure);
    if (!number)
        return QStringLiteral("–");
    const QLocale locale;
    switch (kind) {
    case Kind::Count:
        // A count from outside may be any JSON number: converting 4e53 to an integer is
        // undefined (found by tests/fuzz/fuzz_dashboard); no count of people is that large.
        if (!(std::abs(*number) < 1e15))
            return QStringLiteral("–");
        return locale.toString(static_cast<qint64>(*number));
    case Kind::Share:
        return locale.toString(*number * 100, 'f', 0) + QStringLiteral(" %");
    case Kind::Mean:
        return locale.toString(*number, 'f', 1);
    }
    return {};
}

} // namespace veldboek

namespace veldboek {

namespace {

QJsonObject at(const QJsonObject &json, const QStringList &path)
{
    QJsonObject object = json;
    for (const QString &key : path)
        object = object.value(key).toObject();
    return object;
}

} // namespace

QList<FigureRow> DashboardSummary::rows(const QJsonObject &dashboard)
{
    const QJsonObject own = dashboard.value(QLatin1String("own")).toObject();
    const QJsonObject cluster = dashboard.value(QLatin1String("cluster")).toObject();
    const bool hasCluster = !cluster.isEmpty();
    // The cluster side says why it is not there: too few organisations, no release yet, or per
    // section one organisation dominating.
    const QString clusterReason = cluster.value(QLatin1String("shown")).toBool(true)
                                      ? QString()
                                      : cluster.value(QLatin1String("reason")).toString();
    const QJsonObject withheld = cluster.value(QLatin1String("withheld")).toObject();
    QList<FigureRow> rows;
    const auto add = [&](const QString &label, const QStringList &path, FigureText::Kind kind) {
        QString clusterText;
        if (!clusterReason.isEmpty())
            clusterText = FigureText::hiddenText(clusterReason);
        else if (withheld.contains(path.constFirst()))
            clusterText = FigureText::hiddenText(withheld.value(path.constFirst()).toString());
        else if (hasCluster)
            clusterText = FigureText::text(at(cluster, path), kind);
        rows.append({label, FigureText::text(at(own, path), kind), clusterText});
    };
    using Kind = FigureText::Kind;
    const auto t = [](const char *text) {
        return QCoreApplication::translate("sync", text);
    };
    add(t(QT_TRANSLATE_NOOP("sync", "Participants")),
        {QStringLiteral("participants"), QStringLiteral("total")}, Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "Active participants")),
        {QStringLiteral("participants"), QStringLiteral("active")}, Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "Started this period")),
        {QStringLiteral("participants"), QStringLiteral("startedThisPeriod")}, Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "Registration complete")),
        {QStringLiteral("participants"), QStringLiteral("completeness")}, Kind::Share);
    add(t(QT_TRANSLATE_NOOP("sync", "GAS goals")), {QStringLiteral("gas"), QStringLiteral("goals")},
        Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "GAS goals reached")),
        {QStringLiteral("gas"), QStringLiteral("informants"), QStringLiteral("all"),
         QStringLiteral("reached"), QStringLiteral("share")},
        Kind::Share);
    // Scores of informant codes the figures do not name are counted apart as "other"
    // (core/dashboard/DashboardFigures.cpp), not left out without a word.
    add(t(QT_TRANSLATE_NOOP("sync", "GAS scores by other informants")),
        {QStringLiteral("gas"), QStringLiteral("informants"), QStringLiteral("other"),
         QStringLiteral("scores")},
        Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "Problem-reduction scores by other informants")),
        {QStringLiteral("problem"), QStringLiteral("informants"), QStringLiteral("other"),
         QStringLiteral("scores")},
        Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "CEM+ measurements")),
        {QStringLiteral("cem"), QStringLiteral("measurements")}, Kind::Count);
    add(t(QT_TRANSLATE_NOOP("sync", "Usefulness of the help (grade)")),
        {QStringLiteral("cem"), QStringLiteral("usefulnessMean")}, Kind::Mean);
    // Per CEM+ questionnaire: one merged into "other" for having fewer than 10 measurements
    // reads "merged", the others their number.
    const auto questionnaire = [&](const QJsonObject &side, const QString &name) {
        for (const QJsonValue &entry :
             at(side, {QStringLiteral("cem")}).value(QLatin1String("perQuestionnaire")).toArray()) {
            const QJsonObject q = entry.toObject();
            if (q.value(QLatin1String("questionnaire")).toString() == name)
                return FigureText::text(q.value(QLatin1String("measurements")).toObject(),
                                        Kind::Count);
            if (q.value(QLatin1String("members")).toArray().contains(name))
                return QCoreApplication::translate("sync", "merged into \u201Cother\u201D");
        }
        return QStringLiteral("–");
    };
    const QList<std::pair<QString, const char *>> questionnaires{
        {QStringLiteral("CEM+_2018_OE_v1"), QT_TRANSLATE_NOOP("sync", "CEM+ parents, end of help")},
        {QStringLiteral("CEM+_2018_JE_v1"), QT_TRANSLATE_NOOP("sync", "CEM+ youth, end of help")},
        {QStringLiteral("CEM+_2018_OD_v1"),
         QT_TRANSLATE_NOOP("sync", "CEM+ parents, long-term help")},
        {QStringLiteral("CEM+_2018_JD_v1"),
         QT_TRANSLATE_NOOP("sync", "CEM+ youth, long-term help")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("sync", "CEM+ other questionnaires")}};
    for (const auto &[name, text] : questionnaires) {
        const QString label = t(text);
        QString clusterText;
        if (!clusterReason.isEmpty())
            clusterText = FigureText::hiddenText(clusterReason);
        else if (withheld.contains(QLatin1String("cem")))
            clusterText = FigureText::hiddenText(withheld.value(QLatin1String("cem")).toString());
        else if (hasCluster)
            clusterText = questionnaire(cluster, name);
        rows.append({label, questionnaire(own, name), clusterText});
    }
    return rows;
}

} // namespace veldboek
