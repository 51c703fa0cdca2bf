#pragma once

#include "validation/Spec.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace veldboek::gui {

class DateLineEdit;

// One field of a form, made from its spec: the label, the input that suits the field's type
// (a list for codes, a tick box for ja/nee, a date field, a line otherwise) and the line under
// it with the engine's message. It reports every edit with the value before and after, so the
// form can validate and undo it; it never judges a value itself.
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    FieldEditor(const FieldSpec &spec, const QString &language, const QString &requiredFromRound,
                QWidget *parent);

    const QString &key() const { return m_key; }
    FieldType type() const { return m_type; }
    // Adds label, input and message to `grid` at `row` (two rows) and returns the next free row.
    int addTo(QGridLayout *grid, int row);

    QString value() const;
    // Shows `value` without reporting an edit.
    void setValue(const QString &value);
    // The widget that takes the focus (and the keyboard) for this field.
    QWidget *focusWidget() const;
    QWidget *inputWidget() const { return m_input; }
    QLabel *messageLabel() const { return m_message; }
    // The label beside the input; nullptr for a tick box, which carries its own.
    QLabel *labelWidget() const { return m_label; }

    void showCheck(Severity severity, const QString &message);
    void setRequired(bool required);
    void setShown(bool shown);
    bool isShown() const { return m_shown; }

Q_SIGNALS:
    void edited(const QString &key, const QString &before, const QString &after);
    void left(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const QString &after);
    void updateLabel();
    void setDescription(const QString &description);

    QString m_key;
    FieldType m_type;
    QString m_labelText;
    QString m_help;
    QString m_requiredFromRound;
    bool m_required = false;
    bool m_shown = true;
    QString m_lastValue;
    QLabel *m_label = nullptr;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    DateLineEdit *m_date = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace veldboek::gui
