#pragma once

#include "SpecUpdate.h"
#include "sync/SubmissionRun.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace veldboek {
class Register;
} // namespace veldboek

namespace veldboek::gui {

class SubmissionReportView;

// Submits the whole register: an explanatory note, then Submit; a progress bar with Cancel
// while the check, the upload and the endpoint's processing run (the window stays responsive);
// then the outcome in plain words and the report, per rule the rows. Activating a row (double-click
// or Enter) asks for that participant's record at the rule's field (participantRequested). The
// dialog is meant to stay open beside the main window while the user corrects those records.
// Every submission first fetches the endpoint's rules (SpecUpdate, issue 15): when new ones
// change what the register's check finds, nothing is sent and the window says what changes
// (specsChanged); a failed fetch is said in one sentence and the submission goes on with the
// rules the register has (docs/sync.md, "Specs from the endpoint").
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SubmitDialog(Register &reg, QWidget *parent = nullptr);
    ~SubmitDialog() override;

    void submit();
    bool isRunning() const;
    QString statusText() const;
    // What the fetch of the rules said when it failed; empty otherwise.
    QString specText() const;
    // Test seams: shorter waits, and the endpoint's own check without the local one.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLocalCheck(bool check) { m_localCheck = check; }
    // The language of the endpoint's report ("nl" or "en"), as the window speaks.
    void setLanguage(const QString &language) { m_language = language; }
    NetworkReachability &network() { return m_network; }
    // Escape or the window's close button while a submission runs: the submission is not left
    // running unseen; Cancel stops it.
    void reject() override;

signals:
    void submissionFinished(veldboek::SubmissionRun::Outcome outcome);
    // `field` is the field the rule names in its dataset; empty when the rule names none.
    void participantRequested(qint64 participantId, const QString &field);
    // A fetch stored new rules (before the package was made).
    void specsChanged(const veldboek::gui::SpecUpdateResult &result);

private:
    void specsFetched();
    void startRun();
    void onStage(SubmissionRun::Stage stage, const QString &text);
    void onFinished(SubmissionRun::Outcome outcome);
    void showReports(const QList<ValidationReport> &reports, const PreparedPackage &package);

    Register &m_register;
    QPlainTextEdit *m_note;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_specNote;
    gui::SubmissionReportView *m_report;
    NetworkReachability m_network;
    RetryPolicy m_policy;
    bool m_localCheck = true;
    QString m_language = QStringLiteral("nl");
    std::unique_ptr<EndpointClient> m_client;
    std::unique_ptr<SubmissionRun> m_run;
    std::unique_ptr<SpecUpdate> m_specUpdate; // uses m_client: declared after it, goes first
};

} // namespace veldboek::gui
