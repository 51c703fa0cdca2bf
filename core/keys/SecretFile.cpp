#include "SecretFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace veldboek {

QByteArray readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "Cannot read the passphrase file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QByteArray secret = file.readAll();
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        *error = QCoreApplication::translate("cli", "The passphrase file %1 is empty.")
                     .arg(QDir::toNativeSeparators(path));
    return secret;
}

} // namespace veldboek
