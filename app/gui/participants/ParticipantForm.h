#pragma once

#include "FieldVisibility.h"
#include "domain/Participant.h"
#include "validation/DataTable.h"
#include "validation/Validator.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <memory>

class QTimer;
class QUndoStack;

namespace Ui {
class ParticipantForm;
}

namespace veldboek {
class Register;
}

namespace veldboek::gui {

class FieldEditor;
class NoLongerRequestedBox;
class OutcomePanels;

// The detail form of one participant: every field of the active spec, checked by the engine as
// the user types (the message under the field, its colour and the tooltip), values normalised
// when a field is left, fields shown or hidden as the spec's opt-out and no-address rules say,
// and the outcome data in the other tabs. Edits go on an undo stack; saving writes them in one
// transaction with their audit rows.
class ParticipantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantForm(QWidget *parent = nullptr);
    ~ParticipantForm() override;

    // The register to edit, with the engines for participants and for outcome data.
    void setRegister(Register *reg, std::shared_ptr<const Validator> participants,
                     std::shared_ptr<const Validator> outcomes,
                     std::shared_ptr<const Validator> cem);

    bool loadParticipant(qint64 id);
    // A blank participant with the next free respondent number.
    void newParticipant();
    void clearParticipant();
    qint64 participantId() const { return m_saved.id; }
    bool hasParticipant() const { return m_active; }
    bool isDirty() const { return m_dirty; }

    // Saves the changes; false (with the reason in the form) when they were not saved. A likely
    // duplicate is put to the user first.
    bool save();
    // Writes the record as the form holds it into `other`, an encrypted copy of the register
    // being made elsewhere (File > Save register as), and leaves the form clean. False, with the
    // reason in the form, when it could not be written. `savedId`: the record's id in `other`.
    bool saveInto(Register &other, qint64 *savedId);
    // Back to the saved values.
    void revert();
    void focusField(const QString &key);
    QString value(const QString &key) const;
    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QUndoStack *undoStack() const { return m_undo; }
    // The engine's findings on the record as the form holds it (record and register checks).
    QList<Finding> currentFindings() const;
    // The worst finding in the form now.
    Severity worstSeverity() const;

public Q_SLOTS:
    void deleteParticipant();
    void showAuditLog();

Q_SIGNALS:
    void saved(qint64 id);
    void removed(qint64 id);
    void dirtyChanged(bool dirty);
    void statusMessage(const QString &text);
    // The participant's outcome records were written: their findings may have changed.
    void outcomesChanged();

private:
    void buildFields();
    void setValueFromUndo(const QString &key, const QString &value);
    void onEdited(const QString &key, const QString &before, const QString &after);
    void onLeft(const QString &key);
    void revalidate();
    void checkAgainstRegister();
    void applyVisibility();
    QSet<QString> hiddenFields(const Record &record) const;
    Record record() const;
    Participant toParticipant() const;
    void showParticipant(const Participant &participant);
    void setDirty(bool dirty);
    void updateTitle();

    std::unique_ptr<Ui::ParticipantForm> m_ui;
    Register *m_register = nullptr;
    std::shared_ptr<const Validator> m_validator;
    OutcomePanels *m_outcomes = nullptr;
    NoLongerRequestedBox *m_noLongerRequested = nullptr; // in the fields' grid, made with them
    QHash<QString, FieldEditor *> m_editors;
    QList<FieldEditor *> m_order;
    FieldVisibility m_visibility; // which fields the spec's emptiness rules hide now
    Participant m_saved;
    Record m_values;
    QSet<QString> m_touched;
    QList<Finding> m_registerFindings; // uniqueness and duplicates against the other records
    bool m_active = false;
    bool m_dirty = false;
    bool m_applying = false;
    int m_editSession = 0;
    QUndoStack *m_undo = nullptr;
    QTimer *m_registerCheckTimer = nullptr;
};

} // namespace veldboek::gui
