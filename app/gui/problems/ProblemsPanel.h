#pragma once

#include "check/RegisterCheck.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

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
    // The user's name for a dataset of the register ("gas" -> "GAS scores"), translated.
    static QString datasetName(const QString &dataset);

Q_SIGNALS:
    void problemActivated(qint64 participantId, const QString &field);

private:
    void activate(QTreeWidgetItem *item);
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace veldboek::gui
