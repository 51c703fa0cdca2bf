#pragma once

#include <QObject>
#include <optional>

namespace veldboek {

// Whether the machine has a network, from QNetworkInformation. Without a backend that knows
// (a container, an unusual desktop) the network is taken to be there: the upload then says
// itself whether the endpoint can be reached. Tests set an override.
class NetworkReachability : public QObject
{
    Q_OBJECT
public:
    explicit NetworkReachability(QObject *parent = nullptr);

    bool isOnline() const;
    void setOverride(std::optional<bool> online);

signals:
    void onlineChanged(bool online);

private:
    bool systemOnline() const;

    std::optional<bool> m_override;
    bool m_lastOnline = true;
};

} // namespace veldboek
