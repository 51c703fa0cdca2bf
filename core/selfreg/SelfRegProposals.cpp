#include "SelfRegProposals.h"

#include "exchange/PersonMatcher.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

namespace veldboek {

QString respondentNumberAfter(const QString &number)
{
    qsizetype digits = number.size();
    while (digits > 0 && number.at(digits - 1).isDigit())
        --digits;
    const QString tail = number.mid(digits);
    if (tail.isEmpty())
        return {};
    return number.left(digits) +
           QStringLiteral("%1").arg(tail.toLongLong() + 1, tail.size(), 10, QLatin1Char('0'));
}

QList<InboxProposal> proposeFor(Register &reg, const DatasetSpec &participants,
                                const QList<InboxEntry> &waiting, QDate today)
{
    QList<InboxProposal> proposals;
    ParticipantRepository repository(reg);
    PersonMatcher matcher(participants, today.toJulianDay());
    repository.forEach([&](const Participant &p) { matcher.addRegistered(p); });
    QString number = repository.proposedRespondentNumber();
    // An earlier entry joins the matcher under an id far above any participant's (the matcher
    // only reports positive ids), so a person who sent the form twice is found as well as one
    // already registered.
    constexpr qint64 EntryKeys = qint64(1) << 52;
    QHash<qint64, QString> entryIds;
    qint64 nextEntryKey = EntryKeys;
    for (const InboxEntry &entry : waiting) {
        InboxProposal proposal;
        proposal.entry = entry;
        proposal.respondentNumber = number;
        number = respondentNumberAfter(number);
        DataRow row;
        QStringList columns;
        Participant asParticipant;
        for (auto it = entry.record.cbegin(); it != entry.record.cend(); ++it) {
            columns.append(it.key());
            row.values.append(it.value());
            asParticipant.setValue(it.key(), it.value());
        }
        qint64 id = 0;
        if (matcher.match(row, columns, &id) != ImportRow::Match::None) {
            if (id < EntryKeys)
                proposal.sameAsParticipant = id;
            else
                proposal.sameAsEntry = entryIds.value(id);
        }
        asParticipant.id = nextEntryKey;
        entryIds.insert(nextEntryKey++, entry.entryId);
        matcher.addRegistered(asParticipant);
        proposals.append(proposal);
    }
    return proposals;
}

} // namespace veldboek
