#include "DashboardRepository.h"

#include "Register.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace veldboek {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString periodOf(const QJsonObject &figures)
{
    return figures.value(QLatin1String("period"))
        .toObject()
        .value(QLatin1String("start"))
        .toString();
}

} // namespace

bool PeriodNotes::isEmpty() const
{
    return recognise.isEmpty() && explain.isEmpty() && value.isEmpty() && improve.isEmpty();
}

QJsonObject PeriodNotes::toJson() const
{
    return {{QStringLiteral("recognise"), recognise},
            {QStringLiteral("explain"), explain},
            {QStringLiteral("value"), value},
            {QStringLiteral("improve"), improve}};
}

PeriodNotes PeriodNotes::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("recognise")).toString(),
            json.value(QLatin1String("explain")).toString(),
            json.value(QLatin1String("value")).toString(),
            json.value(QLatin1String("improve")).toString()};
}

qint64 DashboardRepository::store(const QJsonObject &figures, const QString &source,
                                  const QDateTime &fetchedAt)
{
    const QString period = periodOf(figures);
    const PeriodNotes carried = notes(period);
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("INSERT INTO dashboard_snapshots (fetched_at, period, source, "
                                 "figures_json, notes_json) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(period);
    query.addBindValue(source);
    query.addBindValue(compact(figures));
    query.addBindValue(carried.isEmpty() ? QString() : compact(carried.toJson()));
    if (!query.exec()) {
        m_register.setLastError(query.lastError());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<DashboardSnapshot> DashboardRepository::latest(const QString &source) const
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("SELECT id, fetched_at, period, source, figures_json FROM "
                                 "dashboard_snapshots WHERE source = ? AND figures_json <> '' "
                                 "ORDER BY fetched_at DESC, id DESC LIMIT 1"));
    query.addBindValue(source);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return DashboardSnapshot{query.value(0).toLongLong(),
                             QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                             query.value(2).toString(), query.value(3).toString(),
                             parse(query.value(4).toString())};
}

PeriodNotes DashboardRepository::notes(const QString &period) const
{
    QSqlQuery query(m_register.database());
    query.prepare(QStringLiteral("SELECT notes_json FROM dashboard_snapshots WHERE period = ? AND "
                                 "notes_json <> '' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(period);
    if (!query.exec() || !query.next())
        return {};
    return PeriodNotes::fromJson(parse(query.value(0).toString()));
}

bool DashboardRepository::setNotes(const QString &period, const PeriodNotes &notes)
{
    return m_register.transaction([&] {
        QSqlQuery query(m_register.database());
        query.prepare(QStringLiteral(
            "SELECT id FROM dashboard_snapshots WHERE period = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(period);
        if (!query.exec()) {
            m_register.setLastError(query.lastError());
            return false;
        }
        if (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            query.prepare(
                QStringLiteral("UPDATE dashboard_snapshots SET notes_json = ? WHERE id = ?"));
            query.addBindValue(compact(notes.toJson()));
            query.addBindValue(id);
        } else {
            // Notes written before any figures of the period came in.
            query.prepare(QStringLiteral(
                "INSERT INTO dashboard_snapshots (fetched_at, period, source, figures_json, "
                "notes_json) VALUES (?, ?, 'notes', '', ?)"));
            query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            query.addBindValue(period);
            query.addBindValue(compact(notes.toJson()));
        }
        if (!query.exec()) {
            m_register.setLastError(query.lastError());
            return false;
        }
        return true;
    });
}

} // namespace veldboek
