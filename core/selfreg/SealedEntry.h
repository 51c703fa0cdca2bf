#pragma once

#include "validation/DataTable.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace veldboek {

// One self-registration as the endpoint seals it to the organisation's public key (issue 19;
// docs/api.md, "Self-registration"): the page's values, which link and entry they came through,
// under which spec. Sealed with core/keys/Sealing.h sealTo(); the associated data binds the box
// to its link and entry id, so a box moved to another entry (or link) does not open.
struct SealedEntry
{
    QString linkId;
    QString entryId;
    QString specId;
    QString language; // the page's, "nl" or "en"
    QString receivedAt;
    Record record; // field key -> value, only the fields the spec marks for self-registration

    static QByteArray aad(const QString &linkId, const QString &entryId);
    QByteArray plaintext() const;
    QByteArray seal(const QByteArray &publicKey) const; // empty on failure

    enum class Problem { None, Damaged, NotAnEntry, WrongPlace };
    // Opens a box taken from the endpoint as entry `entryId` of `linkId`: Damaged when it does not
    // open (changed after it was sealed, or sealed to another key), NotAnEntry when what is inside
    // is not this format, WrongPlace when it names another link or entry than it was stored as.
    static std::optional<SealedEntry> open(const QByteArray &secretKey, const QString &linkId,
                                           const QString &entryId, const QByteArray &sealed,
                                           Problem *problem);
};

} // namespace veldboek
