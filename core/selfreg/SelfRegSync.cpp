#include "SelfRegSync.h"

#include "keys/Sealing.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace veldboek {

SelfRegSync::SelfRegSync(Register &reg, EndpointProfile profile, QObject *parent)
    : QObject(parent)
    , m_register(reg)
    , m_client(std::move(profile))
{}

void SelfRegSync::setLanguage(const QString &language)
{
    m_language = language;
    m_client.setLanguage(language);
}

QUrl SelfRegSync::linkUrl() const
{
    return m_link.id.isEmpty() ? QUrl()
                               : m_client.profile().resolved(QStringLiteral("/r/") + m_link.id);
}

void SelfRegSync::fail(const QString &message, int exitCode)
{
    m_ok = false;
    m_message = message;
    m_exitCode = exitCode;
    Q_EMIT finished();
}

void SelfRegSync::succeed()
{
    m_ok = true;
    m_message.clear();
    m_exitCode = 0;
    Q_EMIT finished();
}

bool SelfRegSync::sameEndpoint(const SelfRegLinkRecord &link) const
{
    return QUrl(link.endpoint).adjusted(QUrl::StripTrailingSlash) ==
           m_client.profile().url.adjusted(QUrl::StripTrailingSlash);
}

void SelfRegSync::createLink(const QString &specId)
{
    sealing::KeyPair pair = sealing::generateKeyPair();
    if (pair.publicKey.isEmpty())
        return fail(QCoreApplication::translate("SelfRegSync", "No key pair could be made."));
    QJsonObject body{{QStringLiteral("publicKey"), QString::fromLatin1(pair.publicKey.toBase64())}};
    if (!specId.isEmpty())
        body.insert(QStringLiteral("spec"), specId);
    SyncError error;
    EndpointRequest *request =
        m_client.post(QStringLiteral("/api/v1/selfreg/links"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), &error);
    if (!request) {
        pair.secretKey.fill('\0');
        return fail(error.message, error.exitCode());
    }
    connect(request, &EndpointRequest::finished, this,
            [this, pair](const EndpointResult &result) mutable {
                if (!result.error.ok()) {
                    pair.secretKey.fill('\0');
                    return fail(result.error.message, result.error.exitCode());
                }
                SelfRegLinkRecord link;
                link.id = result.json.value(QStringLiteral("id")).toString();
                link.specId = result.json.value(QStringLiteral("spec")).toString();
                link.createdAt = result.json.value(QStringLiteral("createdAt")).toString();
                link.endpoint = m_client.profile().url.toString();
                link.publicKey = pair.publicKey;
                // The endpoint names the link; an id that could not be a path segment is no
                // answer of a Veldboek endpoint.
                static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
                const bool stored = idForm.match(link.id).hasMatch() &&
                                    SelfRegInbox(m_register).addLink(link, pair.secretKey);
                pair.secretKey.fill('\0');
                if (!stored) {
                    // Entries sent through a link whose key the register did not keep could
                    // never be opened: close it at once (the answer is not waited for).
                    SyncError ignored;
                    if (!link.id.isEmpty())
                        m_client.post(
                            QStringLiteral("/api/v1/selfreg/links/%1/close")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(link.id))),
                            {}, &ignored, true);
                    return fail(m_register.lastError()
                                    ? m_register.lastError().message()
                                    : QCoreApplication::translate(
                                          "SelfRegSync", "The endpoint's answer names no link."));
                }
                m_link = link;
                succeed();
            });
    return;
}

void SelfRegSync::closeLink(const QString &linkId)
{
    SyncError error;
    EndpointRequest *request = m_client.post(
        QStringLiteral("/api/v1/selfreg/links/%1/close").arg(linkId), {}, &error, true);
    if (!request)
        return fail(error.message, error.exitCode());
    connect(request, &EndpointRequest::finished, this,
            [this, linkId](const EndpointResult &result) {
                if (!result.error.ok())
                    return fail(result.error.message, result.error.exitCode());
                const QString closedAt = result.json.value(QStringLiteral("closedAt")).toString();
                if (!SelfRegInbox(m_register).markClosed(linkId, closedAt))
                    return fail(m_register.lastError().message());
                m_link.id = linkId;
                m_link.closedAt = closedAt;
                succeed();
            });
}

void SelfRegSync::pull(const DatasetSpec &participants)
{
    m_participants = &participants;
    m_intake = {};
    m_linksPulled = 0;
    m_toPull.clear();
    const QList<SelfRegLinkRecord> links = SelfRegInbox(m_register).links();
    if (m_register.lastError())
        return fail(m_register.lastError().message());
    for (const SelfRegLinkRecord &link : links) {
        // A link's id is only ever sent to the endpoint that made it.
        if (sameEndpoint(link))
            m_toPull.append(link);
    }
    pullNext();
}

void SelfRegSync::pullNext()
{
    if (m_toPull.isEmpty())
        return succeed();
    const SelfRegLinkRecord link = m_toPull.takeFirst();
    ++m_linksPulled;
    pullLink(link);
}

void SelfRegSync::pullLink(const SelfRegLinkRecord &link)
{
    Q_EMIT progress(QCoreApplication::translate("SelfRegSync", "Fetching the entries of link %1…")
                        .arg(link.id.left(6)));
    SyncError error;
    EndpointRequest *request =
        m_client.get(QStringLiteral("/api/v1/selfreg/links/%1/entries").arg(link.id), &error);
    if (!request)
        return fail(error.message, error.exitCode());
    connect(request, &EndpointRequest::finished, this, [this, link](const EndpointResult &result) {
        if (!result.error.ok())
            return fail(result.error.message, result.error.exitCode());
        QList<SelfRegInbox::Pulled> pulled;
        const QJsonArray entries = result.json.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &value : entries) {
            const QJsonObject o = value.toObject();
            pulled.append(
                {o.value(QStringLiteral("entry")).toString(),
                 o.value(QStringLiteral("receivedAt")).toString(),
                 QByteArray::fromBase64(o.value(QStringLiteral("sealed")).toString().toLatin1())});
        }
        const std::optional<SelfRegInbox::Intake> intake =
            SelfRegInbox(m_register).take(link.id, pulled, *m_participants);
        if (!intake)
            return fail(m_register.lastError().message());
        m_intake.added += intake->added;
        m_intake.known += intake->known;
        m_intake.damaged += intake->damaged;
        m_intake.refused += intake->refused;
        const bool more = result.json.value(QStringLiteral("more")).toBool();
        if (intake->acknowledge.isEmpty())
            return pullNext(); // nothing kept: asking again would give the same page
        acknowledge(link, intake->acknowledge, more);
    });
}

void SelfRegSync::acknowledge(const SelfRegLinkRecord &link, const QStringList &entries, bool more)
{
    const QJsonObject body{{QStringLiteral("entries"), QJsonArray::fromStringList(entries)}};
    SyncError error;
    // Repeating it is harmless: what was deleted stays deleted.
    EndpointRequest *request =
        m_client.post(QStringLiteral("/api/v1/selfreg/links/%1/pulled").arg(link.id),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), &error, true);
    if (!request)
        return fail(error.message, error.exitCode());
    connect(request, &EndpointRequest::finished, this,
            [this, link, more](const EndpointResult &result) {
                // The entries are in the register already; an acknowledgement that did not
                // arrive is repeated by the next pull (they are then "known").
                if (!result.error.ok())
                    return fail(result.error.message, result.error.exitCode());
                if (more)
                    return pullLink(link);
                pullNext();
            });
}

} // namespace veldboek
