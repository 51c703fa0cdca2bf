#pragma once

#include "validation/Spec.h"

#include <QString>

namespace veldboek {

class Register;

// The labels of the fields of every spec a register has used (issue 15, item 5): a field a newer
// spec no longer asks for keeps its values, and the form (NoLongerRequestedBox) and the own
// export ("(no longer requested)" columns) name it by the label of the spec that last defined it,
// not by its key. Kept in the register's settings table under "field_labels" as JSON
// {"<dataset>/<key>": {"nl": ..., "en": ...}}: no schema change. SpecStore::store remembers the
// labels of the spec it replaces and of the new one.
class FieldLabels
{
public:
    explicit FieldLabels(Register &reg)
        : m_register(reg)
    {}

    // Adds (or replaces) the labels of every field of `spec`. False on a write error.
    bool remember(const Spec &spec);
    // The label of `key` in `dataset`, in `language`: the remembered one, else the built-in
    // specs', else the key itself.
    QString label(const QString &dataset, const QString &key, const QString &language) const;

private:
    Register &m_register;
};

} // namespace veldboek
