#pragma once

#include "Localization.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace veldboek {

// A text the user reads, in both languages the app speaks. Dutch is the default.
struct LocalText
{
    QString nl;
    QString en;

    const QString &text(const QString &language) const { return isEnglish(language) ? en : nl; }
};

enum class FieldType { Text, Integer, Date, Enum, Bool, Bsn, Postcode, Municipality, Email, Phone };

// How much a field is needed. RequiredFrom names a round (FieldSpec::requiredFrom): from that
// round on the field is required for records that belong to that round or a later one.
enum class Requirement { Required, RequiredFrom, Optional, LocalOnly };

enum class Transmit { Plain, Pseudonymised, Never };

enum class Severity { None, Warning, Error };

QString severityName(Severity severity);
QString fieldTypeName(FieldType type);

// A condition or assertion of a rule, resolved at load time to field indexes of its dataset so that
// evaluating it per row costs no look-ups. See docs/spec-format.md for the JSON forms.
struct Predicate
{
    enum class Kind {
        Filled,    // field has a value
        Empty,     // field has no value
        Valid,     // field has a value that passes its own checks (so it will not be cleared)
        In,        // field's value is one of `values` (case-insensitive)
        Compare,   // field `op` field2, or field `op` constant (dates or integers)
        Age,       // whole years between date field and date field2 lies in [min, max]
        ItemScale, // the answer in field2 lies within the scale of the item named in field
        All,
        Any,
        Not,
    };
    enum class Op { Less, LessOrEqual, Equal, NotEqual, GreaterOrEqual, Greater };

    Kind kind = Kind::Filled;
    int field = -1;
    int field2 = -1;
    Op op = Op::Equal;
    bool hasConstant = false;
    qint64 constant = 0; // an integer, or a Julian day for a date constant
    qint64 min = 0;
    qint64 max = 0;
    QStringList values;
    // For an enum or bool field: the code indexes (bool: 1 = ja, 0 = nee) that `values` name,
    // resolved at load so that a row compares integers, not strings.
    QList<qint64> codes;
    bool byCode = false;
    QList<Predicate> children;
};

struct CodeSpec
{
    QString code; // may contain "{n}": a positive whole number without leading zero (GAS goal)
    LocalText label;
    QStringList aliases;        // other spellings accepted and normalised to `code`
    qsizetype placeholder = -1; // where "{n}" is in `code`; found once at load, not per value
    quint32 hash = 0;           // FieldValue::codeHash of `code` (0 for a "{n}" pattern)
    QList<quint32> aliasHashes;
};

struct FieldSpec
{
    QString key;
    LocalText label;
    LocalText help;
    FieldType type = FieldType::Text;
    Requirement requirement = Requirement::Optional;
    QString requiredFrom;               // round id, with Requirement::RequiredFrom
    std::optional<Predicate> condition; // the requirement holds only where this holds
    Transmit transmit = Transmit::Plain;
    QHash<QString, QString> columns; // file format -> column name
    QStringList aliases;   // other headers an import recognises (portal templates, variants)
    QList<CodeSpec> codes; // Enum
    std::optional<qint64> minimum;  // Integer
    std::optional<qint64> maximum;  // Integer
    int maxLength = 200;            // every type
    bool digitsOnly = false;        // Text: ASCII digits only (identifiers with leading zeros)
    bool notFuture = false;         // Date: not after the reference date
    std::optional<QDate> notBefore; // Date
    QString group;                  // the id of its group in the form (DatasetSpec::groups)
    // On the self-registration form (the kiosk, app/gui/kiosk/KioskWindow.h), asked with this
    // plain-language question and help: docs/spec-format.md, "Self-registration".
    bool selfRegistration = false;
    LocalText selfLabel;
    LocalText selfHelp;
};

// A group of fields the form shows under one heading (docs/spec-format.md, "Groups").
struct FieldGroupSpec
{
    QString id;
    LocalText label;
    QList<int> order; // the group's fields in the order of the form; the rest follow in spec order
};

struct RuleSpec
{
    QString id;
    Severity severity = Severity::Error;
    int field = -1;                // the field the rule reports on (index in the dataset)
    std::optional<Predicate> when; // the rule applies where this holds (default: always)
    Predicate require;             // a finding where `when` holds and this does not
    LocalText message;
    QString fromRound; // applies from this round, to records of that round or later
};

// A rule written for several fields ("fields": [...], with "$field" in its conditions) is
// expanded at load time into one RuleSpec per field, all with the same id.

// Checks across the rows of a dataset.
struct DatasetRuleSpec
{
    enum class Kind {
        Unique,   // the key (all fields together) occurs once
        Duplicate // a likely duplicate: any one key group matches another row's
    };
    QString id;
    Kind kind = Kind::Unique;
    Severity severity = Severity::Error;
    int field = -1;           // the field the report names
    QList<QList<int>> keys;   // Unique: one group; Duplicate: alternatives
    QStringList ignoreValues; // key values that never match (placeholders such as 999999999)
    LocalText message;
};

struct ScaleSpec
{
    QString name;
    LocalText label;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList codes; // when set, exactly these answers (a yes/no item, say), not min..max
};

struct DatasetSpec
{
    QString name;
    LocalText label;
    QStringList formats; // file formats with a column name per field
    int roundField = -1; // date field that decides which round a record belongs to
    QList<FieldSpec> fields;
    QList<RuleSpec> rules;
    QList<DatasetRuleSpec> datasetRules;
    QList<ScaleSpec> scales;
    QHash<QString, int> itemScales; // item code (upper case) -> index in scales
    QList<FieldGroupSpec> groups;   // in the order the form shows them

    int fieldIndex(const QString &key) const;
    // The field indexes per group, in the form's order: each group's `order`, then its other
    // fields in spec order; last, with a null group, the fields of no group (empty when none).
    QList<std::pair<const FieldGroupSpec *, QList<int>>> fieldsByGroup() const;
    const FieldSpec *field(const QString &key) const;
    // Whether any field is on the self-registration form (FieldSpec::selfRegistration).
    bool hasSelfRegistrationFields() const;
};

struct RoundSpec
{
    QString id;
    QDate start;
    LocalText label;
};

struct Spec
{
    // The major version of the spec format this build reads (docs/spec-format.md, "Versions and
    // compatibility"): a spec with another major version is refused by SpecLoader.
    static constexpr int FormatMajor = 1;

    QString id;
    QString version;
    LocalText title;
    QString sourceName;      // the file it was loaded from, for messages
    QList<RoundSpec> rounds; // in order of their start dates
    QList<DatasetSpec> datasets;

    const DatasetSpec *dataset(const QString &name) const;
    int roundIndex(const QString &roundId) const;
    // The latest round that started on or before `date`; the first round before any started.
    QString roundInForce(const QDate &date) const;
};

} // namespace veldboek
