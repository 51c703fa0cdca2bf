#pragma once

#include <QGroupBox>
#include <QStringList>

class QFormLayout;
class QLabel;

namespace veldboek {
class Participant;
class Register;
} // namespace veldboek

namespace veldboek::gui {

// Under the participant form's fields: the values of fields the spec in force no longer asks
// for, read-only, so the user still sees what the register keeps (a spec never makes data
// disappear: docs/spec-format.md, "A field no longer requested"). Hidden when there are none.
class NoLongerRequestedBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit NoLongerRequestedBox(QWidget *parent = nullptr);

    // Shows the participant's non-empty values of fields outside `requested` (the keys of the
    // spec in force's participant fields), each named by the label of the spec that last
    // defined it in `language` (core/storage/FieldLabels.h; the key without a register).
    void showValues(const Participant &participant, const QStringList &requested, Register *reg,
                    const QString &language);
    // The keys shown now, in order.
    QStringList keys() const { return m_keys; }

private:
    QLabel *m_note = nullptr;
    QFormLayout *m_layout = nullptr;
    QStringList m_keys;
};

} // namespace veldboek::gui
