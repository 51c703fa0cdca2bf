#include "RateLimiter.h"

namespace veldboek {

bool RateLimiter::allow(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    const qint64 windowMs = m_windowMs;
    if (m_perMinute <= 0)
        return true;
    // Forget windows that have run out, now and then, so the table stays as small as the
    // number of active tokens.
    if (m_windows.size() > 10000) {
        for (auto it = m_windows.begin(); it != m_windows.end();)
            it = nowMs - it->startMs >= windowMs ? m_windows.erase(it) : std::next(it);
    }
    Window &window = m_windows[key];
    if (nowMs - window.startMs >= windowMs) {
        window.startMs = nowMs;
        window.count = 0;
    }
    if (window.count >= m_perMinute) {
        *retryAfterSeconds = static_cast<int>((window.startMs + windowMs - nowMs + 999) / 1000);
        return false;
    }
    ++window.count;
    return true;
}

} // namespace veldboek
