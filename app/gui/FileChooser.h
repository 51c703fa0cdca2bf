#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace veldboek::gui {

// Asks the user which register file to open or create. Every file question of the GUI goes
// through here, so a test can answer it (setTestAnswer) instead of a native dialog that would
// block the test.
class FileChooser
{
public:
    enum class Purpose { Open, Create };
    using Answer = std::function<QString(Purpose)>;

    // The chosen path, or an empty string when the user cancelled.
    static QString choose(QWidget *parent, Purpose purpose, const QString &startDirectory);
    // Tests answer every later question with `answer`; an empty function restores the dialogs.
    static void setTestAnswer(Answer answer);

private:
    static Answer &testAnswer();
};

} // namespace veldboek::gui
