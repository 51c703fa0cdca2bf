// veldboek-endpoint: the reference central endpoint. The process's set-up only; the commands are
// in the library (endpoint/EndpointCommands.cpp), where the tests reach them too.
#include "EndpointCommands.h"
#include "privacy/CoreDumps.h"

#include <QCoreApplication>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything the endpoint writes (database, spool, packages) is for its own account only.
    ::umask(077);
    veldboek::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("veldboek-endpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VELDBOEK_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{message}"));
    return veldboek::runEndpointCommand(app);
}
