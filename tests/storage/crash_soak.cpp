// Kills the writer with SIGKILL N times at random moments and checks the register after each
// kill (tests/storage/FaultLoop.h):
//   crash_soak --kills N [--seed S]
// Last line: "N kills, L committed transactions lost". docs/testing.md has the figures.
#include "FaultLoop.h"

int main(int argc, char *argv[])
{
    return veldboek::test::faultMain(veldboek::test::Fault::Kill, argc, argv);
}
