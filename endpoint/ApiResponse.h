#pragma once

#include "http/HttpServer.h"

#include <QJsonObject>
#include <QString>

namespace veldboek::api {

// The answers every route of the endpoint gives alike (docs/api.md, "Errors"): JSON bodies, and
// errors as {"error": code, "message": text in the asker's language}.
http::Response json(const QJsonObject &body, int status = 200);
http::Response error(int status, const QString &code, const QString &message,
                     QJsonObject extra = {});
// "nl" or "en" from Accept-Language: any English is English, the rest Dutch.
QString languageOf(const http::RequestHead &head);
QString text(const QString &lang, const char *nl, const char *en);

} // namespace veldboek::api
