#include "DemoGenerator.h"

#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"

#include <QRegularExpression>
#include <algorithm>

namespace veldboek {

namespace {

struct Place
{
    QString city;
    int postcodeFrom;
    int postcodeTo;
    QString municipality; // CBS municipality code
};

const QList<Place> &places()
{
    static const QList<Place> list = {
        {QStringLiteral("Amsterdam"), 1011, 1109, QStringLiteral("0363")},
        {QStringLiteral("Rotterdam"), 3011, 3089, QStringLiteral("0599")},
        {QStringLiteral("Den Haag"), 2491, 2599, QStringLiteral("0518")},
        {QStringLiteral("Utrecht"), 3511, 3585, QStringLiteral("0344")},
        {QStringLiteral("Eindhoven"), 5611, 5658, QStringLiteral("0772")},
        {QStringLiteral("Groningen"), 9711, 9747, QStringLiteral("0014")},
        {QStringLiteral("Tilburg"), 5011, 5049, QStringLiteral("0855")},
        {QStringLiteral("Almere"), 1311, 1363, QStringLiteral("0034")},
        {QStringLiteral("Breda"), 4811, 4839, QStringLiteral("0758")},
        {QStringLiteral("Nijmegen"), 6511, 6546, QStringLiteral("0268")},
        {QStringLiteral("Leeuwarden"), 8911, 8941, QStringLiteral("0080")},
        {QStringLiteral("Zwolle"), 8011, 8046, QStringLiteral("0193")},
        {QStringLiteral("Maastricht"), 6211, 6229, QStringLiteral("0935")},
        {QStringLiteral("Arnhem"), 6811, 6846, QStringLiteral("0202")},
    };
    return list;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

const QStringList &firstNames()
{
    static const QStringList list = words(
        "Daan|Sem|Noah|Lucas|Levi|Finn|Milan|Bram|Jesse|Thijs|Daniël|Michiël|André|Björn|Mehmet|"
        "Yusuf|Mohammed|Rayan|Sven|Joël|Emma|Julia|Mila|Tess|Sophie|Zoë|Noë|Anaïs|Chloë|Joëlle|"
        "Maaike|Fenna|Sanne|Anouk|Renée|Noémi|Ayşe|Elif|Inês|Lotte|Fleur|Saar|Isa|Liz|Naïma");
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list =
        words("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|"
              "de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|"
              "Dijkstra|Smits|de Graaf|van der Meer|van 't Hek|Öztürk|Yılmaz|Çelik|El Idrissi|"
              "IJzerman|Kühn|Geërts|Hoëvenaars|Ruïgrok|Boukhari|Nguyễn|Šimić|Østergaard|Groß");
    return list;
}

const QStringList &streets()
{
    static const QStringList list = words(
        "Dorpsstraat|Kerkstraat|Schoolstraat|Molenweg|Stationsweg|Julianalaan|Beatrixstraat|"
        "Wilhelminaplein|Hoofdstraat|Emmalaan|Kastanjelaan|Eikenlaan|Burgemeester de Withstraat|"
        "Van 't Hoffstraat|Händelstraat|Curaçaostraat|Coöperatiehof|Prinses Irenestraat");
    return list;
}

// The codes of a participant's enum field in the MDT spec (resources/specs/mdt.json), in the
// spec's order: the demo writes what the spec accepts, and a code added to the spec turns up in
// the demo (tests/storage/tst_specfields.cpp checks every value it writes against the spec).
QStringList specCodes(const QString &key)
{
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    const DatasetSpec *dataset = spec ? spec->dataset(QStringLiteral("participants")) : nullptr;
    const FieldSpec *field = dataset ? dataset->field(key) : nullptr;
    if (!field || field->codes.isEmpty())
        qFatal("the built-in MDT spec has no codes for %s", qPrintable(key));
    QStringList codes;
    for (const CodeSpec &code : field->codes)
        codes.append(code.code);
    return codes;
}

const QStringList &educationLevels()
{
    static const QStringList list = specCodes(QStringLiteral("opleidingsniveau"));
    return list;
}

// Most participants complete as planned: the spec's first reason counts three times.
const QStringList &endReasons()
{
    static const QStringList list = [] {
        QStringList codes = specCodes(QStringLiteral("reden_beeindiging"));
        codes.insert(0, codes.constFirst());
        codes.insert(0, codes.constFirst());
        return codes;
    }();
    return list;
}

const QStringList &cemItems()
{
    static const QStringList list =
        words("VR01|VR02|VR03|VR04|VR05|VR06|VR07|VR07A|VR07B|VR08A|VR08B|VR08C|VR08D|VR08E|VR08F|"
              "VR08G|VR09A|VR09B|VR10");
    return list;
}

} // namespace

DemoGenerator::DemoGenerator(QDate today, quint64 seed)
    : m_today(today)
    , m_random(seed)
{}

int DemoGenerator::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

bool DemoGenerator::chance(double probability)
{
    return std::bernoulli_distribution(probability)(m_random);
}

QDate DemoGenerator::dateBetween(QDate first, QDate last)
{
    return first.addDays(between(0, static_cast<int>(first.daysTo(last))));
}

QString DemoGenerator::format(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString DemoGenerator::validBsn()
{
    for (;;) {
        int digits[9];
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            digits[i] = between(i == 0 ? 1 : 0, 9);
            sum += (9 - i) * digits[i];
        }
        // The last digit counts -1 in the eleven test, so it must equal the rest modulo 11.
        const int last = sum % 11;
        if (last > 9)
            continue;
        digits[8] = last;
        QString bsn;
        for (const int digit : digits)
            bsn.append(QLatin1Char(static_cast<char>('0' + digit)));
        return bsn;
    }
}

Participant DemoGenerator::participant(int index)
{
    Participant p;
    const Place &place = pick(places());
    const QDate start = dateBetween(QDate(2022, 1, 3), m_today.addDays(-7));
    const QDate birth = start.addYears(-between(14, 26)).addDays(-between(0, 364));
    const bool optOut = chance(0.04);
    const bool noAddress = !optOut && chance(0.02);
    const QString first = pick(firstNames());

    p.setValue(u"respondentnummer",
               QStringLiteral("MDT-%1").arg(index + 1, 5, 10, QLatin1Char('0')));
    p.setValue(u"voornaam", first);
    p.setValue(u"achternaam", pick(lastNames()));
    p.setValue(u"bsn", validBsn());
    p.setValue(u"geslacht",
               pick(QList<QString>{QStringLiteral("m"), QStringLiteral("v"), QStringLiteral("v"),
                                   QStringLiteral("m"), QStringLiteral("x")}));
    p.setValue(u"startdatum", format(start));
    p.setValue(u"opleidingsniveau", pick(educationLevels()));
    p.setValue(u"opt_out", optOut ? QStringLiteral("ja") : QStringLiteral("nee"));
    p.setValue(u"geen_adres", noAddress ? QStringLiteral("ja") : QStringLiteral("nee"));
    p.setValue(u"verkorte_deelname", chance(0.1) ? QStringLiteral("ja") : QStringLiteral("nee"));
    if (optOut) {
        p.setValue(u"leeftijd", QString::number(birth.daysTo(start) / 365));
        p.setValue(u"gemeente_doelocatie", place.municipality);
    } else {
        p.setValue(u"geboortedatum", format(birth));
        // A missing one is a mistake too. Without mistakes it gets the place's first postcode,
        // not a new throw of the dice, so the rest of the register stays the same people.
        const bool missing = chance(0.02);
        p.setValue(u"postcode_doelocatie",
                   missing
                       ? (m_mistakes ? QString() : QStringLiteral("%1 AB").arg(place.postcodeFrom))
                       : QStringLiteral("%1 %2")
                             .arg(between(place.postcodeFrom, place.postcodeTo))
                             .arg(QStringLiteral("AB")));
    }
    if (!optOut && !noAddress) {
        const QString letters = QString(QLatin1Char(static_cast<char>('A' + between(0, 25)))) +
                                QLatin1Char(static_cast<char>('B' + between(0, 20)));
        p.setValue(u"straat", pick(streets()));
        p.setValue(u"huisnummer", QString::number(between(1, 240)));
        if (chance(0.15))
            p.setValue(u"huisnummer_toevoeging",
                       pick(QList<QString>{QStringLiteral("A"), QStringLiteral("bis"),
                                           QStringLiteral("2hg")}));
        p.setValue(u"postcode",
                   QStringLiteral("%1 %2")
                       .arg(between(place.postcodeFrom, place.postcodeTo))
                       .arg(letters.startsWith(QLatin1Char('S')) ? QStringLiteral("AB") : letters));
        p.setValue(u"woonplaats", place.city);
    }
    QString mail = QString(first + QLatin1Char('.') + QString::number(index + 1))
                       .toLower()
                       .normalized(QString::NormalizationForm_KD);
    mail.remove(QRegularExpression(QStringLiteral("[^a-z0-9.]")));
    if (chance(0.98) || !m_mistakes)
        p.setValue(u"email", mail + QStringLiteral("@voorbeeld.nl"));
    if (chance(0.6))
        p.setValue(u"telefoon", QStringLiteral("06-%1").arg(between(10000000, 99999999)));
    const QDate end = start.addDays(between(60, 400));
    if (end < m_today && chance(0.6)) {
        p.setValue(u"einddatum", format(end));
        p.setValue(u"reden_beeindiging", pick(endReasons()));
    }

    // About one in twenty gets a typical mistake. Without mistakes the dice are still thrown and
    // the mistake made on a copy, so the rest of the register stays the same people.
    if (between(0, 19) == 0) {
        Participant discarded = p;
        makeMistake(m_mistakes ? p : discarded, start, mail);
    }
    if (!m_mistakes)
        makeDistinct(p);
    return p;
}

// One of the typical mistakes of issue 4 on `target`: a postcode starting with 0, a failing
// citizen service number, an end date before the start or without a reason, no gender, a broken
// e-mail address, a start before the programme.
void DemoGenerator::makeMistake(Participant &target, QDate start, const QString &mail)
{
    switch (between(0, 6)) {
    case 0:
        target.setValue(u"postcode", QStringLiteral("0123 AB"));
        break;
    case 1:
        target.setValue(u"bsn", QStringLiteral("123456789"));
        break;
    case 2:
        target.setValue(u"einddatum", format(start.addDays(-10)));
        target.setValue(u"reden_beeindiging", pick(endReasons()));
        break;
    case 3:
        target.setValue(u"einddatum", format(start.addDays(30)));
        target.setValue(u"reden_beeindiging", QString());
        break;
    case 4:
        target.setValue(u"geslacht", QString());
        break;
    case 5:
        target.setValue(u"email", mail + QStringLiteral("@@voorbeeld"));
        break;
    default:
        target.setValue(u"startdatum", format(QDate(2021, 11, between(1, 30))));
        break;
    }
}

// The dice give some pairs the same citizen service number, or the same birth date, postcode and
// name: the spec's `person.duplicate` (resources/specs/mdt.json) rightly warns about them, so a
// clean register moves them apart. Without a throw of the dice, so the people stay the same.
void DemoGenerator::makeDistinct(Participant &p)
{
    QString bsn = p.value(u"bsn");
    while (!bsn.isEmpty() && m_bsns.contains(bsn)) {
        // The next eight-digit stem whose eleven-test digit exists.
        qint64 stem = bsn.left(8).toLongLong();
        for (;;) {
            stem = stem >= 99999999 ? 10000000 : stem + 1;
            const QString digits = QString::number(stem);
            int sum = 0;
            for (int i = 0; i < 8; ++i)
                sum += (9 - i) * digits.at(i).digitValue();
            if (sum % 11 <= 9) {
                bsn = digits + QString::number(sum % 11);
                break;
            }
        }
        p.setValue(u"bsn", bsn);
    }
    if (!bsn.isEmpty())
        m_bsns.insert(bsn);

    QDate birth = QDate::fromString(p.value(u"geboortedatum"), QStringLiteral("dd-MM-yyyy"));
    if (!birth.isValid())
        return;
    const auto key = [&p](QDate date) -> QString {
        return format(date) + QLatin1Char('|') + p.value(u"postcode") + QLatin1Char('|') +
               p.value(u"voornaam") + QLatin1Char('|') + p.value(u"achternaam");
    };
    while (m_people.contains(key(birth)))
        birth = birth.addDays(-1);
    p.setValue(u"geboortedatum", format(birth));
    m_people.insert(key(birth));
}

DemoGenerator::Outcome DemoGenerator::outcomeFor(const Participant &participant, int index)
{
    Outcome outcome;
    outcome.trajectory.participantId = participant.id;
    const bool viaDecision = chance(0.6);
    outcome.trajectory.beschikkingsnummer =
        viaDecision ? QString::number(between(10000000, 99999999)) : QString();
    outcome.trajectory.toewijzingsnummer =
        (!viaDecision || chance(0.3)) ? QString::number(between(100000, 999999)) : QString();
    const QDate start =
        QDate::fromString(participant.value(u"startdatum"), QStringLiteral("dd-MM-yyyy"));
    const QDate first = start.isValid() && start < m_today ? start : m_today.addDays(-30);
    outcome.trajectory.startdatum = format(first);

    const int goals = between(1, 3);
    for (int g = 1; g <= goals; ++g) {
        GasGoal goal;
        goal.number = g;
        goal.description = QStringLiteral("Doel %1: zelfstandig naar school").arg(g);
        QList<GasScore> scores;
        const QString date = format(dateBetween(first, m_today));
        for (const QString &informant : {QStringLiteral("O"), QStringLiteral("C")}) {
            if (informant == QLatin1String("O") && chance(0.3))
                continue;
            const int value = std::discrete_distribution<int>({1, 3, 4, 3})(m_random) - 1;
            scores.append(GasScore{0, 0, informant, date, QString::number(value), {}});
        }
        outcome.goals.append({goal, scores});
    }
    for (const QString &informant :
         {QStringLiteral("PB"), QStringLiteral("PO"), QStringLiteral("PC")}) {
        if (chance(0.2))
            continue;
        const QString value = chance(0.1) ? QStringLiteral("x") : QString::number(between(1, 3));
        outcome.problemScores.append(
            ProblemScore{0, 0, informant, format(dateBetween(first, m_today)), value, {}});
    }
    if (chance(0.5)) {
        CemMeasurement m;
        m.participantId = participant.id;
        m.metingId = QStringLiteral("M%1").arg(index + 1, 6, 10, QLatin1Char('0'));
        m.clientRef = participant.value(u"respondentnummer");
        const QDate birth =
            QDate::fromString(participant.value(u"geboortedatum"), QStringLiteral("dd-MM-yyyy"));
        // The CEM+ spec takes ages at measurement of 0 to 30 (resources/specs/cemplus.json,
        // "leeftijd"); someone who started at 27 may be 31 by now, so their questionnaire falls
        // before their 31st birthday. One draw either way: the rest of the register stays the same.
        QDate last = m_today;
        if (birth.isValid() && birth.addYears(31).addDays(-1) < last)
            last = std::max(first, birth.addYears(31).addDays(-1));
        m.datumMeting = format(dateBetween(first, last));
        const int age = birth.isValid() ? static_cast<int>(birth.daysTo(m_today) / 365) : 16;
        const bool youth = age >= 12 && chance(0.6);
        m.informant = youth
                          ? QStringLiteral("Jongere")
                          : pick(QList<QString>{QStringLiteral("Moeder"), QStringLiteral("Vader")});
        const bool ended = !participant.value(u"einddatum").isEmpty();
        m.vragenlijst = QStringLiteral("CEM+_2018_%1%2_v1")
                            .arg(youth ? QLatin1Char('J') : QLatin1Char('O'))
                            .arg(ended ? QLatin1Char('E') : QLatin1Char('D'));
        for (const QString &item : cemItems()) {
            QString answer;
            if (item.startsWith(QLatin1String("VR09")))
                answer = QString::number(between(5, 10));
            else if (item == QLatin1String("VR10"))
                answer = QString::number(between(0, 1));
            else
                answer =
                    QString::number(std::discrete_distribution<int>({1, 2, 5, 4})(m_random) + 1);
            m.answers.append({item, answer});
        }
        outcome.measurements.append(m);
    }
    return outcome;
}

bool DemoGenerator::fill(Register &reg, int count, const std::function<void(int done)> &progress)
{
    return reg.transaction([&] {
        // The care provider's id goes into every CEM+ row; a demo organisation has one.
        if (!reg.setting(QStringLiteral("zorgaanbieder_id")).isValid() &&
            !reg.setSetting(QStringLiteral("zorgaanbieder_id"), QStringLiteral("12345678")))
            return false;
        QList<Participant> participants;
        participants.reserve(count);
        for (int i = 0; i < count; ++i)
            participants.append(participant(i));
        ParticipantRepository repository(reg);
        if (!repository.addAll(participants))
            return false;
        OutcomeRepository outcomes(reg);
        for (int i = 0; i < count; ++i) {
            Outcome outcome = outcomeFor(participants.at(i), i);
            outcome.trajectory.participantId = participants.at(i).id;
            if (!outcomes.addTrajectory(outcome.trajectory))
                return false;
            for (auto &[goal, scores] : outcome.goals) {
                goal.trajectoryId = outcome.trajectory.id;
                if (!outcomes.addGoal(goal))
                    return false;
                for (GasScore &score : scores) {
                    score.goalId = goal.id;
                    if (!outcomes.addGasScore(score))
                        return false;
                }
            }
            for (ProblemScore &score : outcome.problemScores) {
                score.trajectoryId = outcome.trajectory.id;
                if (!outcomes.addProblemScore(score))
                    return false;
            }
            for (CemMeasurement &measurement : outcome.measurements) {
                measurement.participantId = participants.at(i).id;
                if (!outcomes.addMeasurement(measurement))
                    return false;
            }
            if (progress && (i + 1) % 500 == 0)
                progress(i + 1);
        }
        if (progress)
            progress(count);
        return true;
    });
}

} // namespace veldboek
