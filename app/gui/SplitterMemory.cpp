#include "SplitterMemory.h"

#include <QSettings>
#include <QSplitter>

namespace veldboek::gui {

namespace {
const char UserSized[] = "veldboekUserSized";

QString key(const QString &name)
{
    return QStringLiteral("splitters/") + name;
}
} // namespace

void rememberSplitter(QSplitter *splitter, const QString &name)
{
    const QByteArray saved = QSettings().value(key(name)).toByteArray();
    if (!saved.isEmpty() && splitter->restoreState(saved))
        splitter->setProperty(UserSized, true);
    // splitterMoved comes from a drag of a handle only, not from setSizes().
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, name] {
        splitter->setProperty(UserSized, true);
        QSettings().setValue(key(name), splitter->saveState());
    });
}

bool userSizedSplitter(const QSplitter *splitter)
{
    return splitter->property(UserSized).toBool();
}

} // namespace veldboek::gui
