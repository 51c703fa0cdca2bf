#include "PublishedTables.h"

#include <QDate>
#include <QJsonArray>

namespace veldboek {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QString join(const QString &a, const QString &b)
{
    return a + QLatin1Char('/') + b;
}

QString join(const QString &a, qsizetype index, const char *b)
{
    return a + QLatin1Char('/') + QString::number(index) + QLatin1Char('/') + key(b);
}

class Declarer
{
public:
    explicit Declarer(PublishedTables &tables)
        : m_t(tables)
    {}

    void count(const QString &path, const QString &table)
    {
        m_t.figures.append({path, PublishedTables::Kind::Count, table});
    }
    void share(const QString &path, const QString &numerator, const QString &denominator,
               const QString &table)
    {
        m_t.figures.append({path, PublishedTables::Kind::Share, table});
        m_t.shares.append({path, numerator, denominator});
    }
    void mean(const QString &path, const QList<std::pair<QString, double>> &terms,
              const QString &table)
    {
        m_t.figures.append({path, PublishedTables::Kind::Mean, table});
        m_t.means.append({path, terms});
    }
    QString latent(const QString &name)
    {
        const QString id = QLatin1Char('~') + name;
        if (!m_t.latent.contains(id))
            m_t.latent.append(id);
        return id;
    }
    void sum(const QString &total, const QStringList &parts) { m_t.sums.append({total, parts}); }
    void protectZero(const QString &latentCell) { m_t.zeroProtected.append(latentCell); }
    void upperBound(const QString &latentCell, double bound)
    {
        m_t.latentUpper.insert(latentCell, bound);
    }
    void table(const QString &id, const QString &section, const QString &unit = {},
               bool merged = false)
    {
        m_t.tables.append({id, section, unit, merged});
    }

    // A period table: {"unit", "periods": [{"from", "to", <valueKey>}], "unknown"?}. Declares
    // each period's figure, the months inside a period as latent cells (a period is their sum),
    // the months before the window as one latent cell, and returns the cell of every month the
    // periods cover, so other figures (this delivery period) can be tied to the same months.
    // `periodCells` gets every cell that adds up to the table's total.
    QHash<QString, QString> periods(const QString &base, const QJsonObject &json,
                                    const char *valueKey, const QString &latentPrefix,
                                    const QString &tableId, const QString &section,
                                    QStringList *periodCells)
    {
        const QString unit = json.value(QLatin1String("unit")).toString();
        const QJsonArray list = json.value(QLatin1String("periods")).toArray();
        QHash<QString, QString> monthCell;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject period = list.at(i).toObject();
            const QString path = join(join(base, QStringLiteral("periods")), i, valueKey);
            count(path, tableId);
            periodCells->append(path);
            const QStringList months =
                PublishedTables::months(period.value(QLatin1String("from")).toString(),
                                        period.value(QLatin1String("to")).toString());
            if (months.size() == 1) {
                monthCell.insert(months.constFirst(), path);
                continue;
            }
            QStringList parts;
            for (const QString &month : months) {
                const QString cell = latent(latentPrefix + month);
                monthCell.insert(month, cell);
                parts.append(cell);
            }
            sum(path, parts);
        }
        periodCells->append(latent(latentPrefix + QStringLiteral("earlier")));
        // Dates in the future or unreadable: only a local preview of rows with errors has them,
        // and then they are a figure of their own; otherwise there are none (a structural zero,
        // so no cell: the total is the periods and the earlier months).
        if (json.contains(QLatin1String("unknown"))) {
            const QString path = join(base, QStringLiteral("unknown"));
            count(path, tableId);
            periodCells->append(path);
        }
        table(tableId, section, unit, unit != QLatin1String("month"));
        return monthCell;
    }

    void distribution(const QString &base, const QJsonObject &json, const QStringList &outcomes,
                      const QString &tableId)
    {
        const QString total = join(base, QStringLiteral("scores"));
        count(total, tableId);
        QStringList parts;
        for (const QString &slot : outcomes) {
            if (!json.contains(slot))
                continue;
            const QString countPath = join(join(base, slot), QStringLiteral("count"));
            count(countPath, tableId);
            share(join(join(base, slot), QStringLiteral("share")), countPath, total, tableId);
            parts.append(countPath);
        }
        sum(total, parts);
    }

private:
    PublishedTables &m_t;
};

void declareParticipants(Declarer &d, const QJsonObject &p)
{
    const QString base = QStringLiteral("participants");
    const QString total = join(base, QStringLiteral("total"));
    const QString status = QStringLiteral("participants");
    d.table(status, base);
    for (const char *name : {"total", "active", "ended", "optOut", "complete", "startedThisPeriod"})
        d.count(join(base, key(name)), status);
    d.share(join(base, QStringLiteral("completeness")), join(base, QStringLiteral("complete")),
            total, status);
    // Every participant is active or ended; opted out or not; complete or not.
    d.sum(total, {join(base, QStringLiteral("active")), join(base, QStringLiteral("ended"))});
    // Not opted out is the complement of a person's own choice: a derivable 0 there says that
    // every participant opted out (docs/privacy.md, "Zeros"), so its zero is protected too.
    const QString notOptOut = d.latent(QStringLiteral("participants/notOptOut"));
    d.protectZero(notOptOut);
    d.sum(total, {join(base, QStringLiteral("optOut")), notOptOut});
    d.sum(total, {join(base, QStringLiteral("complete")),
                  d.latent(QStringLiteral("participants/incomplete"))});

    QStringList periodCells;
    const QHash<QString, QString> monthCell = d.periods(
        join(base, QStringLiteral("started")), p.value(QLatin1String("started")).toObject(),
        "started", QStringLiteral("participants/month/"), QStringLiteral("started"), base,
        &periodCells);
    d.sum(total, periodCells);
    // Started this delivery period: its months up to this one, all inside the window.
    const QJsonObject thisPeriod = p.value(QLatin1String("thisPeriod")).toObject();
    QStringList inPeriod;
    for (const QString &month :
         PublishedTables::months(thisPeriod.value(QLatin1String("from")).toString(),
                                 thisPeriod.value(QLatin1String("to")).toString())) {
        if (monthCell.contains(month))
            inPeriod.append(monthCell.value(month));
    }
    d.sum(join(base, QStringLiteral("startedThisPeriod")), inPeriod);
}

void declareGas(Declarer &d, const QJsonObject &gas)
{
    const QString base = QStringLiteral("gas");
    d.table(QStringLiteral("gas"), base);
    d.count(join(base, QStringLiteral("goals")), QStringLiteral("gas"));
    const QStringList outcomes{QStringLiteral("worse"), QStringLiteral("unchanged"),
                               QStringLiteral("partly"), QStringLiteral("reached")};
    const QJsonObject informants = gas.value(QLatin1String("informants")).toObject();
    const QString informantsBase = join(base, QStringLiteral("informants"));
    QStringList totals;
    QHash<QString, QStringList> perSlot;
    for (auto it = informants.constBegin(); it != informants.constEnd(); ++it) {
        const QString informant = join(informantsBase, it.key());
        d.distribution(informant, it.value().toObject(), outcomes, QStringLiteral("gas"));
        // "all" is the named informants together; "other" (every other informant code,
        // DashboardFigures) stands beside them and is not part of it.
        if (it.key() == QLatin1String("all") || it.key() == QLatin1String("other"))
            continue;
        totals.append(join(informant, QStringLiteral("scores")));
        for (const QString &slot : outcomes)
            perSlot[slot].append(join(join(informant, slot), QStringLiteral("count")));
    }
    // "all" is the sum over the informants, slot by slot and in total.
    if (informants.contains(QLatin1String("all"))) {
        const QString all = join(informantsBase, QStringLiteral("all"));
        d.sum(join(all, QStringLiteral("scores")), totals);
        for (const QString &slot : outcomes)
            d.sum(join(join(all, slot), QStringLiteral("count")), perSlot.value(slot));
    }
}

void declareProblem(Declarer &d, const QJsonObject &problem)
{
    const QString base = QStringLiteral("problem/informants");
    d.table(QStringLiteral("problem"), QStringLiteral("problem"));
    const QJsonObject informants = problem.value(QLatin1String("informants")).toObject();
    for (auto it = informants.constBegin(); it != informants.constEnd(); ++it) {
        d.distribution(
            join(base, it.key()), it.value().toObject(),
            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("x")},
            QStringLiteral("problem"));
    }
}

void declareCem(Declarer &d, const QJsonObject &cem)
{
    const QString base = QStringLiteral("cem");
    const QString measurements = join(base, QStringLiteral("measurements"));
    d.count(measurements, QStringLiteral("cem-questionnaires"));

    // Per questionnaire; the small ones together as "other": their own counts are latent, and
    // under 10 (that is why they were merged); other names than the four are latent too.
    const QJsonArray questionnaires = cem.value(QLatin1String("perQuestionnaire")).toArray();
    QStringList parts;
    bool mergedQuestionnaires = false;
    for (qsizetype i = 0; i < questionnaires.size(); ++i) {
        const QJsonObject q = questionnaires.at(i).toObject();
        const QString path =
            join(join(base, QStringLiteral("perQuestionnaire")), i, "measurements");
        d.count(path, QStringLiteral("cem-questionnaires"));
        parts.append(path);
        if (!q.contains(QLatin1String("members")))
            continue;
        const QJsonArray members = q.value(QLatin1String("members")).toArray();
        mergedQuestionnaires = mergedQuestionnaires || !members.isEmpty();
        QStringList memberCells{d.latent(QStringLiteral("cem/questionnaire/unlisted"))};
        for (const QJsonValue &member : members) {
            memberCells.append(d.latent(QStringLiteral("cem/questionnaire/") + member.toString()));
            d.upperBound(memberCells.constLast(), 9);
        }
        d.sum(path, memberCells);
    }
    d.sum(measurements, parts);
    d.table(QStringLiteral("cem-questionnaires"), base, {}, mergedQuestionnaires);

    QStringList periodCells;
    d.periods(join(base, QStringLiteral("perPeriod")),
              cem.value(QLatin1String("perPeriod")).toObject(), "measurements",
              QStringLiteral("cem/month/"), QStringLiteral("cem-periods"), base, &periodCells);
    d.sum(measurements, periodCells);

    // Grades in bands of adjacent grades; a band of one grade is that grade's own cell.
    const QString answers = join(base, QStringLiteral("answers"));
    d.count(answers, QStringLiteral("cem-grades"));
    const QJsonArray bands = cem.value(QLatin1String("grades")).toArray();
    QStringList bandCells;
    QList<std::pair<QString, double>> gradeTerms;
    bool mergedGrades = false;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QJsonObject band = bands.at(i).toObject();
        const int from = band.value(QLatin1String("from")).toInt();
        const int to = band.value(QLatin1String("to")).toInt();
        const QString countPath = join(join(base, QStringLiteral("grades")), i, "count");
        d.count(countPath, QStringLiteral("cem-grades"));
        d.share(join(join(base, QStringLiteral("grades")), i, "share"), countPath, answers,
                QStringLiteral("cem-grades"));
        bandCells.append(countPath);
        if (from == to) {
            gradeTerms.append({countPath, from});
            continue;
        }
        mergedGrades = true;
        QStringList grades;
        for (int g = from; g <= to; ++g) {
            const QString cell = d.latent(QStringLiteral("cem/grade/") + QString::number(g));
            grades.append(cell);
            gradeTerms.append({cell, g});
        }
        d.sum(countPath, grades);
    }
    d.sum(answers, bandCells);
    d.table(QStringLiteral("cem-grades"), base, {}, mergedGrades);
    // The usefulness grade's mean is over the same answers as the grades.
    d.mean(join(base, QStringLiteral("usefulnessMean")), gradeTerms, QStringLiteral("cem-grades"));

    d.table(QStringLiteral("cem-dimensions"), base);
    const QJsonArray dimensions = cem.value(QLatin1String("dimensions")).toArray();
    for (qsizetype i = 0; i < dimensions.size(); ++i)
        d.mean(join(join(base, QStringLiteral("dimensions")), i, "mean"), {},
               QStringLiteral("cem-dimensions"));
}

} // namespace

PublishedTables PublishedTables::of(const QJsonObject &side)
{
    PublishedTables tables;
    Declarer d(tables);
    if (side.contains(QLatin1String("participants")))
        declareParticipants(d, side.value(QLatin1String("participants")).toObject());
    if (side.contains(QLatin1String("gas")))
        declareGas(d, side.value(QLatin1String("gas")).toObject());
    if (side.contains(QLatin1String("problem")))
        declareProblem(d, side.value(QLatin1String("problem")).toObject());
    if (side.contains(QLatin1String("cem")))
        declareCem(d, side.value(QLatin1String("cem")).toObject());
    return tables;
}

const PublishedTables::Figure *PublishedTables::figure(const QString &path) const
{
    for (const Figure &f : figures) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QJsonObject PublishedTables::at(const QJsonObject &side, const QString &path)
{
    QJsonValue value = side;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (value.isArray())
            value = value.toArray().at(part.toInt());
        else
            value = value.toObject().value(part);
    }
    return value.toObject();
}

namespace {

QJsonValue replaced(const QJsonValue &value, const QStringList &parts, qsizetype index,
                    const QJsonObject &figure)
{
    if (index == parts.size())
        return figure;
    const QString &part = parts.at(index);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int i = part.toInt();
        array.replace(i, replaced(array.at(i), parts, index + 1, figure));
        return array;
    }
    QJsonObject object = value.toObject();
    object.insert(part, replaced(object.value(part), parts, index + 1, figure));
    return object;
}

} // namespace

void PublishedTables::put(QJsonObject &side, const QString &path, const QJsonObject &figure)
{
    side = replaced(side, path.split(QLatin1Char('/')), 0, figure).toObject();
}

QStringList PublishedTables::months(const QString &from, const QString &to)
{
    QStringList list;
    QDate month = QDate::fromString(from + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(to + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || !last.isValid())
        return list;
    for (; month <= last; month = month.addMonths(1))
        list.append(month.toString(QStringLiteral("yyyy-MM")));
    return list;
}

QString PublishedTables::periodOf(const QString &month, const QString &unit)
{
    if (unit == QLatin1String("year"))
        return month.left(4);
    if (unit == QLatin1String("quarter")) {
        const int m = QStringView(month).mid(5, 2).toInt();
        return month.left(4) + QStringLiteral("-Q") + QString::number((m - 1) / 3 + 1);
    }
    return month;
}

} // namespace veldboek
