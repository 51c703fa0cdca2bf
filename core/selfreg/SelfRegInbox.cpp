#include "SelfRegInbox.h"

#include "SealedEntry.h"
#include "storage/AuditLog.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SpecStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace veldboek {

namespace {

const QString AuditTable = QStringLiteral("selfreg_inbox");

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString recordText(const Record &record)
{
    QJsonObject object;
    for (auto it = record.cbegin(); it != record.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Record recordFrom(const QString &text)
{
    Record record;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        record.insert(it.key(), it.value().toString());
    return record;
}

InboxEntry::State stateFrom(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return InboxEntry::State::Accepted;
    if (name == QLatin1String("merged"))
        return InboxEntry::State::Merged;
    if (name == QLatin1String("rejected"))
        return InboxEntry::State::Rejected;
    return InboxEntry::State::Waiting;
}

// Whether an opened entry holds only what the self-registration form asks: a field the form
// does not have, or a value longer than the field allows, did not come from the page (the
// endpoint checks both), so it is not taken in.
bool fitsForm(const Record &record, const DatasetSpec &spec)
{
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        const FieldSpec *field = spec.field(it.key());
        if (!field || !field->selfRegistration || it.value().size() > field->maxLength)
            return false;
    }
    return true;
}

RegisterError refused(const Register &reg, const QString &reason)
{
    return RegisterError::make(RegisterError::Code::Refused, reg.path(), reason);
}

QString alreadyDecided(const InboxEntry &entry)
{
    const char *text =
        entry.state == InboxEntry::State::Accepted
            ? QT_TRANSLATE_NOOP("SelfRegInbox", "The self-registration %1 was already accepted.")
        : entry.state == InboxEntry::State::Merged
            ? QT_TRANSLATE_NOOP("SelfRegInbox", "The self-registration %1 was already merged.")
            : QT_TRANSLATE_NOOP("SelfRegInbox", "The self-registration %1 was already rejected.");
    return QCoreApplication::translate("SelfRegInbox", text).arg(entry.entryId);
}

} // namespace

std::optional<Spec> selfRegistrationSpec(Register &reg, QString *error)
{
    SpecStore store(reg);
    const QStringList ids = store.ids();
    for (const QString &id : ids) {
        SpecError specError;
        std::optional<Spec> spec = store.spec(id, &specError);
        const DatasetSpec *participants =
            spec ? spec->dataset(QStringLiteral("participants")) : nullptr;
        if (participants && participants->hasSelfRegistrationFields())
            return spec;
    }
    *error = QCoreApplication::translate("SelfRegInbox",
                                         "No data request in force for this register has fields "
                                         "for self-registration.");
    return std::nullopt;
}

QString InboxEntry::stateName(State state)
{
    switch (state) {
    case State::Accepted:
        return QStringLiteral("accepted");
    case State::Merged:
        return QStringLiteral("merged");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Waiting:
        break;
    }
    return QStringLiteral("waiting");
}

bool SelfRegInbox::addLink(const SelfRegLinkRecord &link, const QByteArray &secretKey)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("INSERT INTO selfreg_links (id, endpoint, spec_id, public_key, "
                             "secret_key, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(link.id);
    q.addBindValue(link.endpoint);
    q.addBindValue(link.specId);
    q.addBindValue(link.publicKey);
    q.addBindValue(secretKey);
    q.addBindValue(link.createdAt);
    q.addBindValue(link.closedAt);
    return m_register.transaction([&]() {
        if (q.exec())
            return true;
        m_register.setLastError(q.lastError());
        return false;
    });
}

QList<SelfRegLinkRecord> SelfRegInbox::links() const
{
    QList<SelfRegLinkRecord> links;
    QSqlQuery q(m_register.database());
    if (!q.exec(QStringLiteral("SELECT id, endpoint, spec_id, public_key, created_at, closed_at "
                               "FROM selfreg_links ORDER BY created_at, id"))) {
        m_register.setLastError(q.lastError());
        return links;
    }
    while (q.next())
        links.append(SelfRegLinkRecord{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toByteArray(),
                                       q.value(4).toString(), q.value(5).toString()});
    return links;
}

bool SelfRegInbox::markClosed(const QString &linkId, const QString &closedAt)
{
    return m_register.transaction([&]() {
        QSqlQuery q(m_register.database());
        q.prepare(QStringLiteral("UPDATE selfreg_links SET closed_at = ? WHERE id = ?"));
        q.addBindValue(closedAt);
        q.addBindValue(linkId);
        if (q.exec())
            return true;
        m_register.setLastError(q.lastError());
        return false;
    });
}

std::optional<SelfRegInbox::Intake>
SelfRegInbox::take(const QString &linkId, const QList<Pulled> &pulled, const DatasetSpec &spec)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("SELECT secret_key FROM selfreg_links WHERE id = ?"));
    q.addBindValue(linkId);
    if (!q.exec() || !q.next()) {
        m_register.setLastError(refused(
            m_register,
            QCoreApplication::translate("SelfRegInbox", "This register did not make the link %1.")
                .arg(linkId)));
        return std::nullopt;
    }
    QByteArray secretKey = q.value(0).toByteArray();
    q.finish();
    Intake intake;
    const QString pulledAt = nowText();
    const bool ok = m_register.transaction([&]() {
        QSqlQuery known(m_register.database());
        known.prepare(
            QStringLiteral("SELECT 1 FROM selfreg_inbox WHERE link_id = ? AND entry_id = ?"));
        QSqlQuery insert(m_register.database());
        insert.prepare(QStringLiteral(
            "INSERT INTO selfreg_inbox (link_id, entry_id, received_at, pulled_at, language, "
            "record) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const Pulled &p : pulled) {
            // The page makes entry ids of 36 characters (a UUID); anything else is not its.
            if (p.entryId.isEmpty() || p.entryId.size() > 64) {
                ++intake.damaged;
                continue;
            }
            known.addBindValue(linkId);
            known.addBindValue(p.entryId);
            if (!known.exec()) {
                m_register.setLastError(known.lastError());
                return false;
            }
            const bool seen = known.next();
            known.finish();
            if (seen) {
                ++intake.known;
                intake.acknowledge.append(p.entryId);
                continue;
            }
            SealedEntry::Problem problem = SealedEntry::Problem::None;
            const std::optional<SealedEntry> opened =
                SealedEntry::open(secretKey, linkId, p.entryId, p.sealed, &problem);
            if (!opened) {
                ++intake.damaged;
                continue;
            }
            if (!fitsForm(opened->record, spec)) {
                ++intake.refused;
                continue;
            }
            insert.addBindValue(linkId);
            insert.addBindValue(p.entryId);
            insert.addBindValue(opened->receivedAt.isEmpty() ? p.receivedAt : opened->receivedAt);
            insert.addBindValue(pulledAt);
            insert.addBindValue(opened->language);
            insert.addBindValue(recordText(opened->record));
            if (!insert.exec()) {
                m_register.setLastError(insert.lastError());
                return false;
            }
            ++intake.added;
            intake.acknowledge.append(p.entryId);
        }
        return true;
    });
    secretKey.fill('\0');
    if (!ok)
        return std::nullopt;
    return intake;
}

QList<InboxEntry> SelfRegInbox::query(const QString &where, const QString &argument) const
{
    QList<InboxEntry> entries;
    QSqlQuery q(m_register.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, link_id, entry_id, received_at, pulled_at, language, "
                             "record, state, coalesce(participant_id, 0), decided_at, decided_by "
                             "FROM selfreg_inbox %1 ORDER BY received_at, rowid")
                  .arg(where));
    if (!argument.isNull())
        q.addBindValue(argument);
    if (!q.exec()) {
        m_register.setLastError(q.lastError());
        return entries;
    }
    while (q.next()) {
        InboxEntry e;
        e.rowId = q.value(0).toLongLong();
        e.linkId = q.value(1).toString();
        e.entryId = q.value(2).toString();
        e.receivedAt = q.value(3).toString();
        e.pulledAt = q.value(4).toString();
        e.language = q.value(5).toString();
        e.record = recordFrom(q.value(6).toString());
        e.state = stateFrom(q.value(7).toString());
        e.participantId = q.value(8).toLongLong();
        e.decidedAt = q.value(9).toString();
        e.decidedBy = q.value(10).toString();
        entries.append(e);
    }
    return entries;
}

QList<InboxEntry> SelfRegInbox::waiting() const
{
    return query(QStringLiteral("WHERE state = 'waiting'"));
}

QList<InboxEntry> SelfRegInbox::all() const
{
    return query({});
}

std::optional<InboxEntry> SelfRegInbox::entry(const QString &entryId) const
{
    const QList<InboxEntry> found = query(QStringLiteral("WHERE entry_id = ?"), entryId);
    if (found.size() != 1) {
        m_register.setLastError(refused(
            m_register,
            QCoreApplication::translate(
                "SelfRegInbox", "There is no self-registration %1 in this register. See them with: "
                                "selfreg list.")
                .arg(entryId)));
        return std::nullopt;
    }
    return found.first();
}

// The state, who decided and when, and the values emptied, with an audit row.
bool SelfRegInbox::decide(const InboxEntry &entry, InboxEntry::State state, qint64 participantId)
{
    QSqlQuery q(m_register.database());
    q.prepare(QStringLiteral("UPDATE selfreg_inbox SET state = ?, participant_id = ?, "
                             "decided_at = ?, decided_by = ?, record = '{}' WHERE rowid = ?"));
    q.addBindValue(InboxEntry::stateName(state));
    q.addBindValue(participantId == 0 ? QVariant() : QVariant(participantId));
    q.addBindValue(nowText());
    q.addBindValue(m_register.actor());
    q.addBindValue(entry.rowId);
    if (!q.exec()) {
        m_register.setLastError(q.lastError());
        return false;
    }
    return AuditLog(m_register)
        .record(AuditTable, entry.rowId, QStringLiteral("state"),
                InboxEntry::stateName(entry.state), InboxEntry::stateName(state));
}

bool SelfRegInbox::accept(const QString &entryId, const QString &respondentNumber,
                          qint64 *participantId)
{
    const std::optional<InboxEntry> e = entry(entryId);
    if (!e)
        return false;
    if (e->state != InboxEntry::State::Waiting) {
        m_register.setLastError(refused(m_register, alreadyDecided(*e)));
        return false;
    }
    // The register's own key: a number another participant has would make two people one.
    if (respondentNumber.trimmed().isEmpty() ||
        ParticipantRepository(m_register).respondentNumberInUse(respondentNumber)) {
        m_register.setLastError(refused(
            m_register,
            QCoreApplication::translate("SelfRegInbox", "The respondent number \"%1\" is empty or "
                                                        "already in use. Choose another one.")
                .arg(respondentNumber)));
        return false;
    }
    Participant participant;
    for (auto it = e->record.cbegin(); it != e->record.cend(); ++it)
        participant.setValue(it.key(), it.value());
    participant.setValue(u"respondentnummer", respondentNumber);
    participant.selfRegisteredAt = e->receivedAt;
    return m_register.transaction([&]() {
        if (!ParticipantRepository(m_register).add(participant) ||
            !decide(*e, InboxEntry::State::Accepted, participant.id))
            return false;
        *participantId = participant.id;
        return true;
    });
}

bool SelfRegInbox::merge(const QString &entryId, qint64 participantId, QStringList *filled)
{
    const std::optional<InboxEntry> e = entry(entryId);
    if (!e)
        return false;
    ParticipantRepository repository(m_register);
    std::optional<Participant> participant = repository.find(participantId);
    if (e->state != InboxEntry::State::Waiting || !participant) {
        m_register.setLastError(refused(
            m_register, e->state != InboxEntry::State::Waiting
                            ? alreadyDecided(*e)
                            : QCoreApplication::translate(
                                  "SelfRegInbox", "There is no participant to merge it into.")));
        return false;
    }
    filled->clear();
    for (auto it = e->record.cbegin(); it != e->record.cend(); ++it) {
        if (!it.value().isEmpty() && participant->value(it.key()).isEmpty()) {
            participant->setValue(it.key(), it.value());
            filled->append(it.key());
        }
    }
    return m_register.transaction([&]() {
        return (filled->isEmpty() || repository.update(*participant)) &&
               decide(*e, InboxEntry::State::Merged, participantId);
    });
}

bool SelfRegInbox::reject(const QString &entryId)
{
    const std::optional<InboxEntry> e = entry(entryId);
    if (!e)
        return false;
    if (e->state != InboxEntry::State::Waiting) {
        m_register.setLastError(refused(m_register, alreadyDecided(*e)));
        return false;
    }
    return m_register.transaction([&]() { return decide(*e, InboxEntry::State::Rejected, 0); });
}

} // namespace veldboek
