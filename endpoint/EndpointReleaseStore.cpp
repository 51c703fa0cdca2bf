// EndpointStore's dashboard releases (issue 13; DashboardRelease.h says what a release is). In a
// file of their own so EndpointStore.cpp stays about submissions and accounts.
#include "EndpointStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veldboek {

namespace {

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

// The tables are made on first use, here rather than in createSchema(), so an existing store
// gains them without a migration step. A release made before dashboard_release_sources existed
// has no sources: an organisation that first asks after it sees "too few organisations" until
// the next release (DashboardRelease::clusterFor), never figures from other data.
bool EndpointStore::ensureReleaseSchema()
{
    if (m_releaseSchema)
        return true;
    m_releaseSchema =
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_releases ("
                            "id TEXT PRIMARY KEY, released_at TEXT NOT NULL)")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_release_sides ("
                            "release_id TEXT NOT NULL REFERENCES dashboard_releases(id), "
                            "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                            "figures TEXT NOT NULL, PRIMARY KEY (release_id, organisation_id))")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dashboard_release_sources ("
                            "release_id TEXT NOT NULL REFERENCES dashboard_releases(id), "
                            "cluster TEXT NOT NULL, "
                            "organisation_id TEXT NOT NULL REFERENCES organisations(id), "
                            "tally TEXT NOT NULL, "
                            "PRIMARY KEY (release_id, cluster, organisation_id))")) &&
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS dashboard_releases_by_time "
                            "ON dashboard_releases (released_at)"));
    return m_releaseSchema;
}

QList<std::pair<QString, QString>> EndpointStore::organisationClusters()
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, cluster FROM organisations ORDER BY cluster, id"))) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

bool EndpointStore::storeRelease(const QString &releaseId, const QString &releasedAt,
                                 const QList<std::pair<QString, QJsonObject>> &sides,
                                 const QList<ReleaseSource> &sources)
{
    if (!ensureReleaseSchema())
        return false;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery release(db);
    release.prepare(
        QStringLiteral("INSERT INTO dashboard_releases (id, released_at) VALUES (?, ?)"));
    release.addBindValue(releaseId);
    release.addBindValue(releasedAt);
    bool ok = release.exec();
    QString failed = ok ? QString() : release.lastError().text();
    QSqlQuery side(db);
    side.prepare(QStringLiteral("INSERT INTO dashboard_release_sides (release_id, organisation_id, "
                                "figures) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; ok && i < sides.size(); ++i) {
        side.addBindValue(releaseId);
        side.addBindValue(sides.at(i).first);
        side.addBindValue(toText(sides.at(i).second));
        ok = side.exec();
        if (!ok)
            failed = side.lastError().text();
    }
    QSqlQuery source(db);
    source.prepare(QStringLiteral("INSERT INTO dashboard_release_sources (release_id, cluster, "
                                  "organisation_id, tally) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < sources.size(); ++i) {
        source.addBindValue(releaseId);
        source.addBindValue(sources.at(i).cluster);
        source.addBindValue(sources.at(i).organisationId);
        source.addBindValue(toText(sources.at(i).tally));
        ok = source.exec();
        if (!ok)
            failed = source.lastError().text();
    }
    if (!ok) {
        m_lastError = failed;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

std::optional<EndpointStore::ReleasedSide> EndpointStore::newestRelease()
{
    if (!ensureReleaseSchema())
        return std::nullopt;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, released_at FROM dashboard_releases "
                               "ORDER BY released_at DESC, id LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return ReleasedSide{q.value(0).toString(), q.value(1).toString(), {}};
}

std::optional<QJsonObject> EndpointStore::releaseSide(const QString &releaseId,
                                                      const QString &organisationId)
{
    if (!ensureReleaseSchema())
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT figures FROM dashboard_release_sides "
                             "WHERE release_id = ? AND organisation_id = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(organisationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromText(q.value(0).toString());
}

bool EndpointStore::addReleaseSide(const QString &releaseId, const QString &organisationId,
                                   const QJsonObject &cluster)
{
    if (!ensureReleaseSchema())
        return false;
    // The primary key refuses a second side for the same organisation and release.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO dashboard_release_sides (release_id, organisation_id, "
                             "figures) VALUES (?, ?, ?)"));
    q.addBindValue(releaseId);
    q.addBindValue(organisationId);
    q.addBindValue(toText(cluster));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<EndpointStore::ReleaseSource> EndpointStore::releaseSources(const QString &releaseId,
                                                                  const QString &cluster)
{
    QList<ReleaseSource> result;
    if (!ensureReleaseSchema())
        return result;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT organisation_id, tally FROM dashboard_release_sources "
                             "WHERE release_id = ? AND cluster = ? ORDER BY organisation_id"));
    q.addBindValue(releaseId);
    q.addBindValue(cluster);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({cluster, q.value(0).toString(), fromText(q.value(1).toString())});
    return result;
}

std::optional<QString> EndpointStore::lastReleaseAt()
{
    if (!ensureReleaseSchema())
        return std::nullopt;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(released_at) FROM dashboard_releases")) || !q.next() ||
        q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace veldboek
