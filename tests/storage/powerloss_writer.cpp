// The writer the power-loss test and the kill soak start (powerloss_test.cpp, crash_soak.cpp):
//   powerloss_writer REGISTER SEED CUT [PASSPHRASE]
// Opens the register (migrating an older one), then performs the seed's WriteScript, printing
// "ok N" after operation N committed. CUT -1: the plain file system (the soak kills it); 0: the
// power-loss VFS without a cut; N > 0: the power goes at the VFS's Nth event (PowerLossVfs.h).
#include "PowerLossVfs.h"
#include "WriteScript.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <cstdio>

using namespace veldboek;
using namespace veldboek::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: powerloss_writer REGISTER SEED CUT [PASSPHRASE]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const auto seed = std::uint32_t(QByteArray(argv[2]).toULong());
    const long long cut = QByteArray(argv[3]).toLongLong();
    Model model;
    model.passphrase = argc > 4 ? QByteArray(argv[4]) : QByteArray();
    if (cut >= 0)
        PowerLossVfs::install(std::uint64_t(cut), seed);
    RegisterError error;
    std::unique_ptr<Register> reg = model.open(path, &error);
    if (!reg) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message()));
        return 3;
    }
    model.content = WriteScript::read(*reg);
    std::printf("opened\n");
    std::fflush(stdout);
    WriteScript script(seed);
    for (int i = 0; i < WriteScript::Length; ++i) {
        const Op op = script.next(model);
        QString message;
        if (!WriteScript::perform(reg, model, op, &message)) {
            std::fprintf(stderr, "%s %d: %s\n", qPrintable(op.name()), op.number,
                         qPrintable(message));
            return 3;
        }
        // Printed only after the commit returned: the checker relies on every printed number.
        std::printf("ok %d\n", op.number);
        std::fflush(stdout);
    }
    reg.reset();
    std::printf("end %llu\n", static_cast<unsigned long long>(PowerLossVfs::events()));
    PowerLossVfs::cleanUp();
    return 0;
}
