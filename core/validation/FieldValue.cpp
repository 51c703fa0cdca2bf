#include "FieldValue.h"

namespace veldboek {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

char16_t upper(char16_t u)
{
    return (u >= u'a' && u <= u'z') ? char16_t(u - (u'a' - u'A')) : u;
}

} // namespace

bool FieldValue::equalsIgnoringAsciiCase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (upper(a[i].unicode()) != upper(b[i].unicode()))
            return false;
    }
    return true;
}

namespace {

using veldboek::FieldValue;
bool equalsIgnoringAsciiCase(QStringView a, QStringView b)
{
    return FieldValue::equalsIgnoringAsciiCase(a, b);
}

// Matches a code that may contain "{n}" (a positive whole number without leading zero), the way
// GAS types are written: D{n}O matches D1O and D12O, not D0O, D01O or D10.
bool matchesPattern(QStringView pattern, qsizetype placeholder, QStringView value)
{
    if (placeholder < 0)
        return equalsIgnoringAsciiCase(pattern, value);
    const QStringView prefix = pattern.left(placeholder);
    const QStringView suffix = pattern.mid(placeholder + 3);
    if (value.size() < prefix.size() + suffix.size() + 1)
        return false;
    if (!equalsIgnoringAsciiCase(prefix, value.left(prefix.size())) ||
        !equalsIgnoringAsciiCase(suffix, value.right(suffix.size())))
        return false;
    const QStringView number =
        value.mid(prefix.size(), value.size() - prefix.size() - suffix.size());
    if (number.size() > 4 || number.front() == u'0')
        return false;
    for (QChar c : number) {
        if (!FieldValue::isAsciiDigit(c))
            return false;
    }
    return true;
}

bool parseInteger(QStringView value, qint64 *number)
{
    qsizetype i = 0;
    bool negative = false;
    if (value.size() > 1 && value.front() == u'-') {
        negative = true;
        i = 1;
    }
    if (value.size() - i > 15 || value.size() == i)
        return false;
    qint64 result = 0;
    for (; i < value.size(); ++i) {
        if (!FieldValue::isAsciiDigit(value[i]))
            return false;
        result = result * 10 + (value[i].unicode() - u'0');
    }
    *number = negative ? -result : result;
    return true;
}

ParsedValue checkBsn(QStringView value, bool pseudonymised, QString *normalised)
{
    // A pseudonymised number is a keyed hash (HMAC-SHA-256 in hex): 64 hex digits.
    if (pseudonymised && value.size() == 64) {
        for (QChar c : value) {
            const char16_t u = upper(c.unicode());
            if (!FieldValue::isAsciiDigit(c) && !(u >= u'A' && u <= u'F'))
                return {Check::PseudonymFormat};
        }
        if (normalised)
            *normalised = value.toString().toLower();
        return {};
    }
    if (value.size() > 9)
        return {Check::BsnFormat};
    for (QChar c : value) {
        if (!FieldValue::isAsciiDigit(c))
            return {Check::BsnFormat};
    }
    // Spreadsheets drop leading zeros; the number is nine digits, so they come back.
    char16_t digits[9];
    const qsizetype pad = 9 - value.size();
    for (qsizetype i = 0; i < 9; ++i)
        digits[i] = i < pad ? u'0' : value[i - pad].unicode();
    const QStringView nine(digits, 9);
    if (nine == QLatin1String("000000000"))
        return {Check::BsnZero};
    // 999999999 is the agreed placeholder for "unknown": it fails the eleven test on purpose.
    if (nine != FieldValue::unknownBsn() && !FieldValue::elevenProof(nine))
        return {Check::BsnElevenProof};
    if (normalised)
        *normalised = nine.toString();
    return {};
}

ParsedValue checkPostcode(QStringView value, QString *normalised)
{
    // 1234 AB, 1234AB, 1234-AB, 1234 ab.
    if (value.size() < 6 || value.size() > 7)
        return {Check::PostcodeFormat};
    for (qsizetype i = 0; i < 4; ++i) {
        if (!FieldValue::isAsciiDigit(value[i]))
            return {Check::PostcodeFormat};
    }
    qsizetype letters = 4;
    if (value.size() == 7) {
        if (value[4] != u' ' && value[4] != u'-')
            return {Check::PostcodeFormat};
        letters = 5;
    }
    if (!isAsciiLetter(value[letters]) || !isAsciiLetter(value[letters + 1]))
        return {Check::PostcodeFormat};
    if (value[0] == u'0')
        return {Check::PostcodeFirstDigit};
    const char16_t first = upper(value[letters].unicode());
    const char16_t second = upper(value[letters + 1].unicode());
    if (first == u'S' && (second == u'A' || second == u'D' || second == u'S'))
        return {Check::PostcodeLetters};
    if (normalised) {
        const char16_t out[7] = {value[0].unicode(),
                                 value[1].unicode(),
                                 value[2].unicode(),
                                 value[3].unicode(),
                                 u' ',
                                 first,
                                 second};
        *normalised = QString(reinterpret_cast<const QChar *>(out), 7);
    }
    return {};
}

ParsedValue checkEmail(QStringView value, QString *normalised)
{
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0 || at != value.lastIndexOf(u'@') || at > 64)
        return {Check::EmailFormat};
    const QStringView local = value.left(at);
    const QStringView domain = value.mid(at + 1);
    if (local.front() == u'.' || local.back() == u'.' || local.contains(QLatin1String("..")))
        return {Check::EmailFormat};
    for (QChar c : local) {
        const char16_t u = c.unicode();
        if (u <= u' ' || u >= 0x7f || u == u'(' || u == u')' || u == u',' || u == u';' ||
            u == u':' || u == u'<' || u == u'>' || u == u'[' || u == u']' || u == u'\\' ||
            u == u'"')
            return {Check::EmailFormat};
    }
    // The domain: labels of letters, digits and hyphens, at least two, the last of letters only.
    qsizetype labelStart = 0;
    int labels = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == u'.') {
            const QStringView label = domain.mid(labelStart, i - labelStart);
            if (label.isEmpty() || label.size() > 63 || label.front() == u'-' ||
                label.back() == u'-')
                return {Check::EmailFormat};
            ++labels;
            if (i == domain.size()) {
                if (label.size() < 2)
                    return {Check::EmailFormat};
                for (QChar c : label) {
                    if (!isAsciiLetter(c))
                        return {Check::EmailFormat};
                }
            }
            labelStart = i + 1;
            continue;
        }
        const QChar c = domain[i];
        if (!isAsciiLetter(c) && !FieldValue::isAsciiDigit(c) && c != u'-')
            return {Check::EmailFormat};
    }
    if (labels < 2)
        return {Check::EmailFormat};
    if (normalised)
        *normalised = local.toString() + QLatin1Char('@') + domain.toString().toLower();
    return {};
}

ParsedValue checkPhone(QStringView value, QString *normalised)
{
    // Dutch numbers have ten digits (06-12345678, 020 123 4567); international ones start with +
    // (+31 6 12345678) and have up to fifteen. Spaces, hyphens and brackets are layout.
    int digits = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (FieldValue::isAsciiDigit(c))
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return {Check::PhoneFormat};
    }
    const bool international = value.front() == u'+';
    if (international ? (digits < 8 || digits > 15) : digits != 10)
        return {Check::PhoneFormat};
    if (!international && value.front() != u'0')
        return {Check::PhoneFormat};
    if (normalised)
        *normalised = value.toString();
    return {};
}

} // namespace

QString FieldValue::formatDate(qint64 julianDay)
{
    // By hand: QDate::toString with a format parses the format and consults the locale each time.
    const QDate date = QDate::fromJulianDay(julianDay);
    const int year = date.year();
    const char16_t text[10] = {char16_t(u'0' + date.day() / 10),
                               char16_t(u'0' + date.day() % 10),
                               u'-',
                               char16_t(u'0' + date.month() / 10),
                               char16_t(u'0' + date.month() % 10),
                               u'-',
                               char16_t(u'0' + year / 1000 % 10),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

bool FieldValue::elevenProof(QStringView nineDigits)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * (nineDigits[i].unicode() - u'0');
    sum -= nineDigits[8].unicode() - u'0';
    return sum % 11 == 0;
}

ParsedValue FieldValue::parseDate(QStringView value)
{
    // d-m-yyyy or dd-mm-yyyy; never a two-digit year, which would have to be guessed.
    const qsizetype firstDash = value.indexOf(u'-');
    const qsizetype secondDash = firstDash < 0 ? -1 : value.indexOf(u'-', firstDash + 1);
    if (firstDash < 1 || firstDash > 2 || secondDash < 0 || secondDash - firstDash < 2 ||
        secondDash - firstDash > 3)
        return {Check::DateFormat};
    const QStringView dayText = value.left(firstDash);
    const QStringView monthText = value.mid(firstDash + 1, secondDash - firstDash - 1);
    const QStringView yearText = value.mid(secondDash + 1);
    int parts[3] = {0, 0, 0};
    const QStringView texts[3] = {dayText, monthText, yearText};
    for (int p = 0; p < 3; ++p) {
        for (QChar c : texts[p]) {
            if (!isAsciiDigit(c))
                return {Check::DateFormat};
            parts[p] = parts[p] * 10 + (c.unicode() - u'0');
        }
    }
    if (yearText.isEmpty())
        return {Check::DateFormat};
    if (yearText.size() != 4)
        return {Check::DateYear};
    if (!QDate::isValid(parts[2], parts[1], parts[0]) || parts[2] < 1900)
        return {Check::DateInvalid};
    return {Check::Ok, QDate(parts[2], parts[1], parts[0]).toJulianDay(), true};
}

quint32 FieldValue::codeHash(QStringView value)
{
    quint32 hash = 2166136261u; // FNV-1a over upper-cased code units
    for (QChar c : value) {
        hash ^= upper(c.unicode());
        hash *= 16777619u;
    }
    return hash | 1u; // never 0, which marks "no hash"
}

void FieldValue::prepareCodes(FieldSpec &field)
{
    for (CodeSpec &code : field.codes) {
        code.placeholder = code.code.indexOf(QLatin1String("{n}"));
        code.hash = code.placeholder >= 0 ? 0 : codeHash(code.code);
        code.aliasHashes.clear();
        for (const QString &alias : std::as_const(code.aliases))
            code.aliasHashes.append(codeHash(alias));
    }
}

int FieldValue::matchCode(const FieldSpec &field, QStringView value, QString *canonical)
{
    const quint32 hash = codeHash(value);
    for (int i = 0; i < field.codes.size(); ++i) {
        const CodeSpec &code = field.codes.at(i);
        bool matched = code.hash ? code.hash == hash && equalsIgnoringAsciiCase(code.code, value)
                                 : matchesPattern(code.code, code.placeholder, value);
        for (qsizetype a = 0; !matched && a < code.aliases.size(); ++a)
            matched = (code.aliasHashes.size() <= a || code.aliasHashes.at(a) == hash) &&
                      equalsIgnoringAsciiCase(code.aliases.at(a), value);
        if (matched) {
            if (canonical) {
                if (code.placeholder >= 0) {
                    *canonical = value.toString().toUpper();
                } else {
                    *canonical = code.code;
                }
            }
            return i;
        }
    }
    return -1;
}

namespace {

// dd-mm-yyyy, written by hand: QDate::toString() goes through the locale and the calendar, which
// was most of the time of normalising an import's dates. parseDate() accepts years 1900-9999.
QString dutchDate(qint64 julianDay)
{
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    const auto digit = [](int n) {
        return QChar(char16_t(u'0' + n % 10));
    };
    const QChar text[10] = {digit(day / 10),  digit(day),  QChar(u'-'),        digit(month / 10),
                            digit(month),     QChar(u'-'), digit(year / 1000), digit(year / 100),
                            digit(year / 10), digit(year)};
    return QString(text, 10);
}

} // namespace

ParsedValue FieldValue::check(const FieldSpec &field, QStringView value, qint64 today,
                              bool pseudonymised, QString *normalised)
{
    if (value.size() > field.maxLength)
        return {Check::TooLong};
    // Control characters (a stray tab, a NUL from a binary file) never belong in a value.
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return {Check::ControlCharacter};
    }
    switch (field.type) {
    case FieldType::Text:
        if (field.digitsOnly) {
            for (QChar c : value) {
                if (!isAsciiDigit(c))
                    return {Check::DigitsOnly};
            }
        }
        if (normalised)
            *normalised = value.toString();
        return {};
    case FieldType::Integer: {
        ParsedValue parsed{Check::Ok, 0, true};
        if (!parseInteger(value, &parsed.number))
            return {Check::IntegerFormat};
        if ((field.minimum && parsed.number < *field.minimum) ||
            (field.maximum && parsed.number > *field.maximum))
            parsed.check = Check::IntegerRange;
        if (normalised && parsed.check == Check::Ok)
            *normalised = QString::number(parsed.number);
        return parsed;
    }
    case FieldType::Date: {
        ParsedValue parsed = parseDate(value);
        if (parsed.check != Check::Ok)
            return parsed;
        if (field.notFuture && parsed.number > today)
            parsed.check = Check::DateFuture;
        else if (field.notBefore && parsed.number < field.notBefore->toJulianDay())
            parsed.check = Check::DateTooEarly;
        if (normalised && parsed.check == Check::Ok)
            *normalised = dutchDate(parsed.number);
        return parsed;
    }
    case FieldType::Enum: {
        // The code's index travels in `number` (hasNumber stays false: it is not a quantity), so
        // that item scales can be looked up without comparing strings again.
        const int index = matchCode(field, value, normalised);
        if (index < 0)
            return {Check::EnumCode};
        return {Check::Ok, index, false};
    }
    case FieldType::Bool:
        if (equalsIgnoringAsciiCase(value, QStringView(u"ja"))) {
            if (normalised)
                *normalised = QStringLiteral("ja");
            return {Check::Ok, 1, true};
        }
        if (equalsIgnoringAsciiCase(value, QStringView(u"nee"))) {
            if (normalised)
                *normalised = QStringLiteral("nee");
            return {Check::Ok, 0, true};
        }
        return {Check::BoolFormat};
    case FieldType::Bsn:
        return checkBsn(value, pseudonymised, normalised);
    case FieldType::Postcode:
        return checkPostcode(value, normalised);
    case FieldType::Municipality:
        // Four digits with leading zeros, as CBS writes them (0363); 0000 is no municipality.
        if (value.size() != 4 || !isAsciiDigit(value[0]) || !isAsciiDigit(value[1]) ||
            !isAsciiDigit(value[2]) || !isAsciiDigit(value[3]) || value == QLatin1String("0000"))
            return {Check::MunicipalityFormat};
        if (normalised)
            *normalised = value.toString();
        return {};
    case FieldType::Email:
        return checkEmail(value, normalised);
    case FieldType::Phone:
        return checkPhone(value, normalised);
    }
    return {};
}

} // namespace veldboek
