#include "ImportRunPage.h"

#include "ImportSession.h"
#include "SeverityStyle.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QFormLayout>
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
    setSubTitle(tr("All rows are written in one go: either all of them or, after Cancel or a "
                   "failure, none."));
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
    m_counts = new QWidget(this);
    m_counts->setObjectName(QStringLiteral("widgetRunSummary"));
    m_countsLayout = new QFormLayout(m_counts);
    m_countsLayout->setContentsMargins(0, 0, 0, 0);
    m_counts->hide();
    layout->addWidget(m_counts);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("labelRunHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_hint);
    layout->addStretch();
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_cancelRequested = false;
    m_counts->hide();
    m_hint->hide();
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
    while (m_countsLayout->rowCount() > 0)
        m_countsLayout->removeRow(0);
    // Named per count, so a test (and a screen reader) finds each one on its own.
    auto add = [&](const char *name, const QString &label, int count) {
        auto *value = new QLabel(locale.toString(count), m_counts);
        value->setObjectName(QStringLiteral("summary_") + QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_countsLayout->addRow(label, value);
    };
    add("written", tr("Rows written:"), outcome.imported);
    add("added", tr("Participants added:"), outcome.added);
    add("updated", tr("Participants updated:"), outcome.updated);
    add("skipped", tr("Rows skipped:"), outcome.skipped);
    if (outcome.repeated > 0)
        add("repeated", tr("Rows repeating an earlier row, not imported:"), outcome.repeated);
    add("flagged", tr("Rows flagged with errors:"), flagged);
    m_counts->show();
    m_hint->setText(tr("Find the flagged rows with \"only with problems\" in the main window and "
                       "correct them there."));
    m_hint->setVisible(flagged > 0);
}

} // namespace veldboek::gui
