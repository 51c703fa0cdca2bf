#include "FieldValue.h"
#include "SpecReader.h"

// The conditions of a spec: a field's "requiredWhen" and a rule's "when" and "require"
// (docs/spec-format.md), read into Predicates with the fields resolved to their indexes.

namespace veldboek {

void SpecReader::readConditions(const QJsonArray &fields, const QString &path, DatasetSpec &dataset)
{
    for (qsizetype i = 0; i < fields.size() && i < dataset.fields.size(); ++i) {
        const QJsonValue condition = fields.at(i).toObject().value(QStringLiteral("requiredWhen"));
        if (!condition.isUndefined())
            dataset.fields[i].condition =
                predicate(condition, child(item(path, i), QStringLiteral("requiredWhen")), dataset);
    }
}

int SpecReader::fieldRef(const QJsonValue &value, const QString &place, const DatasetSpec &dataset)
{
    if (!value.isString()) {
        fail(place, QStringLiteral("must be a field key"));
        return -1;
    }
    if (value.toString() == QLatin1String("$field")) {
        if (m_currentField < 0)
            fail(place, QStringLiteral("\"$field\" is only known inside a rule's conditions"));
        return m_currentField;
    }
    const int index = dataset.fieldIndex(value.toString());
    if (index < 0)
        fail(place, QStringLiteral("no field \"%1\" in dataset \"%2\"")
                        .arg(value.toString(), dataset.name));
    return index;
}

Predicate SpecReader::predicate(const QJsonValue &value, const QString &path,
                                const DatasetSpec &dataset)
{
    Predicate result;
    const QJsonObject object = this->object(value, path);
    if (m_failed)
        return result;
    if (object.contains(QStringLiteral("filled")) || object.contains(QStringLiteral("empty")) ||
        object.contains(QStringLiteral("valid"))) {
        const char *name = object.contains(QStringLiteral("filled"))  ? "filled"
                           : object.contains(QStringLiteral("empty")) ? "empty"
                                                                      : "valid";
        onlyKeys(object, path, {name});
        result.kind = qstrcmp(name, "filled") == 0  ? Predicate::Kind::Filled
                      : qstrcmp(name, "empty") == 0 ? Predicate::Kind::Empty
                                                    : Predicate::Kind::Valid;
        const QString key = QLatin1String(name);
        result.field = fieldRef(object.value(key), child(path, key), dataset);
    } else if (object.contains(QStringLiteral("field"))) {
        result = fieldCondition(object, path, dataset);
    } else if (object.contains(QStringLiteral("compare"))) {
        result = comparison(object, path, dataset);
    } else if (object.contains(QStringLiteral("age"))) {
        result = ageCondition(object, path, dataset);
    } else if (object.contains(QStringLiteral("itemScale"))) {
        result = itemScaleCondition(object, path, dataset);
    } else if (object.contains(QStringLiteral("all")) || object.contains(QStringLiteral("any"))) {
        const bool all = object.contains(QStringLiteral("all"));
        onlyKeys(object, path, {all ? "all" : "any"});
        result.kind = all ? Predicate::Kind::All : Predicate::Kind::Any;
        const QString key = all ? QStringLiteral("all") : QStringLiteral("any");
        const QJsonArray children = array(object, path, all ? "all" : "any", true);
        if (children.isEmpty())
            fail(child(path, key), QStringLiteral("give at least one condition"));
        for (qsizetype i = 0; i < children.size(); ++i)
            result.children.append(predicate(children.at(i), item(child(path, key), i), dataset));
    } else if (object.contains(QStringLiteral("not"))) {
        onlyKeys(object, path, {"not"});
        result.kind = Predicate::Kind::Not;
        result.children.append(predicate(object.value(QStringLiteral("not")),
                                         child(path, QStringLiteral("not")), dataset));
    } else {
        fail(path,
             QStringLiteral("unknown condition; one of filled, empty, valid, field, compare, age, "
                            "itemScale, all, any, not"));
    }
    return result;
}

// {"field": F, "is": V} or {"field": F, "in": [V...]}.
Predicate SpecReader::fieldCondition(const QJsonObject &object, const QString &path,
                                     const DatasetSpec &dataset)
{
    Predicate result;
    onlyKeys(object, path, {"field", "is", "in"});
    result.kind = Predicate::Kind::In;
    result.field = fieldRef(object.value(QStringLiteral("field")),
                            child(path, QStringLiteral("field")), dataset);
    if (object.contains(QStringLiteral("is")))
        result.values.append(string(object, path, "is"));
    else if (object.contains(QStringLiteral("in")))
        result.values =
            strings(object.value(QStringLiteral("in")), child(path, QStringLiteral("in")));
    else
        fail(path, QStringLiteral("a field condition needs \"is\" or \"in\""));
    // Codes of enum and bool fields are resolved now; an unknown one is a spec error.
    if (!m_failed && (dataset.fields.at(result.field).type == FieldType::Enum ||
                      dataset.fields.at(result.field).type == FieldType::Bool)) {
        const FieldSpec &target = dataset.fields.at(result.field);
        result.byCode = true;
        for (const QString &named : std::as_const(result.values)) {
            qint64 code = -1;
            if (target.type == FieldType::Bool)
                code = named == QLatin1String("ja") ? 1 : (named == QLatin1String("nee") ? 0 : -1);
            else
                code = FieldValue::matchCode(target, named, nullptr);
            if (code < 0)
                fail(
                    path,
                    QStringLiteral("\"%1\" is not a value of field \"%2\"").arg(named, target.key));
            result.codes.append(code);
        }
    }
    return result;
}

// {"compare": F, "op": "<", "to": G} or {"compare": F, "op": "<", "value": V}: dates and
// integers only.
Predicate SpecReader::comparison(const QJsonObject &object, const QString &path,
                                 const DatasetSpec &dataset)
{
    Predicate result;
    auto isNumeric = [&](int index) {
        return index >= 0 && (dataset.fields.at(index).type == FieldType::Integer ||
                              dataset.fields.at(index).type == FieldType::Date);
    };
    onlyKeys(object, path, {"compare", "op", "to", "value"});
    result.kind = Predicate::Kind::Compare;
    result.field = fieldRef(object.value(QStringLiteral("compare")),
                            child(path, QStringLiteral("compare")), dataset);
    if (!m_failed && !isNumeric(result.field))
        fail(child(path, QStringLiteral("compare")),
             QStringLiteral("only date and integer fields can be compared"));
    const QString op = string(object, path, "op");
    static const std::pair<const char *, Predicate::Op> ops[] = {
        {"<", Predicate::Op::Less},
        {"<=", Predicate::Op::LessOrEqual},
        {"=", Predicate::Op::Equal},
        {"!=", Predicate::Op::NotEqual},
        {">=", Predicate::Op::GreaterOrEqual},
        {">", Predicate::Op::Greater}};
    bool knownOp = false;
    for (const auto &[name, code] : ops) {
        if (op == QLatin1String(name)) {
            result.op = code;
            knownOp = true;
        }
    }
    if (!knownOp && !op.isEmpty())
        fail(child(path, QStringLiteral("op")), QStringLiteral("one of < <= = != >= >"));
    if (object.contains(QStringLiteral("to"))) {
        result.field2 = fieldRef(object.value(QStringLiteral("to")),
                                 child(path, QStringLiteral("to")), dataset);
        if (!m_failed &&
            dataset.fields.at(result.field2).type != dataset.fields.at(result.field).type)
            fail(child(path, QStringLiteral("to")),
                 QStringLiteral("compare fields of the same type"));
    } else if (object.contains(QStringLiteral("value")) && !m_failed) {
        result.hasConstant = true;
        if (dataset.fields.at(result.field).type == FieldType::Date) {
            const QDate date = isoDate(object, path, "value", true);
            result.constant = date.toJulianDay();
        } else {
            result.constant = integer(object, path, "value").value_or(0);
        }
    } else {
        fail(path, QStringLiteral("a comparison needs \"to\" (a field) or \"value\""));
    }
    return result;
}

// {"age": birth date, "at": date, "min": N, "max": M}.
Predicate SpecReader::ageCondition(const QJsonObject &object, const QString &path,
                                   const DatasetSpec &dataset)
{
    Predicate result;
    onlyKeys(object, path, {"age", "at", "min", "max"});
    result.kind = Predicate::Kind::Age;
    result.field =
        fieldRef(object.value(QStringLiteral("age")), child(path, QStringLiteral("age")), dataset);
    result.field2 =
        fieldRef(object.value(QStringLiteral("at")), child(path, QStringLiteral("at")), dataset);
    if (!m_failed && (dataset.fields.at(result.field).type != FieldType::Date ||
                      dataset.fields.at(result.field2).type != FieldType::Date))
        fail(path, QStringLiteral("age and at must be date fields"));
    const auto low = integer(object, path, "min");
    const auto high = integer(object, path, "max");
    if (!low || !high)
        fail(path, QStringLiteral("an age condition needs min and max"));
    result.min = low.value_or(0);
    result.max = high.value_or(0);
    return result;
}

// {"itemScale": item field, "answer": answer field}: the answer is on the item's scale.
Predicate SpecReader::itemScaleCondition(const QJsonObject &object, const QString &path,
                                         const DatasetSpec &dataset)
{
    Predicate result;
    onlyKeys(object, path, {"itemScale", "answer"});
    result.kind = Predicate::Kind::ItemScale;
    result.field = fieldRef(object.value(QStringLiteral("itemScale")),
                            child(path, QStringLiteral("itemScale")), dataset);
    result.field2 = fieldRef(object.value(QStringLiteral("answer")),
                             child(path, QStringLiteral("answer")), dataset);
    if (dataset.itemScales.isEmpty())
        fail(path, QStringLiteral("the dataset defines no items and scales"));
    else if (!m_failed && dataset.fields.at(result.field).type != FieldType::Enum)
        fail(child(path, QStringLiteral("itemScale")),
             QStringLiteral("the item field must be an enum of the item codes"));
    return result;
}

} // namespace veldboek
