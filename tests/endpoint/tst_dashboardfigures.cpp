#include "DashboardAudit.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/PublishedTables.h"

#include <QJsonArray>
#include <QTest>

using namespace veldboek;

class TestDashboardFigures : public QObject
{
    Q_OBJECT

    static DataTable gasTable(int goals)
    {
        DataTable table;
        table.dataset = QStringLiteral("gas");
        table.columns = {QStringLiteral("bsn"), QStringLiteral("beschikkingsnummer"),
                         QStringLiteral("toewijzingsnummer"), QStringLiteral("type"),
                         QStringLiteral("waarde")};
        int line = 1;
        for (int g = 1; g <= goals; ++g) {
            // parent: reached on even goals, worse on odd; client always partly
            table.rows.append({++line,
                               {QStringLiteral("123456782"), QStringLiteral("B1"), QString(),
                                QStringLiteral("D%1O").arg(g),
                                g % 2 ? QStringLiteral("-1") : QStringLiteral("2")}});
            table.rows.append({++line,
                               {QStringLiteral("123456782"), QStringLiteral("B1"), QString(),
                                QStringLiteral("D%1C").arg(g), QStringLiteral("1")}});
        }
        return table;
    }

    static QJsonValue value(const QJsonObject &figure)
    {
        return figure.value(QStringLiteral("value"));
    }
    static bool suppressed(const QJsonObject &figure)
    {
        return figure.value(QStringLiteral("suppressed")).toBool();
    }

private Q_SLOTS:
    static QJsonObject at(const QJsonObject &side, const char *path)
    {
        return PublishedTables::at(side, QLatin1String(path));
    }
    static DataTable participantsTable(int active, int ended, const QString &start)
    {
        DataTable table;
        table.dataset = QStringLiteral("participants");
        table.columns = {QStringLiteral("startdatum"), QStringLiteral("einddatum"),
                         QStringLiteral("opt_out")};
        for (int i = 0; i < active + ended; ++i)
            table.rows.append({i + 2,
                               {start, i < ended ? QStringLiteral("01-04-2024") : QString(),
                                QStringLiteral("nee")}});
        return table;
    }
    // Audits a side as published and fails on any hidden figure a reader can narrow down.
    static void verifyUnrecoverable(const DashboardTally &tally, const QDate &today)
    {
        const AuditResult audit = auditSide(DashboardFigures::side(tally, today),
                                            DashboardFigures::unsuppressed(tally, today).truth);
        QVERIFY2(audit.wrong.isEmpty(), qPrintable(audit.wrong.join(QLatin1Char('\n'))));
        QVERIFY2(audit.leaks.isEmpty(), qPrintable(audit.leaks.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void threshold_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("0") << 0 << true;
        QTest::newRow("9") << 9 << true;
        QTest::newRow("10") << 10 << false;
        QTest::newRow("40") << 40 << false;
    }
    void threshold()
    {
        QFETCH(int, n);
        QFETCH(bool, hidden);
        // n active beside 20 ended: whether "active" is shown depends on n alone.
        DashboardTally tally;
        tally.add(participantsTable(n, 20, QStringLiteral("05-03-2024")), QDate(2024, 4, 20));
        const QJsonObject total =
            at(DashboardFigures::side(tally, QDate(2024, 4, 20)), "participants/active");
        QCOMPARE(suppressed(total), hidden);
        QCOMPARE(value(total).isNull(), hidden);
        if (hidden)
            QCOMPARE(total.value(QStringLiteral("reason")).toString(), QStringLiteral("small"));
        else
            QCOMPARE(value(total).toInt(), n);
    }

    // Leak 1 of issue 13: total 25, active 19, ended suppressed gave ended = 6.
    void endedCannotBeSubtracted()
    {
        DashboardTally tally;
        tally.add(participantsTable(19, 6, QStringLiteral("05-03-2024")), QDate(2024, 4, 15));
        const QJsonObject side = DashboardFigures::side(tally, QDate(2024, 4, 15));
        QCOMPARE(at(side, "participants/ended").value(QStringLiteral("reason")).toString(),
                 QStringLiteral("small"));
        QVERIFY(suppressed(at(side, "participants/total")) ||
                suppressed(at(side, "participants/active")));
        verifyUnrecoverable(tally, QDate(2024, 4, 15));
    }

    // Leak 2: a share stayed published when its count was suppressed (0.5 of 10, the 5 hidden).
    void gasShares()
    {
        DashboardTally tally;
        tally.add(gasTable(10), QDate(2024, 3, 1));
        QCOMPARE(tally.gasGoals, 10);
        const QJsonObject side = DashboardFigures::side(tally, QDate(2024, 3, 1));
        QVERIFY(suppressed(at(side, "gas/informants/O/reached/count")));
        QVERIFY(suppressed(at(side, "gas/informants/O/reached/share")));
        QVERIFY(suppressed(at(side, "gas/informants/O/worse/share")));
        // The client gave 10 "partly": shown, and so is its share of 10 scores... unless the
        // rest of the table would give a hidden count away; whatever is shown, nothing leaks.
        verifyUnrecoverable(tally, QDate(2024, 3, 1));
    }

    // Leak 2 again: CEM+ grade shares over 11 answers gave back counts such as 1, 2, 4, 3, 1.
    void gradeSharesOverFewAnswers()
    {
        DataTable cem;
        cem.dataset = QStringLiteral("cem");
        cem.columns = {QStringLiteral("meting_id"), QStringLiteral("datum_meting"),
                       QStringLiteral("vragenlijst"), QStringLiteral("vraag"),
                       QStringLiteral("antwoord")};
        const QList<int> grades{3, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8};
        for (int i = 0; i < grades.size(); ++i)
            cem.rows.append({i + 2,
                             {QStringLiteral("M%1").arg(i), QStringLiteral("01-02-2024"),
                              QStringLiteral("CEM+_2018_OE_v1"), QStringLiteral("VR09A"),
                              QString::number(grades.at(i))}});
        DashboardTally tally;
        tally.add(cem, QDate(2024, 3, 1));
        const QJsonObject side = DashboardFigures::side(tally, QDate(2024, 3, 1));
        // Merged before blanked: one band of all 11 answers rather than ten hidden grades.
        const QJsonArray bands =
            side.value(QStringLiteral("cem")).toObject().value(QStringLiteral("grades")).toArray();
        QCOMPARE(bands.size(), 1);
        QCOMPARE(value(bands.at(0).toObject().value(QStringLiteral("count")).toObject()).toInt(),
                 11);
        verifyUnrecoverable(tally, QDate(2024, 3, 1));
    }

    // Leak 3: a GAS informant's scores shown with exactly one of the four outcomes hidden.
    void oneHiddenOutcomeIsNotTheDifference()
    {
        DashboardTally tally;
        tally.gasScores.insert(QStringLiteral("O"), {3, 12, 15, 20});
        tally.gasScores.insert(QStringLiteral("C"), {11, 14, 16, 25});
        tally.gasGoals = 40;
        const QJsonObject side = DashboardFigures::side(tally, QDate(2024, 3, 1));
        QVERIFY(suppressed(at(side, "gas/informants/O/worse/count")));
        int hiddenInRow = 0;
        for (const char *path : {"gas/informants/O/scores", "gas/informants/O/unchanged/count",
                                 "gas/informants/O/partly/count", "gas/informants/O/reached/count"})
            hiddenInRow += suppressed(at(side, path)) ? 1 : 0;
        QVERIFY(hiddenInRow >= 1);
        verifyUnrecoverable(tally, QDate(2024, 3, 1));
    }

    // Leak 6: the demo's "started per month" was empty, every month being under 10.
    void smallMonthsMergeIntoQuartersAndYears()
    {
        // A year of 4 starts a month: no month can be shown, every quarter can.
        DashboardTally tally;
        for (int m = 1; m <= 12; ++m)
            tally.startedPerMonth.insert(QStringLiteral("2023-%1").arg(m, 2, 10, QLatin1Char('0')),
                                         4);
        tally.participants = tally.active = 48;
        const QDate today(2023, 12, 20);
        QJsonObject started = at(DashboardFigures::side(tally, today), "participants/started");
        QCOMPARE(started.value(QStringLiteral("unit")).toString(), QStringLiteral("quarter"));
        QCOMPARE(started.value(QStringLiteral("periods")).toArray().size(), 4);
        for (const QJsonValue &p : started.value(QStringLiteral("periods")).toArray())
            QCOMPARE(value(p.toObject().value(QStringLiteral("started")).toObject()).toInt(), 12);
        verifyUnrecoverable(tally, today);
        // Quarters of 6 are too small too: the year.
        for (auto it = tally.startedPerMonth.begin(); it != tally.startedPerMonth.end(); ++it)
            it.value() = 2;
        tally.participants = tally.active = 24;
        started = at(DashboardFigures::side(tally, today), "participants/started");
        QCOMPARE(started.value(QStringLiteral("unit")).toString(), QStringLiteral("year"));
        QCOMPARE(started.value(QStringLiteral("periods")).toArray().size(), 1);
        QCOMPARE(value(started.value(QStringLiteral("periods"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("started"))
                           .toObject())
                     .toInt(),
                 24);
        verifyUnrecoverable(tally, today);
    }

    // Leak 4 and the thresholds: a cluster of 2, 3 or 4 organisations (the reader and 1, 2 or
    // 3 peers), and one peer dominating.
    void clusterThresholds_data()
    {
        QTest::addColumn<QList<int>>("peerSizes");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<bool>("participantsWithheld");
        // Active participants per peer, each beside 10 ended ones.
        QTest::newRow("2 organisations") << QList<int>{40} << false << false;
        QTest::newRow("3 organisations") << QList<int>{40, 30} << false << false;
        QTest::newRow("4 organisations") << QList<int>{40, 30, 20} << true << false;
        QTest::newRow("4, one dominating") << QList<int>{200, 20, 10} << true << true;
    }
    void clusterThresholds()
    {
        QFETCH(QList<int>, peerSizes);
        QFETCH(bool, shown);
        QFETCH(bool, participantsWithheld);
        QList<DashboardTally> peers;
        for (int size : peerSizes) {
            DashboardTally t;
            t.add(participantsTable(size, 10, QStringLiteral("05-01-2024")), QDate(2024, 4, 20));
            peers.append(t);
        }
        const QJsonObject cluster = DashboardFigures::clusterSide(peers, QDate(2024, 4, 20));
        QCOMPARE(cluster.value(QStringLiteral("shown")).toBool(), shown);
        if (!shown) {
            QCOMPARE(cluster.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("too-few-organisations"));
            QVERIFY(!cluster.contains(QStringLiteral("participants")));
            QVERIFY(!cluster.contains(QStringLiteral("organisations")));
            return;
        }
        QCOMPARE(cluster.contains(QStringLiteral("participants")), !participantsWithheld);
        QCOMPARE(cluster.value(QStringLiteral("withheld"))
                     .toObject()
                     .value(QStringLiteral("participants"))
                     .toString(),
                 participantsWithheld ? QStringLiteral("dominance") : QString());
        if (!participantsWithheld)
            QCOMPARE(value(at(cluster, "participants/total")).toInt(), 120);
    }

    void tallyMergesAndSurvivesJson()
    {
        DashboardTally a;
        a.add(gasTable(4), QDate(2024, 3, 1));
        DashboardTally b;
        b.add(gasTable(6), QDate(2024, 3, 1));
        // 4 and 6 goals: each alone suppressed, together shown.
        QCOMPARE(a.gasGoals, 4);
        DashboardTally both = DashboardTally::fromJson(a.toJson());
        both.merge(DashboardTally::fromJson(b.toJson()));
        QCOMPARE(both.gasGoals, 10);
        QCOMPARE(both.toJson(), [&] {
            DashboardTally t = a;
            t.merge(b);
            return t.toJson();
        }());
    }

    void participantsAndPeriod()
    {
        DataTable table;
        table.dataset = QStringLiteral("participants");
        table.columns = {QStringLiteral("startdatum"), QStringLiteral("einddatum"),
                         QStringLiteral("opt_out")};
        for (int i = 0; i < 24; ++i)
            table.rows.append(
                {i + 2,
                 {QStringLiteral("05-03-2024"), i < 12 ? QStringLiteral("01-04-2024") : QString(),
                  i < 23 ? QStringLiteral("nee") : QStringLiteral("ja")}});
        DashboardTally tally;
        tally.add(table, QDate(2024, 4, 15), {25}); // the last row failed: not counted
        QCOMPARE(tally.participants, 23);
        QCOMPARE(tally.ended, 12);
        QCOMPARE(tally.optOut, 0);
        QCOMPARE(DashboardFigures::periodStart(QDate(2024, 4, 15)), QDate(2024, 3, 1));
        QCOMPARE(DashboardFigures::periodEnd(QDate(2024, 4, 15)), QDate(2024, 4, 30));
        // Everyone started this period, so nobody before the window: a derivable 0 that says
        // nothing about anyone, and both figures are shown (docs/privacy.md, "Zeros").
        const QJsonObject people = DashboardFigures::side(tally, QDate(2024, 4, 15))
                                       .value(QStringLiteral("participants"))
                                       .toObject();
        QCOMPARE(value(people.value(QStringLiteral("startedThisPeriod")).toObject()).toInt(), 23);
        QCOMPARE(value(people.value(QStringLiteral("total")).toObject()).toInt(), 23);
        verifyUnrecoverable(tally, QDate(2024, 4, 15));
        const QJsonObject nextPeriod = DashboardFigures::side(tally, QDate(2024, 5, 2))
                                           .value(QStringLiteral("participants"))
                                           .toObject();
        QVERIFY(suppressed(nextPeriod.value(QStringLiteral("startedThisPeriod")).toObject()));
    }

    void timeliness()
    {
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
        QJsonObject t =
            DashboardFigures::timeliness(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC), now);
        QCOMPARE(t.value(QStringLiteral("nextDue")).toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(t.value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(t.value(QStringLiteral("daysSince")).toInt(), 70);
        t = DashboardFigures::timeliness(QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC), now);
        QCOMPARE(t.value(QStringLiteral("overdue")).toBool(), false);
        QCOMPARE(DashboardFigures::timeliness(std::nullopt, now)
                     .value(QStringLiteral("overdue"))
                     .toBool(),
                 true);
    }
    // Scores of an informant code the figures do not name ("L", "PL") are merged into "other",
    // beside the named informants and through the same suppression, not dropped; "all" stays
    // the parent and the client.
    void otherInformantCodesAreCountedApart()
    {
        DashboardTally tally;
        tally.gasScores.insert(QStringLiteral("O"), {11, 12, 15, 20});
        tally.gasScores.insert(QStringLiteral("C"), {11, 14, 16, 25});
        tally.gasScores.insert(QStringLiteral("L"), {10, 12, 0, 14});
        tally.gasScores.insert(QStringLiteral("X"), {0, 0, 11, 0});
        tally.problemScores.insert(QStringLiteral("PB"), {20, 30, 25, 10});
        tally.problemScores.insert(QStringLiteral("PL"), {2, 1, 3, 1});
        tally.gasGoals = 60;
        const QDate today(2024, 3, 1);
        const QJsonObject side = DashboardFigures::side(tally, today);
        QCOMPARE(value(at(side, "gas/informants/other/scores")).toInt(), 10 + 12 + 11 + 14);
        QCOMPARE(value(at(side, "gas/informants/other/worse/count")).toInt(), 10);
        QCOMPARE(value(at(side, "gas/informants/all/scores")).toInt(), 58 + 66);
        QCOMPARE(value(at(side, "gas/informants/all/reached/count")).toInt(), 45);
        // Seven problem-reduction scores of another code: there, and hidden as small.
        QVERIFY(suppressed(at(side, "problem/informants/other/scores")));
        QCOMPARE(at(side, "problem/informants/other/scores").value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("small")));
        // Declared like the named informants, and not part of "all".
        const PublishedTables tables = PublishedTables::of(side);
        QVERIFY(tables.figure(QStringLiteral("problem/informants/other/x/count")));
        bool overInformants = false;
        for (const PublishedTables::Sum &sum : tables.sums) {
            for (const QString &part : sum.parts) {
                if (sum.total.startsWith(QLatin1String("gas/informants/all/")))
                    QVERIFY2(!part.startsWith(QLatin1String("gas/informants/other/")),
                             qPrintable(sum.total));
            }
            overInformants = overInformants ||
                             sum.parts == QStringList({QStringLiteral("gas/informants/C/scores"),
                                                       QStringLiteral("gas/informants/O/scores")});
        }
        QVERIFY(overInformants);
        verifyUnrecoverable(tally, today);
        // A register without other codes lists "other" all the same (a listed "other" would
        // otherwise say there was at least one), hidden as small.
        DashboardTally plain;
        plain.gasScores.insert(QStringLiteral("O"), {11, 12, 15, 20});
        const QJsonObject plainSide = DashboardFigures::side(plain, today);
        QVERIFY(suppressed(at(plainSide, "gas/informants/other/scores")));
        verifyUnrecoverable(plain, today);
    }

    // A derivable 0 that is the complement of a person's attribute is protected like any count
    // under 10 (docs/privacy.md, "Zeros"): with every participant opted out, "total" and "opted
    // out" are not both shown, or "not opted out" would be a derivable 0. The auditor finds
    // that zero in what primary suppression alone publishes.
    void derivableZeroIsProtected()
    {
        DashboardTally tally;
        tally.participants = 25;
        tally.active = 25;
        tally.optOut = 25;
        tally.complete = 25;
        tally.startedPerMonth.insert(QStringLiteral("2024-01"), 25);
        const QDate today(2024, 3, 15);
        const DashboardFigures::Unsuppressed full = DashboardFigures::unsuppressed(tally, today);
        const AuditResult before = auditSide(primaryOnly(full.side, full.truth), full.truth);
        QVERIFY2(before.leaks.join(QLatin1Char('\n'))
                     .contains(QLatin1String("~participants/notOptOut: true 0")),
                 qPrintable(before.leaks.join(QLatin1Char('\n'))));
        const QJsonObject side = DashboardFigures::side(tally, today);
        QVERIFY(suppressed(at(side, "participants/total")) ||
                suppressed(at(side, "participants/optOut")));
        verifyUnrecoverable(tally, today);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
