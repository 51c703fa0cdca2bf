#pragma once

#include <QDateTime>
#include <QString>

namespace veldboek {

class Register;

// The status bar's reminder: organisations deliver at least every two months (docs/gui.md), so
// after six weeks without an approved submission it warns, and after two months it says
// "overdue".
class SubmissionReminder
{
public:
    enum class Level { NeverSubmitted, Ok, Due, Overdue };
    static constexpr int warnAfterDays = 42;

    struct Status
    {
        Level level = Level::NeverSubmitted;
        QString text; // for the status bar, translated
        QDateTime lastApproved;
    };

    static Status status(const QDateTime &lastApproved, const QDateTime &now);
    // From the register's submission history.
    static Status forRegister(Register &reg,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace veldboek
