#pragma once
// Help > About: the version of Veldboek (CMake's project version, the same as every program's
// --version) and of the libraries it runs with, which a support question needs first.
#include <QDialog>
#include <QIcon>

class QLabel;

namespace veldboek::gui {

// The installed icon from the desktop's theme (hicolor, from the package), or the copy embedded
// in the program when it runs from a build tree.
QIcon applicationIcon();

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // For the tests: the text of the versions table as shown.
    QString versionsText() const;

private:
    QLabel *m_versions = nullptr;
};

} // namespace veldboek::gui
