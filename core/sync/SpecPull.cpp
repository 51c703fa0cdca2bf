#include "SpecPull.h"

#include "storage/Register.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace veldboek {

namespace {

// A spec id as the endpoint may name one: it becomes part of a URL and of a file name.
bool plausibleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

SpecPull::SpecPull(Register &reg, EndpointClient &client, QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_client(client)
{}

void SpecPull::start()
{
    SyncError error;
    EndpointRequest *request = m_client.get(QStringLiteral("/api/v1/specs"), &error);
    if (!request) {
        m_error = error;
        finish();
        return;
    }
    connect(request, &EndpointRequest::finished, this, &SpecPull::listed);
}

void SpecPull::fail(const QString &message, SyncError::Kind kind)
{
    m_error = {kind, message, 0};
    m_downloaded.clear();
    finish();
}

void SpecPull::finish()
{
    // Whatever went wrong, nothing was written (fetchNext() stores only once all arrived whole).
    if (!m_error.ok() && m_error.kind != SyncError::Kind::Local)
        m_error.message += QLatin1Char(' ') + tr("The register keeps the specs it has.");
    m_finished = true;
    emit finished();
}

void SpecPull::listed(const EndpointResult &result)
{
    if (!result.error.ok()) {
        m_error = result.error;
        finish();
        return;
    }
    const QJsonValue list = result.json.value(QLatin1String("specs"));
    if (!list.isArray()) {
        fail(tr("The endpoint's list of specs is not what the API promises (no \"specs\" list)."));
        return;
    }
    const QJsonArray entries = list.toArray();
    for (const QJsonValue &entry : entries) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (!plausibleId(id)) {
            fail(tr("The endpoint's list of specs names a spec with an unusable id."));
            return;
        }
        m_queue.append(id);
    }
    fetchNext();
}

void SpecPull::fetchNext()
{
    if (m_queue.isEmpty()) {
        // Everything arrived and loaded: now the register changes, in one transaction.
        SpecStore store(m_register);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        QList<std::pair<SpecDocument, QString>> toStore = std::move(m_downloaded);
        QList<std::optional<Spec>> before;
        for (const auto &[document, url] : std::as_const(toStore)) {
            SpecError ignored;
            before.append(store.spec(document.spec.id, &ignored));
        }
        const bool stored = m_register.transaction([&]() {
            for (const auto &[document, url] : std::as_const(toStore)) {
                if (!store.store(document, url, now))
                    return false;
            }
            return true;
        });
        if (!stored) {
            fail(tr("The specs could not be stored in the register: %1")
                     .arg(m_register.lastError().message()),
                 SyncError::Kind::Local);
            return;
        }
        for (qsizetype i = 0; i < toStore.size(); ++i) {
            const SpecDocument &document = toStore.at(i).first;
            SpecError error;
            const std::optional<SpecInForce> current = store.inForce(document.spec.id, &error);
            PulledSpec pulled{document.spec.id, document.spec.version, PulledSpec::Status::Stored,
                              before.at(i), std::nullopt};
            if (current && current->builtin)
                pulled.status = PulledSpec::Status::OlderIgnored;
            else if (current)
                pulled.after = current->document.spec;
            m_specs.append(std::move(pulled));
        }
        finish();
        return;
    }
    const QString id = m_queue.takeFirst();
    const QString path = QStringLiteral("/api/v1/specs/") + id;
    const std::optional<StoredSpec> stored = SpecStore(m_register).stored(id);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (stored)
        headers.append({"If-None-Match", '"' + stored->sha256 + '"'});
    SyncError error;
    EndpointRequest *request = m_client.get(path, &error, true, headers);
    if (!request) {
        m_error = error;
        finish();
        return;
    }
    const QString url = m_client.profile().resolved(path).toString();
    connect(request, &EndpointRequest::finished, this,
            [this, id, url](const EndpointResult &result) { fetched(id, url, result); });
}

void SpecPull::fetched(const QString &id, const QString &url, const EndpointResult &result)
{
    if (result.error.kind == SyncError::Kind::NotAReceipt && result.status == 200) {
        // Not JSON: a download cut short, or a network's login page instead of the spec.
        fail(tr("The endpoint's spec %1 did not arrive as a spec (cut off, or a page of something "
                "in between).")
                 .arg(id));
        return;
    }
    if (!result.error.ok()) {
        m_error = result.error;
        m_downloaded.clear();
        finish();
        return;
    }
    if (result.status == 304) {
        const std::optional<StoredSpec> stored = SpecStore(m_register).stored(id);
        m_specs.append({id, stored ? stored->version : QString(), PulledSpec::Status::Unchanged,
                        std::nullopt, std::nullopt});
        fetchNext();
        return;
    }
    // The ETag is the SHA-256 of the bytes (docs/api.md): a download cut short or changed on
    // the way does not match it, whatever the loader would make of it.
    const QByteArray hash =
        QCryptographicHash::hash(result.body, QCryptographicHash::Sha256).toHex();
    if (!result.etag.isEmpty() && result.etag != '"' + hash + '"') {
        fail(tr("The spec %1 did not arrive whole (its bytes do not match the endpoint's hash).")
                 .arg(id));
        return;
    }
    SpecError specError;
    std::optional<SpecDocument> document =
        SpecDocument::fromBytes(result.body, id + QStringLiteral(".json"), &specError);
    if (!document) {
        fail(tr("The endpoint's spec %1 cannot be used by this version of Veldboek (%2).")
                 .arg(id, specError.place + QStringLiteral(": ") + specError.message));
        return;
    }
    if (document->spec.id != id) {
        fail(tr("The spec at %1 calls itself \"%2\".").arg(url, document->spec.id));
        return;
    }
    m_downloaded.append({std::move(*document), url});
    fetchNext();
}

} // namespace veldboek
