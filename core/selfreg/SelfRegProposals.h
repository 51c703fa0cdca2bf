#pragma once

#include "SelfRegInbox.h"

#include <QDate>

namespace veldboek {

// What the register proposes for each waiting self-registration (issue 19, item 3): a respondent
// number, and whether the spec's rule for "the same person" (its likely-duplicate keys, the rule
// the import and the full check use: core/exchange/PersonMatcher.h) finds the person already
// registered, by file (proces 1), at the kiosk or through an earlier link entry (proces 2).
struct InboxProposal
{
    InboxEntry entry;
    QString respondentNumber; // the next free numbers, in the order of the entries
    qint64 sameAsParticipant = 0;
    QString sameAsEntry; // an earlier waiting entry of the same person
};

QList<InboxProposal> proposeFor(Register &reg, const DatasetSpec &participants,
                                const QList<InboxEntry> &waiting, QDate today);

// "MDT-0043" after "MDT-0042"; the number's width kept. Empty when it ends in no digits.
QString respondentNumberAfter(const QString &number);

} // namespace veldboek
