#include "ImportRunPage.h"

#include "ImportSession.h"
#include "SeverityStyle.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace veldboek::gui {

ImportRunPage::ImportRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("labelRunStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressImport"));
    m_progress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labelRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_cancelRequested = false;
    m_summary->clear();
    m_progress->setRange(0, static_cast<int>(m_session.plan->rows.size()));
    m_progress->setValue(0);
    m_status->setText(tr("Importing… Cancel leaves the register as it was."));
    // Started once the page shows, so the user sees the progress bar from the first row.
    QTimer::singleShot(0, this, &ImportRunPage::write);
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::write()
{
    m_writing = true;
    ImportWriter::Outcome outcome;
    const bool ok = ImportWriter(m_session.reg)
                        .write(
                            *m_session.plan,
                            [this](int done, int total) {
                                m_progress->setMaximum(total);
                                m_progress->setValue(done);
                                Q_EMIT progressed(done, total);
                                // Repaints and the Cancel button; input to other windows is
                                // blocked by the wizard's modality.
                                QCoreApplication::processEvents();
                                return !m_cancelRequested;
                            },
                            &outcome);
    m_writing = false;
    m_done = true;
    if (ok) {
        m_session.outcome = outcome;
        // Remembered only for an import that happened, as the command line does.
        m_session.mapping.remember(m_session.reg, m_session.plan->dataset, m_session.plan->header);
        showSummary();
    } else {
        m_session.outcome.reset();
        m_progress->setValue(0);
        m_status->setText(outcome.cancelled
                              ? tr("The import was cancelled. Nothing was written: the register "
                                   "is exactly as it was.")
                              : tr("The import failed and nothing was written: %1")
                                    .arg(m_session.reg.lastError().message()));
        m_status->setStyleSheet(
            QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Error).name()));
    }
    Q_EMIT completeChanged();
    Q_EMIT finished(ok);
}

void ImportRunPage::showSummary()
{
    const ImportWriter::Outcome &outcome = *m_session.outcome;
    const ImportPlan &plan = *m_session.plan;
    int flagged = 0;
    for (const ImportRow &row : plan.rows) {
        const bool skipped =
            row.match != ImportRow::Match::None && row.choice == ImportRow::Choice::Skip;
        if (row.status == Severity::Error && !skipped)
            ++flagged;
    }
    const QLocale locale;
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("The import is complete."));
    QStringList lines;
    lines << tr("Rows written: %1").arg(locale.toString(outcome.imported))
          << tr("Participants added: %1").arg(locale.toString(outcome.added))
          << tr("Participants updated: %1").arg(locale.toString(outcome.updated))
          << tr("Rows skipped: %1").arg(locale.toString(outcome.skipped))
          << tr("Rows flagged with errors: %1").arg(locale.toString(flagged));
    if (flagged > 0)
        lines << QString()
              << tr("Find the flagged rows with \"only with problems\" in the main "
                    "window and correct them there.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace veldboek::gui
