#pragma once

#include <QDateTime>
#include <chrono>

namespace veldboek {

// The endpoint's idea of "now" for the dashboard and its monthly releases (DashboardRelease).
//
// Test hook, for tests only (tests/endpoint/tst_endpoint.cpp, releaseAtTheMonthChange): when the
// environment variable VELDBOEK_ENDPOINT_TEST_CLOCK names a file, "now" is the ISO 8601 UTC time
// written in that file, read afresh on every call, so a test can move a running endpoint into
// the next month; and the release check then runs every second instead of every hour. A missing
// or unreadable file means the real clock. docs/endpoint.md documents it; a production endpoint
// never sets it.
namespace EndpointClock {
QDateTime now();
std::chrono::milliseconds releaseCheckInterval();
} // namespace EndpointClock

} // namespace veldboek
