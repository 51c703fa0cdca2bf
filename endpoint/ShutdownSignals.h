#pragma once

#include <QObject>

class QSocketNotifier;

namespace veldboek {

// Turns SIGTERM and SIGINT into a Qt signal: the handler only writes a byte to a socket pair
// (all a signal handler may safely do); the event loop reads it and shuts down in order.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace veldboek
