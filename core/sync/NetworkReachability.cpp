#include "NetworkReachability.h"

#include <QNetworkInformation>

namespace veldboek {

NetworkReachability::NetworkReachability(QObject *parent)
    : QObject(parent)
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (QNetworkInformation *information = QNetworkInformation::instance()) {
        connect(information, &QNetworkInformation::reachabilityChanged, this, [this] {
            const bool online = isOnline();
            if (online != m_lastOnline) {
                m_lastOnline = online;
                emit onlineChanged(online);
            }
        });
    }
    m_lastOnline = isOnline();
}

bool NetworkReachability::systemOnline() const
{
    const QNetworkInformation *information = QNetworkInformation::instance();
    if (!information)
        return true;
    return information->reachability() != QNetworkInformation::Reachability::Disconnected;
}

bool NetworkReachability::isOnline() const
{
    return m_override.value_or(systemOnline());
}

void NetworkReachability::setOverride(std::optional<bool> online)
{
    m_override = online;
    const bool now = isOnline();
    if (now != m_lastOnline) {
        m_lastOnline = now;
        emit onlineChanged(now);
    }
}

} // namespace veldboek
