#pragma once

#include "JsonPathReader.h"
#include "Spec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace veldboek {

// Builds a Spec from the document, checking what the format promises (docs/spec-format.md);
// the reading with paths is JsonPathReader's. Internal to SpecLoader: the spec, its datasets,
// fields and rules are read in SpecLoader.cpp, the conditions ("requiredWhen", a rule's "when"
// and "require") in SpecConditions.cpp.
class SpecReader : public JsonPathReader
{
public:
    using JsonPathReader::JsonPathReader;

    Spec read(const QJsonObject &root);

private:
    void readRound(const QJsonValue &value, const QString &path, Spec &spec);
    void readDataset(const QJsonValue &value, const QString &path, Spec &spec);
    void readField(const QJsonValue &value, const QString &path, const Spec &spec,
                   DatasetSpec &dataset);
    // The parts of a field: its type and requirement, where it is sent (transmit policy and
    // file columns), its codes, and the limits on its values.
    void readFieldKind(const QJsonObject &object, const QString &path, const Spec &spec,
                       FieldSpec &field);
    void readTransmission(const QJsonObject &object, const QString &path,
                          const DatasetSpec &dataset, FieldSpec &field);
    void readCodes(const QJsonObject &object, const QString &path, FieldSpec &field);
    void readLimits(const QJsonObject &object, const QString &path, FieldSpec &field);
    void readSelfRegistration(const QJsonObject &object, const QString &path, FieldSpec &field);
    void readConditions(const QJsonArray &fields, const QString &path, DatasetSpec &dataset);
    void readRule(const QJsonValue &value, const QString &path, const Spec &spec,
                  DatasetSpec &dataset);
    void readDatasetRule(const QJsonValue &value, const QString &path, DatasetSpec &dataset);
    void checkAliases(const QString &path, const DatasetSpec &dataset);
    void readGroups(const QJsonObject &object, const QString &path, DatasetSpec &dataset);
    Predicate predicate(const QJsonValue &value, const QString &path, const DatasetSpec &dataset);
    // The kinds of condition with more than a field to read (SpecConditions.cpp).
    Predicate fieldCondition(const QJsonObject &object, const QString &path,
                             const DatasetSpec &dataset);
    Predicate comparison(const QJsonObject &object, const QString &path,
                         const DatasetSpec &dataset);
    Predicate ageCondition(const QJsonObject &object, const QString &path,
                           const DatasetSpec &dataset);
    Predicate itemScaleCondition(const QJsonObject &object, const QString &path,
                                 const DatasetSpec &dataset);
    int fieldRef(const QJsonValue &value, const QString &place, const DatasetSpec &dataset);

    int m_currentField = -1; // the field a rule is being expanded for ("$field")
};

} // namespace veldboek
