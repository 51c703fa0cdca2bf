#pragma once

#include "Spec.h"

#include <QStringView>

namespace veldboek {

// The outcome of checking one value against its field's type. Every code has a rule id and a
// message in both languages (CheckMessages.cpp); the report groups findings by these codes.
enum class Check : quint8 {
    Ok,
    Required,
    TooLong,
    ControlCharacter,
    DigitsOnly,
    IntegerFormat,
    IntegerRange,
    DateFormat,
    DateYear,
    DateInvalid,
    DateFuture,
    DateTooEarly,
    EnumCode,
    BoolFormat,
    BsnFormat,
    BsnZero,
    BsnElevenProof,
    PseudonymFormat,
    PostcodeFormat,
    PostcodeFirstDigit,
    PostcodeLetters,
    MunicipalityFormat,
    EmailFormat,
    PhoneFormat,
    Count
};

// What a value means once checked: a number for integers, a Julian day for dates.
struct ParsedValue
{
    Check check = Check::Ok;
    qint64 number = 0;
    bool hasNumber = false;
};

// Type checks per value. Written by hand over QChar code units, without regular expressions:
// they run for every field of millions of rows, and only ASCII digits count as digits
// (QChar::isDigit would accept Arabic-Indic or full-width look-alikes).
class FieldValue
{
public:
    // `value` is already trimmed and not empty. `today` is the reference date as a Julian day.
    // `normalised`, when given, receives the value as it should be stored (e.g. "1234 AB").
    static ParsedValue check(const FieldSpec &field, QStringView value, qint64 today,
                             bool pseudonymised, QString *normalised);

    static bool equalsIgnoringAsciiCase(QStringView a, QStringView b);
    static bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
    // dd-mm-yyyy (d-m-yyyy accepted); returns the Julian day, or a failing check.
    static ParsedValue parseDate(QStringView value);
    static bool elevenProof(QStringView nineDigits);
    // The agreed citizen service number for "unknown": it fails the eleven test on purpose, and
    // it never identifies a person, so it never matches one record to another.
    static QLatin1String unknownBsn() { return QLatin1String("999999999"); }
    static QString formatDate(qint64 julianDay); // dd-mm-yyyy
    // A hash that ignores ASCII case, for matching codes without comparing every string.
    static quint32 codeHash(QStringView value);
    // Fills the hashes of a field's codes (the loader does this; specs built in code may too).
    static void prepareCodes(FieldSpec &field);
    // The index of the code that `value` matches (case-insensitive, aliases too), or -1.
    static int matchCode(const FieldSpec &field, QStringView value, QString *canonical);
};

} // namespace veldboek
