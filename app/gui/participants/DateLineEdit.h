#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace veldboek::gui {

// A date typed as dd-mm-yyyy, or quicker as 010322 / 01032022, or picked from a calendar. It
// only rewrites the quick forms into dd-mm-yyyy; whether the date is valid is the engine's
// answer, shown like every other field's.
class DateLineEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    // "010322" -> "01-03-2022", "01032022" -> "01-03-2022"; anything else unchanged. A two-digit
    // year is taken in the last hundred years up to next year: a participant's dates are never
    // much further in the future.
    static QString expanded(const QString &text, int currentYear);

Q_SIGNALS:
    // The user picked a date in the calendar (already written into the line edit).
    void picked(const QString &text);

private:
    void openCalendar();
    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace veldboek::gui
