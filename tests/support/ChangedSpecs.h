#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace veldboek::test {

// The shipped mdt spec as JSON, changed the way a funder changes it mid-year, for the tests of
// specs served by the endpoint (issue 15). Every change bumps the version past the built-in one.
namespace ChangedSpecs {

// The built-in spec's JSON object.
QJsonObject builtinObject(const QString &id);
// A spec text in both languages, {"nl": ..., "en": ...}, as a field's label or help.
QJsonObject text(const char *nl, const char *en);
// An entry of a field's code list: its code and its label in both languages.
QJsonObject code(const char *value, const char *nl, const char *en);
// mdt with `huisnummer` allowed up to 100 only (a rule made stricter), version `version`.
QJsonObject stricterHouseNumber(const QString &version = QStringLiteral("2024.1"));
// Applies `change` to the field `key` of mdt's participants dataset.
void changeField(QJsonObject &spec, const QString &key,
                 const std::function<void(QJsonObject &)> &change);
QByteArray bytes(const QJsonObject &spec);
// Writes `spec` as DIR/<id>.json (creating DIR); false on an I/O error.
bool write(const QString &dir, const QJsonObject &spec);
bool writeBytes(const QString &dir, const QString &fileName, const QByteArray &bytes);

} // namespace ChangedSpecs

} // namespace veldboek::test
