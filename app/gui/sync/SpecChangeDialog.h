#pragma once

#include "SpecUpdate.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace veldboek::gui {

// What new rules from the endpoint change for the open register, said when they come into force
// (issue 15, item 3): per spec its versions, the changes SpecComparison finds on the register's
// own rows, and how many participants get a finding they did not have. "Show affected
// participants" filters the problems panel on exactly those participants
// (SpecChangeHandler, ProblemsPanel::setParticipantFilter).
class SpecChangeDialog : public QDialog
{
    Q_OBJECT
public:
    SpecChangeDialog(const SpecUpdateResult &result, QWidget *parent = nullptr);

    QString text() const;
    const QList<qint64> &affectedParticipants() const { return m_affected; }

signals:
    void showAffectedRequested(const QList<qint64> &participants);

private:
    QList<qint64> m_affected;
    QLabel *m_text = nullptr;
    QPushButton *m_showAffected = nullptr;
};

} // namespace veldboek::gui
