#include "DashboardTally.h"

#include "DatasetTally.h"

#include <QJsonArray>
#include <QSet>

namespace veldboek {

namespace {

QJsonArray toArray(const std::array<qint64, 4> &values)
{
    QJsonArray array;
    for (qint64 v : values)
        array.append(v);
    return array;
}

std::array<qint64, 4> fourFrom(const QJsonValue &json)
{
    std::array<qint64, 4> values{};
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < 4 && i < array.size(); ++i)
        values[static_cast<size_t>(i)] = array.at(i).toInteger();
    return values;
}

QJsonObject meanJson(const MeanTally &mean)
{
    return {{QStringLiteral("sum"), mean.sum},
            {QStringLiteral("answers"), mean.answers},
            {QStringLiteral("cases"), mean.cases}};
}

MeanTally meanFrom(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    return {o.value(QStringLiteral("sum")).toDouble(),
            o.value(QStringLiteral("answers")).toInteger(),
            o.value(QStringLiteral("cases")).toInteger()};
}

} // namespace

void MeanTally::merge(const MeanTally &other)
{
    sum += other.sum;
    answers += other.answers;
    cases += other.cases;
}

const QList<std::pair<QString, QStringList>> &DashboardTally::dimensionItems()
{
    static const QList<std::pair<QString, QStringList>> items{
        {QStringLiteral("toegankelijkheid"),
         {QStringLiteral("VR01"), QStringLiteral("VR02"), QStringLiteral("VR03")}},
        {QStringLiteral("bejegening"),
         {QStringLiteral("VR04"), QStringLiteral("VR05"), QStringLiteral("VR06")}},
        {QStringLiteral("samenwerking"),
         {QStringLiteral("VR07"), QStringLiteral("VR07A"), QStringLiteral("VR07B"),
          QStringLiteral("VR08A"), QStringLiteral("VR08B"), QStringLiteral("VR08C"),
          QStringLiteral("VR08D"), QStringLiteral("VR08E"), QStringLiteral("VR08F"),
          QStringLiteral("VR08G")}},
    };
    return items;
}

void DashboardTally::add(const DataTable &table, const QDate &today, const QList<int> &skipLines)
{
    DatasetTally dataset(table, today);
    dataset.add(table, QSet<int>(skipLines.cbegin(), skipLines.cend()));
    dataset.addTo(*this);
}

void DashboardTally::merge(const DashboardTally &other)
{
    participants += other.participants;
    active += other.active;
    ended += other.ended;
    optOut += other.optOut;
    complete += other.complete;
    for (auto it = other.startedPerMonth.cbegin(); it != other.startedPerMonth.cend(); ++it)
        startedPerMonth[it.key()] += it.value();
    gasGoals += other.gasGoals;
    for (auto it = other.gasScores.cbegin(); it != other.gasScores.cend(); ++it) {
        for (size_t i = 0; i < 4; ++i)
            gasScores[it.key()][i] += it.value()[i];
    }
    for (auto it = other.problemScores.cbegin(); it != other.problemScores.cend(); ++it) {
        for (size_t i = 0; i < 4; ++i)
            problemScores[it.key()][i] += it.value()[i];
    }
    cemMeasurements += other.cemMeasurements;
    for (auto q = other.cemPerQuestionnaireMonth.cbegin();
         q != other.cemPerQuestionnaireMonth.cend(); ++q) {
        for (auto m = q.value().cbegin(); m != q.value().cend(); ++m)
            cemPerQuestionnaireMonth[q.key()][m.key()] += m.value();
    }
    for (size_t i = 0; i < grades.size(); ++i)
        grades[i] += other.grades[i];
    usefulness.merge(other.usefulness);
    for (auto it = other.dimensions.cbegin(); it != other.dimensions.cend(); ++it)
        dimensions[it.key()].merge(it.value());
}

bool DashboardTally::isEmpty() const
{
    return participants == 0 && gasScores.isEmpty() && problemScores.isEmpty() &&
           cemMeasurements == 0;
}

QJsonObject DashboardTally::toJson() const
{
    QJsonObject started;
    for (auto it = startedPerMonth.cbegin(); it != startedPerMonth.cend(); ++it)
        started.insert(it.key(), it.value());
    QJsonObject gas;
    for (auto it = gasScores.cbegin(); it != gasScores.cend(); ++it)
        gas.insert(it.key(), toArray(it.value()));
    QJsonObject problem;
    for (auto it = problemScores.cbegin(); it != problemScores.cend(); ++it)
        problem.insert(it.key(), toArray(it.value()));
    QJsonObject perQuestionnaire;
    for (auto q = cemPerQuestionnaireMonth.cbegin(); q != cemPerQuestionnaireMonth.cend(); ++q) {
        QJsonObject months;
        for (auto m = q.value().cbegin(); m != q.value().cend(); ++m)
            months.insert(m.key(), m.value());
        perQuestionnaire.insert(q.key(), months);
    }
    QJsonArray gradeArray;
    for (qint64 g : grades)
        gradeArray.append(g);
    QJsonObject dimensionObject;
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it)
        dimensionObject.insert(it.key(), meanJson(it.value()));
    return {{QStringLiteral("participants"), participants},
            {QStringLiteral("active"), active},
            {QStringLiteral("ended"), ended},
            {QStringLiteral("optOut"), optOut},
            {QStringLiteral("complete"), complete},
            {QStringLiteral("startedPerMonth"), started},
            {QStringLiteral("gasGoals"), gasGoals},
            {QStringLiteral("gasScores"), gas},
            {QStringLiteral("problemScores"), problem},
            {QStringLiteral("cemMeasurements"), cemMeasurements},
            {QStringLiteral("cemPerQuestionnaireMonth"), perQuestionnaire},
            {QStringLiteral("grades"), gradeArray},
            {QStringLiteral("usefulness"), meanJson(usefulness)},
            {QStringLiteral("dimensions"), dimensionObject}};
}

DashboardTally DashboardTally::fromJson(const QJsonObject &json)
{
    DashboardTally t;
    t.participants = json.value(QStringLiteral("participants")).toInteger();
    t.active = json.value(QStringLiteral("active")).toInteger();
    t.ended = json.value(QStringLiteral("ended")).toInteger();
    t.optOut = json.value(QStringLiteral("optOut")).toInteger();
    t.complete = json.value(QStringLiteral("complete")).toInteger();
    const QJsonObject started = json.value(QStringLiteral("startedPerMonth")).toObject();
    for (auto it = started.constBegin(); it != started.constEnd(); ++it)
        t.startedPerMonth.insert(it.key(), it.value().toInteger());
    t.gasGoals = json.value(QStringLiteral("gasGoals")).toInteger();
    const QJsonObject gas = json.value(QStringLiteral("gasScores")).toObject();
    for (auto it = gas.constBegin(); it != gas.constEnd(); ++it)
        t.gasScores.insert(it.key(), fourFrom(it.value()));
    const QJsonObject problem = json.value(QStringLiteral("problemScores")).toObject();
    for (auto it = problem.constBegin(); it != problem.constEnd(); ++it)
        t.problemScores.insert(it.key(), fourFrom(it.value()));
    t.cemMeasurements = json.value(QStringLiteral("cemMeasurements")).toInteger();
    const QJsonObject perQuestionnaire =
        json.value(QStringLiteral("cemPerQuestionnaireMonth")).toObject();
    for (auto q = perQuestionnaire.constBegin(); q != perQuestionnaire.constEnd(); ++q) {
        const QJsonObject months = q.value().toObject();
        for (auto m = months.constBegin(); m != months.constEnd(); ++m)
            t.cemPerQuestionnaireMonth[q.key()].insert(m.key(), m.value().toInteger());
    }
    const QJsonArray gradeArray = json.value(QStringLiteral("grades")).toArray();
    for (qsizetype i = 0; i < 10 && i < gradeArray.size(); ++i)
        t.grades[static_cast<size_t>(i)] = gradeArray.at(i).toInteger();
    t.usefulness = meanFrom(json.value(QStringLiteral("usefulness")));
    const QJsonObject dimensionObject = json.value(QStringLiteral("dimensions")).toObject();
    for (auto it = dimensionObject.constBegin(); it != dimensionObject.constEnd(); ++it)
        t.dimensions.insert(it.key(), meanFrom(it.value()));
    return t;
}

} // namespace veldboek
