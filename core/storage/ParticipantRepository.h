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
    explicit ParticipantRepository(Register &reg) : m_register(reg) {}

    // Adds the participant; sets participant.id. False on failure (Register::lastError()).
    bool add(Participant &participant);
    // Adds many in one transaction (import, demo data, benchmarks): all or nothing.
    bool addAll(QList<Participant> &participants);
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

private:
    bool insert(Participant &participant, const QString &now);
    Register &m_register;
};

} // namespace veldboek
