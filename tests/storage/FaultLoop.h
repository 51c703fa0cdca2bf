#pragma once

#include <cstdint>

// The loop shared by powerloss_test (power cuts) and crash_soak (SIGKILLs): for each fault a
// fresh register (every fifth one an old-schema fixture, so migrations are cut too), a writer
// process (powerloss_writer.cpp), the fault, and the check of RegisterAfterFault.h.
namespace veldboek::test {

enum class Fault { PowerCut, Kill };

// Prints a line per problem and, last, "N cuts, L committed transactions lost" (or "N kills,
// ..."); returns the process's exit code: 0 when every register opened intact and complete.
int runFaultLoop(Fault fault, int count, std::uint32_t seed);

// Parses "--cuts N" / "--kills N" and "--seed S" and runs the loop.
int faultMain(Fault fault, int argc, char *argv[]);

} // namespace veldboek::test
