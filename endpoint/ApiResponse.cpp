#include "ApiResponse.h"

#include "Localization.h"

#include <QJsonDocument>

namespace veldboek::api {

http::Response json(const QJsonObject &body, int status)
{
    return {status,
            QByteArrayLiteral("application/json"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {}};
}

http::Response error(int status, const QString &code, const QString &message, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), code);
    extra.insert(QStringLiteral("message"), message);
    return json(extra, status);
}

QString languageOf(const http::RequestHead &head)
{
    // Any English ("en", "en-GB,en;q=0.9") is English; the rest is Dutch (core/Localization.h).
    return languageCode(
        QString::fromLatin1(head.header("Accept-Language").trimmed().toLower().left(2)));
}

QString text(const QString &lang, const char *nl, const char *en)
{
    return pick(lang, nl, en);
}

} // namespace veldboek::api
