#pragma once

#include "domain/Outcomes.h"

#include <QList>

namespace veldboek {

class Register;

// Who changed what, when: one row per changed field, written in the same transaction as the
// change itself, so the log and the data can never disagree. Records created in bulk (an
// import) are logged as one range of ids, which entriesFor() reports as each record's creation.
class AuditLog
{
public:
    explicit AuditLog(Register &reg)
        : m_register(reg)
    {}

    bool record(const QString &table, qint64 recordId, const QString &field,
                const QString &oldValue, const QString &newValue);
    // Records first..last of `table` were created together, by `source` (an import's file name).
    bool recordCreatedRange(const QString &table, qint64 first, qint64 last, const QString &source);
    QList<AuditEntry> entriesFor(const QString &table, qint64 recordId) const;

private:
    Register &m_register;
};

} // namespace veldboek
