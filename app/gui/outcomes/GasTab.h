#pragma once

#include "OutcomeTab.h"
#include "domain/Outcomes.h"

namespace Ui {
class OutcomeGasTab;
}

namespace veldboek::gui {

class AddedOutcomeFields;

// The GAS tab (forms/OutcomeGasTab.ui): the participant's trajectories, the goals of the one
// chosen and their scores per informant and date. A goal added with new numbers creates its
// trajectory; undoing that add removes the trajectory again.
class GasTab : public OutcomeTab
{
    Q_OBJECT

public:
    GasTab(QBoxLayout *host, QUndoStack *undo, QObject *parent);
    ~GasTab() override;

    void setRegister(Register *reg, std::shared_ptr<const Validator> validator) override;
    void reload() override;
    void stopEditing() override;

Q_SIGNALS:
    // The trajectory chosen; 0 for none. The problem-reduction scores follow it.
    void trajectoryChosen(qint64 trajectoryId);

protected:
    bool isEditing() const override { return m_editing != Editing::None; }
    void editSelected() override;
    void deleteSelected() override;
    void updateEditState() override;
    QLabel *messageLabel() const override;

private:
    enum class Editing { None, Goal, Score };

    // The participant's trajectories, `chosen` chosen when it is one of them.
    void showTrajectories(qint64 chosen);
    // The goals and scores of the trajectory chosen.
    void showGoals();
    // The numbers typed for a new trajectory, checked by the engine; false when refused.
    bool newTrajectory(Trajectory *trajectory);
    void saveGoal();
    void saveScore();
    // The score as it would be saved, the added fields too (AddedOutcomeFields.h).
    Record scoreValues() const;

    std::unique_ptr<Ui::OutcomeGasTab> m_ui;
    AddedOutcomeFields *m_added = nullptr;
    Editing m_editing = Editing::None;
    GasGoal m_editedGoal;
    GasScore m_editedScore;
};

} // namespace veldboek::gui
