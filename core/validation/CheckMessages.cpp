#include "CheckMessages.h"

#include "Localization.h"

#include <array>
#include <string_view>

namespace veldboek {

namespace {

// In the order of enum Check (FieldValue.h); the static_asserts below keep the two in step.
constexpr std::array<MessageTemplate, static_cast<size_t>(Check::Count)> checkMessages = {{
    {"ok", "%1 is in orde.", "%1 is valid."},
    {"required", "%1 is verplicht en ontbreekt.", "%1 is required and missing."},
    {"too-long", "%1 is te lang (hoogstens %2 tekens).", "%1 is too long (at most %2 characters)."},
    {"control-character", "%1 bevat een onzichtbaar stuurteken (zoals een tab).",
     "%1 contains an invisible control character (such as a tab)."},
    {"digits-only", "%1 mag alleen cijfers bevatten.", "%1 may contain digits only."},
    {"integer.format", "%1 moet een heel getal zijn (alleen cijfers).",
     "%1 must be a whole number (digits only)."},
    {"integer.range", "%1 moet tussen %2 liggen.", "%1 must lie between %2."},
    {"date.format", "%1 moet een datum zijn als dd-mm-jjjj.", "%1 must be a date as dd-mm-yyyy."},
    {"date.year", "%1 moet een jaartal van vier cijfers hebben (dd-mm-jjjj).",
     "%1 must have a four-digit year (dd-mm-yyyy)."},
    {"date.invalid", "%1 is geen bestaande datum.", "%1 is not a real date."},
    {"date.future", "%1 mag niet in de toekomst liggen.", "%1 must not be in the future."},
    {"date.too-early", "%1 mag niet voor %2 liggen.", "%1 must not be before %2."},
    {"enum.code", "%1 heeft een onbekende waarde; toegestaan: %2.",
     "%1 has an unknown value; allowed: %2."},
    {"bool.format", "%1 moet ja of nee zijn.", "%1 must be ja (yes) or nee (no)."},
    {"bsn.format", "%1 moet een BSN van negen cijfers zijn.",
     "%1 must be a citizen service number of nine digits."},
    {"bsn.zero", "%1: 000000000 is geen geldig BSN; gebruik 999999999 als het onbekend is.",
     "%1: 000000000 is not a valid citizen service number; use 999999999 when it is unknown."},
    {"bsn.eleven-test",
     "%1 voldoet niet aan de elfproef; gebruik 999999999 als het BSN onbekend is.",
     "%1 fails the eleven test; use 999999999 when the number is unknown."},
    {"pseudonym.format", "%1 is geen geldig pseudoniem (64 hexadecimale tekens).",
     "%1 is not a valid pseudonym (64 hexadecimal characters)."},
    {"postcode.format", "%1 moet een postcode zijn als 1234 AB.",
     "%1 must be a postcode as 1234 AB."},
    {"postcode.first-digit", "%1: een postcode begint niet met 0.",
     "%1: a postcode does not start with 0."},
    {"postcode.letters", "%1: de lettercombinaties SA, SD en SS komen in postcodes niet voor.",
     "%1: the letter pairs SA, SD and SS are not used in postcodes."},
    {"municipality.format",
     "%1 moet een gemeentecode van vier cijfers zijn, met voorloopnullen (0363).",
     "%1 must be a four-digit municipality code, with leading zeros (0363)."},
    {"email.format", "%1 is geen geldig e-mailadres.", "%1 is not a valid e-mail address."},
    {"phone.format", "%1 is geen geldig telefoonnummer (10 cijfers, of + en landcode).",
     "%1 is not a valid phone number (10 digits, or + and a country code)."},
}};

constexpr std::array<MessageTemplate, static_cast<size_t>(StructureIssue::Count)>
    structureMessages = {{
        {"column.missing", "De kolom %1 ontbreekt in het bestand.",
         "The column %1 is missing from the file."},
        {"column.unknown", "De kolom %1 is onbekend en wordt genegeerd.",
         "The column %1 is unknown and is ignored."},
        {"column.duplicate", "De kolom %1 staat twee keer in de kopregel; de eerste telt.",
         "The column %1 appears twice in the header; the first one counts."},
        {"row.ragged", "De regel heeft een ander aantal kolommen dan de kopregel (%2).",
         "The row has a different number of columns than the header (%2)."},
        {"file.no-data", "Het bestand bevat alleen een kopregel en geen gegevens.",
         "The file contains only a header and no data."},
    }};

// An enumerator without its entry would leave the array's tail value-initialised (null texts),
// and an entry out of order would give another check's message: both fail to compile.
constexpr bool complete(const auto &messages)
{
    for (const MessageTemplate &m : messages) {
        if (m.rule == nullptr || m.nl == nullptr || m.en == nullptr)
            return false;
    }
    return true;
}

template<typename Messages, typename Key>
constexpr bool ruleAt(const Messages &messages, Key key, std::string_view rule)
{
    return std::string_view(messages[static_cast<size_t>(key)].rule) == rule;
}

static_assert(complete(checkMessages), "every Check needs its message in checkMessages");
static_assert(complete(structureMessages), "every StructureIssue needs its message");
static_assert(ruleAt(checkMessages, Check::Ok, "ok") &&
                  ruleAt(checkMessages, Check::BsnElevenProof, "bsn.eleven-test") &&
                  ruleAt(checkMessages, Check::PhoneFormat, "phone.format"),
              "checkMessages is out of the order of enum Check");
static_assert(ruleAt(structureMessages, StructureIssue::NoDataRows, "file.no-data"),
              "structureMessages is out of the order of enum StructureIssue");

} // namespace

const MessageTemplate &CheckMessages::forCheck(Check check)
{
    return checkMessages.at(static_cast<size_t>(check));
}

const MessageTemplate &CheckMessages::forStructure(StructureIssue issue)
{
    return structureMessages.at(static_cast<size_t>(issue));
}

QString CheckMessages::text(const MessageTemplate &message, const QString &language,
                            const QString &label, const QString &detail)
{
    QString result = pick(language, message.nl, message.en);
    result.replace(QLatin1String("%1"), label);
    result.replace(QLatin1String("%2"), detail);
    return result;
}

QString CheckMessages::detail(Check check, const FieldSpec &field, const QString &language)
{
    const bool english = isEnglish(language);
    switch (check) {
    case Check::TooLong:
        return QString::number(field.maxLength);
    case Check::IntegerRange:
        return QStringLiteral("%1 %2 %3")
            .arg(field.minimum ? QString::number(*field.minimum) : QStringLiteral("-∞"),
                 english ? QStringLiteral("and") : QStringLiteral("en"),
                 field.maximum ? QString::number(*field.maximum) : QStringLiteral("∞"));
    case Check::DateTooEarly:
        return field.notBefore ? field.notBefore->toString(QStringLiteral("dd-MM-yyyy"))
                               : QString();
    case Check::EnumCode: {
        QStringList codes;
        for (const CodeSpec &code : field.codes) {
            QString shown = code.code;
            shown.replace(QLatin1String("{n}"),
                          english ? QStringLiteral("<n>") : QStringLiteral("<n>"));
            codes.append(shown);
        }
        if (codes.size() > 12) {
            codes = codes.mid(0, 12);
            codes.append(QStringLiteral("…"));
        }
        return codes.join(QStringLiteral(", "));
    }
    default:
        break;
    }
    return {};
}

} // namespace veldboek
