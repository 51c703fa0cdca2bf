#pragma once

#include <cstdint>

// A SQLite VFS for the power-loss test (tests/storage/powerloss_test.cpp), after the technique
// of SQLite's own crash tests (src/test6.c in SQLite's sources): it sits over the real "unix" VFS
// and keeps every write and truncate of a file in memory, where reads still see it, until the
// file is synced, as a disk's cache does. At the chosen event (a write, truncate or sync, counted
// from 1) the power goes: each write that was not yet synced is lost, written, or torn (some of
// its 512-byte sectors written, some lost, some garbage), renames whose directory was not yet
// synced may be undone, and the process ends at once with exit code PowerLossVfs::CutExitCode.
//
// Renames and directory syncs are seen through the linker: the program is linked with
// --wrap=rename,--wrap=fsync,--wrap=fdatasync (tests/storage/CMakeLists.txt), so the register's
// own std::rename and SQLite's directory fsync come through here. Not modelled: unlinks (taken as
// durable at once) and writes made outside SQLite and rename (none on the register's paths).
namespace veldboek::test {

class PowerLossVfs
{
public:
    static constexpr int CutExitCode = 42;

    // Makes the VFS SQLite's default. cutAt 0: never cut, only count (the soak's writer).
    static void install(std::uint64_t cutAt, std::uint32_t seed);
    // Write, truncate and sync events so far.
    static std::uint64_t events();
    // Removes the links kept to undo renames; called when the writer ends without a cut.
    static void cleanUp();
};

} // namespace veldboek::test
