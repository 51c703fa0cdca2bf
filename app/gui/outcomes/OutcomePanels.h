#pragma once

#include "validation/Validator.h"

#include <QObject>
#include <memory>

class QBoxLayout;
class QUndoStack;

namespace veldboek {
class Register;
class Participant;
} // namespace veldboek

namespace veldboek::gui {

class CemTab;
class GasTab;
class OutcomeTab;
class ProblemScoreTab;

// The outcome tabs of a participant as ParticipantForm sees them: one entry point for the GAS,
// problem-reduction and CEM+ tabs, which also keeps them in step. The problem-reduction scores
// follow the trajectory chosen on the GAS tab, one record is changed at a time across the tabs,
// and after an undo or redo every tab shows the register as it now is.
class OutcomePanels : public QObject
{
    Q_OBJECT

public:
    OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem, QUndoStack *undo,
                  QObject *parent);

    void setRegister(Register *reg, std::shared_ptr<const Validator> outcomes,
                     std::shared_ptr<const Validator> cem);
    // The saved participant whose data is shown; nullptr for none (or not saved yet).
    void setParticipant(const Participant *participant);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void recordsChanged();

private:
    QList<OutcomeTab *> tabs() const;

    GasTab *m_gas = nullptr;
    ProblemScoreTab *m_problems = nullptr;
    CemTab *m_cem = nullptr;
};

} // namespace veldboek::gui
