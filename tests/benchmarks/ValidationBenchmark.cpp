// Validation benchmark: generates a register in memory (fixed seed) of 100,000 participants,
// 400,000 GAS scores, 100,000 problem scores and 1,250,000 CEM+ answers, validates it the way the
// full-register check does, and prints rows per second. Then it times single field checks as the
// form does per keystroke and prints the median.
//
//   validation_benchmark [--scale F] [--repeat N]
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThreadPool>
#include <algorithm>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace veldboek;

namespace {

const QDate referenceDate(2024, 6, 1);

QString validBsn(QRandomGenerator &random)
{
    for (;;) {
        int digits[9];
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            digits[i] = static_cast<int>(random.bounded(10));
            sum += (9 - i) * digits[i];
        }
        const int last = sum % 11;
        if (last > 9 || (digits[0] == 0 && digits[1] == 0))
            continue;
        digits[8] = last;
        QString text;
        for (int d : digits)
            text += QChar(u'0' + d);
        return text;
    }
}

QString date(const QDate &day)
{
    return day.toString(QStringLiteral("dd-MM-yyyy"));
}

// Values that repeat are shared (implicitly shared QStrings), the way a register adapter would
// hand out the same code strings: it keeps memory at a realistic size.
struct Pools
{
    QStringList numbers;
    QStringList genders{QStringLiteral("m"), QStringLiteral("v"), QStringLiteral("x")};
    QStringList education{QStringLiteral("vmbo"), QStringLiteral("havo"), QStringLiteral("vwo"),
                          QStringLiteral("mbo2"), QStringLiteral("mbo4"), QStringLiteral("hbo")};
    QString yes = QStringLiteral("ja");
    QString no = QStringLiteral("nee");
    QString empty;
    Pools()
    {
        for (int i = -1; i <= 10; ++i)
            numbers.append(QString::number(i));
    }
    const QString &number(int n) const { return numbers.at(n + 1); }
};

DataTable participants(int count, QRandomGenerator &random, const Pools &pools)
{
    DataTable table;
    table.dataset = QStringLiteral("participants");
    table.columns = QStringList{QStringLiteral("respondentnummer"),
                                QStringLiteral("geslacht"),
                                QStringLiteral("geboortedatum"),
                                QStringLiteral("leeftijd"),
                                QStringLiteral("straat"),
                                QStringLiteral("huisnummer"),
                                QStringLiteral("huisnummer_toevoeging"),
                                QStringLiteral("postcode"),
                                QStringLiteral("woonplaats"),
                                QStringLiteral("geen_adres"),
                                QStringLiteral("email"),
                                QStringLiteral("opleidingsniveau"),
                                QStringLiteral("startdatum"),
                                QStringLiteral("einddatum"),
                                QStringLiteral("reden_beeindiging"),
                                QStringLiteral("verkorte_deelname"),
                                QStringLiteral("postcode_doelocatie"),
                                QStringLiteral("gemeente_doelocatie"),
                                QStringLiteral("opt_out"),
                                QStringLiteral("voornaam"),
                                QStringLiteral("achternaam"),
                                QStringLiteral("telefoon"),
                                QStringLiteral("notities"),
                                QStringLiteral("bsn")};
    const QStringList streets{QStringLiteral("Dorpsstraat"), QStringLiteral("Kerkweg"),
                              QStringLiteral("Stationsplein"), QStringLiteral("Molenlaan")};
    const QStringList towns{QStringLiteral("Utrecht"), QStringLiteral("Zwolle"),
                            QStringLiteral("Den Haag"), QStringLiteral("Groningen")};
    const QStringList names{QStringLiteral("Sanne"), QStringLiteral("Daan"),
                            QStringLiteral("Fatima"), QStringLiteral("Noah"),
                            QStringLiteral("Eva")};
    table.rows.reserve(count);
    const QDate firstStart(2022, 1, 1);
    for (int i = 0; i < count; ++i) {
        const bool optOut = random.bounded(20) == 0;
        const QDate start = firstStart.addDays(random.bounded(880));
        const QDate birth =
            start.addYears(-14 - int(random.bounded(13))).addDays(-int(random.bounded(365)));
        const bool ended = random.bounded(3) == 0;
        QDate end = start.addDays(30 + random.bounded(300));
        if (end > referenceDate)
            end = referenceDate;
        const QString postcode = QStringLiteral("%1 %2%3")
                                     .arg(1000 + random.bounded(9000))
                                     .arg(QChar(u'A' + random.bounded(18)))
                                     .arg(QChar(u'A' + random.bounded(26)));
        DataRow row;
        row.line = i + 2;
        row.values = QStringList{
            QString::number(i + 1), pools.genders.at(random.bounded(3)),
            optOut ? pools.empty : date(birth),
            optOut ? QString::number(16 + random.bounded(8)) : pools.empty,
            optOut ? pools.empty : streets.at(random.bounded(4)),
            optOut ? pools.empty : QString::number(1 + random.bounded(200)), pools.empty,
            optOut ? pools.empty : postcode, optOut ? pools.empty : towns.at(random.bounded(4)),
            pools.no,
            // About one in forty e-mail addresses is mistyped: an optional value that is cleared.
            random.bounded(40) == 0 ? QStringLiteral("naam@voorbeeld")
                                    : QStringLiteral("deelnemer%1@voorbeeld.nl").arg(i),
            start.year() >= 2023 || random.bounded(2) ? pools.education.at(random.bounded(6))
                                                      : pools.empty,
            date(start), ended ? date(end) : pools.empty,
            ended ? QStringLiteral("afgerond") : pools.empty, ended ? pools.no : pools.empty,
            optOut ? pools.empty : postcode, optOut ? QStringLiteral("0344") : pools.empty,
            optOut ? pools.yes : pools.no, names.at(random.bounded(5)),
            QStringLiteral("Jansen%1").arg(random.bounded(5000)),
            QStringLiteral("06-%1").arg(10000000 + random.bounded(89999999)), pools.empty,
            validBsn(random)};
        table.rows.append(row);
    }
    return table;
}

DataTable scores(const QString &dataset, int count, QRandomGenerator &random, const Pools &pools)
{
    const bool gas = dataset == QLatin1String("gas");
    DataTable table;
    table.dataset = dataset;
    table.columns = QStringList{QStringLiteral("bsn"),
                                QStringLiteral("beschikkingsnummer"),
                                QStringLiteral("toewijzingsnummer"),
                                QStringLiteral("type"),
                                QStringLiteral("waarde"),
                                QStringLiteral("datum")};
    const QStringList gasTypes{QStringLiteral("D1O"), QStringLiteral("D1C"), QStringLiteral("D2O"),
                               QStringLiteral("D2C"), QStringLiteral("D3O"), QStringLiteral("D3C")};
    const QStringList problemTypes{QStringLiteral("PB"), QStringLiteral("PO"),
                                   QStringLiteral("PC")};
    const QStringList problemValues{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                    QStringLiteral("x")};
    table.rows.reserve(count);
    QString bsn;
    QString reference;
    QString day;
    for (int i = 0; i < count; ++i) {
        if (i % 4 == 0) { // four scores per client
            bsn = validBsn(random);
            reference = QString::number(300000000 + random.bounded(999999));
            day = date(QDate(2023, 1, 1).addDays(random.bounded(500)));
        }
        DataRow row;
        row.line = i + 2;
        const bool byDecision = i % 8 < 4;
        row.values = QStringList{bsn,
                                 byDecision ? reference : pools.empty,
                                 byDecision ? pools.empty : reference,
                                 gas ? gasTypes.at(i % 6) : problemTypes.at(i % 3),
                                 gas ? pools.number(int(random.bounded(4)) - 1)
                                     : problemValues.at(random.bounded(4)),
                                 day};
        table.rows.append(row);
    }
    return table;
}

DataTable cemAnswers(int count, QRandomGenerator &random, const Pools &pools)
{
    DataTable table;
    table.dataset = QStringLiteral("cem");
    table.columns = QStringList{QStringLiteral("zorgaanbieder_id"), QStringLiteral("bsn"),
                                QStringLiteral("client_ref"),       QStringLiteral("meting_id"),
                                QStringLiteral("datum_meting"),     QStringLiteral("informant"),
                                QStringLiteral("vragenlijst"),      QStringLiteral("vraag"),
                                QStringLiteral("antwoord"),         QStringLiteral("leeftijd")};
    const QStringList items{
        QStringLiteral("VR01"),  QStringLiteral("VR02"),  QStringLiteral("VR03"),
        QStringLiteral("VR04"),  QStringLiteral("VR05"),  QStringLiteral("VR06"),
        QStringLiteral("VR07"),  QStringLiteral("VR07A"), QStringLiteral("VR07B"),
        QStringLiteral("VR08A"), QStringLiteral("VR08B"), QStringLiteral("VR08C"),
        QStringLiteral("VR08D"), QStringLiteral("VR08E"), QStringLiteral("VR08F"),
        QStringLiteral("VR08G"), QStringLiteral("VR09A"), QStringLiteral("VR09B"),
        QStringLiteral("VR10")};
    const QString provider = QStringLiteral("12345678");
    const QString parent = QStringLiteral("Moeder");
    const QString youth = QStringLiteral("Jongere");
    const QString parentList = QStringLiteral("CEM+_2018_OE_v1");
    const QString youthList = QStringLiteral("CEM+_2018_JE_v1");
    table.rows.reserve(count);
    QString bsn, client, measurement, day, age;
    bool byYouth = false;
    for (int i = 0; i < count; ++i) {
        const int item = i % static_cast<int>(items.size());
        if (item == 0) {
            bsn = validBsn(random);
            client = QString::number(100000 + random.bounded(900000));
            measurement = client + QStringLiteral("-1");
            day = date(QDate(2023, 1, 1).addDays(random.bounded(500)));
            const int years = 8 + int(random.bounded(10));
            age = QString::number(years);
            byYouth = years >= 12 && random.bounded(2);
        }
        const int answer = item >= 16 && item <= 17 ? 1 + int(random.bounded(10))
                           : item == 18             ? int(random.bounded(2))
                                                    : 1 + int(random.bounded(4));
        DataRow row;
        row.line = i + 2;
        row.values = QStringList{provider,
                                 bsn,
                                 client,
                                 measurement,
                                 day,
                                 byYouth ? youth : parent,
                                 byYouth ? youthList : parentList,
                                 items.at(item),
                                 pools.number(answer),
                                 age};
        table.rows.append(row);
    }
    return table;
}

// Processor time of the whole process (all threads), in ms: on a busy machine the wall time
// says little, this says what the work costs.
qint64 cpuMilliseconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
#else
    return 0;
#endif
}

double medianMicroseconds(std::vector<qint64> &nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds[nanoseconds.size() / 2] / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    double scale = 1.0;
    int repeat = 3;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--scale"))
            scale = arguments.at(i + 1).toDouble();
        if (arguments.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, arguments.at(i + 1).toInt());
    }

    SpecError error;
    const auto mdt = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    const auto sor = SpecLoader::builtin(QStringLiteral("sor"), &error);
    const auto cem = SpecLoader::builtin(QStringLiteral("cemplus"), &error);
    if (!mdt || !sor || !cem) {
        out << "spec: " << error.toString() << "\n";
        return 2;
    }

    QRandomGenerator random(20240601);
    const Pools pools;
    QElapsedTimer timer;
    timer.start();
    const DataTable people = participants(int(100000 * scale), random, pools);
    const DataTable gas = scores(QStringLiteral("gas"), int(400000 * scale), random, pools);
    const DataTable problem = scores(QStringLiteral("problem"), int(100000 * scale), random, pools);
    const DataTable answers = cemAnswers(int(1250000 * scale), random, pools);
    const qint64 totalRows =
        people.rows.size() + gas.rows.size() + problem.rows.size() + answers.rows.size();
    out << "generated " << totalRows << " rows in " << timer.elapsed() << " ms (not timed below)\n";
    out << "threads: " << QThreadPool::globalInstance()->maxThreadCount() << "\n";

    const Validator mdtValidator(*mdt, QStringLiteral("5a"), referenceDate);
    const Validator sorValidator(*sor, {}, referenceDate);
    const Validator cemValidator(*cem, {}, referenceDate);

    qint64 best = -1;
    qint64 bestCpu = -1;
    for (int run = 0; run < repeat; ++run) {
        const qint64 cpuBefore = cpuMilliseconds();
        timer.restart();
        QElapsedTimer part;
        part.start();
        const ValidationReport r1 = mdtValidator.validate({people});
        const qint64 t1 = part.restart();
        const ValidationReport r2 = sorValidator.validate({gas, problem});
        const qint64 t2 = part.restart();
        const ValidationReport r3 = cemValidator.validate({answers});
        const qint64 t3 = part.restart();
        const qint64 elapsed = timer.elapsed();
        const qint64 cpu = cpuMilliseconds() - cpuBefore;
        best = best < 0 ? elapsed : std::min(best, elapsed);
        bestCpu = bestCpu < 0 ? cpu : std::min(bestCpu, cpu);
        if (run == 0 && qEnvironmentVariableIsSet("VELDBOEK_BENCH_REPORT"))
            out << r1.toText() << r2.toText() << r3.toText();
        int findings = 0;
        for (const ValidationReport *report : {&r1, &r2, &r3}) {
            for (const DatasetReport &dataset : report->datasets) {
                for (const RuleResult &rule : dataset.rules)
                    findings += rule.count;
            }
        }
        out << QStringLiteral("run %1: %2 ms, cpu %7 ms (participants %3 ms, gas+problem %4 ms, "
                              "cem %5 ms), %6 findings\n")
                   .arg(run + 1)
                   .arg(elapsed)
                   .arg(t1)
                   .arg(t2)
                   .arg(t3)
                   .arg(findings)
                   .arg(cpu);
    }
    out << QStringLiteral("validate: %1 rows in %2 ms (best of %3) = %4 rows/s\n")
               .arg(totalRows)
               .arg(best)
               .arg(repeat)
               .arg(qint64(totalRows * 1000.0 / std::max<qint64>(1, best)));
    out << QStringLiteral("cpu: %1 ms for the whole validation (best of %2), over %3 threads\n")
               .arg(bestCpu)
               .arg(repeat)
               .arg(QThreadPool::globalInstance()->maxThreadCount());

    // Per keystroke: one field with its record as context, as the form calls it.
    Record record{{QStringLiteral("opt_out"), QStringLiteral("nee")},
                  {QStringLiteral("geen_adres"), QStringLiteral("nee")},
                  {QStringLiteral("startdatum"), QStringLiteral("01-03-2023")},
                  {QStringLiteral("geboortedatum"), QStringLiteral("12-05-2006")}};
    const QList<std::pair<QString, QString>> typed{
        {QStringLiteral("postcode"), QStringLiteral("1234ab")},
        {QStringLiteral("geboortedatum"), QStringLiteral("29-02-2008")},
        {QStringLiteral("email"), QStringLiteral("sanne@voorbeeld.nl")},
        {QStringLiteral("opleidingsniveau"), QStringLiteral("IB")},
        {QStringLiteral("bsn"), QStringLiteral("111222333")}};
    std::vector<qint64> samples;
    const QString participantsName = QStringLiteral("participants");
    for (int i = 0; i < 20000; ++i) {
        const auto &[key, value] = typed.at(i % typed.size());
        timer.restart();
        const FieldCheck check = mdtValidator.checkField(participantsName, key, value, record);
        samples.push_back(timer.nsecsElapsed());
        if (check.severity == Severity::Error && i < 5)
            out << "unexpected: " << key << " " << check.message << "\n";
    }
    out << QStringLiteral("field check: median %1 µs over %2 checks\n")
               .arg(medianMicroseconds(samples), 0, 'f', 2)
               .arg(samples.size());
    return 0;
}
