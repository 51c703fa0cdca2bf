#include "DateLineEdit.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace veldboek::gui {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(tr("dd-mm-yyyy"));
    layout->addWidget(m_edit);
    m_button->setText(QStringLiteral("…"));
    m_button->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    // Reached with Alt+Down from the date itself, so Tab goes straight to the next field.
    m_button->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_button, &QToolButton::clicked, this, &DateLineEdit::openCalendar);
    auto *shortcut = new QAction(m_edit);
    shortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    shortcut->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, &DateLineEdit::openCalendar);
}

QString DateLineEdit::expanded(const QString &text, int currentYear)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 6 && trimmed.size() != 8)
        return text;
    for (const QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return text;
    }
    QString year = trimmed.mid(4);
    if (year.size() == 2) {
        const int yy = year.toInt();
        const int century = (currentYear + 1) / 100 * 100;
        const int full = century + yy > currentYear + 1 ? century - 100 + yy : century + yy;
        year = QString::number(full);
    }
    return trimmed.left(2) + QLatin1Char('-') + trimmed.mid(2, 2) + QLatin1Char('-') + year;
}

void DateLineEdit::openCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    const QDate current = QDate::fromString(expanded(m_edit->text(), QDate::currentDate().year()),
                                            QStringLiteral("dd-MM-yyyy"));
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &date) {
        const QString text = date.toString(QStringLiteral("dd-MM-yyyy"));
        m_edit->setText(text);
        menu.close();
        Q_EMIT picked(text);
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    calendar->setFocus();
    menu.exec(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_edit->setFocus();
}

} // namespace veldboek::gui
