#pragma once

#include "domain/Outcomes.h"
#include "domain/Participant.h"
#include "validation/Validator.h"

#include <QObject>
#include <functional>
#include <memory>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Ui {
class OutcomeGasTab;
class OutcomeProblemTab;
class OutcomeCemTab;
} // namespace Ui

namespace veldboek {
class Register;
}

namespace veldboek::gui {

// The outcome tabs of a participant (forms/Outcome*.ui): GAS goals and their scores per
// informant and date, problem-reduction scores, and CEM+ measurements. Each value is checked by
// the engine of its spec before it is stored; the CEM+ informants offered are those the engine
// accepts for the questionnaire at the participant's age on the measurement date.
//
// A record in a list is changed with Enter (or Change) and deleted with Del (or Delete...)
// after a question. Every add, change and delete is written to the register at once, audited,
// and pushed on the form's undo stack, so Ctrl+Z takes it back in the register too.
class OutcomePanels : public QObject
{
    Q_OBJECT

public:
    OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem, QUndoStack *undo,
                  QWidget *parent);
    ~OutcomePanels() override;

    void setRegister(Register *reg, std::shared_ptr<const Validator> outcomes,
                     std::shared_ptr<const Validator> cem);
    // The saved participant whose data is shown; nullptr for none (or not saved yet).
    void setParticipant(const Participant *participant);

    // The informant codes offered now in the CEM+ tab.
    QStringList offeredInformants() const;
    // Whole years on the measurement date, or -1 when unknown.
    int ageAtMeasurement() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Editing { None, Goal, GasScore, ProblemScore, Measurement };

    void setupGas();
    void setupProblems();
    void setupCem();
    void buildAnswerFields();
    void reload();
    void reloadTrajectories();
    bool ensureTrajectory(qint64 *id);

    void saveGoal();
    void saveGasScore();
    void saveProblemScore();
    void saveMeasurement();
    void editGasItem();
    void editProblemScore();
    void editMeasurement();
    void deleteGasItem();
    void deleteProblemScore();
    void deleteMeasurement();
    // Back to adding: the entry fields empty, the buttons say "add".
    void stopEditing();
    void updateEditState();

    // Puts an edit already written to the register on the undo stack.
    void pushEdit(const QString &text, std::function<bool()> undo, std::function<bool()> redo);
    bool confirmDelete(const QString &text);
    void showNotSaved(QLabel *message);

    void updateInformants();
    void updateCompleteness();
    void answerEdited(int index);
    // The engine's message for `values` in `dataset` (empty when it finds nothing), looking
    // only at the fields named.
    QString problemWith(const Validator &validator, const QString &dataset, const Record &values,
                        const QStringList &fields) const;
    bool answerComplete(const QString &item, const QString &answer) const;
    bool answerValid(const QString &item, const QString &answer) const;
    QString informantName(const QString &code) const;

    std::unique_ptr<Ui::OutcomeGasTab> m_gas;
    std::unique_ptr<Ui::OutcomeProblemTab> m_problem;
    std::unique_ptr<Ui::OutcomeCemTab> m_cem;
    QWidget *m_parent = nullptr;
    QUndoStack *m_undo = nullptr;
    Register *m_register = nullptr;
    std::shared_ptr<const Validator> m_sorValidator;
    std::shared_ptr<const Validator> m_cemValidator;
    Participant m_participant;
    bool m_hasParticipant = false;
    QList<Trajectory> m_trajectories;
    QList<std::pair<QString, QLineEdit *>> m_answers;

    Editing m_editing = Editing::None;
    GasGoal m_editedGoal;
    GasScore m_editedGasScore;
    ProblemScore m_editedProblemScore;
    CemMeasurement m_editedMeasurement;
};

} // namespace veldboek::gui
