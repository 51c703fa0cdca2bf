#pragma once

#include <QtGlobal>

// The whole suite also runs under AddressSanitizer and UBSan (the `sanitize` preset of
// CMakePresets.json, .ci/sanitize.sh; tests/CMakeLists.txt defines VELDBOEK_SANITIZED there).
// Instrumented code runs several times slower, and ASan's shadow memory, redzones and quarantine
// of freed blocks add hundreds of MB to a peak. A test's limit on time or memory guards the
// plain build against a regression (a bomb that is no longer refused early, a reader that holds
// a whole file); under the sanitizers the same test checks the behaviour (refused, answered,
// bounded) with the limit scaled here, in one place, and the plain build keeps the figure.
namespace sanitized {

#ifdef VELDBOEK_SANITIZED
inline constexpr bool build = true;
#else
inline constexpr bool build = false;
#endif

// A limit in milliseconds: ten times as long under the sanitizers.
constexpr qint64 ms(qint64 plain)
{
    return build ? plain * 10 : plain;
}

// A limit on a resident-memory peak or growth in MB: ASan's quarantine alone holds up to 256 MB
// of freed blocks, and every allocation has its redzones and shadow.
constexpr qint64 mb(qint64 plain)
{
    return build ? plain * 3 + 512 : plain;
}

} // namespace sanitized
