#include "DashboardRelease.h"

#include "EndpointStore.h"
#include "dashboard/DashboardFigures.h"

#include <QHash>
#include <QTimer>
#include <QtDebug>

namespace veldboek {

std::optional<QString> DashboardRelease::make(EndpointStore &store, const QDateTime &now,
                                              QString *error)
{
    const QString releasedAt = now.toUTC().toString(Qt::ISODateWithMs);
    const QDate today = now.toUTC().date();
    // Per cluster the newest approved tallies, once; per organisation its peers' sum.
    QHash<QString, QHash<QString, DashboardTally>> byCluster;
    QList<std::pair<QString, QJsonObject>> sides;
    const QList<std::pair<QString, QString>> organisations = store.organisationClusters();
    for (const auto &[organisation, cluster] : organisations) {
        if (!byCluster.contains(cluster)) {
            QHash<QString, DashboardTally> tallies;
            for (const SourceTally &source : store.newestApprovedTallies(cluster))
                tallies[source.organisationId].merge(DashboardTally::fromJson(source.tally));
            byCluster.insert(cluster, tallies);
        }
        QList<DashboardTally> peers;
        const QHash<QString, DashboardTally> &tallies = byCluster[cluster];
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
            if (it.key() != organisation)
                peers.append(it.value());
        }
        sides.append({organisation, DashboardFigures::clusterSide(peers, today)});
    }
    const QString id = EndpointStore::newId();
    if (!store.storeRelease(id, releasedAt, sides)) {
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
    const QDate lastDate = QDateTime::fromString(*last, Qt::ISODateWithMs).toUTC().date();
    const QDate today = now.toUTC().date();
    return lastDate.year() != today.year() || lastDate.month() != today.month();
}

QJsonObject DashboardRelease::clusterFor(EndpointStore &store, const QString &organisationId)
{
    const std::optional<EndpointStore::ReleasedSide> released =
        store.releasedCluster(organisationId);
    if (!released) {
        return {{QStringLiteral("shown"), false},
                {QStringLiteral("reason"), QStringLiteral("no-release")}};
    }
    QJsonObject cluster = released->cluster;
    cluster.insert(QStringLiteral("release"),
                   QJsonObject{{QStringLiteral("id"), released->releaseId},
                               {QStringLiteral("releasedAt"), released->releasedAt}});
    return cluster;
}

DashboardRelease::DashboardRelease(EndpointStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(std::chrono::hours(1));
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!due(m_store, now))
        return;
    QString error;
    if (const std::optional<QString> id = make(m_store, now, &error))
        qInfo().noquote() << "endpoint: dashboard release" << id->left(8) << "made";
    else
        qWarning().noquote() << "endpoint: dashboard release failed:" << error;
}

} // namespace veldboek
