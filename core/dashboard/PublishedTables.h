#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace veldboek {

// The published dashboard tables, declared once with their additive structure: which figures a
// side of the dashboard shows, and how they hang together (a total is the sum of its parts, a
// share is a count over its total, a mean is a weighted sum of the counts it summarises). The
// figures code reads it to suppress, the app reads it to say per chart what was merged or left
// out, and the disclosure auditor (tests/endpoint/tst_disclosureaudit.cpp) reads it to work out
// what a reader can derive. The declaration is made from the shape of a side (which informants,
// which periods, which grade bands), never from its values, so the auditor can make it from a
// published dashboard alone.
//
// Figures are named by their path in the side's JSON ("participants/total",
// "cem/grades/2/count"). Cells that are not published but that published figures add up from
// (a month inside a quarter, one grade inside a band, the participants who did not opt out)
// are "latent" and named with a leading '~'.
struct PublishedTables
{
    enum class Kind { Count, Share, Mean };
    struct Figure
    {
        QString path;
        Kind kind;
        QString table; // the id of the table (chart) it belongs to
    };
    struct Sum
    {
        QString total;
        QStringList parts;
    };
    struct Share
    {
        QString figure;
        QString numerator;
        QString denominator;
    };
    struct Mean
    {
        QString figure;
        // The counts it is a weighted mean of, with each count's value (a grade); empty when the
        // mean is over answers that are published nowhere else.
        QList<std::pair<QString, double>> terms;
    };
    struct Table
    {
        QString id;
        QString section;     // participants, gas, problem, cem
        QString unit;        // periods: month, quarter or year; empty for other tables
        bool merged = false; // categories or periods were merged so fewer figures had to go
    };

    QList<Figure> figures;
    QStringList latent;
    QHash<QString, double> latentUpper; // what a reader knows of a latent cell: at most this
    // Latent cells whose 0 is protected like a count of 1 to 9: the complement of a person's
    // attribute beside a shown count of it (a derivable 0 there says "all of them";
    // docs/privacy.md, "Zeros").
    QStringList zeroProtected;
    QList<Sum> sums;
    QList<Share> shares;
    QList<Mean> means;
    QList<Table> tables;

    static PublishedTables of(const QJsonObject &side);
    const Figure *figure(const QString &path) const;

    // The figure object ({"value", "suppressed", "reason"}) at `path` in a side.
    static QJsonObject at(const QJsonObject &side, const QString &path);
    static void put(QJsonObject &side, const QString &path, const QJsonObject &figure);

    // The months "yyyy-MM" from `from` to `to`, both included.
    static QStringList months(const QString &from, const QString &to);
    // The label of the period a month falls in: "2024-03", "2024-Q1" or "2024".
    static QString periodOf(const QString &month, const QString &unit);
};

} // namespace veldboek
