#include "DatasetTally.h"

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

QString value(const DataRow &row, int column)
{
    return column >= 0 && column < row.values.size() ? row.values.at(column).trimmed() : QString();
}

// A key for a distinct count: 64 bits of two seeded hashes of its text.
quint64 keyHash(const QString &key)
{
    return quint64(qHash(key, 0x2545f491)) * 0x9e3779b97f4a7c15ULL ^
           quint64(qHash(key, 0x71c2d3e9));
}

} // namespace

DatasetTally::DatasetTally(const DataTable &shape, const QDate &today)
    : m_columns(shape.columns)
    , m_today(today)
{
    if (shape.dataset == QLatin1String("participants"))
        m_kind = Kind::Participants;
    else if (shape.dataset == QLatin1String("gas"))
        m_kind = Kind::Gas;
    else if (shape.dataset == QLatin1String("problem"))
        m_kind = Kind::Problem;
    else if (shape.dataset == QLatin1String("cem"))
        m_kind = Kind::Cem;
    const qsizetype dimensions = DashboardTally::dimensionItems().size();
    m_perDimension.resize(dimensions);
    m_dimensions.resize(dimensions);
}

int DatasetTally::column(const char *key) const
{
    return static_cast<int>(m_columns.indexOf(QLatin1String(key)));
}

void DatasetTally::add(const DataTable &block, const QSet<int> &skipLines)
{
    switch (m_kind) {
    case Kind::Participants:
        addParticipants(block, skipLines);
        break;
    case Kind::Gas:
        addGas(block, skipLines);
        break;
    case Kind::Problem:
        addProblem(block, skipLines);
        break;
    case Kind::Cem:
        addCem(block, skipLines);
        break;
    case Kind::Other:
        break;
    }
}

void DatasetTally::addParticipants(const DataTable &block, const QSet<int> &skip)
{
    DashboardTally &tally = m_counts;
    const int start = column("startdatum");
    const int end = column("einddatum");
    const int optOut = column("opt_out");
    const int email = column("email");
    const int education = column("opleidingsniveau");
    const int site = column("postcode_doelocatie");
    const int municipality = column("gemeente_doelocatie");
    for (const DataRow &row : block.rows) {
        if (skip.contains(row.line))
            continue;
        ++tally.participants;
        const QDate ended = parseDate(value(row, end));
        if (ended.isValid() && ended <= m_today)
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

void DatasetTally::addGas(const DataTable &block, const QSet<int> &skip)
{
    const int bsn = column("bsn");
    const int decision = column("beschikkingsnummer");
    const int assignment = column("toewijzingsnummer");
    const int type = column("type");
    const int score = column("waarde");
    for (const DataRow &row : block.rows) {
        if (skip.contains(row.line))
            continue;
        const QString code = value(row, type).toUpper(); // D<goal><informant>
        bool ok = false;
        const int v = value(row, score).toInt(&ok);
        if (code.size() < 3 || !ok || v < -1 || v > 2)
            continue;
        const QString informant = code.right(1);
        const QString goal = code.mid(1, code.size() - 2);
        m_goals.insert(keyHash(value(row, bsn) + QLatin1Char('|') + value(row, decision) +
                               QLatin1Char('|') + value(row, assignment) + QLatin1Char('|') +
                               goal));
        auto &counts = m_counts.gasScores[informant];
        ++counts[static_cast<size_t>(v + 1)];
    }
}

void DatasetTally::addProblem(const DataTable &block, const QSet<int> &skip)
{
    const int type = column("type");
    const int score = column("waarde");
    for (const DataRow &row : block.rows) {
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
        ++m_counts.problemScores[informant][static_cast<size_t>(slot)];
    }
}

void DatasetTally::addCem(const DataTable &block, const QSet<int> &skip)
{
    DashboardTally &tally = m_counts;
    const int measurementColumn = column("meting_id");
    const int date = column("datum_meting");
    const int questionnaire = column("vragenlijst");
    const int item = column("vraag");
    const int answer = column("antwoord");
    static const QHash<QString, int> dimensionOfItem = [] {
        QHash<QString, int> items;
        const auto &dimensions = DashboardTally::dimensionItems();
        for (int d = 0; d < dimensions.size(); ++d) {
            for (const QString &code : dimensions.at(d).second)
                items.insert(code, d);
        }
        return items;
    }();
    for (const DataRow &row : block.rows) {
        if (skip.contains(row.line))
            continue;
        const QString id = value(row, measurementColumn);
        if (id.isEmpty())
            continue;
        const quint64 idHash = keyHash(id);
        // A measurement counts once, in the questionnaire and month of its first row.
        if (!m_measurements.contains(idHash)) {
            m_measurements.insert(idHash);
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
            m_graded.insert(idHash);
            continue;
        }
        const int d = dimensionOfItem.value(code, -1);
        if (d < 0 || v < 1 || v > 4)
            continue;
        m_dimensions[d].sum += v;
        ++m_dimensions[d].answers;
        m_perDimension[d].insert(idHash);
    }
}

void DatasetTally::addTo(DashboardTally &tally) const
{
    DashboardTally counts = m_counts;
    counts.gasGoals += m_goals.size();
    counts.cemMeasurements += m_measurements.size();
    counts.usefulness.cases += m_graded.size();
    const auto &dimensions = DashboardTally::dimensionItems();
    for (int d = 0; d < dimensions.size(); ++d) {
        MeanTally mean = m_dimensions.at(d);
        mean.cases = m_perDimension.at(d).size();
        if (mean.answers > 0)
            counts.dimensions[dimensions.at(d).first].merge(mean);
    }
    tally.merge(counts);
}

qint64 DatasetTally::memoryBytes() const
{
    // A QSet node holds the key, its hash and a slot: about 24 bytes.
    qint64 keys = m_goals.size() + m_measurements.size() + m_graded.size();
    for (const QSet<quint64> &ids : m_perDimension)
        keys += ids.size();
    return keys * 24;
}

} // namespace veldboek
