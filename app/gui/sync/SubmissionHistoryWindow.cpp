#include "SubmissionHistoryWindow.h"

#include "Localization.h"
#include "Question.h"
#include "SubmissionReportView.h"
#include "storage/DeletionRequestRepository.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"
#include "sync/HistoryText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {

QList<ValidationReport> reportsOf(const SubmissionRecord &record)
{
    QList<ValidationReport> reports;
    for (const QJsonValue &report : record.report.value(QLatin1String("reports")).toArray())
        reports.append(ValidationReport::fromJson(report.toObject()));
    return reports;
}

// Per dataset what was received: from the report when there is one (rows imported too), else
// the rows the endpoint's history lists.
QString receivedText(const SubmissionRecord &record)
{
    QStringList parts;
    for (const ValidationReport &report : reportsOf(record)) {
        for (const DatasetReport &dataset : report.datasets)
            parts.append(SubmissionHistoryWindow::tr("%1: %2 read, %3 imported")
                             .arg(dataset.name, QLocale().toString(dataset.rows.data),
                                  QLocale().toString(dataset.rows.imported)));
    }
    if (parts.isEmpty()) {
        for (const QJsonValue &value : record.endpoint.value(QLatin1String("datasets")).toArray()) {
            const QJsonObject dataset = value.toObject();
            parts.append(
                SubmissionHistoryWindow::tr("%1: %2 rows")
                    .arg(dataset.value(QLatin1String("dataset")).toString(),
                         QLocale().toString(dataset.value(QLatin1String("rows")).toInt())));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

SubmissionHistoryWindow::SubmissionHistoryWindow(Register &reg, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_status(new QLabel(this))
    , m_submissions(makeTable(this, QStringLiteral("submissions"), tr("Submissions"),
                              {tr("Sent"), tr("Status"), tr("Note"), tr("Received")}))
    , m_report(new SubmissionReportView(this))
    , m_deletions(makeTable(this, QStringLiteral("deletionRequests"), tr("Deletion requests"),
                            {tr("Respondent number"), tr("Requested"), tr("State")}))
    , m_refresh(new QPushButton(tr("&Refresh from the endpoint"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
{
    setObjectName(QStringLiteral("submissionHistory"));
    setWindowTitle(tr("Submission history"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    m_refresh->setObjectName(QStringLiteral("refreshHistory"));
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_withdraw->setToolTip(tr("Withdraw the selected submission: the endpoint then no longer "
                              "counts it; its figures fall back to the approved submission "
                              "before it."));

    auto *submissionsPage = new QSplitter(Qt::Vertical, this);
    submissionsPage->setObjectName(QStringLiteral("historySplitter"));
    submissionsPage->addWidget(m_submissions);
    submissionsPage->addWidget(m_report);
    submissionsPage->setStretchFactor(0, 1);
    submissionsPage->setStretchFactor(1, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("historyTabs"));
    tabs->addTab(submissionsPage, tr("Submissions"));
    tabs->addTab(m_deletions, tr("Deletion requests"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &SubmissionHistoryWindow::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &SubmissionHistoryWindow::refresh);
    connect(m_withdraw, &QPushButton::clicked, this, &SubmissionHistoryWindow::withdrawSelected);
    connect(m_submissions, &QTableWidget::itemSelectionChanged, this,
            &SubmissionHistoryWindow::showSelected);
    resize(900, 600);
    reload();
    m_status->setText(tr("What the register stored. Refresh asks the endpoint."));
}

SubmissionHistoryWindow::~SubmissionHistoryWindow() = default;

QString SubmissionHistoryWindow::statusText() const
{
    return m_status->text();
}

void SubmissionHistoryWindow::reload()
{
    const QString selected =
        m_submissions->currentRow() >= 0 && m_submissions->currentRow() < m_records.size()
            ? m_records.at(m_submissions->currentRow()).remoteId
            : QString();
    m_records = SubmissionRepository(m_register).history();
    m_submissions->setRowCount(int(m_records.size()));
    int select = m_records.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_records.size(); ++row) {
        const SubmissionRecord &record = m_records.at(row);
        const QString received = receivedText(record);
        const QStringList cells = {shownDateTime(record.createdAt), submissionStatusText(record),
                                   record.note, received};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_submissions->setItem(row, column, item);
        }
        if (record.remoteId == selected && !selected.isEmpty())
            select = row;
    }
    m_submissions->resizeColumnsToContents();
    m_submissions->setColumnWidth(2, qMin(m_submissions->columnWidth(2), 260));
    selectSubmission(select);

    const QList<DeletionRequestRecord> requests = DeletionRequestRepository(m_register).all();
    m_deletions->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const DeletionRequestRecord &request = requests.at(row);
        const QStringList cells = {request.reference, shownIsoDateTime(request.requestedAt),
                                   deletionRequestStateText(request)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_deletions->setItem(row, column, item);
        }
    }
    m_deletions->resizeColumnsToContents();
    updateButtons();
}

void SubmissionHistoryWindow::selectSubmission(int row)
{
    if (row < 0 || row >= m_records.size()) {
        m_report->clear();
        return;
    }
    m_submissions->selectRow(row);
    showSelected();
}

void SubmissionHistoryWindow::showSelected()
{
    const int row = m_submissions->currentRow();
    if (row < 0 || row >= m_records.size()) {
        m_report->clear();
    } else {
        m_report->showReports(reportsOf(m_records.at(row)));
    }
    updateButtons();
}

void SubmissionHistoryWindow::updateButtons()
{
    const int row = m_submissions->currentRow();
    const bool withdrawable = row >= 0 && row < m_records.size() &&
                              !m_records.at(row).remoteId.isEmpty() &&
                              !m_records.at(row).withdrawn();
    m_withdraw->setEnabled(withdrawable && !m_sync);
    m_refresh->setEnabled(!m_sync);
}

bool SubmissionHistoryWindow::startSync()
{
    if (m_sync)
        return false;
    QString error;
    const EndpointProfile profile = ConnectionSettings(m_register).load(&error);
    if (!error.isEmpty() || !profile.isUsable(&error)) {
        m_status->setText(tr("The connection to the endpoint is not set up: %1. The history "
                             "shows what the register stored.")
                              .arg(error));
        emit operationFinished({SyncError::Kind::Local, error, 0});
        return false;
    }
    m_client = std::make_unique<EndpointClient>(profile);
    m_client->setRetryPolicy(m_policy);
    m_client->setLanguage(m_language);
    m_sync = new HistorySync(m_register, *m_client, m_network, this);
    updateButtons();
    return true;
}

void SubmissionHistoryWindow::onSyncFinished(const SyncError &error, const QString &success)
{
    if (m_sync) {
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    reload();
    m_status->setText(error.ok() ? success : error.message);
    emit operationFinished(error);
}

void SubmissionHistoryWindow::refresh()
{
    if (!startSync())
        return;
    m_status->setText(tr("Asking the endpoint…"));
    connect(m_sync, &HistorySync::finished, this, [this](const SyncError &error) {
        const int sent = m_sync->deletionRequestsSent();
        QString text = tr("Up to date with the endpoint (%1).")
                           .arg(shownDateTime(QDateTime::currentDateTime()));
        if (sent > 0)
            text += QLatin1Char(' ') + tr("%n deletion request(s) sent.", nullptr, sent);
        onSyncFinished(error, text);
    });
    m_sync->refresh();
}

void SubmissionHistoryWindow::withdrawSelected()
{
    const int row = m_submissions->currentRow();
    if (row < 0 || row >= m_records.size() || m_records.at(row).remoteId.isEmpty() || m_sync)
        return;
    const SubmissionRecord record = m_records.at(row);
    const QString when = shownDateTime(record.createdAt);
    if (!Question::ask(this, QStringLiteral("withdraw"), tr("Withdraw submission"),
                       tr("Withdraw the submission of %1? The endpoint keeps it in the history "
                          "but no longer counts it: the figures fall back to the approved "
                          "submission before it. This cannot be undone.")
                           .arg(when),
                       tr("Withdraw")))
        return;
    if (!startSync())
        return;
    m_status->setText(tr("Withdrawing…"));
    connect(m_sync, &HistorySync::finished, this, [this, when](const SyncError &error) {
        onSyncFinished(error, tr("The submission of %1 is withdrawn; the dashboard figures were "
                                 "fetched again.")
                                  .arg(when));
    });
    m_sync->withdraw(record.remoteId);
}

} // namespace veldboek::gui
