#include "SubmitDialog.h"

#include "SubmissionReportView.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace veldboek::gui {

SubmitDialog::SubmitDialog(Register &reg, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_note(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("&Submit the register"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_specNote(new QLabel(this))
    , m_report(new gui::SubmissionReportView(this))
{
    setWindowTitle(tr("Submit the register"));
    m_note->setObjectName(QStringLiteral("note"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_cancel->setObjectName(QStringLiteral("cancelSubmission"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_status->setObjectName(QStringLiteral("submitStatus"));
    m_note->setPlaceholderText(tr("Optional explanatory note for the people reading the figures"));
    m_note->setMaximumHeight(70);
    m_status->setWordWrap(true);
    m_specNote->setObjectName(QStringLiteral("specNote"));
    m_specNote->setWordWrap(true);
    m_specNote->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_specNote->hide();
    // Room for two lines: the report below takes what is left, and must not squeeze the outcome.
    m_status->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    connect(m_submit, &QPushButton::clicked, this, &SubmitDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_specUpdate && !m_specUpdate->isFinished()) {
            // Still fetching the rules: nothing was made or sent yet.
            m_specUpdate.reset();
            m_submit->setEnabled(true);
            m_cancel->setEnabled(false);
            m_status->setText(tr("Cancelled: nothing was sent."));
            emit submissionFinished(SubmissionRun::Outcome::Cancelled);
            return;
        }
        if (m_run)
            m_run->cancel();
    });
    connect(m_report, &gui::SubmissionReportView::participantRequested, this,
            &SubmitDialog::participantRequested);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &SubmitDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The whole register is checked and sent; fields that stay "
                                "local never leave, citizen service numbers go as a keyed "
                                "hash where the data request says so."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_specNote);
    layout->addWidget(m_report, 1);
    layout->addWidget(close);
    resize(760, 520);
}

SubmitDialog::~SubmitDialog() = default;

void SubmitDialog::reject()
{
    if (isRunning())
        return;
    QDialog::reject();
}

bool SubmitDialog::isRunning() const
{
    return (m_specUpdate && !m_specUpdate->isFinished()) ||
           (m_run && m_run->stage() != SubmissionRun::Stage::Finished);
}

QString SubmitDialog::statusText() const
{
    return m_status->text();
}

QString SubmitDialog::specText() const
{
    return m_specNote->text();
}

void SubmitDialog::submit()
{
    if (isRunning())
        return;
    QString error;
    const ConnectionSettings settings(m_register);
    const EndpointProfile profile = settings.load(&error);
    if (!error.isEmpty() || !profile.isUsable(&error)) {
        m_status->setText(tr("The connection to the endpoint is not set up: %1").arg(error));
        return;
    }
    m_report->clear();
    m_progress->setValue(0);
    m_specNote->clear();
    m_specNote->hide();
    m_run.reset();
    m_specUpdate.reset();
    m_client = std::make_unique<EndpointClient>(profile);
    m_client->setRetryPolicy(m_policy);
    m_client->setLanguage(m_language);
    m_submit->setEnabled(false);
    m_cancel->setEnabled(true);
    if (!m_network.isOnline()) {
        // The run waits for the network; the rules are fetched at the next submission.
        m_specNote->setText(tr("Offline: the rules could not be fetched; the register's own "
                               "rules are used."));
        m_specNote->show();
        startRun();
        return;
    }
    // The rules first, before the package is made: a rule the endpoint changed is then the
    // one the check applies (docs/sync.md).
    m_status->setText(tr("Fetching the endpoint's rules…"));
    m_specUpdate = std::make_unique<SpecUpdate>(m_register, *m_client, m_language);
    connect(m_specUpdate.get(), &SpecUpdate::finished, this, &SubmitDialog::specsFetched);
    // New rules are checked against the whole register on a worker thread: the bar shows the
    // window is busy, not frozen.
    connect(m_specUpdate.get(), &SpecUpdate::comparing, this, [this]() {
        m_status->setText(tr("Working out what the new rules change…"));
        m_progress->setRange(0, 0);
    });
    m_specUpdate->start();
}

void SubmitDialog::specsFetched()
{
    m_progress->setRange(0, 100);
    const SpecUpdateResult &result = m_specUpdate->result();
    if (!result.failure.isEmpty()) {
        m_specNote->setText(result.failure);
        m_specNote->show();
    }
    if (!result.changed.isEmpty())
        emit specsChanged(result);
    if (result.changesFindings()) {
        // New rules that find something else in this register: the user sees what changes
        // before a submission is checked with them. Nothing was made or sent.
        m_submit->setEnabled(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("The endpoint's rules have changed, so nothing was sent. The main "
                             "window shows what changes; submit again when you are ready."));
        emit submissionFinished(SubmissionRun::Outcome::Blocked);
        return;
    }
    startRun();
}

void SubmitDialog::startRun()
{
    m_run = std::make_unique<SubmissionRun>(m_register, *m_client, m_network);
    m_run->setNote(m_note->toPlainText().trimmed());
    m_run->setLanguage(m_language);
    m_run->setLocalCheck(m_localCheck);
    connect(m_run.get(), &SubmissionRun::stageChanged, this, &SubmitDialog::onStage);
    connect(m_run.get(), &SubmissionRun::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(static_cast<int>(10 + 70 * sent / total));
    });
    connect(m_run.get(), &SubmissionRun::retrying, m_status, &QLabel::setText);
    connect(m_run.get(), &SubmissionRun::finished, this, &SubmitDialog::onFinished);
    m_run->start();
}

void SubmitDialog::onStage(SubmissionRun::Stage stage, const QString &text)
{
    m_status->setText(text);
    switch (stage) {
    case SubmissionRun::Stage::Checking:
        m_progress->setValue(2);
        break;
    case SubmissionRun::Stage::WaitingForNetwork:
    case SubmissionRun::Stage::Uploading:
        m_progress->setValue(10);
        break;
    case SubmissionRun::Stage::Processing:
        m_progress->setValue(80);
        m_cancel->setEnabled(false); // the endpoint has it; cancelling would not take it back
        break;
    case SubmissionRun::Stage::Dashboard:
        m_progress->setValue(95);
        break;
    case SubmissionRun::Stage::Finished:
        break;
    }
}

void SubmitDialog::onFinished(SubmissionRun::Outcome outcome)
{
    m_submit->setEnabled(true);
    m_cancel->setEnabled(false);
    switch (outcome) {
    case SubmissionRun::Outcome::Approved:
        m_progress->setValue(100);
        m_status->setText(tr("Approved by the endpoint (submission %1).").arg(m_run->remoteId()));
        showReports(m_run->reports(), m_run->package());
        break;
    case SubmissionRun::Outcome::Rejected:
        m_progress->setValue(100);
        m_status->setText(tr("Rejected by the endpoint (submission %1). Correct the rows below "
                             "and submit again; double-click a row to open the record.")
                              .arg(m_run->remoteId()));
        showReports(m_run->reports(), m_run->package());
        break;
    case SubmissionRun::Outcome::Blocked:
        m_progress->setValue(0);
        m_status->setText(m_run->error().message);
        showReports(m_run->package().checks, m_run->package());
        break;
    default:
        m_progress->setValue(0);
        m_status->setText(m_run->error().message);
        break;
    }
    emit submissionFinished(outcome);
}

void SubmitDialog::showReports(const QList<ValidationReport> &reports,
                               const PreparedPackage &package)
{
    m_report->showReports(reports, [&package](const QString &dataset, int line) {
        return package.participantFor(dataset, line);
    });
}

} // namespace veldboek::gui
