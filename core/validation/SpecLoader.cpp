#include "SpecLoader.h"

#include "FieldValue.h"
#include "JsonPathReader.h"
#include "SpecReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace veldboek {

QString SpecError::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, place, message);
}

namespace {

// A header as an import compares it: lower case, no diacritics, letters and digits only (the
// same as ColumnMapping::comparable, which lives a layer above the specs).
QString headerName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString text;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            text.append(c.toLower());
    }
    return text;
}

Requirement parseRequirement(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("required"))
        return Requirement::Required;
    if (text == QLatin1String("required-from"))
        return Requirement::RequiredFrom;
    if (text == QLatin1String("optional"))
        return Requirement::Optional;
    if (text == QLatin1String("local-only"))
        return Requirement::LocalOnly;
    *ok = false;
    return Requirement::Optional;
}

std::optional<FieldType> parseType(const QString &text)
{
    for (FieldType type : {FieldType::Text, FieldType::Integer, FieldType::Date, FieldType::Enum,
                           FieldType::Bool, FieldType::Bsn, FieldType::Postcode,
                           FieldType::Municipality, FieldType::Email, FieldType::Phone}) {
        if (fieldTypeName(type) == text)
            return type;
    }
    return std::nullopt;
}

} // namespace

Spec SpecReader::read(const QJsonObject &root)
{
    Spec spec;
    onlyKeys(root, {},
             {"$comment", "formatVersion", "id", "version", "title", "rounds", "datasets"});
    // A spec in a format this build does not know (a new major version) is refused as a whole:
    // half-reading it would check with rules the funder did not write (docs/spec-format.md,
    // "Versions and compatibility"). A missing formatVersion is 1.0, the format of the first specs.
    if (root.contains(QLatin1String("formatVersion"))) {
        const QString format = string(root, {}, "formatVersion");
        const QStringList parts = format.split(QLatin1Char('.'));
        bool majorOk = false;
        const int major = parts.value(0).toInt(&majorOk);
        bool minorOk = parts.size() == 2;
        if (minorOk)
            parts.at(1).toInt(&minorOk);
        if (!failed() && (!majorOk || !minorOk))
            fail(QStringLiteral("formatVersion"),
                 QStringLiteral("expected MAJOR.MINOR, such as \"1.0\""));
        else if (!failed() && major != Spec::FormatMajor)
            fail(QStringLiteral("formatVersion"),
                 QStringLiteral("format version %1 is not supported: this build reads %2.x")
                     .arg(format)
                     .arg(Spec::FormatMajor));
    }
    spec.id = string(root, {}, "id");
    spec.version = string(root, {}, "version");
    spec.title = text(root, {}, "title");
    const QJsonArray rounds = array(root, {}, "rounds", false);
    for (qsizetype i = 0; i < rounds.size(); ++i)
        readRound(rounds.at(i), item(QStringLiteral("rounds"), i), spec);
    const QJsonArray datasets = array(root, {}, "datasets", true);
    if (datasets.isEmpty())
        fail(QStringLiteral("datasets"), QStringLiteral("a spec needs at least one dataset"));
    for (qsizetype i = 0; i < datasets.size(); ++i)
        readDataset(datasets.at(i), item(QStringLiteral("datasets"), i), spec);
    return spec;
}

void SpecReader::readRound(const QJsonValue &value, const QString &path, Spec &spec)
{
    const QJsonObject object = this->object(value, path);
    onlyKeys(object, path, {"id", "start", "label", "$comment"});
    RoundSpec round;
    round.id = string(object, path, "id");
    round.start = isoDate(object, path, "start", true);
    round.label = text(object, path, "label");
    if (spec.roundIndex(round.id) >= 0)
        fail(child(path, QStringLiteral("id")), QStringLiteral("round defined twice"));
    if (!spec.rounds.isEmpty() && round.start.isValid() && round.start <= spec.rounds.last().start)
        fail(child(path, QStringLiteral("start")),
             QStringLiteral("rounds must be listed in the order of their start dates"));
    spec.rounds.append(round);
}

void SpecReader::readDataset(const QJsonValue &value, const QString &path, Spec &spec)
{
    const QJsonObject object = this->object(value, path);
    onlyKeys(object, path,
             {"$comment", "name", "label", "formats", "roundField", "fields", "rules",
              "datasetRules", "scales", "items", "groups"});
    DatasetSpec dataset;
    dataset.name = string(object, path, "name");
    if (spec.dataset(dataset.name))
        fail(child(path, QStringLiteral("name")), QStringLiteral("dataset defined twice"));
    dataset.label = text(object, path, "label");
    dataset.formats =
        strings(object.value(QStringLiteral("formats")), child(path, QStringLiteral("formats")));
    if (dataset.formats.isEmpty())
        fail(child(path, QStringLiteral("formats")), QStringLiteral("name at least one format"));

    const QJsonArray scales = array(object, path, "scales", false);
    for (qsizetype i = 0; i < scales.size(); ++i) {
        const QString place = item(child(path, QStringLiteral("scales")), i);
        const QJsonObject scaleObject = this->object(scales.at(i), place);
        onlyKeys(scaleObject, place, {"name", "label", "min", "max", "codes"});
        ScaleSpec scale;
        scale.name = string(scaleObject, place, "name");
        scale.label = text(scaleObject, place, "label");
        if (scaleObject.contains(QStringLiteral("codes"))) {
            scale.codes = strings(scaleObject.value(QStringLiteral("codes")),
                                  child(place, QStringLiteral("codes")));
        } else {
            const auto low = integer(scaleObject, place, "min");
            const auto high = integer(scaleObject, place, "max");
            if (!low || !high || *low > *high)
                fail(place, QStringLiteral("a scale needs codes, or min and max with min <= max"));
            scale.minimum = low.value_or(0);
            scale.maximum = high.value_or(0);
        }
        dataset.scales.append(scale);
    }
    const QJsonValue items = object.value(QStringLiteral("items"));
    if (!items.isUndefined()) {
        const QString place = child(path, QStringLiteral("items"));
        const QJsonObject itemObject = this->object(items, place);
        for (auto it = itemObject.begin(); it != itemObject.end(); ++it) {
            int scaleIndex = -1;
            for (int s = 0; s < dataset.scales.size(); ++s) {
                if (dataset.scales.at(s).name == it.value().toString())
                    scaleIndex = s;
            }
            if (scaleIndex < 0)
                fail(child(place, it.key()), QStringLiteral("no scale of that name"));
            dataset.itemScales.insert(it.key().toUpper(), scaleIndex);
        }
    }

    const QJsonArray fields = array(object, path, "fields", true);
    if (fields.isEmpty())
        fail(child(path, QStringLiteral("fields")), QStringLiteral("a dataset needs fields"));
    for (qsizetype i = 0; i < fields.size(); ++i)
        readField(fields.at(i), item(child(path, QStringLiteral("fields")), i), spec, dataset);
    checkAliases(child(path, QStringLiteral("fields")), dataset);
    readGroups(object, path, dataset);
    // Conditions may name fields defined further down, so they are read once all fields exist.
    readConditions(fields, child(path, QStringLiteral("fields")), dataset);

    if (object.contains(QStringLiteral("roundField"))) {
        const QString key = string(object, path, "roundField");
        dataset.roundField = dataset.fieldIndex(key);
        if (dataset.roundField < 0 || dataset.fields.at(dataset.roundField).type != FieldType::Date)
            fail(child(path, QStringLiteral("roundField")),
                 QStringLiteral("must name a date field of this dataset"));
    }
    const QJsonArray rules = array(object, path, "rules", false);
    for (qsizetype i = 0; i < rules.size(); ++i)
        readRule(rules.at(i), item(child(path, QStringLiteral("rules")), i), spec, dataset);
    const QJsonArray datasetRules = array(object, path, "datasetRules", false);
    for (qsizetype i = 0; i < datasetRules.size(); ++i)
        readDatasetRule(datasetRules.at(i), item(child(path, QStringLiteral("datasetRules")), i),
                        dataset);
    spec.datasets.append(dataset);
}

void SpecReader::readField(const QJsonValue &value, const QString &path, const Spec &spec,
                           DatasetSpec &dataset)
{
    const QJsonObject object = this->object(value, path);
    onlyKeys(object, path,
             {"$comment",   "key",         "label",        "aliases",      "help",
              "type",       "requirement", "requiredFrom", "requiredWhen", "transmit",
              "columns",    "codes",       "min",          "max",          "maxLength",
              "digitsOnly", "notFuture",   "notBefore",    "group",        "selfRegistration"});
    FieldSpec field;
    field.key = string(object, path, "key");
    if (dataset.fieldIndex(field.key) >= 0)
        fail(child(path, QStringLiteral("key")), QStringLiteral("field defined twice"));
    field.label = text(object, path, "label");
    field.help = text(object, path, "help");
    if (object.contains(QStringLiteral("aliases"))) {
        const QString place = child(path, QStringLiteral("aliases"));
        field.aliases = strings(object.value(QStringLiteral("aliases")), place);
        for (const QString &alias : std::as_const(field.aliases)) {
            if (headerName(alias).isEmpty())
                fail(place, QStringLiteral("an alias needs a letter or digit"));
        }
    }

    readFieldKind(object, path, spec, field);
    readTransmission(object, path, dataset, field);
    readCodes(object, path, field);
    readLimits(object, path, field);
    readSelfRegistration(object, path, field);
    FieldValue::prepareCodes(field);
    dataset.fields.append(field);
}

// "type", "requirement" and "requiredFrom" (a round of the spec).
void SpecReader::readFieldKind(const QJsonObject &object, const QString &path, const Spec &spec,
                               FieldSpec &field)
{
    const QString typeName = string(object, path, "type");
    if (const auto type = parseType(typeName))
        field.type = *type;
    else if (!typeName.isEmpty())
        fail(child(path, QStringLiteral("type")),
             QStringLiteral("unknown type \"%1\"; one of text, integer, date, enum, bool, bsn, "
                            "postcode, municipality, email, phone")
                 .arg(typeName));

    bool known = false;
    const QString requirement = string(object, path, "requirement");
    field.requirement = parseRequirement(requirement, &known);
    if (!known && !requirement.isEmpty())
        fail(child(path, QStringLiteral("requirement")),
             QStringLiteral("unknown requirement \"%1\"; one of required, required-from, "
                            "optional, local-only")
                 .arg(requirement));
    if (field.requirement == Requirement::RequiredFrom) {
        field.requiredFrom = string(object, path, "requiredFrom");
        if (!field.requiredFrom.isEmpty() && spec.roundIndex(field.requiredFrom) < 0)
            fail(child(path, QStringLiteral("requiredFrom")),
                 QStringLiteral("no round \"%1\" in this spec").arg(field.requiredFrom));
    } else if (object.contains(QStringLiteral("requiredFrom"))) {
        fail(child(path, QStringLiteral("requiredFrom")),
             QStringLiteral("only with requirement \"required-from\""));
    }
}

// "transmit" and "columns": whether and how the field is sent, and its column per file format.
void SpecReader::readTransmission(const QJsonObject &object, const QString &path,
                                  const DatasetSpec &dataset, FieldSpec &field)
{
    const QString transmit = string(object, path, "transmit");
    if (transmit == QLatin1String("plain"))
        field.transmit = Transmit::Plain;
    else if (transmit == QLatin1String("pseudonymised"))
        field.transmit = Transmit::Pseudonymised;
    else if (transmit == QLatin1String("never"))
        field.transmit = Transmit::Never;
    else if (!transmit.isEmpty())
        fail(child(path, QStringLiteral("transmit")),
             QStringLiteral("unknown transmit policy \"%1\"; one of plain, pseudonymised, never")
                 .arg(transmit));
    if (field.requirement == Requirement::LocalOnly && field.transmit != Transmit::Never)
        fail(child(path, QStringLiteral("transmit")),
             QStringLiteral("a local-only field is never transmitted"));

    const QJsonValue columns = object.value(QStringLiteral("columns"));
    if (!columns.isUndefined()) {
        const QString place = child(path, QStringLiteral("columns"));
        const QJsonObject columnObject = this->object(columns, place);
        for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
            if (!dataset.formats.contains(it.key()))
                fail(child(place, it.key()), QStringLiteral("not a format of this dataset"));
            if (!it.value().isString() || it.value().toString().isEmpty())
                fail(child(place, it.key()), QStringLiteral("must be a column name"));
            field.columns.insert(it.key(), it.value().toString());
        }
    }
    if (field.transmit == Transmit::Never && !field.columns.isEmpty())
        fail(child(path, QStringLiteral("columns")),
             QStringLiteral("a field that is never transmitted has no column in a file format"));
}

// "codes" of an enum, each with its label and aliases.
void SpecReader::readCodes(const QJsonObject &object, const QString &path, FieldSpec &field)
{
    const QJsonArray codes = array(object, path, "codes", field.type == FieldType::Enum);
    if (field.type != FieldType::Enum && object.contains(QStringLiteral("codes")))
        fail(child(path, QStringLiteral("codes")), QStringLiteral("only for type enum"));
    if (field.type == FieldType::Enum && codes.isEmpty())
        fail(child(path, QStringLiteral("codes")), QStringLiteral("an enum needs codes"));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString place = item(child(path, QStringLiteral("codes")), i);
        const QJsonObject codeObject = this->object(codes.at(i), place);
        onlyKeys(codeObject, place, {"code", "label", "aliases"});
        CodeSpec code;
        code.code = string(codeObject, place, "code");
        code.placeholder = code.code.indexOf(QLatin1String("{n}"));
        if (code.placeholder >= 0 &&
            code.code.indexOf(QLatin1String("{n}"), code.placeholder + 1) >= 0)
            fail(child(place, QStringLiteral("code")), QStringLiteral("at most one {n} in a code"));
        code.label = text(codeObject, place, "label");
        if (codeObject.contains(QStringLiteral("aliases")))
            code.aliases = strings(codeObject.value(QStringLiteral("aliases")),
                                   child(place, QStringLiteral("aliases")));
        field.codes.append(code);
    }
}

// "selfRegistration": the field is on the form people fill in themselves (the kiosk), with a
// question in plain language. Never a citizen service number: the kiosk is open to anyone
// passing by, and that number is not asked there (docs/privacy.md, "The kiosk").
void SpecReader::readSelfRegistration(const QJsonObject &object, const QString &path,
                                      FieldSpec &field)
{
    if (!object.contains(QStringLiteral("selfRegistration")))
        return;
    const QString place = child(path, QStringLiteral("selfRegistration"));
    const QJsonObject self = this->object(object.value(QStringLiteral("selfRegistration")), place);
    onlyKeys(self, place, {"label", "help"});
    field.selfRegistration = true;
    field.selfLabel = text(self, place, "label");
    field.selfHelp = text(self, place, "help", false);
    if (field.type == FieldType::Bsn)
        fail(place, QStringLiteral("a citizen service number is never asked by self-registration"));
}

// What a value may be: "min", "max", "maxLength", "digitsOnly", "notFuture", "notBefore", and
// the form's "group".
void SpecReader::readLimits(const QJsonObject &object, const QString &path, FieldSpec &field)
{
    field.minimum = integer(object, path, "min");
    field.maximum = integer(object, path, "max");
    if ((field.minimum || field.maximum) && field.type != FieldType::Integer)
        fail(path, QStringLiteral("min and max are only for type integer"));
    if (field.minimum && field.maximum && *field.minimum > *field.maximum)
        fail(child(path, QStringLiteral("min")), QStringLiteral("min is greater than max"));
    if (const auto length = integer(object, path, "maxLength")) {
        if (*length < 1 || *length > 100000)
            fail(child(path, QStringLiteral("maxLength")), QStringLiteral("must be 1..100000"));
        field.maxLength = static_cast<int>(*length);
    }
    field.group = string(object, path, "group", false);
    field.digitsOnly = boolean(object, path, "digitsOnly");
    field.notFuture = boolean(object, path, "notFuture");
    if (object.contains(QStringLiteral("notBefore")))
        field.notBefore = isoDate(object, path, "notBefore", true);
    if ((field.notFuture || field.notBefore) && field.type != FieldType::Date)
        fail(path, QStringLiteral("notFuture and notBefore are only for type date"));
    if (field.digitsOnly && field.type != FieldType::Text)
        fail(child(path, QStringLiteral("digitsOnly")), QStringLiteral("only for type text"));
}

void SpecReader::readRule(const QJsonValue &value, const QString &path, const Spec &spec,
                          DatasetSpec &dataset)
{
    const QJsonObject object = this->object(value, path);
    onlyKeys(object, path,
             {"$comment", "id", "severity", "field", "fields", "when", "require", "message",
              "fromRound"});
    RuleSpec rule;
    rule.id = string(object, path, "id");
    const QString severity = string(object, path, "severity");
    if (severity == QLatin1String("error"))
        rule.severity = Severity::Error;
    else if (severity == QLatin1String("warning"))
        rule.severity = Severity::Warning;
    else if (!severity.isEmpty())
        fail(child(path, QStringLiteral("severity")),
             QStringLiteral("unknown severity \"%1\"; error or warning").arg(severity));
    rule.message = text(object, path, "message");
    if (object.contains(QStringLiteral("fromRound"))) {
        rule.fromRound = string(object, path, "fromRound");
        if (spec.roundIndex(rule.fromRound) < 0)
            fail(child(path, QStringLiteral("fromRound")),
                 QStringLiteral("no round \"%1\" in this spec").arg(rule.fromRound));
    }
    if (!object.contains(QStringLiteral("require")))
        fail(child(path, QStringLiteral("require")), QStringLiteral("missing"));

    // A rule for several fields is the same rule once per field; "$field" names the current one.
    QList<std::pair<QJsonValue, QString>> targets;
    if (object.contains(QStringLiteral("field"))) {
        targets.append(
            {object.value(QStringLiteral("field")), child(path, QStringLiteral("field"))});
    } else {
        const QString place = child(path, QStringLiteral("fields"));
        const QStringList keys = strings(object.value(QStringLiteral("fields")), place);
        if (keys.isEmpty())
            fail(place, QStringLiteral("a rule reports on a field: give field or fields"));
        for (qsizetype i = 0; i < keys.size(); ++i)
            targets.append({QJsonValue(keys.at(i)), item(place, i)});
    }
    for (const auto &[target, place] : targets) {
        RuleSpec expanded = rule;
        expanded.field = fieldRef(target, place, dataset);
        m_currentField = expanded.field;
        if (object.contains(QStringLiteral("when")))
            expanded.when = predicate(object.value(QStringLiteral("when")),
                                      child(path, QStringLiteral("when")), dataset);
        if (object.contains(QStringLiteral("require")))
            expanded.require = predicate(object.value(QStringLiteral("require")),
                                         child(path, QStringLiteral("require")), dataset);
        m_currentField = -1;
        for (const RuleSpec &other : std::as_const(dataset.rules)) {
            if (other.id == expanded.id && other.field == expanded.field)
                fail(child(path, QStringLiteral("id")),
                     QStringLiteral("rule id used twice for the same field"));
        }
        dataset.rules.append(expanded);
    }
}

// An import maps a header to the one field that knows it; an alias that is also another field's
// key, label or alias would make that a coin toss. Compared as the import compares headers
// (case, accents, punctuation and spaces left out).
void SpecReader::checkAliases(const QString &path, const DatasetSpec &dataset)
{
    for (qsizetype i = 0; i < dataset.fields.size(); ++i) {
        const FieldSpec &field = dataset.fields.at(i);
        for (const QString &alias : field.aliases) {
            const QString name = headerName(alias);
            for (qsizetype j = 0; j < dataset.fields.size(); ++j) {
                const FieldSpec &other = dataset.fields.at(j);
                if (i == j)
                    continue;
                QStringList names{headerName(other.key), headerName(other.label.nl),
                                  headerName(other.label.en)};
                for (const QString &known : other.aliases)
                    names.append(headerName(known));
                if (names.contains(name))
                    fail(child(item(path, i), QStringLiteral("aliases")),
                         QStringLiteral("\"%1\" already names the field %2").arg(alias, other.key));
            }
        }
    }
}

// The form's headings: every group a field names exists, every field in an `order` is of that
// group.
void SpecReader::readGroups(const QJsonObject &object, const QString &path, DatasetSpec &dataset)
{
    const QJsonArray groups = array(object, path, "groups", false);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString place = item(child(path, QStringLiteral("groups")), i);
        const QJsonObject groupObject = this->object(groups.at(i), place);
        onlyKeys(groupObject, place, {"id", "label", "order"});
        FieldGroupSpec group;
        group.id = string(groupObject, place, "id");
        group.label = text(groupObject, place, "label");
        for (const FieldGroupSpec &other : std::as_const(dataset.groups)) {
            if (other.id == group.id)
                fail(child(place, QStringLiteral("id")), QStringLiteral("group defined twice"));
        }
        const QString orderPlace = child(place, QStringLiteral("order"));
        const QStringList order =
            groupObject.contains(QStringLiteral("order"))
                ? strings(groupObject.value(QStringLiteral("order")), orderPlace)
                : QStringList();
        for (const QString &key : order) {
            const int field = dataset.fieldIndex(key);
            if (field < 0 || dataset.fields.at(field).group != group.id ||
                group.order.contains(field))
                fail(orderPlace,
                     QStringLiteral("\"%1\" is not a field of this group, or is listed twice")
                         .arg(key));
            else
                group.order.append(field);
        }
        dataset.groups.append(group);
    }
    for (qsizetype f = 0; f < dataset.fields.size(); ++f) {
        const QString &group = dataset.fields.at(f).group;
        const bool known = std::any_of(dataset.groups.cbegin(), dataset.groups.cend(),
                                       [&](const FieldGroupSpec &g) { return g.id == group; });
        if (!group.isEmpty() && !known)
            fail(child(item(child(path, QStringLiteral("fields")), f), QStringLiteral("group")),
                 QStringLiteral("no group \"%1\" in this dataset's groups").arg(group));
    }
}

void SpecReader::readDatasetRule(const QJsonValue &value, const QString &path, DatasetSpec &dataset)
{
    const QJsonObject object = this->object(value, path);
    onlyKeys(object, path,
             {"$comment", "id", "kind", "severity", "field", "key", "keys", "ignore", "message"});
    DatasetRuleSpec rule;
    rule.id = string(object, path, "id");
    const QString kind = string(object, path, "kind");
    if (kind == QLatin1String("unique"))
        rule.kind = DatasetRuleSpec::Kind::Unique;
    else if (kind == QLatin1String("duplicate"))
        rule.kind = DatasetRuleSpec::Kind::Duplicate;
    else if (!kind.isEmpty())
        fail(child(path, QStringLiteral("kind")),
             QStringLiteral("unknown kind \"%1\"; unique or duplicate").arg(kind));
    const QString severity = string(object, path, "severity");
    rule.severity = severity == QLatin1String("warning") ? Severity::Warning : Severity::Error;
    if (severity != QLatin1String("warning") && severity != QLatin1String("error"))
        fail(child(path, QStringLiteral("severity")), QStringLiteral("error or warning"));
    rule.field = fieldRef(object.value(QStringLiteral("field")),
                          child(path, QStringLiteral("field")), dataset);
    auto readGroup = [&](const QJsonValue &group, const QString &place) {
        QList<int> indexes;
        const QStringList keys = strings(group, place);
        if (keys.isEmpty())
            fail(place, QStringLiteral("a key needs at least one field"));
        for (qsizetype i = 0; i < keys.size(); ++i)
            indexes.append(fieldRef(QJsonValue(keys.at(i)), item(place, i), dataset));
        return indexes;
    };
    if (rule.kind == DatasetRuleSpec::Kind::Unique) {
        rule.keys.append(
            readGroup(object.value(QStringLiteral("key")), child(path, QStringLiteral("key"))));
    } else {
        const QJsonArray groups = array(object, path, "keys", true);
        for (qsizetype i = 0; i < groups.size(); ++i)
            rule.keys.append(readGroup(groups.at(i), item(child(path, QStringLiteral("keys")), i)));
        if (groups.isEmpty())
            fail(child(path, QStringLiteral("keys")), QStringLiteral("give at least one key"));
    }
    if (object.contains(QStringLiteral("ignore")))
        rule.ignoreValues =
            strings(object.value(QStringLiteral("ignore")), child(path, QStringLiteral("ignore")));
    rule.message = text(object, path, "message");
    dataset.datasetRules.append(rule);
}

std::optional<Spec> SpecLoader::fromJson(const QByteArray &json, const QString &sourceName,
                                         SpecError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = SpecError{sourceName, JsonPathReader::lineAndColumn(json, parseError.offset),
                               parseError.errorString()};
        return std::nullopt;
    }
    SpecReader reader(sourceName);
    if (!document.isObject()) {
        reader.fail({}, QStringLiteral("the spec must be a JSON object"));
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    Spec spec = reader.read(document.object());
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    spec.sourceName = sourceName;
    return spec;
}

std::optional<Spec> SpecLoader::fromFile(const QString &path, SpecError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SpecError{path, QStringLiteral("-"), file.errorString()};
        return std::nullopt;
    }
    // A spec is a few tens of kilobytes; a huge file is not a spec.
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = SpecError{path, QStringLiteral("-"), QStringLiteral("file too large")};
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

std::optional<Spec> SpecLoader::builtin(const QString &id, SpecError *error)
{
    const QString path = QStringLiteral(":/specs/%1.json").arg(id);
    if (!QFile::exists(path)) {
        if (error)
            *error = SpecError{id, QStringLiteral("-"),
                               QStringLiteral("unknown spec; known: %1")
                                   .arg(builtinIds().join(QStringLiteral(", ")))};
        return std::nullopt;
    }
    return fromFile(path, error);
}

QStringList SpecLoader::builtinIds()
{
    QStringList ids;
    const QStringList files =
        QDir(QStringLiteral(":/specs")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files)
        ids.append(file.chopped(5));
    return ids;
}

} // namespace veldboek
