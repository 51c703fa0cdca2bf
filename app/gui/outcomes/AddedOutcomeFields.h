#pragma once

#include "validation/Validator.h"

#include <QMap>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;

namespace veldboek::gui {

class FieldEditor;

// The fields a spec fetched from the endpoint added to an outcome dataset (GAS, problem-reduction
// or CEM+ scores; core/storage/OutcomeExtraFields.h), in an outcome tab's entry form: each with
// the label and help text of the spec and the editor that suits its type (the participant form's
// FieldEditor), inserted as rows of the tab's form above its buttons. The tab checks them with the
// engine as the user types (the participant form's messages) and saves their values with the
// record, so its undo covers them as it covers the other fields. A build whose spec adds nothing
// shows nothing here.
class AddedOutcomeFields : public QObject
{
    Q_OBJECT

public:
    // The rows go into `form` before its row `beforeRow` (the tab's buttons).
    AddedOutcomeFields(QFormLayout *form, int beforeRow, QObject *parent);
    ~AddedOutcomeFields() override;

    // Makes the rows for the added fields of `dataset` in the validator's spec (none without one).
    void setSpec(const Validator *validator, const QString &dataset);
    // The values typed, by key (an empty value: none); a record's values of fields the spec in
    // force does not ask for are kept by the repository, not shown here.
    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);
    void clear();
    QStringList keys() const;
    // The values typed, into the record the tab checks.
    void addTo(Record *record) const;
    // The values typed over a record's own (`extra`): a value of a field the spec in force no
    // longer asks for stays as it is.
    void writeInto(QMap<QString, QString> *extra) const;
    // Shows the values of the record about to be changed, and names every added field in
    // `extra` (empty when it has none), so that undoing the change clears what it typed.
    void startEditing(QMap<QString, QString> *extra);
    bool isEmpty() const { return m_editors.isEmpty(); }

    // Shows, under each added field, the engine's message on it for `findings` of the record as
    // the tab would save it; returns the first error's message (empty: none).
    QString showFindings(const QList<Finding> &findings);

Q_SIGNALS:
    // The user changed a value: the tab checks the record again.
    void edited();

private:
    void removeRows();

    QFormLayout *m_form;
    int m_beforeRow;
    QList<FieldEditor *> m_editors;
    QList<QWidget *> m_rows; // each row's field: the input with its help and message
};

} // namespace veldboek::gui
