// EndpointStore's self-registration links and their sealed entries (issue 19, item 3). In a file
// of their own so EndpointStore.cpp stays about submissions and accounts. What an entry holds is
// sealed to the organisation's public key before it gets here (endpoint/SelfRegPage.cpp); this
// file stores bytes it cannot read.
#include "EndpointStore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veldboek {

namespace {

// 128 random bits in the URL-safe alphabet: the link is its own secret, so it must not be
// guessable the way a counter or a UUID's fixed bits are. An id that starts with "-" would read
// as an option on the command line (`selfreg close REGISTER LINK`; found by tst_selfreg under
// the sanitizers: 1 draw in 64), and one starting with "_" looks broken when pasted: either is
// drawn again.
QString newLinkId()
{
    QByteArray bytes(16, '\0');
    QString id;
    do {
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                             reinterpret_cast<quint32 *>(bytes.data() + 16));
        id = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } while (id.startsWith(QLatin1Char('-')) || id.startsWith(QLatin1Char('_')));
    return id;
}

SelfRegLink linkFrom(const QSqlQuery &q)
{
    SelfRegLink link;
    link.id = q.value(0).toString();
    link.organisationId = q.value(1).toString();
    link.accountId = q.value(2).toString();
    link.specId = q.value(3).toString();
    link.publicKey = QByteArray::fromBase64(q.value(4).toString().toLatin1());
    link.createdAt = q.value(5).toString();
    link.closedAt = q.value(6).toString();
    return link;
}

const char *const LinkColumns =
    "id, organisation_id, account_id, spec_id, public_key, created_at, closed_at";

} // namespace

// Made on first use, as the release tables (EndpointReleaseStore.cpp): an existing store gains
// them without a migration step. An entry whose content was pulled keeps its row with an empty
// `sealed`, so the same entry id sent again is a replay, not a new entry.
bool EndpointStore::ensureSelfRegSchema()
{
    if (m_selfRegSchema)
        return true;
    m_selfRegSchema =
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS selfreg_links ("
                            "id TEXT PRIMARY KEY, "
                            "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                            "account_id TEXT NOT NULL, spec_id TEXT NOT NULL, "
                            "public_key TEXT NOT NULL, created_at TEXT NOT NULL, "
                            "closed_at TEXT NOT NULL DEFAULT '')")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS selfreg_entries ("
                            "link_id TEXT NOT NULL REFERENCES selfreg_links(id), "
                            "entry_id TEXT NOT NULL, received_at TEXT NOT NULL, "
                            "sealed TEXT NOT NULL, pulled_at TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (link_id, entry_id))"));
    return m_selfRegSchema;
}

std::optional<SelfRegLink> EndpointStore::createSelfRegLink(const Account &account,
                                                            const QString &specId,
                                                            const QByteArray &publicKey)
{
    if (!ensureSelfRegSchema())
        return std::nullopt;
    SelfRegLink link{
        newLinkId(), account.organisationId, account.id, specId, publicKey, now(), {}, 0};
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO selfreg_links (%1) VALUES (?, ?, ?, ?, ?, ?, '')")
                  .arg(QLatin1String(LinkColumns)));
    q.addBindValue(link.id);
    q.addBindValue(link.organisationId);
    q.addBindValue(link.accountId);
    q.addBindValue(link.specId);
    q.addBindValue(QString::fromLatin1(publicKey.toBase64()));
    q.addBindValue(link.createdAt);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return link;
}

std::optional<SelfRegLink> EndpointStore::selfRegLink(const QString &id)
{
    if (!ensureSelfRegSchema())
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM selfreg_links WHERE id = ?")
                  .arg(QLatin1String(LinkColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return linkFrom(q);
}

QList<SelfRegLink> EndpointStore::selfRegLinks(const QString &organisationId)
{
    QList<SelfRegLink> links;
    if (!ensureSelfRegSchema())
        return links;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT l.id, l.organisation_id, l.account_id, l.spec_id, "
                             "l.public_key, l.created_at, l.closed_at, "
                             "(SELECT COUNT(*) FROM selfreg_entries e "
                             " WHERE e.link_id = l.id AND e.pulled_at = '') "
                             "FROM selfreg_links l WHERE l.organisation_id = ? "
                             "ORDER BY l.created_at, l.id"));
    q.addBindValue(organisationId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return links;
    }
    while (q.next()) {
        SelfRegLink link = linkFrom(q);
        link.waiting = q.value(7).toInt();
        links.append(link);
    }
    return links;
}

bool EndpointStore::closeSelfRegLink(const QString &id, const QString &organisationId)
{
    if (!ensureSelfRegSchema())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE selfreg_links SET closed_at = ? "
                             "WHERE id = ? AND organisation_id = ? AND closed_at = ''"));
    q.addBindValue(now());
    q.addBindValue(id);
    q.addBindValue(organisationId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

EndpointStore::EntryResult EndpointStore::addSelfRegEntry(const QString &linkId,
                                                          const QString &entryId,
                                                          const QByteArray &sealed, int maxWaiting)
{
    if (!ensureSelfRegSchema() || !begin())
        return EntryResult::Failed;
    const auto fail = [this](const QSqlQuery &query) {
        m_lastError = query.lastError().text();
        rollback();
        return EntryResult::Failed;
    };
    QSqlQuery q(database());
    // FOR UPDATE on PostgreSQL: entries of one link are counted and added one at a time, so
    // two endpoint processes cannot both pass the limit (SQLite: BEGIN IMMEDIATE, begin()).
    q.prepare(m_postgres ? QStringLiteral("SELECT closed_at FROM selfreg_links WHERE id = ? "
                                          "FOR UPDATE")
                         : QStringLiteral("SELECT closed_at FROM selfreg_links WHERE id = ?"));
    q.addBindValue(linkId);
    if (!q.exec())
        return fail(q);
    if (!q.next() || !q.value(0).toString().isEmpty()) {
        rollback();
        return EntryResult::Closed;
    }
    q.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN entry_id = ? THEN 1 ELSE 0 END) "
                             "FROM selfreg_entries WHERE link_id = ? AND "
                             "(pulled_at = '' OR entry_id = ?)"));
    q.addBindValue(entryId);
    q.addBindValue(linkId);
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return fail(q);
    if (q.value(1).toInt() > 0) {
        rollback();
        return EntryResult::Replayed;
    }
    if (q.value(0).toInt() >= maxWaiting) {
        rollback();
        return EntryResult::Full;
    }
    q.prepare(QStringLiteral("INSERT INTO selfreg_entries (link_id, entry_id, received_at, "
                             "sealed) VALUES (?, ?, ?, ?)"));
    q.addBindValue(linkId);
    q.addBindValue(entryId);
    q.addBindValue(now());
    q.addBindValue(QString::fromLatin1(sealed.toBase64()));
    if (!q.exec())
        return fail(q);
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return EntryResult::Failed;
    }
    return EntryResult::Stored;
}

QList<SelfRegEntry> EndpointStore::selfRegEntries(const QString &linkId, int limit)
{
    QList<SelfRegEntry> entries;
    if (!ensureSelfRegSchema())
        return entries;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT entry_id, received_at, sealed FROM selfreg_entries "
                             "WHERE link_id = ? AND pulled_at = '' "
                             "ORDER BY received_at, entry_id LIMIT ?"));
    q.addBindValue(linkId);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return entries;
    }
    while (q.next())
        entries.append(SelfRegEntry{linkId, q.value(0).toString(), q.value(1).toString(),
                                    QByteArray::fromBase64(q.value(2).toString().toLatin1())});
    return entries;
}

int EndpointStore::deletePulledEntries(const QString &linkId, const QStringList &entryIds)
{
    if (!ensureSelfRegSchema() || !begin())
        return -1;
    int deleted = 0;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE selfreg_entries SET sealed = '', pulled_at = ? "
                             "WHERE link_id = ? AND entry_id = ? AND pulled_at = ''"));
    const QString at = now();
    for (const QString &entryId : entryIds) {
        q.addBindValue(at);
        q.addBindValue(linkId);
        q.addBindValue(entryId);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            rollback();
            return -1;
        }
        deleted += q.numRowsAffected();
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return -1;
    }
    return deleted;
}

} // namespace veldboek
