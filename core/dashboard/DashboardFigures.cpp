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

// The window a period table covers: the last four calendar quarters, the current one up to
// this month. Fixed by the date alone, so which periods are listed says nothing about the data;
// earlier months are only in the total, later (future) or unreadable dates go to "unknown".
QStringList windowMonths(const QDate &today)
{
    const QDate quarterStart(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    return PublishedTables::months(quarterStart.addMonths(-9).toString(QStringLiteral("yyyy-MM")),
                                   today.toString(QStringLiteral("yyyy-MM")));
}

// A period table over the window: months when at most two months have fewer than 10, else
// calendar quarters when at most one quarter has, else the whole window as one period. Merging
// comes before hiding: a year of 40 says more than twelve blanks. Which unit was chosen says
// only that some finer period was small, never which.
QJsonObject periods(const QMap<QString, qint64> &perMonth, const char *valueKey, const QDate &today,
                    const QString &latentPrefix, Truth &truth)
{
    const QStringList window = windowMonths(today);
    QString unit;
    QList<std::pair<QString, QStringList>> grouped;
    for (const auto &[candidate, allowedSmall] :
         {std::pair{"month", 2}, std::pair{"quarter", 1}, std::pair{"year", 1}}) {
        unit = QString::fromLatin1(candidate);
        grouped.clear();
        for (const QString &month : window) {
            const QString label = unit == QLatin1String("year")
                                      ? window.constFirst() + QLatin1Char('/') + window.constLast()
                                      : PublishedTables::periodOf(month, unit);
            if (grouped.isEmpty() || grouped.constLast().first != label)
                grouped.append({label, {}});
            grouped.last().second.append(month);
        }
        int small = 0;
        for (const auto &[label, months] : grouped) {
            qint64 n = 0;
            for (const QString &m : months)
                n += perMonth.value(m);
            small += n < DashboardFigures::minimumCases ? 1 : 0;
        }
        if (small <= allowedSmall)
            break;
    }
    QJsonArray list;
    for (const auto &[label, months] : grouped) {
        qint64 n = 0;
        for (const QString &m : months) {
            n += perMonth.value(m);
            truth.set(QLatin1Char('~') + latentPrefix + m, double(perMonth.value(m)));
        }
        list.append(QJsonObject{{QStringLiteral("period"), label},
                                {QStringLiteral("from"), months.constFirst()},
                                {QStringLiteral("to"), months.constLast()},
                                {QString::fromLatin1(valueKey), countOf(n)}});
    }
    qint64 earlier = 0;
    qint64 unknown = 0;
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        if (window.contains(it.key()))
            continue;
        const bool valid =
            QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate).isValid();
        if (valid && it.key() < window.constFirst())
            earlier += it.value();
        else
            unknown += it.value();
    }
    truth.set(QLatin1Char('~') + latentPrefix + QStringLiteral("earlier"), double(earlier));
    QJsonObject table{{QStringLiteral("unit"), unit}, {QStringLiteral("periods"), list}};
    // An approved submission has no such dates (they are required, and not in the future): the
    // figure is only there when the register has them, as in a local preview of rows with
    // errors. Declared as a structural zero otherwise.
    if (unknown > 0)
        table.insert(QStringLiteral("unknown"), countOf(unknown));
    return table;
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
    // Started this delivery period, up to this month (a later start date is not a start yet).
    qint64 startedThisPeriod = 0;
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    for (const QString &month :
         PublishedTables::months(first.toString(QStringLiteral("yyyy-MM")), thisMonth))
        startedThisPeriod += t.startedPerMonth.value(month);
    // Participants without a readable start date are in no month: counted as "unknown".
    qint64 withMonth = 0;
    for (const qint64 n : t.startedPerMonth)
        withMonth += n;
    QMap<QString, qint64> perMonth = t.startedPerMonth;
    if (t.participants > withMonth)
        perMonth[QString()] += t.participants - withMonth;
    const QJsonObject started =
        periods(perMonth, "started", today, QStringLiteral("participants/month/"), truth);
    truth.set(QStringLiteral("~participants/notOptOut"), double(t.participants - t.optOut));
    truth.set(QStringLiteral("~participants/incomplete"), double(t.participants - t.complete));
    return {{QStringLiteral("total"), countOf(t.participants)},
            {QStringLiteral("active"), countOf(t.active)},
            {QStringLiteral("ended"), countOf(t.ended)},
            {QStringLiteral("optOut"), countOf(t.optOut)},
            {QStringLiteral("complete"), countOf(t.complete)},
            {QStringLiteral("completeness"), shareOf(t.complete, t.participants)},
            {QStringLiteral("startedThisPeriod"), countOf(startedThisPeriod)},
            {QStringLiteral("thisPeriod"),
             QJsonObject{{QStringLiteral("from"), first.toString(QStringLiteral("yyyy-MM"))},
                         {QStringLiteral("to"),
                          std::min(last, today).toString(QStringLiteral("yyyy-MM"))}}},
            {QStringLiteral("started"), started}};
}

// Per informant code the scores of the listed informants, and every other code's together
// under "other" (an informant code the figures do not name, such as one from a newer SOR
// specification): merged rather than left out without a word. "other" is its own distribution
// beside the named ones and is not part of "all" (the named informants together, in `all`):
// most registers have no other code, and an always-empty "other" inside "all" would pin its
// hidden zeros and cost a hidden figure in every GAS table. Always listed, like the named
// informants, whether or not it has scores: listed only when present, it would say there was
// at least one (docs/privacy.md, "Categories").
QJsonObject informantDistributions(const QMap<QString, std::array<qint64, 4>> &scores,
                                   const QStringList &listed, const QStringList &names,
                                   std::array<qint64, 4> *all)
{
    QJsonObject informants;
    std::array<qint64, 4> other{};
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        std::array<qint64, 4> &into = listed.contains(it.key()) ? *all : other;
        for (size_t i = 0; i < 4; ++i)
            into[i] += it.value()[i];
    }
    for (const QString &informant : listed)
        informants.insert(informant, distribution(scores.value(informant), names));
    informants.insert(QStringLiteral("other"), distribution(other, names));
    return informants;
}

QJsonObject gas(const DashboardTally &t)
{
    const QStringList names{QStringLiteral("worse"), QStringLiteral("unchanged"),
                            QStringLiteral("partly"), QStringLiteral("reached")};
    // The informants are always the parent (O) and the client (C), and "other", whether or not
    // they scored: a listed informant would otherwise say it had at least one score.
    std::array<qint64, 4> all{};
    QJsonObject informants = informantDistributions(
        t.gasScores, {QStringLiteral("O"), QStringLiteral("C")}, names, &all);
    informants.insert(QStringLiteral("all"), distribution(all, names));
    return {{QStringLiteral("goals"), countOf(t.gasGoals)},
            {QStringLiteral("informants"), informants}};
}

QJsonObject problem(const DashboardTally &t)
{
    const QStringList names{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("x")};
    // Always the practitioner, the parent and the client, and "other" (see gas()).
    std::array<qint64, 4> all{};
    return {{QStringLiteral("informants"),
             informantDistributions(
                 t.problemScores,
                 {QStringLiteral("PB"), QStringLiteral("PO"), QStringLiteral("PC")}, names, &all)}};
}

// Grade bands: the finest of a few fixed schemes in which every band has 10 answers or more
// (adjacent grades merged, the rare low grades first); with fewer than 10 answers in all, one
// band. Fixed schemes, so a band's edges say nothing about the answers inside it.
QList<std::pair<int, int>> gradeBands(const std::array<qint64, 10> &grades)
{
    using Bands = QList<std::pair<int, int>>;
    static const QList<Bands> schemes{
        {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {7, 7}, {8, 8}, {9, 9}, {10, 10}},
        {{1, 5}, {6, 6}, {7, 7}, {8, 8}, {9, 9}, {10, 10}},
        {{1, 5}, {6, 6}, {7, 7}, {8, 8}, {9, 10}},
        {{1, 6}, {7, 7}, {8, 8}, {9, 10}},
        {{1, 6}, {7, 8}, {9, 10}},
        {{1, 10}}};
    for (const Bands &scheme : schemes) {
        bool allLarge = true;
        for (const auto &[from, to] : scheme) {
            qint64 n = 0;
            for (int g = from; g <= to; ++g)
                n += grades[static_cast<size_t>(g - 1)];
            allLarge = allLarge && n >= DashboardFigures::minimumCases;
        }
        if (allLarge)
            return scheme;
    }
    return schemes.constLast();
}

QJsonObject cem(const DashboardTally &t, const QDate &today, Truth &truth)
{
    // Per questionnaire: the four CEM+ questionnaires always listed, anything else as "other",
    // and a questionnaire with fewer than 10 measurements merged into "other" too (its name
    // listed under "members": merged, so under 10, but not how many).
    // The codes of the spec (resources/specs/cemplus.json): parents / youth, end of help /
    // long-term help.
    static const QStringList known{
        QStringLiteral("CEM+_2018_OE_v1"), QStringLiteral("CEM+_2018_JE_v1"),
        QStringLiteral("CEM+_2018_OD_v1"), QStringLiteral("CEM+_2018_JD_v1")};
    QMap<QString, qint64> perQuestionnaire;
    QMap<QString, qint64> perMonth;
    qint64 unlisted = 0;
    for (auto q = t.cemPerQuestionnaireMonth.cbegin(); q != t.cemPerQuestionnaireMonth.cend();
         ++q) {
        for (auto m = q.value().cbegin(); m != q.value().cend(); ++m) {
            if (known.contains(q.key()))
                perQuestionnaire[q.key()] += m.value();
            else
                unlisted += m.value();
            perMonth[m.key()] += m.value();
        }
    }
    QJsonArray questionnaires;
    QStringList members;
    qint64 other = unlisted;
    for (const QString &name : known) {
        const qint64 n = perQuestionnaire.value(name);
        if (n < DashboardFigures::minimumCases) {
            members.append(name);
            other += n;
            truth.set(QStringLiteral("~cem/questionnaire/") + name, double(n));
            continue;
        }
        questionnaires.append(QJsonObject{{QStringLiteral("questionnaire"), name},
                                          {QStringLiteral("measurements"), countOf(n)}});
    }
    truth.set(QStringLiteral("~cem/questionnaire/unlisted"), double(unlisted));
    questionnaires.append(
        QJsonObject{{QStringLiteral("questionnaire"), QStringLiteral("other")},
                    {QStringLiteral("members"), QJsonArray::fromStringList(members)},
                    {QStringLiteral("measurements"), countOf(other)}});
    const QJsonObject perPeriod =
        periods(perMonth, "measurements", today, QStringLiteral("cem/month/"), truth);

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
            truth.set(f.path,
                      PublishedTables::at(side, f.path).value(QLatin1String("value")).toDouble());
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
        if (total > 0 &&
            static_cast<double>(largest) > dominanceShare * static_cast<double>(total)) {
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
