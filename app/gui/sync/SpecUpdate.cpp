#include "SpecUpdate.h"

#include "sync/SpecChangeReport.h"
#include "sync/SpecPull.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace veldboek::gui {

QList<qint64> SpecUpdateResult::affectedParticipants() const
{
    QSet<qint64> all;
    for (const ChangedSpec &spec : changed) {
        for (const qint64 id : spec.affectedParticipants)
            all.insert(id);
    }
    QList<qint64> sorted = all.values();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool SpecUpdateResult::changesFindings() const
{
    return std::any_of(changed.cbegin(), changed.cend(),
                       [](const ChangedSpec &spec) { return !spec.changes.isEmpty(); });
}

SpecUpdate::SpecUpdate(Register &reg, EndpointClient &client, const QString &language,
                       QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_language(language)
    , m_pull(std::make_unique<SpecPull>(reg, client))
{
    connect(m_pull.get(), &SpecPull::finished, this, &SpecUpdate::pulled);
}

SpecUpdate::~SpecUpdate() = default;

void SpecUpdate::start()
{
    m_pull->start();
}

void SpecUpdate::pulled()
{
    if (!m_pull->error().ok()) {
        // SpecPull's reason already ends with "The register keeps the specs it has."
        m_result.failure =
            tr("The rules could not be fetched from the endpoint: %1").arg(m_pull->error().message);
        finish();
        return;
    }
    for (const PulledSpec &pulled : m_pull->specs()) {
        if (pulled.status == PulledSpec::Status::Stored && pulled.before && pulled.after)
            m_pending.append(pulled);
    }
    if (!m_pending.isEmpty())
        emit comparing();
    compareNext();
}

// One stored spec at a time: the register read here (its connection belongs to this thread),
// both checks on a worker thread. The worker gets copies, so it never touches this object; when
// the dialog drops this update meanwhile, the watcher goes with it and the result is dropped.
void SpecUpdate::compareNext()
{
    while (!m_pending.isEmpty()) {
        const PulledSpec pulled = m_pending.takeFirst();
        QString error;
        std::optional<SpecChangeInput> input =
            SpecChangeReport::read(m_register, *pulled.before, *pulled.after, &error);
        if (!input) {
            // Stored and in force; only the comparison could not read the register.
            m_result.failure =
                tr("The new rules are in force, but what they change could not be worked "
                   "out: %1")
                    .arg(error);
            continue;
        }
        auto *watcher = new QFutureWatcher<SpecChangeReport>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pulled]() {
            watcher->deleteLater();
            compared(pulled, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([input = std::move(*input), before = *pulled.before,
                                              after = *pulled.after, language = m_language]() {
            return SpecChangeReport::evaluate(input, before, after, language);
        }));
        return;
    }
    finish();
}

void SpecUpdate::compared(const PulledSpec &pulled, const SpecChangeReport &report)
{
    // Bytes the register did not hold, with the same version and the same findings (the first
    // pull of specs equal to the built-in ones): nothing to say.
    if (!report.changes.isEmpty() || !report.fieldChanges.isEmpty() ||
        pulled.before->version != pulled.after->version) {
        ChangedSpec changed;
        changed.id = pulled.id;
        changed.name = pulled.after->title.text(m_language);
        changed.before = pulled.before->version;
        changed.after = pulled.after->version;
        for (const SpecChange &change : report.changes)
            changed.changes.append(change.message);
        for (const FieldChange &change : report.fieldChanges)
            changed.fieldChanges.append(change.message);
        changed.affectedRows = report.affectedRows;
        changed.affectedParticipants = report.affectedParticipants;
        m_result.changed.append(std::move(changed));
    }
    compareNext();
}

void SpecUpdate::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace veldboek::gui
