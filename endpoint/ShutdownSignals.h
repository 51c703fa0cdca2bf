#pragma once

#include <QObject>

class QSocketNotifier;

namespace veldboek {

// Turns SIGTERM and SIGINT (and SIGHUP) into Qt signals: the handler only writes a byte to a socket
// pair (all a signal handler may safely do); the event loop reads it and shuts down in order.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signal);
    void reloadRequested(); // SIGHUP: read the certificate again

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace veldboek
