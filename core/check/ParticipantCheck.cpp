#include "ParticipantCheck.h"

#include "storage/ParticipantRepository.h"
#include "storage/SpecDatasets.h"

#include <QCoreApplication>

namespace veldboek {

namespace {

const QString Dataset = QStringLiteral("participants");

bool isDatasetRule(const DatasetSpec &spec, const QString &rule)
{
    for (const DatasetRuleSpec &datasetRule : spec.datasetRules) {
        if (datasetRule.id == rule)
            return true;
    }
    return false;
}

} // namespace

QList<Finding> ParticipantCheck::findings(const Participant &current) const
{
    QList<Finding> result;
    const DatasetSpec *spec = m_validator.spec().dataset(Dataset);
    if (!spec)
        return result;
    // Fields of the rules' keys that have no column (a fetched spec adds them): the pre-filter
    // also looks for participants sharing their values.
    QStringList extraKeys;
    for (const DatasetRuleSpec &rule : spec->datasetRules) {
        for (const QList<int> &group : rule.keys) {
            for (const int field : group) {
                const QString &key = spec->fields.at(field).key;
                if (Participant::indexOf(key) < 0 && !extraKeys.contains(key))
                    extraKeys.append(key);
            }
        }
    }
    const QList<Participant> others =
        ParticipantRepository(m_register).sharingKeysWith(current, extraKeys);
    if (others.isEmpty())
        return result;
    DataTable table;
    table.dataset = Dataset;
    table.columns = SpecDatasets::columns(*spec);
    auto addRow = [&table](const Participant &participant) {
        DataRow row;
        row.line = int(table.rows.size()) + 2;
        for (const QString &column : std::as_const(table.columns))
            row.values.append(participant.value(column));
        table.rows.append(row);
    };
    for (const Participant &other : others)
        addRow(other);
    addRow(current);
    const int ownLine = int(table.rows.size()) + 1;
    QList<Finding> findings;
    m_validator.checkDataset(table, &findings);
    QHash<QString, QStringList> partners; // rule -> respondent numbers of the other rows
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.line != ownLine && isDatasetRule(*spec, finding.rule))
            partners[finding.rule].append(
                others.value(finding.line - 2).value(u"respondentnummer"));
    }
    for (Finding finding : std::as_const(findings)) {
        if (finding.line != ownLine || !isDatasetRule(*spec, finding.rule))
            continue;
        const QStringList names = partners.value(finding.rule);
        // The context is the form's, where the message was translated before it moved here.
        if (!names.isEmpty())
            finding.message += QLatin1Char(' ') + QCoreApplication::translate(
                                                      "veldboek::gui::ParticipantForm", "(see %1)")
                                                      .arg(names.join(QLatin1String(", ")));
        finding.line = 0;
        result.append(finding);
    }
    return result;
}

} // namespace veldboek
