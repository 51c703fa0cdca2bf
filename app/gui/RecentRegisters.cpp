#include "RecentRegisters.h"

#include <QFileInfo>
#include <QSettings>

namespace veldboek::gui {

namespace {

QString settingsKey()
{
    return QStringLiteral("recentRegisters");
}

} // namespace

QStringList RecentRegisters::paths() const
{
    return QSettings().value(settingsKey()).toStringList();
}

QString RecentRegisters::last() const
{
    const QStringList all = paths();
    for (const QString &path : all) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

void RecentRegisters::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    store(list);
}

void RecentRegisters::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentRegisters::clear()
{
    store({});
}

void RecentRegisters::store(const QStringList &paths)
{
    QSettings settings;
    settings.setValue(settingsKey(), paths);
}

} // namespace veldboek::gui
