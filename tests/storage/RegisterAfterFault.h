#pragma once

// What the power-loss test and the kill soak check after each fault (powerloss_test.cpp,
// crash_soak.cpp): the register opens with its key, passes PRAGMA integrity_check and
// cipher_integrity_check, and holds exactly what the WriteScript committed before the fault (or
// that plus the operation in flight), and every backup written before it opens complete.
#include "WriteScript.h"

#include <QProcess>
#include <QString>

namespace veldboek::test {

struct FaultVerdict
{
    bool opened = false;
    bool intact = false;   // both integrity checks passed
    bool complete = false; // every committed operation is there, nothing half done
    QString problem;       // empty when all is well
};

// `committed`: the operations the writer reported; `started`: whether it got past opening.
FaultVerdict checkAfterFault(const QString &path, const Model &initial, std::uint32_t seed,
                             int committed, bool started);

// One run of the writer: the operations it reported, and whether it got past opening.
struct WriterRun
{
    int committed = 0;
    bool started = false;
    unsigned long long events = 0; // from its last line, when it ended by itself
    QString errors;
};
WriterRun readWriterOutput(QProcess &writer);

// The state a fresh register or a migrated fixture starts with, read from a scratch copy.
std::optional<Model> initialModel(const QString &file, const QByteArray &passphrase,
                                  QString *error);

} // namespace veldboek::test
