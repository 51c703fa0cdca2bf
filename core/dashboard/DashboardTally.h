#pragma once

#include "validation/DataTable.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <array>

namespace veldboek {

// A sum and how many cases it is over: the makings of a mean.
struct MeanTally
{
    double sum = 0;
    qint64 answers = 0; // values summed
    qint64 cases = 0;   // measurements (people) they came from: the suppression rule counts these

    void merge(const MeanTally &other);
};

// The raw, unsuppressed counts and sums that an organisation's datasets add up to. Tallies add
// up: an organisation's departments, or a cluster's organisations, are merged before figures are
// made. A tally never leaves the endpoint or the register as it is: DashboardFigures turns it into
// figures with small numbers suppressed. Dates are kept per month so that "this period" is decided
// when the figures are shown, not when the data came in.
struct DashboardTally
{
    // Participants (mdt / participants)
    qint64 participants = 0;
    qint64 active = 0; // no end date, or one still to come
    qint64 ended = 0;
    qint64 optOut = 0;
    qint64 complete = 0;                   // e-mail, education level and activity site all filled
    QMap<QString, qint64> startedPerMonth; // yyyy-MM -> participants who started then

    // GAS (sor / gas): per informant (O, C) the scores per value -1, 0, 1, 2
    qint64 gasGoals = 0; // distinct goals with at least one score
    QMap<QString, std::array<qint64, 4>> gasScores;

    // Problem reduction (sor / problem): per informant (PB, PO, PC) the scores 1, 2, 3, x
    QMap<QString, std::array<qint64, 4>> problemScores;

    // CEM+ (cemplus / cem)
    qint64 cemMeasurements = 0;
    QMap<QString, QMap<QString, qint64>> cemPerQuestionnaireMonth; // questionnaire -> yyyy-MM
    std::array<qint64, 10> grades{};                               // report grades 1..10
    MeanTally usefulness;                // VR09A/VR09B, the "nut van de hulp" grade
    QMap<QString, MeanTally> dimensions; // dimension -> mean of its items' answers

    // Adds one dataset of the engine's tables (columns are field keys). Rows listed in `skipLines`
    // (failed rows) are left out. `today` decides whether a participant is still active.
    void add(const DataTable &table, const QDate &today, const QList<int> &skipLines = {});
    void merge(const DashboardTally &other);
    bool isEmpty() const;

    QJsonObject toJson() const;
    static DashboardTally fromJson(const QJsonObject &json);

    // [assumed] The CEM+ items grouped per dashboard dimension (docs/spec-format.md: accessibility,
    // treatment, cooperation); only the four-point items count.
    static const QList<std::pair<QString, QStringList>> &dimensionItems();
};

} // namespace veldboek
