// Child process for tst_crashsafety: adds participants one transaction at a time and reports
// each committed respondent number on stdout, until it is killed.
#include "keys/CipherKey.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <cstdio>

using namespace veldboek;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray keyHex(argv[2]);
    const int start = QByteArray(argv[3]).toInt();
    RegisterError error;
    auto reg = Register::open(path, CipherKey::raw(QByteArray::fromHex(keyHex)), &error);
    if (!reg) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 2;
    }
    ParticipantRepository repository(*reg);
    for (int i = start;; ++i) {
        Participant p;
        p.setValue(u"respondentnummer", QStringLiteral("C-%1").arg(i));
        p.setValue(u"notities", QString(200, QLatin1Char('x')));
        if (!repository.add(p))
            return 3;
        // Reported only after the commit returned: the parent may rely on every printed number.
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
