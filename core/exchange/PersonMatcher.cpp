#include "PersonMatcher.h"

#include "domain/Participant.h"
#include "validation/DuplicateKey.h"

#include <algorithm>

namespace veldboek {

PersonMatcher::PersonMatcher(const DatasetSpec &dataset, qint64 today)
    : m_dataset(dataset)
    , m_today(today)
{
    QList<Group> others;
    for (const DatasetRuleSpec *rule : DuplicateKey::rules(dataset)) {
        for (const QList<int> &fields : rule->keys) {
            Group group;
            group.rule = rule;
            group.fields = fields;
            for (const int field : fields)
                group.participantIndex.append(Participant::indexOf(dataset.fields.at(field).key));
            const bool bsn = std::all_of(fields.cbegin(), fields.cend(), [&](int field) {
                return dataset.fields.at(field).type == FieldType::Bsn;
            });
            group.match = bsn ? ImportRow::Match::Bsn : ImportRow::Match::LikelySamePerson;
            (bsn ? m_groups : others).append(group);
        }
    }
    m_groups.append(others);
}

void PersonMatcher::addRegistered(const Participant &participant)
{
    QString key, normalised;
    for (Group &group : m_groups) {
        // A field without a column (one a fetched spec adds) is among the extra values
        // (core/storage/ParticipantExtraFields.h): the rule sees it as the form and check do.
        const auto valueOf = [&](int field) {
            const int index = group.participantIndex.at(group.fields.indexOf(field));
            if (index >= 0)
                return QStringView(participant.values().at(index));
            const auto extra = participant.extraValues().constFind(m_dataset.fields.at(field).key);
            return extra == participant.extraValues().constEnd() ? QStringView()
                                                                 : QStringView(*extra);
        };
        if (DuplicateKey::of(m_dataset, *group.rule, group.fields, m_today, valueOf, key,
                             normalised))
            group.ids.insert(key, participant.id);
    }
}

ImportRow::Match PersonMatcher::match(const DataRow &row, const QStringList &columns,
                                      qint64 *id) const
{
    QString key, normalised;
    for (const Group &group : m_groups) {
        bool available = true; // a group whose fields the file lacks matches nothing
        for (const int field : group.fields)
            available = available && columns.contains(m_dataset.fields.at(field).key);
        if (!available)
            continue;
        const auto valueOf = [&](int field) {
            const qsizetype column = columns.indexOf(m_dataset.fields.at(field).key);
            return column < row.values.size() ? QStringView(row.values.at(column)) : QStringView();
        };
        if (!DuplicateKey::of(m_dataset, *group.rule, group.fields, m_today, valueOf, key,
                              normalised))
            continue;
        if (const qint64 found = group.ids.value(key); found > 0) {
            *id = found;
            return group.match;
        }
    }
    return ImportRow::Match::None;
}

} // namespace veldboek
