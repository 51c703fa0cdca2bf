#include "EndpointClock.h"

#include <QFile>

namespace veldboek::EndpointClock {

namespace {

QString clockFile()
{
    return qEnvironmentVariable("VELDBOEK_ENDPOINT_TEST_CLOCK");
}

} // namespace

QDateTime now()
{
    const QString file = clockFile();
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            const QDateTime set =
                QDateTime::fromString(QString::fromLatin1(f.read(64)).trimmed(), Qt::ISODateWithMs);
            if (set.isValid())
                return set.toUTC();
        }
    }
    return QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds releaseCheckInterval()
{
    if (!clockFile().isEmpty())
        return std::chrono::seconds(1);
    return std::chrono::hours(1);
}

} // namespace veldboek::EndpointClock
