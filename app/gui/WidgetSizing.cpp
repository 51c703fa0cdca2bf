#include "WidgetSizing.h"

#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <algorithm>

namespace veldboek::gui {

namespace {
const QString GeometrySetting = QStringLiteral("mainWindow/geometry");
const QString StateSetting = QStringLiteral("mainWindow/state");
const QString ProblemsSetting = QStringLiteral("mainWindow/problemsPanel");
} // namespace

void fitHeightToContents(QWidget *window)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    // Word-wrapped labels make the height depend on the width.
    const int height = window->hasHeightForWidth() ? window->heightForWidth(window->width())
                                                   : window->sizeHint().height();
    window->resize(window->width(), std::max(height, window->minimumSizeHint().height()));
}

void restoreMainWindowGeometry(QWidget *window)
{
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const QByteArray state = QSettings().value(StateSetting).toByteArray();
        if (!state.isEmpty())
            mainWindow->restoreState(state);
    }
    const QByteArray saved = QSettings().value(GeometrySetting).toByteArray();
    if (!saved.isEmpty() && window->restoreGeometry(saved))
        return;
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Beyond 1600x1000 a form only gets emptier; below its minimum it would cut off labels.
    const QSize size = QSize(available.width() * 9 / 10, available.height() * 9 / 10)
                           .boundedTo(QSize(1600, 1000))
                           .expandedTo(window->minimumSizeHint())
                           .boundedTo(available.size());
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void saveMainWindowGeometry(const QWidget *window)
{
    QSettings().setValue(GeometrySetting, window->saveGeometry());
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window))
        QSettings().setValue(StateSetting, mainWindow->saveState());
}

bool problemsPanelWanted()
{
    return QSettings().value(ProblemsSetting, true).toBool();
}

void setProblemsPanelWanted(bool shown)
{
    QSettings().setValue(ProblemsSetting, shown);
}

} // namespace veldboek::gui
