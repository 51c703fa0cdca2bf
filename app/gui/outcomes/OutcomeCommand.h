#pragma once

#include <QUndoCommand>
#include <functional>

namespace veldboek::gui {

// One user edit of outcome data (a record added, changed or deleted) on the form's undo stack.
// The edit is already in the register when the command is pushed, so the first redo does
// nothing; later undo and redo write the register again (each step its own audited
// transaction) and then let the panels show the register as it now is.
class OutcomeCommand : public QUndoCommand
{
public:
    using Step = std::function<bool()>;
    // `done` runs after every undo and redo with whether the register took the step.
    using Done = std::function<void(bool ok)>;

    OutcomeCommand(const QString &text, Step undo, Step redo, Done done);

    void undo() override;
    void redo() override;

private:
    Step m_undo;
    Step m_redo;
    Done m_done;
    bool m_firstRedo = true;
};

} // namespace veldboek::gui
