#pragma once

#include "domain/Participant.h"
#include "validation/Validator.h"

#include <QObject>
#include <functional>
#include <memory>

class QBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace veldboek {
class OutcomeRepository;
class Register;
} // namespace veldboek

namespace veldboek::gui {

class DateLineEdit;

// What the outcome tabs (GasTab, ProblemScoreTab, CemTab) share. A record in a tab's list is
// changed with Enter (or Change) and deleted with Del (or Delete...) after a question; Esc stops
// a change. Every add, change and delete is written to the register at once, audited, and
// pushed on the form's undo stack, so Ctrl+Z takes it back in the register too.
class OutcomeTab : public QObject
{
    Q_OBJECT

public:
    // One write to the register: an edit, its undo or its redo.
    using Step = std::function<bool(OutcomeRepository &)>;

    // The tab's page goes into `host`, a layout of ParticipantForm.ui.
    OutcomeTab(QBoxLayout *host, QUndoStack *undo, QObject *parent);

    virtual void setRegister(Register *reg, std::shared_ptr<const Validator> validator);
    // The saved participant whose data is shown; nullptr for none (or not saved yet).
    virtual void setParticipant(const Participant *participant);
    // The tab's lists as the register holds them now.
    virtual void reload() = 0;
    // Back to adding: the entry fields empty, the buttons say "add".
    virtual void stopEditing() = 0;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A record is being changed here; one record is changed at a time, across the tabs.
    void editingStarted();
    // An undo or redo wrote the register: every tab must show it as it now is.
    void registerRewritten();
    // Outcome records were written (an edit, an add, a delete, an undo or redo of one).
    void recordsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    virtual bool isEditing() const = 0;
    virtual void editSelected() = 0;
    virtual void deleteSelected() = 0;
    // The buttons and titles for adding or changing, and for whether a record is chosen.
    virtual void updateEditState() = 0;
    virtual QLabel *messageLabel() const = 0;

    QWidget *page() const { return m_page; }
    bool canWrite() const { return m_register && m_hasParticipant && m_validator; }

    // Wires a list and its buttons to editSelected, deleteSelected and stopEditing. The list
    // keeps `rows` rows however full the tab; it takes what height is left beyond them.
    void connectList(QTreeWidget *tree, QPushButton *edit, QPushButton *remove, QPushButton *cancel,
                     int rows = 6);
    // The list's minimum height: its header and `rows` rows.
    static void setListHeight(QTreeWidget *tree, int rows);
    // Esc in these entry fields stops a change.
    void watchEscape(const QList<QWidget *> &inputs);
    // The date's own line edit carries the name tests and screen readers use.
    static void nameDate(DateLineEdit *date, const QString &objectName,
                         const QString &accessibleName, QLabel *label);

    // After an edit was written (or not): when `written`, puts it on the undo stack, else
    // shows why it was not saved.
    bool record(bool written, const QString &text, Step undo, Step redo);
    // Leaves the change, shows the register and says `status`.
    void finish(const QString &status);
    // Asks `question`, then removes the record with `remove` (also the redo); `restore` is
    // the undo.
    void deleteRecord(const QString &question, const QString &text, const QString &status,
                      Step remove, Step restore);

    // The engine's message for `values` in `dataset` (empty when it finds nothing), looking
    // only at the fields named.
    QString problemWith(const QString &dataset, const Record &values,
                        const QStringList &fields) const;

    static QDate parseDate(const QString &text);
    static QString expandedDate(const DateLineEdit *edit);
    static void selectData(QComboBox *combo, const QVariant &data);
    static qint64 selectedId(const QTreeWidget *tree);
    // Every list of codes comes from the spec, with its labels in the validator's language.
    void fillCodes(QComboBox *combo, const QString &dataset, const QString &field) const;

    static constexpr int IdRole = Qt::UserRole;

    Register *m_register = nullptr;
    std::shared_ptr<const Validator> m_validator;
    Participant m_participant;
    bool m_hasParticipant = false;

private:
    QWidget *m_page = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace veldboek::gui
