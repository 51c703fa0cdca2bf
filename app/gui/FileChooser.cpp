#include "FileChooser.h"

#include "storage/RegisterFile.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace veldboek::gui {

FileChooser::Answer &FileChooser::testAnswer()
{
    static Answer answer;
    return answer;
}

void FileChooser::setTestAnswer(Answer answer)
{
    testAnswer() = std::move(answer);
}

QString FileChooser::choose(QWidget *parent, Purpose purpose, const QString &startDirectory)
{
    if (testAnswer())
        return testAnswer()(purpose);

    const QString filter = QCoreApplication::translate("veldboek::gui::FileChooser",
                                                       "Veldboek registers (*%1);;All files (*)")
                               .arg(QLatin1String(RegisterFile::Suffix));
    if (purpose == Purpose::Open) {
        return QFileDialog::getOpenFileName(
            parent, QCoreApplication::translate("veldboek::gui::FileChooser", "Open register"),
            startDirectory, filter);
    }
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("veldboek::gui::FileChooser", "New register"),
        startDirectory, filter);
}

} // namespace veldboek::gui
