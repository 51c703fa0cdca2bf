#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace veldboek::gui {

// Yes/no questions and notices to the user. Every one goes through here so a test can answer it
// (setTestAnswer) instead of a modal box that would block the test.
class Question
{
public:
    // `id` names the question for tests ("delete", "duplicate", ...).
    using Answer = std::function<bool(const QString &id, const QString &text)>;

    static bool ask(QWidget *parent, const QString &id, const QString &title, const QString &text,
                    const QString &yesText);
    static void setTestAnswer(Answer answer);
    // The text of the last question asked, for tests.
    static QString lastText();

private:
    static Answer &testAnswer();
};

} // namespace veldboek::gui
