// The beheerder's side of self-registration links (issue 19, item 3; docs/api.md,
// "Self-registration"): make a link for the register's public key, list and close links, fetch
// the sealed entries and delete those the register has taken in. The public page people fill in
// is SelfRegPage.cpp. A link belongs to an organisation: any of its accounts may manage it.
#include "ApiResponse.h"
#include "EndpointServer.h"
#include "keys/Sealing.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek {

namespace {

using api::error;
using api::json;
using api::text;

// At most this many sealed entries per answer: a page of a few MB at most, and the app takes
// the next page after it has stored and acknowledged this one.
constexpr int EntriesPerPage = 500;

QJsonObject linkJson(const SelfRegLink &link, bool withWaiting)
{
    QJsonObject o{{QStringLiteral("id"), link.id},
                  {QStringLiteral("url"), QString(QStringLiteral("/r/") + link.id)},
                  {QStringLiteral("spec"), link.specId},
                  {QStringLiteral("createdAt"), link.createdAt},
                  {QStringLiteral("closedAt"),
                   link.closedAt.isEmpty() ? QJsonValue() : QJsonValue(link.closedAt)}};
    if (withWaiting)
        o.insert(QStringLiteral("waiting"), link.waiting);
    return o;
}

bool hasSelfRegistrationFields(const SpecDocument &document)
{
    const DatasetSpec *dataset = document.spec.dataset(QStringLiteral("participants"));
    return dataset && dataset->hasSelfRegistrationFields();
}

http::Response noSuchLink(const QString &lang)
{
    return error(404, QStringLiteral("not-found"),
                 text(lang, "Deze link bestaat niet (meer) voor deze organisatie.",
                      "This link does not exist (any more) for this organisation."));
}

http::Response storageFailed(const QString &lang)
{
    return error(500, QStringLiteral("storage"),
                 text(lang, "De endpoint kon dit nu niet opslaan; probeer het later opnieuw.",
                      "The endpoint could not store this now; try again later."));
}

} // namespace

http::Response EndpointServer::createSelfRegLink(const QByteArray &body, const Account &account,
                                                 const QString &lang)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QByteArray publicKey =
        QByteArray::fromBase64(request.value(QStringLiteral("publicKey")).toString().toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (publicKey.size() != sealing::PublicKeySize)
        return error(400, QStringLiteral("bad-request"),
                     text(lang,
                          "Een link heeft de publieke sleutel van het register nodig "
                          "(32 bytes, base64).",
                          "A link needs the register's public key (32 bytes, base64)."));
    // The spec the page asks with: the one named, or the first in force that marks fields for
    // self-registration.
    const QString wanted = request.value(QStringLiteral("spec")).toString();
    const SpecDocument *chosen = nullptr;
    for (const SpecDocument &document : std::as_const(*m_specs)) {
        if ((wanted.isEmpty() || document.spec.id == wanted) &&
            hasSelfRegistrationFields(document)) {
            chosen = &document;
            break;
        }
    }
    if (!chosen)
        return error(422, QStringLiteral("no-self-registration"),
                     text(lang, "Geen uitvraag van deze endpoint vraagt velden bij zelfaanmelding.",
                          "No data request of this endpoint has fields for self-registration."));
    const std::optional<SelfRegLink> link =
        m_store->createSelfRegLink(account, chosen->spec.id, publicKey);
    if (!link)
        return storageFailed(lang);
    qInfo("endpoint: a self-registration link made by account %s",
          qUtf8Printable(account.id.left(8)));
    return json(linkJson(*link, false), 201);
}

http::Response EndpointServer::selfRegLinkList(const Account &account)
{
    QJsonArray list;
    const QList<SelfRegLink> links = m_store->selfRegLinks(account.organisationId);
    for (const SelfRegLink &link : links)
        list.append(linkJson(link, true));
    return json({{QStringLiteral("links"), list}});
}

http::Response EndpointServer::closeSelfRegLink(const QString &id, const Account &account,
                                                const QString &lang)
{
    const std::optional<SelfRegLink> link = m_store->selfRegLink(id);
    if (!link || link->organisationId != account.organisationId)
        return noSuchLink(lang);
    if (link->closedAt.isEmpty() && !m_store->closeSelfRegLink(id, account.organisationId))
        return storageFailed(lang);
    return json(linkJson(*m_store->selfRegLink(id), false));
}

http::Response EndpointServer::selfRegEntries(const QString &id, const Account &account,
                                              const QString &lang)
{
    const std::optional<SelfRegLink> link = m_store->selfRegLink(id);
    if (!link || link->organisationId != account.organisationId)
        return noSuchLink(lang);
    const QList<SelfRegEntry> entries = m_store->selfRegEntries(id, EntriesPerPage + 1);
    QJsonArray list;
    for (const SelfRegEntry &entry : entries.first(qMin(entries.size(), EntriesPerPage)))
        list.append(
            QJsonObject{{QStringLiteral("entry"), entry.entryId},
                        {QStringLiteral("receivedAt"), entry.receivedAt},
                        {QStringLiteral("sealed"), QString::fromLatin1(entry.sealed.toBase64())}});
    return json({{QStringLiteral("link"), id},
                 {QStringLiteral("entries"), list},
                 {QStringLiteral("more"), entries.size() > EntriesPerPage}});
}

http::Response EndpointServer::deletePulledEntries(const QString &id, const QByteArray &body,
                                                   const Account &account, const QString &lang)
{
    const std::optional<SelfRegLink> link = m_store->selfRegLink(id);
    if (!link || link->organisationId != account.organisationId)
        return noSuchLink(lang);
    const QJsonArray ids =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("entries")).toArray();
    QStringList entryIds;
    for (const QJsonValue &value : ids) {
        const QString entryId = value.toString();
        if (entryId.isEmpty() || entryId.size() > 64 || entryIds.size() >= EntriesPerPage)
            return error(400, QStringLiteral("bad-request"),
                         text(lang, "Geef de kenmerken van hoogstens 500 opgehaalde aanmeldingen.",
                              "Give the ids of at most 500 pulled entries."));
        entryIds.append(entryId);
    }
    const int deleted = m_store->deletePulledEntries(id, entryIds);
    if (deleted < 0)
        return storageFailed(lang);
    return json({{QStringLiteral("deleted"), deleted}});
}

} // namespace veldboek
