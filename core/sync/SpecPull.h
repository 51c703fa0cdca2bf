#pragma once

#include "EndpointClient.h"
#include "storage/SpecStore.h"

#include <QObject>

namespace veldboek {

class Register;

// What a pull did to one spec.
struct PulledSpec
{
    enum class Status {
        Unchanged,    // the endpoint answered 304: the register holds these bytes already
        Stored,       // new or changed: stored, in force from now on
        OlderIgnored, // stored, but the built-in one is newer and stays in force
    };
    QString id;
    QString version;
    Status status = Status::Unchanged;
    std::optional<Spec> before; // the spec in force before the pull (when it changed)
    std::optional<Spec> after;  // the spec in force after it (when it changed)
};

// Fetches the specs in force from the endpoint (GET /api/v1/specs, then each spec with
// If-None-Match: the hash the register holds) and stores the new ones in the register
// (storage/SpecStore.h), all or nothing: a listing that is not the endpoint's, a spec the loader
// refuses (an unknown format version among them), a download whose bytes do not match their ETag
// (cut off), or a spec whose id is not the one its URL names leaves the register as it was and
// says why. Run by `veldboek-cli specs pull` and by the app when the connection is tested and
// before every submission (app/gui/sync/SpecUpdate.h, docs/sync.md "Specs from the endpoint").
class SpecPull : public QObject
{
    Q_OBJECT
public:
    SpecPull(Register &reg, EndpointClient &client, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    const SyncError &error() const { return m_error; }
    const QList<PulledSpec> &specs() const { return m_specs; }

signals:
    void finished();

private:
    void listed(const EndpointResult &result);
    void fetchNext();
    void fetched(const QString &id, const QString &url, const EndpointResult &result);
    void fail(const QString &message, SyncError::Kind kind = SyncError::Kind::NotAReceipt);
    void finish();

    Register &m_register;
    EndpointClient &m_client;
    QStringList m_queue;
    QList<std::pair<SpecDocument, QString>> m_downloaded; // document, URL
    QList<PulledSpec> m_specs;
    SyncError m_error;
    bool m_finished = false;
};

} // namespace veldboek
