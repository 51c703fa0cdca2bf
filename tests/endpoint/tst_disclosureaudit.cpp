// The disclosure auditor over generated registers (issue 13): for every hidden figure of every
// published side, own and cluster, the range a reader can derive from everything published must
// cover the whole protection range. The same auditor finds the leaks of primary-only
// suppression, so it is not a test that passes whatever it is given.
#include "AuditSystem.h"
#include "DashboardAudit.h"
#include "dashboard/CellRanges.h"
#include "dashboard/DashboardFigures.h"
#include "dashboard/PublishedTables.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace veldboek;

class TestDisclosureAudit : public QObject
{
    Q_OBJECT

    const QDate m_today{2024, 5, 15};

    static int registers()
    {
        const int n = qEnvironmentVariableIntValue("VELDBOEK_AUDIT_REGISTERS");
        return n > 0 ? n : 1000;
    }

private Q_SLOTS:
    // The integer ranges agree with counting every solution of small systems: the suppressor's
    // (CellRanges) and the auditor's own (AuditSolver) alike.
    void rangesMatchEnumeration()
    {
        std::mt19937_64 random(7);
        const auto between = [&random](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(random);
        };
        for (int round = 0; round < 300; ++round) {
            const int n = between(2, 4);
            CellRanges ranges;
            AuditSolver solver;
            QList<std::pair<int, int>> bounds;
            QList<int> truth;
            for (int i = 0; i < n; ++i) {
                const int v = between(0, 12);
                truth.append(v);
                const int kind = between(0, 2); // fixed, small, free up to 14
                const std::pair<int, int> b = kind == 0             ? std::pair(v, v)
                                              : kind == 1 && v < 10 ? std::pair(0, 9)
                                                                    : std::pair(0, 14);
                bounds.append(b);
                ranges.addCell(b.first, b.second);
                solver.variable(QString::number(i), b.first, b.second);
            }
            QList<QList<int>> rows;
            for (int r = 0, count = between(1, 2); r < count; ++r) {
                QList<int> coefficients;
                double value = 0;
                CellRanges::Row row{{}, 0, 0};
                QList<std::pair<QString, double>> terms;
                for (int i = 0; i < n; ++i) {
                    const int c = between(-1, 2);
                    coefficients.append(c);
                    if (c != 0) {
                        row.terms.append({i, double(c)});
                        terms.append({QString::number(i), double(c)});
                    }
                    value += c * truth.at(i);
                }
                row.lower = row.upper = value;
                coefficients.append(int(value));
                rows.append(coefficients);
                ranges.addRow(row);
                solver.constraint(terms, value, value);
            }
            // Enumerate every point of the box.
            QList<int> low(n, 1000);
            QList<int> high(n, -1);
            QList<int> x(n);
            const std::function<void(int)> walk = [&](int i) {
                if (i == n) {
                    for (const QList<int> &row : rows) {
                        int sum = 0;
                        for (int k = 0; k < n; ++k)
                            sum += row.at(k) * x.at(k);
                        if (sum != row.at(n))
                            return;
                    }
                    for (int k = 0; k < n; ++k) {
                        low[k] = std::min(low.at(k), x.at(k));
                        high[k] = std::max(high.at(k), x.at(k));
                    }
                    return;
                }
                for (int v = bounds.at(i).first; v <= bounds.at(i).second; ++v) {
                    x[i] = v;
                    walk(i + 1);
                }
            };
            walk(0);
            for (int i = 0; i < n; ++i) {
                const std::optional<CellRanges::Range> range = ranges.range(i);
                QVERIFY(range);
                QCOMPARE(range->low, double(low.at(i)));
                QCOMPARE(range->high, double(high.at(i)));
                const std::optional<AuditSolver::Range> own = solver.range(QString::number(i));
                QVERIFY(own);
                QCOMPARE(own->low, double(low.at(i)));
                QCOMPARE(own->high, double(high.at(i)));
            }
        }
    }

    void generatedRegisters()
    {
        std::mt19937_64 random(13);
        QList<DashboardTally> tallies;
        for (int i = 0; i < registers(); ++i)
            tallies.append(generatedTally(
                random, std::uniform_int_distribution<int>(1, 200)(random), m_today));
        QElapsedTimer timer;
        timer.start();
        int hidden = 0;
        int clustersShown = 0;
        int leaksBefore = 0;
        int countsOfLarge = 0;
        int shownOfLarge = 0;
        QStringList leaks;
        QStringList wrong;
        for (int i = 0; i < tallies.size(); ++i) {
            // Own side.
            const DashboardFigures::Unsuppressed own =
                DashboardFigures::unsuppressed(tallies.at(i), m_today);
            const AuditResult ownAudit =
                auditSide(DashboardFigures::side(tallies.at(i), m_today), own.truth);
            // The cluster side this reader sees: 0 to 6 other registers as its peers.
            QList<DashboardTally> peers;
            for (int k = 1, count = int(random() % 7); k <= count; ++k)
                peers.append(tallies.at((i + k) % tallies.size()));
            const QJsonObject cluster = DashboardFigures::clusterSide(peers, m_today);
            AuditResult clusterAudit;
            if (cluster.value(QLatin1String("shown")).toBool()) {
                ++clustersShown;
                DashboardTally merged;
                for (const DashboardTally &peer : peers)
                    merged.merge(peer);
                clusterAudit =
                    auditSide(cluster, DashboardFigures::unsuppressed(merged, m_today).truth);
            } else {
                // Not shown: nothing of it may be published.
                QVERIFY(!cluster.contains(QLatin1String("participants")));
                QVERIFY(peers.size() < DashboardFigures::minimumPeers);
            }
            hidden += ownAudit.hidden + clusterAudit.hidden;
            // How useful the figures stay: counts shown of those a register of 100 or more has.
            if (tallies.at(i).participants >= 100) {
                const QJsonObject published = DashboardFigures::side(tallies.at(i), m_today);
                const PublishedTables tables = PublishedTables::of(published);
                for (const PublishedTables::Figure &f : tables.figures) {
                    if (f.kind != PublishedTables::Kind::Count)
                        continue;
                    ++countsOfLarge;
                    shownOfLarge += PublishedTables::at(published, f.path)
                                            .value(QLatin1String("suppressed"))
                                            .toBool()
                                        ? 0
                                        : 1;
                }
            }
            for (const QString &leak : ownAudit.leaks + clusterAudit.leaks)
                leaks.append(QStringLiteral("register %1: %2").arg(i).arg(leak));
            for (const QString &w : ownAudit.wrong + clusterAudit.wrong)
                wrong.append(QStringLiteral("register %1: %2").arg(i).arg(w));
            // The same auditor on what primary suppression alone would publish.
            if (i < 200)
                leaksBefore +=
                    int(auditSide(primaryOnly(own.side, own.truth), own.truth).leaks.size());
        }
        qInfo("%d registers: %d hidden or latent cells audited, %d cluster sides shown, %lld ms; "
              "primary suppression alone leaks %d cells in the first 200 own sides; registers of "
              "100 or more show %d of their %d counts",
              int(tallies.size()), hidden, clustersShown, timer.elapsed(), leaksBefore,
              shownOfLarge, countsOfLarge);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY(hidden > 1000);
        QVERIFY(clustersShown > 100);
        QVERIFY2(leaksBefore > 0, "the auditor finds nothing to find in primary-only suppression");
    }
};

QTEST_GUILESS_MAIN(TestDisclosureAudit)
#include "tst_disclosureaudit.moc"
