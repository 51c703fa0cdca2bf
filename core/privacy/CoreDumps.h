#pragma once

namespace veldboek {

// A core dump of Veldboek would hold decrypted register pages and keys, written wherever the
// system puts dumps (often a world-readable crash folder or systemd-coredump's store). The app,
// the command line and the endpoint switch them off first thing: RLIMIT_CORE to 0 and the process
// marked not dumpable (which also keeps other processes of the same user from ptrace-attaching).
// Returns false when the system refused; the caller goes on (it is defence in depth).
bool disableCoreDumps();

// Whether this process would write a core dump (for tests).
bool coreDumpsDisabled();

} // namespace veldboek
