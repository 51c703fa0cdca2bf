#include "OutcomeExtraFields.h"

#include "Register.h"
#include "validation/Spec.h"

#include <QSqlQuery>

namespace veldboek {

QStringList OutcomeExtraFields::storedKeys(const QString &dataset)
{
    // The fields core/storage/RegisterDatasets.cpp selects from the outcome tables, and those it
    // works out (a CEM+ row's age, the care provider from the settings).
    if (dataset == QLatin1String("gas") || dataset == QLatin1String("problem"))
        return {QStringLiteral("bsn"),
                QStringLiteral("beschikkingsnummer"),
                QStringLiteral("toewijzingsnummer"),
                QStringLiteral("type"),
                QStringLiteral("waarde"),
                QStringLiteral("datum")};
    if (dataset == QLatin1String("cem"))
        return {QStringLiteral("zorgaanbieder_id"), QStringLiteral("bsn"),
                QStringLiteral("client_ref"),       QStringLiteral("meting_id"),
                QStringLiteral("datum_meting"),     QStringLiteral("informant"),
                QStringLiteral("vragenlijst"),      QStringLiteral("vraag"),
                QStringLiteral("antwoord"),         QStringLiteral("leeftijd")};
    return {};
}

QList<const FieldSpec *> OutcomeExtraFields::addedFields(const DatasetSpec &dataset)
{
    QList<const FieldSpec *> added;
    const QStringList stored = storedKeys(dataset.name);
    if (stored.isEmpty())
        return added;
    for (const FieldSpec &field : dataset.fields) {
        if (!stored.contains(field.key))
            added.append(&field);
    }
    return added;
}

bool OutcomeExtraFields::load(const QString &dataset, qint64 rowId, Values *out) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT key, value FROM outcome_fields WHERE dataset = ? AND row_id = ? ORDER BY key"));
    query.addBindValue(dataset);
    query.addBindValue(rowId);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    while (query.next())
        out->insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

bool OutcomeExtraFields::setAll(const QString &dataset, qint64 rowId, const Values &values)
{
    QSqlQuery clear(m_register.database());
    clear.prepare(QStringLiteral("DELETE FROM outcome_fields WHERE dataset = ? AND row_id = ?"));
    clear.addBindValue(dataset);
    clear.addBindValue(rowId);
    if (!clear.exec()) {
        m_register.setLastError(clear.lastError());
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!set(dataset, rowId, it.key(), it.value()))
            return false;
    }
    return true;
}

bool OutcomeExtraFields::set(const QString &dataset, qint64 rowId, const QString &key,
                             const QString &value)
{
    QSqlQuery query(m_register.database());
    if (value.isEmpty()) {
        query.prepare(QStringLiteral(
            "DELETE FROM outcome_fields WHERE dataset = ? AND row_id = ? AND key = ?"));
        query.addBindValue(dataset);
        query.addBindValue(rowId);
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO outcome_fields (dataset, row_id, key, "
                                     "value) VALUES (?, ?, ?, ?)"));
        query.addBindValue(dataset);
        query.addBindValue(rowId);
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return false;
    }
    return true;
}

QStringList OutcomeExtraFields::noLongerRequested(const QString &dataset,
                                                  const QStringList &requested) const
{
    QStringList keys;
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT DISTINCT key FROM outcome_fields WHERE dataset = ? ORDER BY key"));
    query.addBindValue(dataset);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return keys;
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (!requested.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace veldboek
