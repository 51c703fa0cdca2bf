#include "OutcomePanels.h"

#include "CemTab.h"
#include "GasTab.h"
#include "ProblemScoreTab.h"

namespace veldboek::gui {

OutcomePanels::OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem,
                             QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_gas(new GasTab(gas, undo, this))
    , m_problems(new ProblemScoreTab(problems, undo, this))
    , m_cem(new CemTab(cem, undo, this))
{
    connect(m_gas, &GasTab::trajectoryChosen, m_problems, &ProblemScoreTab::showTrajectory);
    for (OutcomeTab *tab : tabs()) {
        connect(tab, &OutcomeTab::statusMessage, this, &OutcomePanels::statusMessage);
        connect(tab, &OutcomeTab::recordsChanged, this, &OutcomePanels::recordsChanged);
        connect(tab, &OutcomeTab::editingStarted, this, [this, tab] {
            for (OutcomeTab *other : tabs()) {
                if (other != tab)
                    other->stopEditing();
            }
        });
        connect(tab, &OutcomeTab::registerRewritten, this, [this] {
            // An undo step may have removed what another tab shows (a trajectory with the
            // goal it came with), so every tab leaves its change and reads the register.
            for (OutcomeTab *each : tabs()) {
                each->stopEditing();
                each->reload();
            }
        });
    }
}

QList<OutcomeTab *> OutcomePanels::tabs() const
{
    return {m_gas, m_problems, m_cem};
}

void OutcomePanels::setRegister(Register *reg, std::shared_ptr<const Validator> outcomes,
                                std::shared_ptr<const Validator> cem)
{
    m_gas->setRegister(reg, outcomes);
    m_problems->setRegister(reg, std::move(outcomes));
    m_cem->setRegister(reg, std::move(cem));
}

void OutcomePanels::setParticipant(const Participant *participant)
{
    // The GAS tab first: it chooses the trajectory the problem-reduction tab then shows.
    for (OutcomeTab *tab : tabs())
        tab->setParticipant(participant);
}

} // namespace veldboek::gui
