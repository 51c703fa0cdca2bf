#include "dashboard/DashboardFigures.h"

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
    void threshold_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("0") << qint64(0) << true;
        QTest::newRow("9") << qint64(9) << true;
        QTest::newRow("10") << qint64(10) << false;
        QTest::newRow("1000") << qint64(1000) << false;
    }
    void threshold()
    {
        QFETCH(qint64, n);
        QFETCH(bool, hidden);
        const QJsonObject count = DashboardFigures::count(n);
        QCOMPARE(suppressed(count), hidden);
        QCOMPARE(value(count).isNull(), hidden);
        if (!hidden)
            QCOMPARE(value(count).toInteger(), n);
        // A share of 1 case out of n: shown only when n has 10 cases or more.
        QCOMPARE(suppressed(DashboardFigures::share(1, n)), hidden);
        QCOMPARE(suppressed(DashboardFigures::mean(MeanTally{double(n) * 3, n, n})), hidden);
    }

    void gasShares()
    {
        DashboardTally tally;
        tally.add(gasTable(10), QDate(2024, 3, 1));
        QCOMPARE(tally.gasGoals, 10);
        const QJsonObject side = DashboardFigures::side(tally, QDate(2024, 3, 1));
        const QJsonObject informants = side.value(QStringLiteral("gas"))
                                           .toObject()
                                           .value(QStringLiteral("informants"))
                                           .toObject();
        const QJsonObject parent = informants.value(QStringLiteral("O")).toObject();
        QCOMPARE(value(parent.value(QStringLiteral("scores")).toObject()).toInt(), 10);
        QCOMPARE(value(parent.value(QStringLiteral("reached"))
                           .toObject()
                           .value(QStringLiteral("share"))
                           .toObject())
                     .toDouble(),
                 0.5);
        // 5 reached: the count is suppressed, the share over 10 cases is not.
        QVERIFY(suppressed(parent.value(QStringLiteral("reached"))
                               .toObject()
                               .value(QStringLiteral("count"))
                               .toObject()));
        const QJsonObject all = informants.value(QStringLiteral("all")).toObject();
        QCOMPARE(value(all.value(QStringLiteral("partly"))
                           .toObject()
                           .value(QStringLiteral("share"))
                           .toObject())
                     .toDouble(),
                 0.5);
    }

    void tallyMergesAndSurvivesJson()
    {
        DashboardTally a;
        a.add(gasTable(4), QDate(2024, 3, 1));
        DashboardTally b;
        b.add(gasTable(6), QDate(2024, 3, 1));
        // 4 and 6 goals: each alone suppressed, together shown.
        QVERIFY(suppressed(DashboardFigures::count(a.gasGoals)));
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
        for (int i = 0; i < 12; ++i)
            table.rows.append(
                {i + 2,
                 {QStringLiteral("05-03-2024"), i < 2 ? QStringLiteral("01-04-2024") : QString(),
                  i < 11 ? QStringLiteral("nee") : QStringLiteral("ja")}});
        DashboardTally tally;
        tally.add(table, QDate(2024, 4, 15), {13}); // the last row failed: not counted
        QCOMPARE(tally.participants, 11);
        QCOMPARE(tally.ended, 2);
        QCOMPARE(tally.optOut, 0);
        QCOMPARE(DashboardFigures::periodStart(QDate(2024, 4, 15)), QDate(2024, 3, 1));
        QCOMPARE(DashboardFigures::periodEnd(QDate(2024, 4, 15)), QDate(2024, 4, 30));
        const QJsonObject people = DashboardFigures::side(tally, QDate(2024, 4, 15))
                                       .value(QStringLiteral("participants"))
                                       .toObject();
        QCOMPARE(value(people.value(QStringLiteral("startedThisPeriod")).toObject()).toInt(), 11);
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
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
