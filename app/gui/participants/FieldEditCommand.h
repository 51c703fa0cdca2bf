#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace veldboek::gui {

// One edit of one field, for the form's undo stack. Typing in the same field merges into one
// command, so Undo takes back the whole edit of a field, not a single letter.
class FieldEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &key, const QString &value)>;

    // Edits with the same `session` (the form counts up each time a field is left) merge.
    FieldEditCommand(QString key, QString before, QString after, int session, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_key;
    QString m_before;
    QString m_after;
    Apply m_apply;
    int m_session = 0;
    bool m_firstRedo = true;
};

} // namespace veldboek::gui
