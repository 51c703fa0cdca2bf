#pragma once

#include "OutcomeTab.h"
#include "domain/Outcomes.h"

class QLineEdit;

namespace Ui {
class OutcomeCemTab;
}

namespace veldboek::gui {

class AddedOutcomeFields;

// The CEM+ tab (forms/OutcomeCemTab.ui): measurements with one answer field per item of the
// spec. The informants offered are those the engine accepts for the questionnaire at the
// participant's age on the measurement date.
class CemTab : public OutcomeTab
{
    Q_OBJECT

public:
    CemTab(QBoxLayout *host, QUndoStack *undo, QObject *parent);
    ~CemTab() override;

    void setRegister(Register *reg, std::shared_ptr<const Validator> validator) override;
    void setParticipant(const Participant *participant) override;
    void reload() override;
    void stopEditing() override;

    // The informant codes offered now.
    QStringList offeredInformants() const;
    // Whole years on the measurement date, or -1 when unknown.
    int ageAtMeasurement() const;

protected:
    bool isEditing() const override { return m_editing; }
    void editSelected() override;
    void deleteSelected() override;
    void updateEditState() override;
    QLabel *messageLabel() const override;

private:
    void buildAnswerFields();
    void updateInformants();
    void updateCompleteness();
    void answerEdited(int index);
    // Focus (with its text selected, so a digit typed replaces it) to the answer at `index`.
    void focusAnswer(qsizetype index);
    void clearAnswers();
    bool answerComplete(const QString &item, const QString &answer) const;
    bool answerValid(const QString &item, const QString &answer) const;
    void save();
    // The measurement's fields as they would be saved, the added ones too (AddedOutcomeFields.h).
    Record headValues() const;
    // The measurement chosen in the list, as the register holds it.
    std::optional<CemMeasurement> selectedMeasurement() const;

    std::unique_ptr<Ui::OutcomeCemTab> m_ui;
    AddedOutcomeFields *m_added = nullptr;
    QList<std::pair<QString, QLineEdit *>> m_answers;
    bool m_editing = false;
    CemMeasurement m_edited;
};

} // namespace veldboek::gui
