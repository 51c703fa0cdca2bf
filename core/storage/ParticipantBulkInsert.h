#pragma once

#include "SqlStatement.h"

#include <QMap>
#include <QStringList>
#include <memory>

namespace veldboek {

class Register;

// Adds participants one row at a time inside the caller's transaction, for an import or the
// demo data: values arrive in the order of `columns` (field keys: those of Participant::keys()
// are columns, bound straight from the caller's list; any other goes to participant_fields, see
// ParticipantExtraFields.h; fields not named stay empty). finish() audits their creation
// as one range of ids and, when the load was large, builds the indexes it set aside.
class ParticipantBulkInsert
{
public:
    // `expected` rows to come: when they at least double the table, its secondary indexes are
    // dropped now and built once in finish(). Sorting 100,000 keys once costs far less than
    // 100,000 inserts at scattered places in the index, and the transaction keeps it all or
    // nothing: a rollback brings the indexes back with everything else.
    ParticipantBulkInsert(Register &reg, const QStringList &columns, const QString &source,
                          qsizetype expected);
    ~ParticipantBulkInsert();
    ParticipantBulkInsert(const ParticipantBulkInsert &) = delete;
    ParticipantBulkInsert &operator=(const ParticipantBulkInsert &) = delete;

    // INSERT of `columns` (keys of Participant::keys() only, checked by the caller: they go into
    // the SQL) with created_at and updated_at as the last two parameters.
    static QString insertSql(const QStringList &columns);

    bool isValid() const { return m_valid; }
    // Adds one participant; false on failure (Register::lastError()). Returns its id in *id.
    bool add(const QStringList &values, qint64 *id = nullptr);
    // Values of fields without a column for the participant `id` just added (empty ones: none).
    bool addExtra(qint64 id, const QMap<QString, QString> &values);
    bool finish();
    int added() const { return m_added; }

private:
    void setIndexesAside();
    bool addExtra(qint64 id, const QString &key, const QString &value);
    Register &m_register;
    QString m_source;
    std::unique_ptr<SqlStatement> m_insert;
    std::unique_ptr<SqlStatement> m_extraInsert; // participant_fields
    QList<int> m_columnPositions;                // in `columns`: the table's columns
    QStringList m_extraKeys;                     // the keys without a column
    QList<int> m_extraPositions;                 // and where they are in `columns`
    QStringList m_subset;                        // a row's column values, when they are not all
    QStringList m_indexSql;                      // CREATE INDEX statements to run again in finish()
    qint64 m_first = 0;
    qint64 m_last = 0;
    int m_added = 0;
    bool m_valid = false;
};

} // namespace veldboek
