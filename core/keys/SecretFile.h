#pragma once

#include <QByteArray>
#include <QString>

namespace veldboek {

// Reads a passphrase or token file, as `--passphrase-file` and `--token-file` take them: the
// whole file without one trailing newline (CRLF or LF), as an editor saves it. Empty on failure,
// with the reason in *error (the file cannot be read, or it is empty).
QByteArray readSecretFile(const QString &path, QString *error);

} // namespace veldboek
