#include "DashboardFigures.h"

#include <QJsonArray>
#include <cmath>

namespace veldboek {

namespace {

QJsonObject suppressed()
{
    return {{QStringLiteral("value"), QJsonValue::Null}, {QStringLiteral("suppressed"), true}};
}

QJsonObject shown(double value)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("suppressed"), false}};
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The shares of each slot of a four-slot distribution, with the counts themselves.
QJsonObject distribution(const std::array<qint64, 4> &counts, const QStringList &names)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    QJsonObject json{{QStringLiteral("scores"), DashboardFigures::count(total)}};
    for (size_t i = 0; i < 4; ++i) {
        json.insert(
            names.at(static_cast<qsizetype>(i)),
            QJsonObject{{QStringLiteral("count"), DashboardFigures::count(counts[i])},
                        {QStringLiteral("share"), DashboardFigures::share(counts[i], total)}});
    }
    return json;
}

} // namespace

QJsonObject DashboardFigures::count(qint64 value)
{
    return value < minimumCases ? suppressed() : shown(static_cast<double>(value));
}

QJsonObject DashboardFigures::share(qint64 part, qint64 cases)
{
    if (cases < minimumCases)
        return suppressed();
    return shown(rounded(static_cast<double>(part) / static_cast<double>(cases), 4));
}

QJsonObject DashboardFigures::mean(const MeanTally &tally)
{
    if (tally.cases < minimumCases || tally.answers == 0)
        return suppressed();
    return shown(rounded(tally.sum / static_cast<double>(tally.answers), 2));
}

QDate DashboardFigures::periodStart(const QDate &date)
{
    const int firstMonth = ((date.month() - 1) / deliveryMonths) * deliveryMonths + 1;
    return QDate(date.year(), firstMonth, 1);
}

QDate DashboardFigures::periodEnd(const QDate &date)
{
    return periodStart(date).addMonths(deliveryMonths).addDays(-1);
}

QJsonObject DashboardFigures::side(const DashboardTally &t, const QDate &today)
{
    // Participants
    qint64 startedThisPeriod = 0;
    QJsonArray perMonth;
    const QDate first = periodStart(today);
    const QDate last = periodEnd(today);
    for (auto it = t.startedPerMonth.cbegin(); it != t.startedPerMonth.cend(); ++it) {
        const QDate month = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        if (month >= first && month <= last)
            startedThisPeriod += it.value();
        perMonth.append(QJsonObject{{QStringLiteral("month"), it.key()},
                                    {QStringLiteral("started"), count(it.value())}});
    }
    const QJsonObject participants{
        {QStringLiteral("total"), count(t.participants)},
        {QStringLiteral("active"), count(t.active)},
        {QStringLiteral("ended"), count(t.ended)},
        {QStringLiteral("optOut"), count(t.optOut)},
        {QStringLiteral("startedThisPeriod"), count(startedThisPeriod)},
        {QStringLiteral("completeness"), share(t.complete, t.participants)},
        {QStringLiteral("startedPerMonth"), perMonth}};

    // GAS: per informant, and over both
    const QStringList gasNames{QStringLiteral("worse"), QStringLiteral("unchanged"),
                               QStringLiteral("partly"), QStringLiteral("reached")};
    std::array<qint64, 4> allGas{};
    QJsonObject gasInformants;
    for (auto it = t.gasScores.cbegin(); it != t.gasScores.cend(); ++it) {
        for (size_t i = 0; i < 4; ++i)
            allGas[i] += it.value()[i];
        gasInformants.insert(it.key(), distribution(it.value(), gasNames));
    }
    gasInformants.insert(QStringLiteral("all"), distribution(allGas, gasNames));
    const QJsonObject gas{{QStringLiteral("goals"), count(t.gasGoals)},
                          {QStringLiteral("informants"), gasInformants}};

    // Problem reduction: the distribution per informant
    const QStringList problemNames{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                   QStringLiteral("x")};
    QJsonObject problemInformants;
    for (auto it = t.problemScores.cbegin(); it != t.problemScores.cend(); ++it)
        problemInformants.insert(it.key(), distribution(it.value(), problemNames));
    const QJsonObject problem{{QStringLiteral("informants"), problemInformants}};

    // CEM+
    QJsonArray perQuestionnaireMonth;
    for (auto q = t.cemPerQuestionnaireMonth.cbegin(); q != t.cemPerQuestionnaireMonth.cend();
         ++q) {
        for (auto m = q.value().cbegin(); m != q.value().cend(); ++m) {
            perQuestionnaireMonth.append(
                QJsonObject{{QStringLiteral("questionnaire"), q.key()},
                            {QStringLiteral("month"), m.key()},
                            {QStringLiteral("measurements"), count(m.value())}});
        }
    }
    qint64 gradeAnswers = 0;
    for (qint64 g : t.grades)
        gradeAnswers += g;
    QJsonArray grades;
    for (size_t i = 0; i < t.grades.size(); ++i) {
        grades.append(QJsonObject{{QStringLiteral("grade"), static_cast<int>(i + 1)},
                                  {QStringLiteral("count"), count(t.grades[i])},
                                  {QStringLiteral("share"), share(t.grades[i], gradeAnswers)}});
    }
    QJsonArray dimensions;
    for (const auto &[name, items] : DashboardTally::dimensionItems()) {
        dimensions.append(QJsonObject{{QStringLiteral("dimension"), name},
                                      {QStringLiteral("mean"), mean(t.dimensions.value(name))}});
    }
    const QJsonObject cem{{QStringLiteral("measurements"), count(t.cemMeasurements)},
                          {QStringLiteral("perQuestionnaireMonth"), perQuestionnaireMonth},
                          {QStringLiteral("usefulnessMean"), mean(t.usefulness)},
                          {QStringLiteral("grades"), grades},
                          {QStringLiteral("dimensions"), dimensions}};

    return {{QStringLiteral("participants"), participants},
            {QStringLiteral("gas"), gas},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("cem"), cem}};
}

QJsonObject DashboardFigures::timeliness(const std::optional<QDateTime> &lastApproved,
                                         const QDateTime &now)
{
    if (!lastApproved) {
        return {{QStringLiteral("lastApproved"), QJsonValue::Null},
                {QStringLiteral("daysSince"), QJsonValue::Null},
                {QStringLiteral("nextDue"), QJsonValue::Null},
                {QStringLiteral("overdue"), true}};
    }
    const QDate last = lastApproved->toUTC().date();
    const QDate due = last.addMonths(deliveryMonths);
    return {{QStringLiteral("lastApproved"), lastApproved->toUTC().toString(Qt::ISODate)},
            {QStringLiteral("daysSince"), last.daysTo(now.toUTC().date())},
            {QStringLiteral("nextDue"), due.toString(Qt::ISODate)},
            {QStringLiteral("overdue"), now.toUTC().date() > due}};
}

QJsonObject DashboardFigures::dashboard(const DashboardTally &own, const DashboardTally &cluster,
                                        qint64 clusterOrganisations,
                                        const std::optional<QDateTime> &lastApproved,
                                        const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    QJsonObject clusterSide = side(cluster, today);
    // How many peers the cluster figures are over; below the threshold it is suppressed too,
    // so a small cluster cannot be narrowed down to one organisation.
    clusterSide.insert(QStringLiteral("organisations"), count(clusterOrganisations));
    return {{QStringLiteral("generatedAt"), now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("minimumCases"), minimumCases},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), periodStart(today).toString(Qt::ISODate)},
                         {QStringLiteral("end"), periodEnd(today).toString(Qt::ISODate)}}},
            {QStringLiteral("timeliness"), timeliness(lastApproved, now)},
            {QStringLiteral("own"), side(own, today)},
            {QStringLiteral("cluster"), clusterSide}};
}

} // namespace veldboek
