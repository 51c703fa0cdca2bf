#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace veldboek {
class Register;
class RegisterCheck;
} // namespace veldboek

namespace veldboek::gui {

class ParticipantTableModel;

// The two permanent labels at the right of the main window's status bar: when the next
// submission is due (sync/SubmissionReminder, the same reminder the command line gives) and
// the counts of participants (all, active, with errors, shown by the search and filters).
class RegisterStatusLabels : public QObject
{
    Q_OBJECT

public:
    explicit RegisterStatusLabels(QStatusBar *bar);

    // `reg` null: no register is open. The error count is left out while `check` runs.
    void update(Register *reg, const ParticipantTableModel &model, const RegisterCheck &check);

private:
    void updateReminder(Register &reg);

    QLabel *m_countLabel = nullptr;
    QLabel *m_deadlineLabel = nullptr;
};

} // namespace veldboek::gui
