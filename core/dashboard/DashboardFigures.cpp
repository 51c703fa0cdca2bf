#include "DashboardFigures.h"

#include "PublishedTables.h"
#include "Suppression.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace veldboek {

namespace {

QJsonObject shown(double value)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("suppressed"), false}};
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject shareOf(qint64 part, qint64 cases)
{
    return shown(cases > 0 ? rounded(static_cast<double>(part) / static_cast<double>(cases), 4)
                           : 0.0);
}

QJsonObject countOf(qint64 value)
{
    return shown(static_cast<double>(value));
}

// Records the true value of cells that are not shown as such (latent) and the cases of means.
class Truth
{
public:
    void set(const QString &id, double value) { m_values.insert(id, value); }
    void add(const QString &id, double value) { m_values[id] += value; }
    QHash<QString, double> &values() { return m_values; }

private:
    QHash<QString, double> m_values;
};

// Periods over the months from the first that has a count to the current one (an empty month
// in between is a zero, and so is this delivery period's so far): months when every month has 10 or more, else quarters when every quarter
// has, else years. Merging comes before hiding: a year of 40 says more than twelve blanks.
QJsonObject periods(const QMap<QString, qint64> &perMonth, const char *valueKey,
                    const QDate &today)
{
    QStringList keys{today.toString(QStringLiteral("yyyy-MM"))};
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        if (QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate).isValid())
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());
    QString unit = QStringLiteral("month");
    QList<std::pair<QString, QStringList>> grouped;
    {
        const QStringList all = PublishedTables::months(keys.constFirst(), keys.constLast());
        for (const char *candidate : {"month", "quarter", "year"}) {
            unit = QString::fromLatin1(candidate);
            grouped.clear();
            for (const QString &month : all) {
                const QString label = PublishedTables::periodOf(month, unit);
                if (grouped.isEmpty() || grouped.constLast().first != label)
                    grouped.append({label, {}});
                grouped.last().second.append(month);
            }
            bool allLarge = true;
            for (const auto &[label, months] : grouped) {
                qint64 n = 0;
                for (const QString &m : months)
                    n += perMonth.value(m);
                allLarge = allLarge && n >= DashboardFigures::minimumCases;
            }
            if (allLarge)
                break;
        }
    }
    QJsonArray list;
    for (const auto &[label, months] : grouped) {
        qint64 n = 0;
        for (const QString &m : months)
            n += perMonth.value(m);
        list.append(QJsonObject{{QStringLiteral("period"), label},
                                {QStringLiteral("from"), months.constFirst()},
                                {QStringLiteral("to"), months.constLast()},
                                {QString::fromLatin1(valueKey), countOf(n)}});
    }
    return {{QStringLiteral("unit"), unit}, {QStringLiteral("periods"), list}};
}

void recordMonths(Truth &truth, const QJsonObject &periodTable, const QString &prefix,
                  const QMap<QString, qint64> &perMonth)
{
    for (const QJsonValue &p : periodTable.value(QLatin1String("periods")).toArray()) {
        const QJsonObject period = p.toObject();
        for (const QString &month :
             PublishedTables::months(period.value(QLatin1String("from")).toString(),
                                     period.value(QLatin1String("to")).toString()))
            truth.set(QLatin1Char('~') + prefix + month, static_cast<double>(perMonth.value(month)));
    }
}

// The shares of each slot of a four-slot distribution, with the counts themselves.
QJsonObject distribution(const std::array<qint64, 4> &counts, const QStringList &names)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    QJsonObject json{{QStringLiteral("scores"), countOf(total)}};
    for (size_t i = 0; i < 4; ++i) {
        json.insert(names.at(static_cast<qsizetype>(i)),
                    QJsonObject{{QStringLiteral("count"), countOf(counts[i])},
                                {QStringLiteral("share"), shareOf(counts[i], total)}});
    }
    return json;
}

QJsonObject participants(const DashboardTally &t, const QDate &today, Truth &truth)
{
    const QDate first = DashboardFigures::periodStart(today);
    const QDate last = DashboardFigures::periodEnd(today);
    qint64 startedThisPeriod = 0;
    qint64 withStart = 0;
    for (auto it = t.startedPerMonth.cbegin(); it != t.startedPerMonth.cend(); ++it) {
        const QDate month = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            continue;
        withStart += it.value();
        if (month >= first && month <= last)
            startedThisPeriod += it.value();
    }
    const QJsonObject started = periods(t.startedPerMonth, "started", today);
    recordMonths(truth, started, QStringLiteral("participants/month/"), t.startedPerMonth);
    truth.set(QStringLiteral("~participants/notOptOut"), double(t.participants - t.optOut));
    truth.set(QStringLiteral("~participants/incomplete"), double(t.participants - t.complete));
    truth.set(QStringLiteral("~participants/noStart"), double(t.participants - withStart));
    return {{QStringLiteral("total"), countOf(t.participants)},
            {QStringLiteral("active"), countOf(t.active)},
            {QStringLiteral("ended"), countOf(t.ended)},
            {QStringLiteral("optOut"), countOf(t.optOut)},
            {QStringLiteral("complete"), countOf(t.complete)},
            {QStringLiteral("completeness"), shareOf(t.complete, t.participants)},
            {QStringLiteral("startedThisPeriod"), countOf(startedThisPeriod)},
            {QStringLiteral("thisPeriod"),
             QJsonObject{{QStringLiteral("from"), first.toString(QStringLiteral("yyyy-MM"))},
                         {QStringLiteral("to"), last.toString(QStringLiteral("yyyy-MM"))}}},
            {QStringLiteral("started"), started}};
}

QJsonObject gas(const DashboardTally &t)
{
    const QStringList names{QStringLiteral("worse"), QStringLiteral("unchanged"),
                            QStringLiteral("partly"), QStringLiteral("reached")};
    std::array<qint64, 4> all{};
    QJsonObject informants;
    for (auto it = t.gasScores.cbegin(); it != t.gasScores.cend(); ++it) {
        for (size_t i = 0; i < 4; ++i)
            all[i] += it.value()[i];
        informants.insert(it.key(), distribution(it.value(), names));
    }
    informants.insert(QStringLiteral("all"), distribution(all, names));
    return {{QStringLiteral("goals"), countOf(t.gasGoals)},
            {QStringLiteral("informants"), informants}};
}

QJsonObject problem(const DashboardTally &t)
{
    const QStringList names{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("x")};
    QJsonObject informants;
    for (auto it = t.problemScores.cbegin(); it != t.problemScores.cend(); ++it)
        informants.insert(it.key(), distribution(it.value(), names));
    return {{QStringLiteral("informants"), informants}};
}

// Adjacent grades together from grade 1 up until a band holds 10 answers; what is left at the
// top joins the band below it. Low grades are rare, so they are what gets merged.
QList<std::pair<int, int>> gradeBands(const std::array<qint64, 10> &grades)
{
    QList<std::pair<int, int>> bands;
    qint64 n = 0;
    int from = 1;
    for (int g = 1; g <= 10; ++g) {
        n += grades[static_cast<size_t>(g - 1)];
        if (n >= DashboardFigures::minimumCases) {
            bands.append({from, g});
            from = g + 1;
            n = 0;
        }
    }
    if (from <= 10) {
        if (bands.isEmpty())
            bands.append({from, 10});
        else
            bands.last().second = 10;
    }
    return bands;
}

QJsonObject cem(const DashboardTally &t, const QDate &today, Truth &truth)
{
    // Per questionnaire; two or more with under 10 measurements go together as "other".
    QMap<QString, qint64> perQuestionnaire;
    QMap<QString, qint64> perMonth;
    for (auto q = t.cemPerQuestionnaireMonth.cbegin(); q != t.cemPerQuestionnaireMonth.cend();
         ++q) {
        for (auto m = q.value().cbegin(); m != q.value().cend(); ++m) {
            perQuestionnaire[q.key()] += m.value();
            perMonth[m.key()] += m.value();
        }
    }
    QStringList small;
    for (auto it = perQuestionnaire.cbegin(); it != perQuestionnaire.cend(); ++it) {
        if (it.value() < DashboardFigures::minimumCases)
            small.append(it.key());
    }
    QJsonArray questionnaires;
    qint64 other = 0;
    for (auto it = perQuestionnaire.cbegin(); it != perQuestionnaire.cend(); ++it) {
        if (small.size() >= 2 && small.contains(it.key())) {
            other += it.value();
            truth.set(QStringLiteral("~cem/questionnaire/") + it.key(), double(it.value()));
            continue;
        }
        questionnaires.append(QJsonObject{{QStringLiteral("questionnaire"), it.key()},
                                          {QStringLiteral("measurements"), countOf(it.value())}});
    }
    if (small.size() >= 2) {
        questionnaires.append(QJsonObject{{QStringLiteral("questionnaire"), QStringLiteral("other")},
                                          {QStringLiteral("members"), QJsonArray::fromStringList(small)},
                                          {QStringLiteral("measurements"), countOf(other)}});
    }
    const QJsonObject perPeriod = periods(perMonth, "measurements", today);
    recordMonths(truth, perPeriod, QStringLiteral("cem/month/"), perMonth);
    qint64 dated = 0;
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        if (QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate).isValid())
            dated += it.value();
    }
    truth.set(QStringLiteral("~cem/noDate"), double(t.cemMeasurements - dated));

    qint64 answers = 0;
    for (qint64 g : t.grades)
        answers += g;
    QJsonArray grades;
    for (const auto &[from, to] : gradeBands(t.grades)) {
        qint64 n = 0;
        for (int g = from; g <= to; ++g) {
            n += t.grades[static_cast<size_t>(g - 1)];
            truth.set(QStringLiteral("~cem/grade/") + QString::number(g),
                      double(t.grades[static_cast<size_t>(g - 1)]));
        }
        grades.append(QJsonObject{{QStringLiteral("from"), from},
                                  {QStringLiteral("to"), to},
                                  {QStringLiteral("count"), countOf(n)},
                                  {QStringLiteral("share"), shareOf(n, answers)}});
    }
    const auto mean = [](const MeanTally &m) {
        return shown(m.answers > 0 ? rounded(m.sum / static_cast<double>(m.answers), 2) : 0.0);
    };
    truth.set(QStringLiteral("cem/usefulnessMean#cases"), double(t.usefulness.cases));
    QJsonArray dimensions;
    const auto &items = DashboardTally::dimensionItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const MeanTally m = t.dimensions.value(items.at(i).first);
        truth.set(QStringLiteral("cem/dimensions/%1/mean#cases").arg(i), double(m.cases));
        dimensions.append(QJsonObject{{QStringLiteral("dimension"), items.at(i).first},
                                      {QStringLiteral("mean"), mean(m)}});
    }
    return {{QStringLiteral("measurements"), countOf(t.cemMeasurements)},
            {QStringLiteral("perQuestionnaire"), questionnaires},
            {QStringLiteral("perPeriod"), perPeriod},
            {QStringLiteral("usefulnessMean"), mean(t.usefulness)},
            {QStringLiteral("answers"), countOf(answers)},
            {QStringLiteral("grades"), grades},
            {QStringLiteral("dimensions"), dimensions}};
}

// The total each section's dominance is judged on.
qint64 sectionTotal(const DashboardTally &t, const QString &section)
{
    qint64 n = 0;
    if (section == QLatin1String("participants"))
        return t.participants;
    if (section == QLatin1String("gas")) {
        for (const auto &scores : t.gasScores) {
            for (qint64 c : scores)
                n += c;
        }
    } else if (section == QLatin1String("problem")) {
        for (const auto &scores : t.problemScores) {
            for (qint64 c : scores)
                n += c;
        }
    } else if (section == QLatin1String("cem")) {
        n = t.cemMeasurements;
    }
    return n;
}

} // namespace

QDate DashboardFigures::periodStart(const QDate &date)
{
    const int firstMonth = ((date.month() - 1) / deliveryMonths) * deliveryMonths + 1;
    return QDate(date.year(), firstMonth, 1);
}

QDate DashboardFigures::periodEnd(const QDate &date)
{
    return periodStart(date).addMonths(deliveryMonths).addDays(-1);
}

DashboardFigures::Unsuppressed DashboardFigures::unsuppressed(const DashboardTally &t,
                                                              const QDate &today)
{
    Truth truth;
    QJsonObject side{{QStringLiteral("participants"), participants(t, today, truth)},
                     {QStringLiteral("gas"), gas(t)},
                     {QStringLiteral("problem"), problem(t)},
                     {QStringLiteral("cem"), cem(t, today, truth)}};
    // Every shown count's true value is the value itself.
    const PublishedTables tables = PublishedTables::of(side);
    for (const PublishedTables::Figure &f : tables.figures) {
        if (f.kind == PublishedTables::Kind::Count)
            truth.set(f.path, PublishedTables::at(side, f.path).value(QLatin1String("value")).toDouble());
    }
    return {side, truth.values()};
}

QJsonObject DashboardFigures::side(const DashboardTally &tally, const QDate &today)
{
    const Unsuppressed full = unsuppressed(tally, today);
    return Suppression::apply(full.side, full.truth);
}

QJsonObject DashboardFigures::clusterSide(const QList<DashboardTally> &peers, const QDate &today)
{
    if (peers.size() < minimumPeers) {
        // Fewer peers than that and a reader who knows one or two of them could work out the
        // figures of the others; how many there are is not said either.
        return {{QStringLiteral("shown"), false},
                {QStringLiteral("reason"), QStringLiteral("too-few-organisations")},
                {QStringLiteral("minimumOrganisations"), minimumPeers}};
    }
    DashboardTally cluster;
    for (const DashboardTally &peer : peers)
        cluster.merge(peer);
    Unsuppressed full = unsuppressed(cluster, today);
    QJsonObject withheld;
    for (const char *name : {"participants", "gas", "problem", "cem"}) {
        const QString section = QString::fromLatin1(name);
        const qint64 total = sectionTotal(cluster, section);
        qint64 largest = 0;
        for (const DashboardTally &peer : peers)
            largest = std::max(largest, sectionTotal(peer, section));
        // One organisation with more than 80 % of a total would see its own figures back, and
        // the others would see nearly that one organisation's.
        if (total > 0 && static_cast<double>(largest) > dominanceShare * static_cast<double>(total)) {
            full.side.remove(section);
            withheld.insert(section, QStringLiteral("dominance"));
        }
    }
    QJsonObject side = Suppression::apply(full.side, full.truth);
    side.insert(QStringLiteral("shown"), true);
    side.insert(QStringLiteral("organisations"), static_cast<qint64>(peers.size()));
    if (!withheld.isEmpty())
        side.insert(QStringLiteral("withheld"), withheld);
    return side;
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

QJsonObject DashboardFigures::dashboard(const DashboardTally &own, const QJsonObject &cluster,
                                        const std::optional<QDateTime> &lastApproved,
                                        const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    return {{QStringLiteral("generatedAt"), now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("minimumCases"), minimumCases},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), periodStart(today).toString(Qt::ISODate)},
                         {QStringLiteral("end"), periodEnd(today).toString(Qt::ISODate)}}},
            {QStringLiteral("timeliness"), timeliness(lastApproved, now)},
            {QStringLiteral("own"), side(own, today)},
            {QStringLiteral("cluster"), cluster}};
}

} // namespace veldboek
