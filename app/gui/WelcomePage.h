#pragma once

#include <QList>

class QAction;
class QWidget;

namespace veldboek::gui {

// The page shown while no register is open (forms/MainWindow.ui, pageWelcome): what Veldboek
// is, New and Open, and the registers opened last, one click each (the first start used to show
// two bare buttons over an empty problems panel).
class WelcomePage
{
public:
    // `page` is pageWelcome; its title gets the size of a heading.
    explicit WelcomePage(QWidget *page);

    // One button per recent register, from the File > Recent menu's own actions (the first five);
    // with none the list is hidden and New is the default button, else Open is.
    void showRecent(const QList<QAction *> &registerActions);

private:
    QWidget *m_page;
};

} // namespace veldboek::gui
