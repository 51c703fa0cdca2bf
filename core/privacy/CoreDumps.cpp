#include "CoreDumps.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace veldboek {

bool disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

bool coreDumpsDisabled()
{
    rlimit limit{};
    return ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0 &&
           ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace veldboek
