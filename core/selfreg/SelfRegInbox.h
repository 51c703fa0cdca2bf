#pragma once

#include "validation/DataTable.h"
#include "validation/Spec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace veldboek {

class Register;

// The spec in force for this register (storage/SpecStore.h) whose participants dataset marks
// fields for self-registration: the form the link and the kiosk ask. nullopt with *error set
// when no spec in force does.
std::optional<Spec> selfRegistrationSpec(Register &reg, QString *error);

// A self-registration link as the register keeps it: the endpoint's id for it, and the key pair
// whose public half the endpoint seals every entry to (the secret half never leaves the register).
struct SelfRegLinkRecord
{
    QString id;
    QString endpoint; // the endpoint's address the link was made at
    QString specId;
    QByteArray publicKey;
    QString createdAt;
    QString closedAt; // empty while open
};

// One self-registration pulled into the register, waiting for staff or decided.
struct InboxEntry
{
    enum class State { Waiting, Accepted, Merged, Rejected };
    qint64 rowId = 0;
    QString linkId;
    QString entryId;
    QString receivedAt;
    QString pulledAt;
    QString language;
    Record record; // empty once decided: the values then live in the participant, or nowhere
    State state = State::Waiting;
    qint64 participantId = 0; // accepted as, or merged into
    QString decidedAt;
    QString decidedBy;

    static QString stateName(State state); // "waiting", "accepted", "merged", "rejected"
};

// The register's side of self-registration links (issue 19, item 3; docs/storage.md,
// "Self-registration"): the links and their keys, the entries pulled from the endpoint (opened
// here, checked against the spec, kept in the encrypted register) and what staff decide about
// each. The calls to the endpoint are SelfRegSync's.
class SelfRegInbox
{
public:
    explicit SelfRegInbox(Register &reg)
        : m_register(reg)
    {}

    bool addLink(const SelfRegLinkRecord &link, const QByteArray &secretKey);
    QList<SelfRegLinkRecord> links() const;
    bool markClosed(const QString &linkId, const QString &closedAt);

    struct Pulled
    {
        QString entryId;
        QString receivedAt;
        QByteArray sealed;
    };
    struct Intake
    {
        int added = 0;   // new in the inbox
        int known = 0;   // pulled before (a replay, or an acknowledgement that did not arrive)
        int damaged = 0; // does not open, or not what it says it is: left on the endpoint
        int refused = 0; // opens, but holds what the form never asks (a field, a length)
        QStringList acknowledge; // what the endpoint may now delete: added and known ones
    };
    // Opens the entries of one link and keeps those that fit the participants dataset `spec`
    // (only its self-registration fields, no value over its length), in one transaction: after
    // a failure (Register::lastError()) nothing was kept and nothing is to be acknowledged.
    std::optional<Intake> take(const QString &linkId, const QList<Pulled> &pulled,
                               const DatasetSpec &spec);

    QList<InboxEntry> waiting() const;
    QList<InboxEntry> all() const;
    std::optional<InboxEntry> entry(const QString &entryId) const; // nullopt: unknown

    // Each decision is one transaction with its audit rows, and empties the entry's values.
    // Accept: a new participant with the entry's values, `respondentNumber`, and marked
    // self-registered at the time the person sent it.
    bool accept(const QString &entryId, const QString &respondentNumber, qint64 *participantId);
    // Merge: the entry is participant `participantId`, already registered; the entry's values
    // fill that participant's empty fields only (what staff typed is never overwritten).
    bool merge(const QString &entryId, qint64 participantId, QStringList *filled);
    bool reject(const QString &entryId);

private:
    QList<InboxEntry> query(const QString &where, const QString &argument = {}) const;
    bool decide(const InboxEntry &entry, InboxEntry::State state, qint64 participantId);
    Register &m_register;
};

} // namespace veldboek
