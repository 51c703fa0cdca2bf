#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <optional>

class QTimer;

namespace veldboek {

class EndpointStore;
struct DashboardTally;

// Period releases of the cluster figures (issue 13). A release computes, for every organisation,
// the cluster side it sees (its peers' newest approved submissions, DashboardFigures::clusterSide)
// and stores it; the endpoint serves that side unchanged until the next release. So comparing
// two readings within a release shows nothing, and one peer's resubmission or withdrawal is
// mixed in with a month of everyone's changes before anyone sees it. An organisation's own
// figures stay live: they are its own data.
//
// Releases are made on the first day of each month by the server (startMonthly) and on demand
// by `veldboek-endpoint release --data DIR | --db URL`.
class DashboardRelease : public QObject
{
    Q_OBJECT

public:
    // Makes a release now; its id, or nullopt with `error` set.
    static std::optional<QString> make(EndpointStore &store, const QDateTime &now, QString *error);
    // Whether the month of `now` has no release yet.
    static bool due(EndpointStore &store, const QDateTime &now);
    // The cluster side to serve: the newest release's for this organisation, with the release's
    // id and time, or {"shown": false, "reason": "no-release"}. An organisation that has no side
    // in the newest release (it came after it) gets one made from the tallies that release was
    // made from, stored in the release: the same for every reading, and its own data reaches the
    // others only with the next release (docs/privacy.md, "Period releases").
    static QJsonObject clusterFor(EndpointStore &store, const QString &organisationId,
                                  const QString &cluster);

    // Started by the server: releases at once when this month has none (the server was down on
    // the first), then looks every hour. A child of `parent`, stopped with it.
    static DashboardRelease *startMonthly(EndpointStore &store, QObject *parent);

private:
    static QJsonObject sideWithout(const QMap<QString, DashboardTally> &tallies,
                                   const QString &organisationId, const QDate &today);
    DashboardRelease(EndpointStore &store, QObject *parent);
    void check();

    EndpointStore &m_store;
    QTimer *m_timer;
};

} // namespace veldboek
