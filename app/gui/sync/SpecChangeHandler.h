#pragma once

#include "SpecUpdate.h"

#include <QObject>
#include <QPointer>

namespace veldboek::gui {

class MainWindow;
class RegisterSession;
class SpecChangeDialog;

// Puts rules fetched from the endpoint in force in the main window (issue 15): the session makes
// its engines again from the register's specs, the open form and the problems panel check with
// them, and SpecChangeDialog says what changes, one click away from the problems panel filtered
// on the affected participants. Kept out of MainWindow (app/gui/MainWindow.cpp is at its size
// limit); MainWindow only makes one.
class SpecChangeHandler : public QObject
{
    Q_OBJECT
public:
    SpecChangeHandler(MainWindow *window, RegisterSession *session);

    // The dialog of the last change while it is open.
    SpecChangeDialog *dialog() const;

    void apply(const SpecUpdateResult &result);

private:
    void reloadForm();
    void showAffected(const QList<qint64> &participants);

    MainWindow *m_window;
    RegisterSession *m_session;
    QPointer<SpecChangeDialog> m_dialog;
};

} // namespace veldboek::gui
