#pragma once

#include "domain/Participant.h"
#include "participants/FieldVisibility.h"
#include "validation/DataTable.h"
#include "validation/Validator.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>

class QLabel;
class QStyle;
class QVBoxLayout;

namespace veldboek::gui {

class FieldEditor;

// The form of the kiosk: only the fields the spec marks for self-registration ("selfRegistration",
// docs/spec-format.md), each asked with its plain-language question and help. The engine checks
// them as the person types, with the same messages as the participant form; the spec's rules
// decide which fields are shown (FieldVisibility: opt-out hides the address and the date of birth
// and asks the age), and a field that the spec requires only under a condition ("requiredWhen",
// such as the municipality under opt-out) is shown only while it is required. It holds one
// person's answers and nothing else: no undo history, no other record.
class KioskForm : public QWidget
{
    Q_OBJECT

public:
    explicit KioskForm(std::shared_ptr<const Validator> validator, QWidget *parent = nullptr);
    ~KioskForm() override;

    // The keys of the fields on the form, in the form's order.
    QStringList fieldKeys() const;
    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    bool isShown(const QString &key) const;

    // Every field speaks (also the untouched empty ones); true when no shown field has an error.
    bool checkAll();
    // The keys of the shown fields with an error now, in the form's order.
    QStringList fieldsWithErrors() const;
    // The answers as a participant: the shown fields' values as the engine normalises them.
    Participant participant() const;
    // Back to a blank form for the next person.
    void clear();
    void focusFirstField();
    void focusField(const QString &key);

Q_SIGNALS:
    void edited();

private:
    void buildFields(QVBoxLayout *layout);
    void onEdited(const QString &key, const QString &after);
    void onLeft(const QString &key);
    void applyVisibility();
    void revalidate();
    QSet<QString> hiddenFields(const Record &record) const;
    Record record() const;

    std::shared_ptr<const Validator> m_validator;
    FieldVisibility m_visibility;
    QHash<QString, FieldEditor *> m_editors;
    QList<FieldEditor *> m_order;
    QHash<QString, QLabel *> m_hints;  // the plain-language help under a question
    QHash<QString, QWidget *> m_boxes; // a field's question, hint, input and message together
    Record m_values;
    QSet<QString> m_touched;
    QStyle *m_indicatorStyle = nullptr; // large tick boxes, owned by the form
    bool m_speakAll = false;
    bool m_applying = false;
};

} // namespace veldboek::gui
