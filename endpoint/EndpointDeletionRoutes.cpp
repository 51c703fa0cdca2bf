// The deletion requests an organisation sends the funder (issue 20; docs/api.md, "Deletion
// requests"): in a file of their own so EndpointServer.cpp stays about routing.
#include "ApiResponse.h"
#include "EndpointServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek {

using api::error;
using api::json;
using api::text;
using http::Response;

Response EndpointServer::addDeletionRequest(const QByteArray &body, const Account &account,
                                            const QString &lang)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString dataset = request.value(QStringLiteral("dataset")).toString();
    const QString reference = request.value(QStringLiteral("reference")).toString();
    const QString reason = request.value(QStringLiteral("reason")).toString();
    if (dataset.isEmpty() || dataset.size() > 50 || reference.isEmpty() || reference.size() > 100 ||
        reason.size() > 2000)
        return error(400, QStringLiteral("bad-request"),
                     text(lang,
                          "Een verwijderverzoek heeft een gegevensset en een kenmerk "
                          "(bijvoorbeeld het respondentnummer).",
                          "A deletion request needs a dataset and a reference (the respondent "
                          "number, say)."));
    const std::optional<DeletionRequest> added =
        m_store->addDeletionRequest(account, dataset, reference, reason);
    if (!added)
        return error(500, QStringLiteral("storage"),
                     text(lang,
                          "Het verzoek kon niet worden opgeslagen; probeer het later opnieuw.",
                          "The request could not be stored; try again later."));
    return json(
        {{QStringLiteral("id"), added->id}, {QStringLiteral("requestedAt"), added->requestedAt}},
        201);
}

Response EndpointServer::deletionRequestList(const Account &account)
{
    QJsonArray list;
    const QList<DeletionRequest> requests = m_store->deletionRequests(account.organisationId);
    for (const DeletionRequest &r : requests) {
        list.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("dataset"), r.dataset},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("requestedAt"), r.requestedAt},
            {QStringLiteral("state"),
             r.resolvedAt.isEmpty() ? QStringLiteral("open") : QStringLiteral("resolved")},
            {QStringLiteral("resolvedAt"),
             r.resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(r.resolvedAt)},
            {QStringLiteral("resolution"),
             r.resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(r.resolution)}});
    }
    return json({{QStringLiteral("deletionRequests"), list}});
}

} // namespace veldboek
