#pragma once

#include "domain/Participant.h"

#include <QList>
#include <functional>
#include <optional>

namespace veldboek {

class Register;

// Participants: the only place that knows their SQL. Every change is one transaction with its
// audit rows.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(Register &reg)
        : m_register(reg)
    {}

    // Adds the participant; sets participant.id. False on failure (Register::lastError()).
    bool add(Participant &participant);
    // Adds many in one transaction (demo data, benchmarks): all or nothing. Their creation is
    // audited as one range, by `source`.
    bool addAll(QList<Participant> &participants, const QString &source = {});
    // Writes the changed fields and one audit row per changed field.
    bool update(const Participant &participant);

    enum class Removal { Failed, Deleted, DeletionRequested };
    // A participant that was ever submitted is not deleted but gets a visible deletion request
    // (the funder deletes on request only); others are deleted with their outcome data.
    Removal remove(qint64 id);
    bool markSubmitted(const QList<qint64> &ids, const QString &when);

    std::optional<Participant> find(qint64 id) const;
    int count() const;
    // Streams every participant in id order without holding them all in memory.
    bool forEach(const std::function<void(const Participant &)> &visit) const;
    QList<Participant> all() const;
    // The next free respondent number with the project's prefix ("MDT-0042" after "MDT-0041").
    QString nextRespondentNumber(const QString &prefix) const;
    // The number a new participant gets: the next free one with the register's prefix (the
    // setting respondent_prefix, "MDT-" when none is set). The form and the kiosk both ask here.
    QString proposedRespondentNumber() const;
    // Whether a participant has exactly this respondent number (true on a read error: a
    // number that cannot be checked is not handed out).
    bool respondentNumberInUse(const QString &number) const;
    // The id of the participant with exactly this respondent number, 0 when there is none;
    // std::nullopt on a read error (lastError() says which).
    std::optional<qint64> idOfRespondentNumber(const QString &number) const;

    // What a table of the register shows: the participants matching `search` (a part of the
    // respondent number, first or last name), ordered by the field `sortKey` (a key of
    // Participant::keys(), or empty for the order of entry). Only ids, so a view of 100,000
    // participants holds 800 kB and fetches the rows it shows with findMany().
    struct IdQuery
    {
        QString search;
        QString sortKey;
        bool descending = false;
    };
    QList<qint64> ids(const IdQuery &query) const;
    // The participants with these ids, in any order (ids that do not exist are left out).
    QList<Participant> findMany(const QList<qint64> &ids) const;
    // The pre-filter of "the same person" for one record before it is saved: participants that
    // share a respondent number, citizen service number or date of birth with `participant`
    // (itself left out, at most 500). A superset: the spec's uniqueness and likely-duplicate
    // rules (core/validation/DuplicateKey.h) decide which of them are the same person. It holds
    // as long as every key group of those rules names one of these three fields, which
    // tests/exchange/tst_samepersonrule.cpp checks on the shipped spec. `extraKeys`: fields
    // without a column (a fetched spec adds them, ParticipantExtraFields.h) that a rule's key
    // names; a participant sharing a value of one of them is a candidate too.
    QList<Participant> sharingKeysWith(const Participant &participant,
                                       const QStringList &extraKeys = {}) const;
    // Participants without an end date.
    int countActive() const;

private:
    bool insert(Participant &participant, const QString &now);
    bool markSelfRegistered(const Participant &participant);
    Register &m_register;
};

} // namespace veldboek
