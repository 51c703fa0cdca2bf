#pragma once

#include "check/RegisterCheck.h"

#include <QSet>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class QFrame;

namespace veldboek::gui {

// Every error and warning of the register, grouped by rule with their counts. Activating a row
// (double-click or Enter) asks the window to open that participant at that field.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void showResult(const RegisterCheck::Result &result);
    void showChecking();
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    // Only these participants' problems, under a bar that says why (`reason`) with a button to
    // show everything again (issue 15: the participants new rules affect, SpecChangeHandler).
    // Kept over later checks until cleared; an empty list clears it.
    void setParticipantFilter(const QList<qint64> &participants, const QString &reason);
    void clearParticipantFilter();
    bool isFiltered() const { return !m_filter.isEmpty(); }
    // The participants of the rows in view (all rows when not filtered), for the tests.
    QSet<qint64> shownParticipants() const;
    // The user's name for a dataset of the register ("gas" -> "GAS scores"), translated.
    static QString datasetName(const QString &dataset);

Q_SIGNALS:
    void problemActivated(qint64 participantId, const QString &field);

private:
    void activate(QTreeWidgetItem *item);
    void applyFilter();
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QFrame *m_filterBar = nullptr;
    QLabel *m_filterText = nullptr;
    QSet<qint64> m_filter;
};

} // namespace veldboek::gui
