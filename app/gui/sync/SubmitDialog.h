#pragma once

#include "sync/SubmissionRun.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace veldboek {

class Register;

// Submits the whole register: an explanatory note, then Submit; a progress bar with Cancel
// while the check, the upload and the endpoint's processing run (the window stays responsive);
// then the outcome in plain words and the report, per rule the rows. Double-clicking a row asks
// for that participant's record (participantRequested).
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SubmitDialog(Register &reg, QWidget *parent = nullptr);
    ~SubmitDialog() override;

    void submit();
    bool isRunning() const;
    QString statusText() const;
    // Test seams: shorter waits, and the endpoint's own check without the local one.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLocalCheck(bool check) { m_localCheck = check; }
    // The language of the endpoint's report ("nl" or "en"), as the window speaks.
    void setLanguage(const QString &language) { m_language = language; }
    NetworkReachability &network() { return m_network; }

signals:
    void submissionFinished(veldboek::SubmissionRun::Outcome outcome);
    void participantRequested(qint64 participantId);

private:
    void onStage(SubmissionRun::Stage stage, const QString &text);
    void onFinished(SubmissionRun::Outcome outcome);
    void showReports(const QList<ValidationReport> &reports, const PreparedPackage &package);

    Register &m_register;
    QPlainTextEdit *m_note;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_report;
    NetworkReachability m_network;
    RetryPolicy m_policy;
    bool m_localCheck = true;
    QString m_language = QStringLiteral("nl");
    std::unique_ptr<EndpointClient> m_client;
    std::unique_ptr<SubmissionRun> m_run;
};

} // namespace veldboek
