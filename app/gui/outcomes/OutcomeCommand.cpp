#include "OutcomeCommand.h"

namespace veldboek::gui {

OutcomeCommand::OutcomeCommand(const QString &text, Step undo, Step redo, Done done)
    : m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_done(std::move(done))
{
    setText(text);
}

void OutcomeCommand::undo()
{
    m_done(m_undo());
}

void OutcomeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_done(m_redo());
}

} // namespace veldboek::gui
