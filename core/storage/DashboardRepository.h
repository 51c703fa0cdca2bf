#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// A dashboard as it was pulled back (or previewed), with the date it was fetched.
struct DashboardSnapshot
{
    qint64 id = 0;
    QDateTime fetchedAt;
    QString period; // the delivery period's first day, yyyy-MM-dd
    QString source; // "endpoint" or "preview"
    QJsonObject figures;
};

// The four discussion questions of the Kwaliteitskompas (docs/gui.md), answered per period.
struct PeriodNotes
{
    QString recognise;
    QString explain;
    QString value;
    QString improve;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static PeriodNotes fromJson(const QJsonObject &json);
};

// Dashboard figures and the notes on them, kept inside the encrypted register
// (the `dashboard_snapshots` table): they describe the organisation, so they never go to a
// settings file.
class DashboardRepository
{
public:
    explicit DashboardRepository(Register &reg)
        : m_register(reg)
    {}

    // Stores a new snapshot; the period's notes move along to it. Returns the row id, 0 on failure.
    qint64 store(const QJsonObject &figures, const QString &source, const QDateTime &fetchedAt);
    std::optional<DashboardSnapshot>
    latest(const QString &source = QStringLiteral("endpoint")) const;

    PeriodNotes notes(const QString &period) const;
    // Saved on the period's newest snapshot; a period without one gets a row of its own.
    bool setNotes(const QString &period, const PeriodNotes &notes);

private:
    Register &m_register;
};

} // namespace veldboek
