#include "SpecDocument.h"

#include "SpecLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <algorithm>

namespace veldboek {

namespace {

// A spec is a few tens of kilobytes; a larger file is not a spec (the same bound as
// SpecLoader::fromFile).
constexpr qint64 MaxSpecBytes = 16 * 1024 * 1024;

} // namespace

std::optional<SpecDocument> SpecDocument::fromBytes(const QByteArray &bytes,
                                                    const QString &sourceName, SpecError *error)
{
    if (bytes.size() > MaxSpecBytes) {
        if (error)
            *error = SpecError{sourceName, QStringLiteral("-"), QStringLiteral("file too large")};
        return std::nullopt;
    }
    std::optional<Spec> spec = SpecLoader::fromJson(bytes, sourceName, error);
    if (!spec)
        return std::nullopt;
    return SpecDocument{std::move(*spec), bytes,
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()};
}

std::optional<SpecDocument> SpecDocument::builtin(const QString &id, SpecError *error)
{
    // An unknown id gets SpecLoader's message, which lists the known ones.
    if (!SpecLoader::builtinIds().contains(id)) {
        SpecLoader::builtin(id, error);
        return std::nullopt;
    }
    QFile file(QStringLiteral(":/specs/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SpecError{id, QStringLiteral("-"), file.errorString()};
        return std::nullopt;
    }
    return fromBytes(file.readAll(), file.fileName(), error);
}

namespace SpecDirectory {

std::optional<QList<SpecDocument>> load(const QString &directory, SpecError *error)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        *error = SpecError{directory, QStringLiteral("-"), QStringLiteral("no such directory")};
        return std::nullopt;
    }
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty()) {
        *error = SpecError{directory, QStringLiteral("-"),
                           QStringLiteral("no spec files (*.json) in the directory")};
        return std::nullopt;
    }
    QList<SpecDocument> documents;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = SpecError{path, QStringLiteral("-"), file.errorString()};
            return std::nullopt;
        }
        if (file.size() > MaxSpecBytes) {
            *error = SpecError{path, QStringLiteral("-"), QStringLiteral("file too large")};
            return std::nullopt;
        }
        std::optional<SpecDocument> document = SpecDocument::fromBytes(file.readAll(), path, error);
        if (!document)
            return std::nullopt;
        if (document->spec.id + QStringLiteral(".json") != name) {
            *error = SpecError{path, QStringLiteral("id"),
                               QStringLiteral("the spec's id is \"%1\"; its file must be %1.json")
                                   .arg(document->spec.id)};
            return std::nullopt;
        }
        documents.append(std::move(*document));
    }
    return documents;
}

QList<SpecDocument> builtin(SpecError *error)
{
    QList<SpecDocument> documents;
    for (const QString &id : SpecLoader::builtinIds()) {
        std::optional<SpecDocument> document = SpecDocument::builtin(id, error);
        if (!document)
            return {};
        documents.append(std::move(*document));
    }
    return documents;
}

} // namespace SpecDirectory

int compareSpecVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = left.value(i, QStringLiteral("0"));
        const QString r = right.value(i, QStringLiteral("0"));
        bool lOk = false;
        bool rOk = false;
        const qlonglong ln = l.toLongLong(&lOk);
        const qlonglong rn = r.toLongLong(&rOk);
        if (lOk && rOk) {
            if (ln != rn)
                return ln < rn ? -1 : 1;
        } else if (const int c = l.compare(r); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

} // namespace veldboek
