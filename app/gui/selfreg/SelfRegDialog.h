#pragma once

#include "selfreg/SelfRegProposals.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace veldboek {
class SelfRegSync;
}

namespace veldboek::gui {

// Edit > Self-registrations (issue 19, item 3; docs/gui.md "Self-registration link"): the link
// people register through on the endpoint (make one, copy its address, close it), fetching what
// came in, and per entry the decision: accept as a new participant with the proposed respondent
// number, merge into the participant the spec's rule says it is, or reject. The work itself is
// core/selfreg/; links and fetching are a beheerder's, decisions also an invoerder's.
class SelfRegDialog : public QDialog
{
    Q_OBJECT

public:
    SelfRegDialog(std::function<Register *()> currentRegister, QWidget *parent);
    ~SelfRegDialog() override;

    void reload();
    // Tests wait for this after a button that asks the endpoint.
    bool isBusy() const { return m_busy; }

signals:
    void participantsChanged();
    void idle(); // a call to the endpoint ended

private:
    QWidget *buildLinkBox();
    QWidget *buildWaitingBox();
    void makeLink();
    void closeLink();
    void pull();
    void acceptSelected();
    void mergeSelected();
    void rejectSelected();
    void updateButtons();
    // Runs one operation of SelfRegSync on the register's stored connection.
    void runSync(const std::function<void(SelfRegSync &)> &start,
                 const std::function<void(SelfRegSync &)> &done);
    const InboxProposal *selected() const;
    void showProblem(const QString &text);
    void showDone(const QString &text);

    std::function<Register *()> m_register;
    std::optional<Spec> m_spec;
    QList<InboxProposal> m_proposals;
    SelfRegLinkRecord m_link; // the newest open link made at the connected endpoint
    QLineEdit *m_address = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_make = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_pull = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<SelfRegSync> m_sync;
    bool m_busy = false;
};

} // namespace veldboek::gui
