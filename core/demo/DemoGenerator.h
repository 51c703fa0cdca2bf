#pragma once

#include "domain/Outcomes.h"
#include "domain/Participant.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <functional>
#include <random>

namespace veldboek {

class Register;

// Generates realistic demo data: Dutch names with diacritics, addresses with real postcode
// ranges and municipality codes, dates, GAS and problem-reduction scores and CEM+ measurements.
// The seed is fixed, so the same N always gives the same register (the README demo and every
// benchmark rely on that). About one participant in twenty carries a typical mistake (a
// postcode starting with 0, a failing citizen service number, an end date before the start,
// an end date without a reason, ...) so validation has something to show. Without mistakes
// (setMistakes(false)) the same people are generated, only correct: a register that passes the
// full-register check, so the demo can be submitted in the first minute.
class DemoGenerator
{
public:
    static constexpr quint64 DefaultSeed = 20221001;

    explicit DemoGenerator(QDate today = QDate::currentDate(), quint64 seed = DefaultSeed);

    // On by default: validation tests and benchmarks count on the mistakes.
    void setMistakes(bool on) { m_mistakes = on; }
    bool mistakes() const { return m_mistakes; }

    Participant participant(int index);
    // A citizen service number that passes the eleven test.
    QString validBsn();

    struct Outcome
    {
        Trajectory trajectory;
        QList<std::pair<GasGoal, QList<GasScore>>> goals;
        QList<ProblemScore> problemScores;
        QList<CemMeasurement> measurements;
    };
    Outcome outcomeFor(const Participant &participant, int index);

    // Fills the register with `count` participants and their outcome data in one transaction.
    bool fill(Register &reg, int count, const std::function<void(int done)> &progress = {});

private:
    int between(int low, int high);
    bool chance(double probability);
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }
    QDate dateBetween(QDate first, QDate last);
    static QString format(QDate date);
    void makeDistinct(Participant &p);
    void makeMistake(Participant &target, QDate start, const QString &mail);

    QDate m_today;
    std::mt19937_64 m_random;
    bool m_mistakes = true;
    QSet<QString> m_bsns;   // without mistakes: the numbers given out so far
    QSet<QString> m_people; // without mistakes: birth date, postcode and name given out so far
};

} // namespace veldboek
