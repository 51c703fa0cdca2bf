#pragma once

#include <QHash>
#include <QString>

namespace veldboek {

// Requests per token per minute (or per `windowMs`), in a fixed window: enough to stop a runaway
// client or a script in a loop without holding a log of every request.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute, qint64 windowMs = 60 * 1000)
        : m_perMinute(perMinute)
        , m_windowMs(windowMs)
    {}

    // Whether a request of `key` at `nowMs` may go ahead; if not, when to try again.
    bool allow(const QString &key, qint64 nowMs, int *retryAfterSeconds);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    int m_perMinute; // per window
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace veldboek
