// The JSON routes of the self-registration page (SelfRegPage.h): the form, the check as the
// person types, and the entry, sealed to the register's public key before it is stored. The
// sealed plaintext and its associated data are the contract with the register that opens it
// (docs/api.md, "Self-registration page"; the register's side is the lead's, issue 19).
#include "ApiResponse.h"
#include "SelfRegPage.h"
#include "keys/Sealing.h"
#include "selfreg/SealedEntry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace veldboek {

namespace {

using api::error;
using api::json;
using api::text;

struct ParsedBody
{
    QJsonObject object;
    Record record;
    std::optional<http::Response> refusal;
};

// The body {"record":{KEY:"value",...}, ...}: only keys of the form, every value a string.
ParsedBody parse(const QByteArray &body, const SelfRegForm &form, const QString &lang)
{
    ParsedBody parsed;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue record = document.object().value(QStringLiteral("record"));
    if (!document.isObject() || !record.isObject()) {
        parsed.refusal = error(400, QStringLiteral("bad-request"),
                               text(lang, "Het verzoek is geen geldig formulier.",
                                    "The request is not a valid form."));
        return parsed;
    }
    parsed.object = document.object();
    const QJsonObject values = record.toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!form.keys().contains(it.key())) {
            parsed.refusal = error(400, QStringLiteral("unknown-field"),
                                   text(lang, "Deze vraag staat niet op het formulier: %1.",
                                        "This question is not on the form: %1.")
                                       .arg(it.key().left(40)),
                                   {{QStringLiteral("field"), it.key().left(40)}});
            return parsed;
        }
        if (!it.value().isString()) {
            parsed.refusal =
                error(400, QStringLiteral("bad-request"),
                      text(lang, "Een antwoord moet tekst zijn.", "An answer must be text."),
                      {{QStringLiteral("field"), it.key()}});
            return parsed;
        }
        parsed.record.insert(it.key(), it.value().toString());
    }
    return parsed;
}

http::Response formMissing(const QString &lang)
{
    return error(503, QStringLiteral("unavailable"),
                 text(lang, "Dit formulier is nu niet beschikbaar. Vraag het je begeleider.",
                      "This form is not available now. Ask your supervisor."));
}

} // namespace

http::Response SelfRegPage::formJson(const Target &target, const SelfRegLink &link)
{
    const auto made = form(link.specId, target.lang);
    if (!made || made->isEmpty())
        return formMissing(target.lang);
    QJsonObject body = made->describe();
    body.insert(QStringLiteral("language"), target.lang);
    body.insert(QStringLiteral("texts"), selfRegPageTexts(target.lang));
    return json(body);
}

http::Response SelfRegPage::check(const Target &target, const SelfRegLink &link,
                                  const QByteArray &body)
{
    const auto made = form(link.specId, target.lang);
    if (!made || made->isEmpty())
        return formMissing(target.lang);
    const ParsedBody parsed = parse(body, *made, target.lang);
    if (parsed.refusal)
        return *parsed.refusal;
    return json({{QStringLiteral("fields"), made->check(parsed.record).fields}});
}

http::Response SelfRegPage::addEntry(const Target &target, const SelfRegLink &link,
                                     const QByteArray &body)
{
    const QString &lang = target.lang;
    const auto made = form(link.specId, lang);
    if (!made || made->isEmpty())
        return formMissing(lang);
    const ParsedBody parsed = parse(body, *made, lang);
    if (parsed.refusal)
        return *parsed.refusal;
    // The page makes the id once per filled form (crypto.randomUUID()): sent again after a lost
    // answer, it is the same entry and is refused as a replay instead of stored twice.
    const QString entryId = parsed.object.value(QStringLiteral("entry")).toString().toLower();
    if (entryId.size() != 36 || QUuid::fromString(entryId).isNull())
        return error(400, QStringLiteral("bad-request"),
                     text(lang, "Het formulier heeft geen geldig kenmerk.",
                          "The form has no valid identifier."));
    const SelfRegForm::Result checked = made->check(parsed.record);
    if (checked.errors)
        return error(422, QStringLiteral("invalid"),
                     text(lang, "Er klopt nog iets niet. Kijk bij de vragen met een melding.",
                          "Something is not right yet. Look at the questions with a message."),
                     {{QStringLiteral("fields"), checked.fields}});
    // The format and associated data are core's, one definition with the register that opens
    // the box (core/selfreg/SealedEntry.h).
    SealedEntry entry;
    entry.linkId = link.id;
    entry.entryId = entryId;
    entry.specId = link.specId;
    entry.language = lang;
    entry.receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.record = checked.normalised;
    const QString receivedAt = entry.receivedAt;
    QByteArray plaintext = entry.plaintext();
    const QByteArray sealed =
        sealing::sealTo(link.publicKey, plaintext, SealedEntry::aad(link.id, entryId));
    plaintext.fill('\0'); // the plaintext is never kept, not even in freed memory
    if (sealed.isEmpty())
        return error(500, QStringLiteral("sealing"),
                     text(lang,
                          "Je gegevens konden niet veilig worden opgeslagen. Probeer het "
                          "later opnieuw.",
                          "Your details could not be stored safely. Try again later."));
    switch (m_store.addSelfRegEntry(link.id, entryId, sealed, MaxWaitingEntries)) {
    case EndpointStore::EntryResult::Stored:
        return json(
            {{QStringLiteral("entry"), entryId}, {QStringLiteral("receivedAt"), receivedAt}}, 201);
    case EndpointStore::EntryResult::Replayed:
        return error(409, QStringLiteral("replayed"),
                     text(lang, "Deze aanmelding is al ontvangen.",
                          "This sign-up has already been received."));
    case EndpointStore::EntryResult::Closed:
        return error(410, QStringLiteral("closed"),
                     text(lang, "Deze link is gesloten. Vraag je begeleider om een nieuwe link.",
                          "This link is closed. Ask your supervisor for a new link."));
    case EndpointStore::EntryResult::Full:
        return error(503, QStringLiteral("full"),
                     text(lang,
                          "Er wachten te veel aanmeldingen. Probeer het later opnieuw of "
                          "vraag het je begeleider.",
                          "Too many sign-ups are waiting. Try again later or ask your "
                          "supervisor."));
    case EndpointStore::EntryResult::Failed:
        break;
    }
    qWarning("selfreg: cannot store an entry: %s", qUtf8Printable(m_store.lastError()));
    return error(500, QStringLiteral("storage"),
                 text(lang, "Je aanmelding kon niet worden opgeslagen. Probeer het later opnieuw.",
                      "Your sign-up could not be stored. Try again later."));
}

} // namespace veldboek
