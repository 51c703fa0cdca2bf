#include "SealedEntry.h"

#include "keys/Sealing.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace veldboek {

namespace {

const QString Format = QStringLiteral("veldboek-selfreg-1");

// What one entry may hold at most once opened: the page's body limit (endpoint/SelfRegPage.cpp)
// with room for the JSON around it. A larger box is refused before it is decrypted.
constexpr qsizetype MaxSealedBytes = 64 * 1024;
constexpr qsizetype MaxFields = 100;

} // namespace

QByteArray SealedEntry::aad(const QString &linkId, const QString &entryId)
{
    return (Format + QLatin1Char(':') + linkId + QLatin1Char(':') + entryId).toUtf8();
}

QByteArray SealedEntry::plaintext() const
{
    QJsonObject values;
    for (auto it = record.cbegin(); it != record.cend(); ++it)
        values.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), Format},
                                     {QStringLiteral("link"), linkId},
                                     {QStringLiteral("entry"), entryId},
                                     {QStringLiteral("spec"), specId},
                                     {QStringLiteral("language"), language},
                                     {QStringLiteral("receivedAt"), receivedAt},
                                     {QStringLiteral("record"), values}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SealedEntry::seal(const QByteArray &publicKey) const
{
    return sealing::sealTo(publicKey, plaintext(), aad(linkId, entryId));
}

std::optional<SealedEntry> SealedEntry::open(const QByteArray &secretKey, const QString &linkId,
                                             const QString &entryId, const QByteArray &sealed,
                                             Problem *problem)
{
    *problem = Problem::Damaged;
    QByteArray plain;
    if (sealed.size() > MaxSealedBytes ||
        !sealing::openWith(secretKey, sealed, aad(linkId, entryId), &plain))
        return std::nullopt;
    *problem = Problem::NotAnEntry;
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(plain, &parseError).object();
    plain.fill('\0');
    const QJsonValue values = json.value(QStringLiteral("record"));
    if (parseError.error != QJsonParseError::NoError ||
        json.value(QStringLiteral("format")).toString() != Format || !values.isObject() ||
        values.toObject().size() > MaxFields)
        return std::nullopt;
    SealedEntry entry;
    entry.linkId = json.value(QStringLiteral("link")).toString();
    entry.entryId = json.value(QStringLiteral("entry")).toString();
    entry.specId = json.value(QStringLiteral("spec")).toString();
    entry.language = json.value(QStringLiteral("language")).toString();
    entry.receivedAt = json.value(QStringLiteral("receivedAt")).toString();
    const QJsonObject object = values.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        entry.record.insert(it.key(), it.value().toString());
    }
    // The associated data already binds the box to its place; the names inside must agree too.
    if (entry.linkId != linkId || entry.entryId != entryId) {
        *problem = Problem::WrongPlace;
        return std::nullopt;
    }
    *problem = Problem::None;
    return entry;
}

} // namespace veldboek
