// The records an import leaves in the register, as the writer leaves them
// (core/exchange/ImportWriter.cpp): rows that repeat an earlier row's record, and the values a
// CEM+ answer is read back with (RegisterDatasets). ImportPlan::checkTable() checks those, so the
// import's verdict is the check's verdict after it.
#include "ImportPlan.h"
#include "storage/RegisterDatasets.h"

#include <QHash>
#include <algorithm>

namespace veldboek {

namespace {
// The fields of a CEM+ row the register keeps with the measurement (cem_measurements), written
// from the measurement's first row.
constexpr const char *MeasurementFields[] = {"client_ref", "datum_meting", "informant",
                                             "vragenlijst"};
} // namespace

QList<int> ImportPlan::measurementFirstRows() const
{
    QList<int> firsts(rows.size());
    const int measurement = int(table.columns.indexOf(QLatin1String("meting_id")));
    QHash<QString, int> first;
    for (int i = 0; i < rows.size(); ++i) {
        const QString key = QString::number(outcomeParticipants.value(i)) + QLatin1Char('|') +
                            (measurement < 0 ? QString() : table.rows.at(i).values.at(measurement));
        firsts[i] = *first.insert(key, first.value(key, i));
    }
    return firsts;
}

QList<int> ImportPlan::measurementDiffers() const
{
    QList<int> lines;
    if (dataset != QLatin1String("cem"))
        return lines;
    QList<int> columns;
    for (const char *key : MeasurementFields) {
        if (const int c = int(table.columns.indexOf(QLatin1String(key))); c >= 0)
            columns.append(c);
    }
    const QList<int> firsts = measurementFirstRows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).repeats > 0 || firsts.at(i) == i)
            continue;
        const QStringList &values = table.rows.at(i).values;
        const QStringList &first = table.rows.at(firsts.at(i)).values;
        if (std::any_of(columns.begin(), columns.end(),
                        [&](int c) { return values.at(c) != first.at(c); }))
            lines.append(rows.at(i).line);
    }
    return lines;
}

void ImportPlan::holdAsRegistered(int row, const QList<int> &from, int first, DataRow *target) const
{
    auto set = [&](const char *key, const QString &value) {
        if (const int f = int(datasetFields.indexOf(QLatin1String(key))); f >= 0)
            target->values[f] = value;
    };
    auto fileValue = [&](int index, const char *key) {
        const int f = int(datasetFields.indexOf(QLatin1String(key)));
        const int c = f < 0 ? -1 : from.at(f);
        return c < 0 ? QString() : table.rows.at(index).values.at(c);
    };
    for (const char *key : MeasurementFields)
        set(key, fileValue(first, key));
    const QStringList person = outcomePeople.value(outcomeParticipants.value(row));
    set("bsn", person.value(0));
    set("zorgaanbieder_id", heldProvider);
    set("leeftijd", RegisterDatasets::ageAt(person.value(1), fileValue(first, "datum_meting"),
                                            person.value(2)));
}

void ImportPlan::markRepeats()
{
    for (ImportRow &row : rows)
        row.repeats = 0;
    if (dataset == QLatin1String("participants")) {
        // Two rows that skip or update the same participant: the register holds one record.
        QHash<qint64, int> first;
        for (ImportRow &row : rows) {
            if (row.match == ImportRow::Match::None || row.choice == ImportRow::Choice::Add)
                continue;
            const auto it = first.constFind(row.matchedId);
            if (it != first.cend())
                row.repeats = *it;
            else
                first.insert(row.matchedId, row.line);
        }
    } else if (dataset == QLatin1String("cem")) {
        // The writer keeps one answer per item of a measurement (a measurement is the
        // participant's meting_id): ImportWriter::writeOutcomes().
        const int measurement = int(table.columns.indexOf(QLatin1String("meting_id")));
        const int item = int(table.columns.indexOf(QLatin1String("vraag")));
        QHash<QString, int> first;
        for (qsizetype i = 0; i < rows.size() && i < outcomeParticipants.size(); ++i) {
            const DataRow &data = table.rows.at(i);
            const QString key = QString::number(outcomeParticipants.at(i)) + QLatin1Char('|') +
                                (measurement < 0 ? QString() : data.values.at(measurement)) +
                                QLatin1Char('|') + (item < 0 ? QString() : data.values.at(item));
            const auto it = first.constFind(key);
            if (it != first.cend())
                rows[i].repeats = *it;
            else
                first.insert(key, rows.at(i).line);
        }
    }
}

} // namespace veldboek
