#include "CoreDumps.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace veldboek {

// Linux: no core file (RLIMIT_CORE) and not dumpable (no core handler, no ptrace by the same
// user). macOS: RLIMIT_CORE only. Windows has neither: crash dumps there are Windows Error
// Reporting's, configured per machine (docs/packaging.md), so both functions answer false.
bool disableCoreDumps()
{
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(Q_OS_LINUX)
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    const bool undumpable = true;
#endif
    return limited && undumpable;
#else
    return false;
#endif
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit limit{};
    const bool limited =
        ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#if defined(Q_OS_LINUX)
    return limited && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return limited;
#endif
#else
    return false;
#endif
}

} // namespace veldboek
