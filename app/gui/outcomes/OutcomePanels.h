#pragma once

#include "domain/Outcomes.h"
#include "domain/Participant.h"
#include "validation/Validator.h"

#include <QObject>
#include <memory>

class QBoxLayout;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace veldboek {
class Register;
}

namespace veldboek::gui {

class DateLineEdit;

// The outcome tabs of a participant: GAS goals and their scores per informant and date,
// problem-reduction scores, and CEM+ measurements. Each value is checked by the engine of its
// spec before it is added; the CEM+ informants offered are those the engine accepts for the
// questionnaire at the participant's age on the measurement date.
class OutcomePanels : public QObject
{
    Q_OBJECT

public:
    OutcomePanels(QBoxLayout *gas, QBoxLayout *problems, QBoxLayout *cem, QWidget *parent);

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

private:
    void buildGas(QBoxLayout *layout, QWidget *parent);
    void buildProblems(QBoxLayout *layout, QWidget *parent);
    void buildCem(QBoxLayout *layout, QWidget *parent);
    void reload();
    void reloadTrajectories();
    bool ensureTrajectory(qint64 *id);
    void addGoal();
    void addGasScore();
    void addProblemScore();
    void updateInformants();
    void updateCompleteness();
    void answerEdited(int index);
    void saveMeasurement();
    // The engine's message for `values` in `dataset` (empty when it finds nothing), looking
    // only at the fields named.
    QString problemWith(const Validator &validator, const QString &dataset, const Record &values,
                        const QStringList &fields) const;
    bool answerComplete(const QString &item, const QString &answer) const;
    bool answerValid(const QString &item, const QString &answer) const;

    Register *m_register = nullptr;
    std::shared_ptr<const Validator> m_sor;
    std::shared_ptr<const Validator> m_cem;
    Participant m_participant;
    bool m_hasParticipant = false;
    QList<Trajectory> m_trajectories;

    QComboBox *m_trajectory = nullptr;
    QLineEdit *m_decision = nullptr;
    QLineEdit *m_assignment = nullptr;
    QTreeWidget *m_gasTree = nullptr;
    QLineEdit *m_goalText = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_gasInformant = nullptr;
    DateLineEdit *m_gasDate = nullptr;
    QLineEdit *m_gasValue = nullptr;
    QLabel *m_gasMessage = nullptr;

    QTreeWidget *m_problemTree = nullptr;
    QComboBox *m_problemInformant = nullptr;
    DateLineEdit *m_problemDate = nullptr;
    QComboBox *m_problemValue = nullptr;
    QLabel *m_problemMessage = nullptr;

    QComboBox *m_questionnaire = nullptr;
    DateLineEdit *m_cemDate = nullptr;
    QLabel *m_age = nullptr;
    QComboBox *m_informant = nullptr;
    QGridLayout *m_answersGrid = nullptr;
    QList<std::pair<QString, QLineEdit *>> m_answers;
    QLabel *m_completeness = nullptr;
    QLabel *m_cemMessage = nullptr;
    QTreeWidget *m_cemTree = nullptr;
};

} // namespace veldboek::gui
