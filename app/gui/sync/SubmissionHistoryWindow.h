#pragma once

#include "storage/SubmissionRepository.h"
#include "sync/HistorySync.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace veldboek {
class Register;
}

namespace veldboek::gui {

class SubmissionReportView;

// Aanleveren > Geschiedenis (Submission > History; docs/gui.md): every submission of the
// register with its date, status, note and what was received per dataset, the selected one's
// report in the same view as after Submit, and the deletion requests with how far each is.
// It shows what the register stores (so also offline) and refreshes it from the endpoint when it
// opens and on Refresh. Withdraw asks first; a refusal says why and changes nothing.
class SubmissionHistoryWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SubmissionHistoryWindow(Register &reg, QWidget *parent = nullptr);
    ~SubmissionHistoryWindow() override;

    // Shows what the register stores; no network.
    void reload();
    // Asks the endpoint (deletion requests sent, states and history read); emits
    // operationFinished. Without connection settings it only says so.
    void refresh();
    // Withdraws the selected submission after the question "withdraw" (Question::ask).
    void withdrawSelected();
    void selectSubmission(int row);

    QString statusText() const;
    bool isBusy() const { return m_sync != nullptr; }
    NetworkReachability &network() { return m_network; }
    void setLanguage(const QString &language) { m_language = language; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

signals:
    void operationFinished(const veldboek::SyncError &error);

private:
    bool startSync();
    void onSyncFinished(const SyncError &error, const QString &success);
    void showSelected();
    void updateButtons();

    Register &m_register;
    QLabel *m_status;
    QTableWidget *m_submissions;
    SubmissionReportView *m_report;
    QTableWidget *m_deletions;
    QPushButton *m_refresh;
    QPushButton *m_withdraw;
    NetworkReachability m_network;
    RetryPolicy m_policy;
    QString m_language = QStringLiteral("nl");
    std::unique_ptr<EndpointClient> m_client;
    HistorySync *m_sync = nullptr;
    QList<SubmissionRecord> m_records;
};

} // namespace veldboek::gui
