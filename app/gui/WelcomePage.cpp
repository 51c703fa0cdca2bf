#include "WelcomePage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace veldboek::gui {

namespace {
constexpr int ShownRecent = 5;
}

WelcomePage::WelcomePage(QWidget *page)
    : m_page(page)
{
    if (auto *title = page->findChild<QLabel *>(QStringLiteral("labelWelcomeTitle"))) {
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        title->setFont(font);
    }
}

void WelcomePage::showRecent(const QList<QAction *> &registerActions)
{
    auto *container = m_page->findChild<QWidget *>(QStringLiteral("widgetRecent"));
    const auto old = container->findChildren<QCommandLinkButton *>();
    for (QCommandLinkButton *button : old)
        delete button;
    int shown = 0;
    for (QAction *action : registerActions) {
        if (shown == ShownRecent)
            break;
        const QString path = action->data().toString();
        // A register moved away or on a drive not plugged in stays in the menu, not here.
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        ++shown;
        // The menu's text carries its "&1 " shortcut; the button shows the file name and folder.
        QString name = action->text();
        if (name.startsWith(QLatin1Char('&')))
            name = name.section(QLatin1Char(' '), 1);
        auto *button = new QCommandLinkButton(name, action->toolTip(), container);
        button->setObjectName(QStringLiteral("recentRegister%1").arg(shown));
        button->setMaximumWidth(560);
        QObject::connect(button, &QCommandLinkButton::clicked, action, &QAction::trigger);
        container->layout()->addWidget(button);
        container->layout()->setAlignment(button, Qt::AlignHCenter);
    }
    container->setVisible(shown > 0);
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("pushButtonOpen"));
    auto *create = m_page->findChild<QPushButton *>(QStringLiteral("pushButtonNew"));
    open->setDefault(shown > 0);
    create->setDefault(shown == 0);
}

} // namespace veldboek::gui
