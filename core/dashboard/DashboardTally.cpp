#include "DashboardTally.h"

#include <QJsonArray>
#include <QSet>

namespace veldboek {

namespace {

QDate parseDate(const QString &value)
{
    return QDate::fromString(value.trimmed(), QStringLiteral("d-M-yyyy"));
}

QString month(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

bool yes(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("ja") || v == QLatin1String("j") || v == QLatin1String("1") ||
           v == QLatin1String("true");
}

// Looks columns up once per table, not per row.
class Columns
{
public:
    explicit Columns(const DataTable &table)
        : m_table(table)
    {}
    int index(const char *key) const
    {
        return static_cast<int>(m_table.columns.indexOf(QLatin1String(key)));
    }

private:
    const DataTable &m_table;
};

QString value(const DataRow &row, int column)
{
    return column >= 0 && column < row.values.size() ? row.values.at(column).trimmed() : QString();
}

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

void addParticipants(DashboardTally &tally, const DataTable &table, const QDate &today,
                     const QSet<int> &skip)
{
    const Columns c(table);
    const int start = c.index("startdatum");
    const int end = c.index("einddatum");
    const int optOut = c.index("opt_out");
    const int email = c.index("email");
    const int education = c.index("opleidingsniveau");
    const int site = c.index("postcode_doelocatie");
    const int municipality = c.index("gemeente_doelocatie");
    for (const DataRow &row : table.rows) {
        if (skip.contains(row.line))
            continue;
        ++tally.participants;
        const QDate ended = parseDate(value(row, end));
        if (ended.isValid() && ended <= today)
            ++tally.ended;
        else
            ++tally.active;
        if (yes(value(row, optOut)))
            ++tally.optOut;
        if (!value(row, email).isEmpty() && !value(row, education).isEmpty() &&
            (!value(row, site).isEmpty() || !value(row, municipality).isEmpty()))
            ++tally.complete;
        const QDate started = parseDate(value(row, start));
        if (started.isValid())
            ++tally.startedPerMonth[month(started)];
    }
}

void addGas(DashboardTally &tally, const DataTable &table, const QSet<int> &skip)
{
    const Columns c(table);
    const int bsn = c.index("bsn");
    const int decision = c.index("beschikkingsnummer");
    const int assignment = c.index("toewijzingsnummer");
    const int type = c.index("type");
    const int score = c.index("waarde");
    QSet<QString> goals;
    for (const DataRow &row : table.rows) {
        if (skip.contains(row.line))
            continue;
        const QString code = value(row, type).toUpper(); // D<goal><informant>
        bool ok = false;
        const int v = value(row, score).toInt(&ok);
        if (code.size() < 3 || !ok || v < -1 || v > 2)
            continue;
        const QString informant = code.right(1);
        const QString goal = code.mid(1, code.size() - 2);
        goals.insert(value(row, bsn) + QLatin1Char('|') + value(row, decision) + QLatin1Char('|') +
                     value(row, assignment) + QLatin1Char('|') + goal);
        auto &counts = tally.gasScores[informant];
        ++counts[static_cast<size_t>(v + 1)];
    }
    tally.gasGoals += goals.size();
}

void addProblem(DashboardTally &tally, const DataTable &table, const QSet<int> &skip)
{
    const Columns c(table);
    const int type = c.index("type");
    const int score = c.index("waarde");
    for (const DataRow &row : table.rows) {
        if (skip.contains(row.line))
            continue;
        const QString informant = value(row, type).toUpper();
        const QString v = value(row, score).toLower();
        int slot = -1;
        if (v == QLatin1String("1"))
            slot = 0;
        else if (v == QLatin1String("2"))
            slot = 1;
        else if (v == QLatin1String("3"))
            slot = 2;
        else if (v == QLatin1String("x"))
            slot = 3;
        if (informant.isEmpty() || slot < 0)
            continue;
        ++tally.problemScores[informant][static_cast<size_t>(slot)];
    }
}

void addCem(DashboardTally &tally, const DataTable &table, const QSet<int> &skip)
{
    const Columns c(table);
    const int measurementColumn = c.index("meting_id");
    const int date = c.index("datum_meting");
    const int questionnaire = c.index("vragenlijst");
    const int item = c.index("vraag");
    const int answer = c.index("antwoord");
    QHash<QString, int> dimensionOfItem;
    const auto &dimensions = DashboardTally::dimensionItems();
    for (int d = 0; d < dimensions.size(); ++d) {
        for (const QString &code : dimensions.at(d).second)
            dimensionOfItem.insert(code, d);
    }
    QSet<QString> measurements;
    QSet<QString> graded;
    QList<QSet<QString>> perDimension(dimensions.size());
    QList<MeanTally> dimensionTallies(dimensions.size());
    for (const DataRow &row : table.rows) {
        if (skip.contains(row.line))
            continue;
        const QString id = value(row, measurementColumn);
        if (id.isEmpty())
            continue;
        if (!measurements.contains(id)) {
            measurements.insert(id);
            const QDate measured = parseDate(value(row, date));
            ++tally.cemPerQuestionnaireMonth[value(row, questionnaire)]
                                            [measured.isValid() ? month(measured) : QString()];
        }
        const QString code = value(row, item).toUpper();
        bool ok = false;
        const int v = value(row, answer).toInt(&ok);
        if (!ok)
            continue;
        if (code == QLatin1String("VR09A") || code == QLatin1String("VR09B")) {
            if (v < 1 || v > 10)
                continue;
            ++tally.grades[static_cast<size_t>(v - 1)];
            tally.usefulness.sum += v;
            ++tally.usefulness.answers;
            graded.insert(id);
            continue;
        }
        const int d = dimensionOfItem.value(code, -1);
        if (d < 0 || v < 1 || v > 4)
            continue;
        dimensionTallies[d].sum += v;
        ++dimensionTallies[d].answers;
        perDimension[d].insert(id);
    }
    tally.cemMeasurements += measurements.size();
    tally.usefulness.cases += graded.size();
    for (int d = 0; d < dimensions.size(); ++d) {
        dimensionTallies[d].cases = perDimension.at(d).size();
        if (dimensionTallies.at(d).answers > 0)
            tally.dimensions[dimensions.at(d).first].merge(dimensionTallies.at(d));
    }
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
    const QSet<int> skip(skipLines.cbegin(), skipLines.cend());
    if (table.dataset == QLatin1String("participants"))
        addParticipants(*this, table, today, skip);
    else if (table.dataset == QLatin1String("gas"))
        addGas(*this, table, skip);
    else if (table.dataset == QLatin1String("problem"))
        addProblem(*this, table, skip);
    else if (table.dataset == QLatin1String("cem"))
        addCem(*this, table, skip);
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
