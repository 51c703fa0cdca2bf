#include "SpecStore.h"

#include "FieldLabels.h"
#include "Register.h"
#include "validation/SpecLoader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace veldboek {

namespace {

StoredSpec readRow(const QSqlQuery &query)
{
    return StoredSpec{query.value(0).toString(),    query.value(1).toString(),
                      query.value(2).toByteArray(), query.value(3).toString().toLatin1(),
                      query.value(4).toString(),    query.value(5).toString()};
}

constexpr const char *Columns = "id, version, bytes, sha256, fetched_at, source_url";

} // namespace

QList<StoredSpec> SpecStore::storedAll() const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    QList<StoredSpec> rows;
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM specs ORDER BY id").arg(QLatin1String(Columns)))) {
        m_register.setLastError(query.lastError());
        return rows;
    }
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

std::optional<StoredSpec> SpecStore::stored(const QString &id) const
{
    QSqlQuery query(m_register.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM specs WHERE id = ?").arg(QLatin1String(Columns)));
    query.addBindValue(id);
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

bool SpecStore::store(const SpecDocument &document, const QString &sourceUrl,
                      const QString &fetchedAt)
{
    return m_register.transaction([&]() {
        // The labels of the fields of the spec replaced and of the new one, so a field the new
        // one drops is still named by its label (FieldLabels.h). A stored spec this build
        // cannot read has none to give.
        FieldLabels labels(m_register);
        if (const std::optional<StoredSpec> old = stored(document.spec.id)) {
            SpecError error;
            const std::optional<SpecDocument> previous =
                SpecDocument::fromBytes(old->bytes, old->id + QStringLiteral(".json"), &error);
            if (previous && !labels.remember(previous->spec))
                return false;
        }
        if (!labels.remember(document.spec))
            return false;
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO specs (%1) VALUES (?, ?, ?, ?, ?, ?)")
                          .arg(QLatin1String(Columns)));
        query.addBindValue(document.spec.id);
        query.addBindValue(document.spec.version);
        query.addBindValue(document.bytes);
        query.addBindValue(QString::fromLatin1(document.sha256));
        query.addBindValue(fetchedAt);
        query.addBindValue(sourceUrl);
        if (!query.exec()) {
            m_register.setLastError(query.lastError());
            return false;
        }
        return true;
    });
}

SpecInForce SpecStore::choose(std::optional<SpecDocument> builtin,
                              const std::optional<StoredSpec> &stored)
{
    SpecInForce result;
    if (stored) {
        SpecError error;
        std::optional<SpecDocument> document =
            SpecDocument::fromBytes(stored->bytes, stored->id + QStringLiteral(".json"), &error);
        if (!document) {
            // A spec fetched by a newer build may use what this build cannot read: it waits in
            // the register for that build, and this one checks with its own.
            result.storedIgnored =
                QCoreApplication::translate("SpecStore",
                                            "stored version %1 cannot be read by this build: %2")
                    .arg(stored->version, error.toString());
        } else if (builtin &&
                   compareSpecVersions(document->spec.version, builtin->spec.version) < 0) {
            result.storedIgnored =
                QCoreApplication::translate("SpecStore",
                                            "stored version %1 is older than the built-in %2")
                    .arg(document->spec.version, builtin->spec.version);
        } else {
            result.document = std::move(*document);
            result.builtin = false;
            result.sourceUrl = stored->sourceUrl;
            result.fetchedAt = stored->fetchedAt;
            return result;
        }
    }
    if (builtin)
        result.document = std::move(*builtin);
    return result;
}

std::optional<SpecInForce> SpecStore::inForce(const QString &id, SpecError *error) const
{
    const std::optional<StoredSpec> fetched = stored(id);
    std::optional<SpecDocument> builtin;
    if (SpecLoader::builtinIds().contains(id) || !fetched)
        builtin = SpecDocument::builtin(id, error);
    SpecInForce chosen = choose(std::move(builtin), fetched);
    if (chosen.builtin && chosen.document.spec.id.isEmpty()) {
        if (error && !chosen.storedIgnored.isEmpty())
            *error = SpecError{id, QStringLiteral("-"), chosen.storedIgnored};
        return std::nullopt;
    }
    return chosen;
}

std::optional<Spec> SpecStore::spec(const QString &id, SpecError *error) const
{
    std::optional<SpecInForce> chosen = inForce(id, error);
    if (!chosen)
        return std::nullopt;
    return std::move(chosen->document.spec);
}

QStringList SpecStore::ids() const
{
    QStringList ids = SpecLoader::builtinIds();
    const QList<StoredSpec> rows = storedAll();
    for (const StoredSpec &row : rows) {
        if (!ids.contains(row.id))
            ids.append(row.id);
    }
    return ids;
}

} // namespace veldboek
