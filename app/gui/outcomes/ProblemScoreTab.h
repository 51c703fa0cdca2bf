#pragma once

#include "OutcomeTab.h"
#include "domain/Outcomes.h"

namespace Ui {
class OutcomeProblemTab;
}

namespace veldboek::gui {

class AddedOutcomeFields;

// The problem-reduction tab (forms/OutcomeProblemTab.ui): the scores of the trajectory chosen
// on the GAS tab, per informant and date, and the fields a fetched spec added to the dataset
// (AddedOutcomeFields.h).
class ProblemScoreTab : public OutcomeTab
{
    Q_OBJECT

public:
    ProblemScoreTab(QBoxLayout *host, QUndoStack *undo, QObject *parent);
    ~ProblemScoreTab() override;

    void setRegister(Register *reg, std::shared_ptr<const Validator> validator) override;
    void reload() override;
    void stopEditing() override;
    // Shows the scores of this trajectory (0: none chosen).
    void showTrajectory(qint64 trajectoryId);

protected:
    bool isEditing() const override { return m_editing; }
    void editSelected() override;
    void deleteSelected() override;
    void updateEditState() override;
    QLabel *messageLabel() const override;

private:
    void save();
    // The score as it would be saved: the entry fields and the added fields.
    Record enteredValues() const;
    // Checks the added fields as the user types (the engine's messages under them).
    void checkAddedFields();
    // The score chosen in the list, as the register holds it.
    std::optional<ProblemScore> selectedScore() const;
    QString informantName(const QString &code) const;

    std::unique_ptr<Ui::OutcomeProblemTab> m_ui;
    AddedOutcomeFields *m_added = nullptr;
    qint64 m_trajectoryId = 0;
    bool m_editing = false;
    ProblemScore m_edited;
};

} // namespace veldboek::gui
