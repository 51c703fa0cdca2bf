// Cuts the power N times at random points of the register's write paths and checks the register
// after each cut (tests/storage/FaultLoop.h, PowerLossVfs.h):
//   powerloss_test --cuts N [--seed S]
// Last line: "N cuts, L committed transactions lost". docs/testing.md has the figures.
#include "FaultLoop.h"

int main(int argc, char *argv[])
{
    return veldboek::test::faultMain(veldboek::test::Fault::PowerCut, argc, argv);
}
