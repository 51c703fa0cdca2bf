#include "DashboardAudit.h"

#include "AuditSystem.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/PublishedTables.h"
#include "validation/DataTable.h"

#include <QJsonArray>

namespace veldboek {

namespace {

bool hidden(const QJsonObject &figure)
{
    return figure.value(QLatin1String("suppressed")).toBool();
}

QJsonObject hiddenSmall()
{
    return {{QStringLiteral("value"), QJsonValue::Null},
            {QStringLiteral("suppressed"), true},
            {QStringLiteral("reason"), QStringLiteral("small")}};
}

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

AuditResult auditSide(const QJsonObject &published, const QHash<QString, double> &truth)
{
    // The declaration is made from the published side's shape alone; the constraints are the
    // auditor's own (AuditSystem), not the suppressor's.
    constexpr double small = 10;
    AuditResult result;
    const PublishedTables tables = PublishedTables::of(published);
    const AuditSystem system(tables, published);
    QStringList cells = tables.latent;
    for (const PublishedTables::Figure &f : tables.figures) {
        if (f.kind == PublishedTables::Kind::Count &&
            hidden(PublishedTables::at(published, f.path)))
            cells.append(f.path);
    }
    for (const QString &cell : cells) {
        const double value = truth.value(cell);
        const bool latent = cell.startsWith(QLatin1Char('~'));
        const std::optional<AuditSolver::Range> range = system.range(cell);
        ++result.hidden;
        if (!range) {
            result.wrong.append(cell + QStringLiteral(": no solution"));
            continue;
        }
        if (value < range->low || value > range->high) {
            result.wrong.append(QStringLiteral("%1: true %2 outside [%3, %4]")
                                    .arg(cell)
                                    .arg(value)
                                    .arg(range->low)
                                    .arg(range->high));
        }
        // Protection (docs/privacy.md): a hidden count under 10 must be able to be anything from
        // 0 to 9; a latent count of 1 to 9, or 0 in a cell the declaration marks as the
        // complement of a person's attribute, must not be narrowed to fewer than ten values.
        if (value >= small || (latent && value < 1 && !tables.zeroProtected.contains(cell)))
            continue;
        const bool covered = latent ? range->high - range->low >= small - 1
                                    : range->low <= 0 && range->high >= small - 1;
        if (!covered) {
            result.leaks.append(QStringLiteral("%1: true %2, derivable range [%3, %4]")
                                    .arg(cell)
                                    .arg(value)
                                    .arg(range->low)
                                    .arg(range->high));
        }
    }
    return result;
}

QJsonObject primaryOnly(const QJsonObject &unsuppressed, const QHash<QString, double> &truth)
{
    QJsonObject side = unsuppressed;
    const PublishedTables tables = PublishedTables::of(side);
    for (const PublishedTables::Figure &f : tables.figures) {
        if (f.kind == PublishedTables::Kind::Count && truth.value(f.path) < 10)
            PublishedTables::put(side, f.path, hiddenSmall());
        if (f.kind == PublishedTables::Kind::Mean &&
            truth.value(f.path + QStringLiteral("#cases")) < 10)
            PublishedTables::put(side, f.path, hiddenSmall());
    }
    for (const PublishedTables::Share &share : tables.shares) {
        if (truth.value(share.denominator) < 10)
            PublishedTables::put(side, share.figure, hiddenSmall());
    }
    return side;
}

DashboardTally generatedTally(std::mt19937_64 &random, int participants, const QDate &today)
{
    const auto between = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const auto chance = [&random](double p) {
        return std::bernoulli_distribution(p)(random);
    };
    // Each register has its own history: a few months to three years.
    const int monthsBack = between(1, 36);
    const QDate first = today.addMonths(-monthsBack);

    DataTable people;
    people.dataset = QStringLiteral("participants");
    people.columns = {QStringLiteral("startdatum"),       QStringLiteral("einddatum"),
                      QStringLiteral("opt_out"),          QStringLiteral("email"),
                      QStringLiteral("opleidingsniveau"), QStringLiteral("postcode_doelocatie")};
    DataTable gas;
    gas.dataset = QStringLiteral("gas");
    gas.columns = {QStringLiteral("bsn"), QStringLiteral("beschikkingsnummer"),
                   QStringLiteral("toewijzingsnummer"), QStringLiteral("type"),
                   QStringLiteral("waarde")};
    DataTable problem;
    problem.dataset = QStringLiteral("problem");
    problem.columns = {QStringLiteral("type"), QStringLiteral("waarde")};
    DataTable cem;
    cem.dataset = QStringLiteral("cem");
    cem.columns = {QStringLiteral("meting_id"), QStringLiteral("datum_meting"),
                   QStringLiteral("vragenlijst"), QStringLiteral("vraag"),
                   QStringLiteral("antwoord")};
    const QStringList questionnaires{
        QStringLiteral("CEM+_2018_OE_v1"), QStringLiteral("CEM+_2018_JE_v1"),
        QStringLiteral("CEM+_2018_OD_v1"), QStringLiteral("CEM+_2018_JD_v1")};
    const QStringList items{QStringLiteral("VR01"), QStringLiteral("VR04"), QStringLiteral("VR07"),
                            QStringLiteral("VR08A")};
    // Some registers also score with informant codes the figures do not name (merged into
    // "other", DashboardFigures).
    const bool otherInformants = chance(0.25);
    QList<const char *> gasInformants{"O", "C"};
    QList<const char *> problemInformants{"PB", "PO", "PC"};
    if (otherInformants) {
        gasInformants.append("L");
        problemInformants.append("PL");
    }
    int line = 1;
    for (int i = 0; i < participants; ++i) {
        const QDate start = first.addDays(between(0, static_cast<int>(first.daysTo(today))));
        const bool ended = chance(0.3);
        const QDate end = start.addDays(between(0, 300));
        people.rows.append({++line,
                            {date(start), ended && end <= today ? date(end) : QString(),
                             chance(0.06) ? QStringLiteral("ja") : QStringLiteral("nee"),
                             chance(0.85) ? QStringLiteral("a@b.nl") : QString(),
                             QStringLiteral("mbo"), QStringLiteral("1234 AB")}});
        const QString bsn = QString::number(100000000 + i);
        if (chance(0.6)) {
            for (int goal = 1, goals = between(1, 3); goal <= goals; ++goal) {
                for (const char *informant : gasInformants) {
                    if (!chance(0.8))
                        continue;
                    const int v = std::discrete_distribution<int>({1, 3, 5, 6})(random) - 1;
                    gas.rows.append(
                        {++line,
                         {bsn, QStringLiteral("B%1").arg(i), QString(),
                          QStringLiteral("D%1%2").arg(goal).arg(QLatin1String(informant)),
                          QString::number(v)}});
                }
            }
        }
        if (chance(0.5)) {
            for (const char *informant : problemInformants) {
                if (chance(0.7)) {
                    static const char *const values[] = {"1", "2", "3", "x"};
                    problem.rows.append(
                        {++line,
                         {QLatin1String(informant),
                          QLatin1String(
                              values[std::discrete_distribution<int>({2, 4, 5, 1})(random)])}});
                }
            }
        }
        if (chance(0.5)) {
            const QString id = QStringLiteral("M%1").arg(i);
            const QString when = date(
                start.addDays(between(0, 200)) <= today ? start.addDays(between(0, 200)) : today);
            const QString questionnaire =
                questionnaires.at(std::discrete_distribution<int>({8, 6, 2, 1})(random));
            for (const QString &item : items)
                cem.rows.append(
                    {++line, {id, when, questionnaire, item, QString::number(between(1, 4))}});
            const int grade =
                std::discrete_distribution<int>({1, 1, 1, 2, 3, 6, 12, 14, 8, 4})(random) + 1;
            cem.rows.append(
                {++line,
                 {id, when, questionnaire, QStringLiteral("VR09A"), QString::number(grade)}});
        }
    }
    DashboardTally tally;
    for (const DataTable *table : {&people, &gas, &problem, &cem})
        tally.add(*table, today);
    return tally;
}

} // namespace veldboek
