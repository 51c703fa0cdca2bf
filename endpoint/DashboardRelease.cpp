#include "DashboardRelease.h"

#include "EndpointClock.h"
#include "EndpointStore.h"
#include "dashboard/DashboardFigures.h"

#include <QHash>
#include <QMap>
#include <QTimer>
#include <QtDebug>

namespace veldboek {

std::optional<QString> DashboardRelease::make(EndpointStore &store, const QDateTime &now,
                                              QString *error)
{
    const QString releasedAt = now.toUTC().toString(Qt::ISODateWithMs);
    const QDate today = now.toUTC().date();
    // Per cluster the newest approved tallies, once, an organisation's departments merged; per
    // organisation its peers' sum. The merged tallies are stored with the release, so that an
    // organisation that first asks later in the month gets its side from the same data.
    QHash<QString, QMap<QString, DashboardTally>> byCluster;
    QList<std::pair<QString, QJsonObject>> sides;
    const QList<std::pair<QString, QString>> organisations = store.organisationClusters();
    for (const auto &[organisation, cluster] : organisations) {
        if (!byCluster.contains(cluster)) {
            QMap<QString, DashboardTally> tallies;
            for (const SourceTally &source : store.newestApprovedTallies(cluster))
                tallies[source.organisationId].merge(DashboardTally::fromJson(source.tally));
            byCluster.insert(cluster, tallies);
        }
        sides.append({organisation, sideWithout(byCluster[cluster], organisation, today)});
    }
    QList<EndpointStore::ReleaseSource> sources;
    for (auto cluster = byCluster.cbegin(); cluster != byCluster.cend(); ++cluster) {
        for (auto it = cluster->cbegin(); it != cluster->cend(); ++it)
            sources.append({cluster.key(), it.key(), it.value().toJson()});
    }
    const QString id = EndpointStore::newId();
    if (!store.storeRelease(id, releasedAt, sides, sources)) {
        *error = store.lastError();
        return std::nullopt;
    }
    return id;
}

bool DashboardRelease::due(EndpointStore &store, const QDateTime &now)
{
    const std::optional<QString> last = store.lastReleaseAt();
    if (!last)
        return true;
    // Due when the newest release is from an earlier month; a clock set back (or a release
    // dated later by another server on the same database) never makes one every hour.
    const QDate lastDate = QDateTime::fromString(*last, Qt::ISODateWithMs).toUTC().date();
    const QDate today = now.toUTC().date();
    return QDate(lastDate.year(), lastDate.month(), 1) < QDate(today.year(), today.month(), 1);
}

QJsonObject DashboardRelease::clusterFor(EndpointStore &store, const QString &organisationId,
                                         const QString &cluster)
{
    const std::optional<EndpointStore::ReleasedSide> newest = store.newestRelease();
    if (!newest) {
        return {{QStringLiteral("shown"), false},
                {QStringLiteral("reason"), QStringLiteral("no-release")}};
    }
    std::optional<QJsonObject> side = store.releaseSide(newest->releaseId, organisationId);
    if (!side) {
        // An organisation that came after the release: its side is made now from the tallies
        // the release was made from (not today's), and stored in the release, so it sees the
        // same moment as everyone else, two readings agree, and its own data reaches the
        // others' cluster figures only with the next release.
        QMap<QString, DashboardTally> tallies;
        for (const EndpointStore::ReleaseSource &source :
             store.releaseSources(newest->releaseId, cluster))
            tallies.insert(source.organisationId, DashboardTally::fromJson(source.tally));
        const QDate releaseDate =
            QDateTime::fromString(newest->releasedAt, Qt::ISODateWithMs).toUTC().date();
        const QJsonObject made = sideWithout(tallies, organisationId, releaseDate);
        if (store.addReleaseSide(newest->releaseId, organisationId, made))
            side = made;
        else
            side = store.releaseSide(newest->releaseId, organisationId); // made meanwhile
        if (!side) {
            qWarning().noquote() << "endpoint: a late release side was not stored:"
                                 << store.lastError();
            return {{QStringLiteral("shown"), false},
                    {QStringLiteral("reason"), QStringLiteral("no-release")}};
        }
    }
    QJsonObject result = *side;
    result.insert(QStringLiteral("release"),
                  QJsonObject{{QStringLiteral("id"), newest->releaseId},
                              {QStringLiteral("releasedAt"), newest->releasedAt}});
    return result;
}

QJsonObject DashboardRelease::sideWithout(const QMap<QString, DashboardTally> &tallies,
                                          const QString &organisationId, const QDate &today)
{
    QList<DashboardTally> peers;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        if (it.key() != organisationId)
            peers.append(it.value());
    }
    return DashboardFigures::clusterSide(peers, today);
}

DashboardRelease::DashboardRelease(EndpointStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(EndpointClock::releaseCheckInterval());
    connect(m_timer, &QTimer::timeout, this, &DashboardRelease::check);
}

DashboardRelease *DashboardRelease::startMonthly(EndpointStore &store, QObject *parent)
{
    auto *release = new DashboardRelease(store, parent);
    release->check();
    release->m_timer->start();
    return release;
}

void DashboardRelease::check()
{
    const QDateTime now = EndpointClock::now();
    if (!due(m_store, now))
        return;
    QString error;
    if (const std::optional<QString> id = make(m_store, now, &error))
        qInfo().noquote() << "endpoint: dashboard release" << id->left(8) << "made";
    else
        qWarning().noquote() << "endpoint: dashboard release failed:" << error;
}

} // namespace veldboek
