#pragma once

#include "FieldValue.h"

namespace veldboek {

// Problems with the shape of a table rather than with a value.
enum class StructureIssue : quint8 {
    MissingColumn,
    UnknownColumn,
    DuplicateColumn,
    RaggedRow,
    NoDataRows,
    Count
};

// A message of the engine itself, in both languages; %1 is the field's label, %2 a detail (the
// allowed codes, a range, a date). Spec rules carry their own messages in the spec file.
struct MessageTemplate
{
    const char *rule;
    const char *nl;
    const char *en;
};

class CheckMessages
{
public:
    static const MessageTemplate &forCheck(Check check);
    static const MessageTemplate &forStructure(StructureIssue issue);
    static QString text(const MessageTemplate &message, const QString &language,
                        const QString &label, const QString &detail = {});
    // The detail a check's message shows for a field: allowed codes, the range, the first date.
    static QString detail(Check check, const FieldSpec &field, const QString &language);
};

} // namespace veldboek
