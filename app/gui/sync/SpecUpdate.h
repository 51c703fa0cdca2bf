#pragma once

#include "sync/SpecPull.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace veldboek {
class EndpointClient;
class Register;
struct SpecChangeReport;
} // namespace veldboek

namespace veldboek::gui {

// One spec a pull changed, with what it changes for the register (core/sync/SpecChangeReport).
struct ChangedSpec
{
    QString id;
    QString name;        // the spec's title in the window's language
    QString before;      // version in force before the pull
    QString after;       // version in force now
    QStringList changes; // SpecComparison's lines, in the window's language
    // SpecChangeReport::fieldChanges' lines (a new or removed field, a code list, a rule); they
    // do not by themselves stop a submission.
    QStringList fieldChanges;
    int affectedRows = 0;
    QList<qint64> affectedParticipants;
};

// What a pull brought: nothing (every spec a 304, or bytes the register already had), specs
// that are now in force, or a reason why the register keeps the specs it has.
struct SpecUpdateResult
{
    QList<ChangedSpec> changed; // only specs now in force with another version or other findings
    QString failure;            // one sentence for the user; empty when the pull worked
    // The union of every changed spec's affected participants, ascending.
    QList<qint64> affectedParticipants() const;
    // True when the user must see what changes before the rules are used (SpecChangeDialog).
    bool changesFindings() const;
};

// The app's pull of the specs in force (issue 15): SpecPull (GET /api/v1/specs, each spec with
// If-None-Match) followed, for every spec it stored, by SpecChangeReport on this register. Run
// by the connection dialog's test and before every submission (docs/sync.md, "Specs from the
// endpoint"). A failed pull writes nothing (SpecPull stores all or nothing); its reason is kept
// in one sentence. The comparison reads the register in this thread and checks it with both
// specs on a worker thread (SpecChangeReport::read, then evaluate under QtConcurrent), so a large
// register does not freeze the window; `comparing` says when that starts.
class SpecUpdate : public QObject
{
    Q_OBJECT
public:
    SpecUpdate(Register &reg, EndpointClient &client, const QString &language,
               QObject *parent = nullptr);
    ~SpecUpdate() override;

    void start();
    bool isFinished() const { return m_finished; }
    const SpecUpdateResult &result() const { return m_result; }

signals:
    // A spec changed and the register is being checked with it (for a busy indication).
    void comparing();
    void finished();

private:
    void pulled();
    void compareNext();
    void compared(const PulledSpec &pulled, const SpecChangeReport &report);
    void finish();

    Register &m_register;
    QString m_language;
    std::unique_ptr<SpecPull> m_pull;
    QList<PulledSpec> m_pending; // stored specs not compared yet
    SpecUpdateResult m_result;
    bool m_finished = false;
};

} // namespace veldboek::gui
