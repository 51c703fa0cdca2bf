#include "Question.h"

#include <QMessageBox>
#include <QPushButton>

namespace veldboek::gui {

namespace {
QString &lastAsked()
{
    static QString text;
    return text;
}
} // namespace

Question::Answer &Question::testAnswer()
{
    static Answer answer;
    return answer;
}

void Question::setTestAnswer(Answer answer)
{
    testAnswer() = std::move(answer);
}

QString Question::lastText()
{
    return lastAsked();
}

bool Question::ask(QWidget *parent, const QString &id, const QString &title, const QString &text,
                   const QString &yesText)
{
    lastAsked() = text;
    if (testAnswer())
        return testAnswer()(id, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no); // a slip of the Enter key never deletes or discards anything
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace veldboek::gui
