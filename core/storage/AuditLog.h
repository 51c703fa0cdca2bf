#pragma once

#include "domain/Outcomes.h"

#include <QList>

namespace veldboek {

class Register;

// Who changed what, when: one row per changed field, written in the same transaction as the
// change itself, so the log and the data can never disagree.
class AuditLog
{
public:
    explicit AuditLog(Register &reg)
        : m_register(reg)
    {}

    bool record(const QString &table, qint64 recordId, const QString &field,
                const QString &oldValue, const QString &newValue);
    QList<AuditEntry> entriesFor(const QString &table, qint64 recordId) const;

private:
    Register &m_register;
};

} // namespace veldboek
