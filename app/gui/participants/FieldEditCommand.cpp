#include "FieldEditCommand.h"

#include <QCoreApplication>

namespace veldboek::gui {

FieldEditCommand::FieldEditCommand(QString key, QString before, QString after, int session,
                                   Apply apply)
    : m_key(std::move(key))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_session(session)
{
    setText(QCoreApplication::translate("veldboek::gui::FieldEditCommand", "edit %1").arg(m_key));
}

void FieldEditCommand::undo()
{
    m_apply(m_key, m_before);
}

void FieldEditCommand::redo()
{
    // The first redo happens when the command is pushed: the widget already shows the value.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_apply(m_key, m_after);
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const FieldEditCommand *>(other);
    if (edit->m_session != m_session || edit->m_key != m_key)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace veldboek::gui
