#pragma once

#include "PortalExport.h"

namespace veldboek {

// The organisation's own export of its participants and outcome data (the Excel workbook for its
// own use, app/gui/import/ExportDialog.cpp): the columns of the portal file, and after them a
// column for every field the spec in force no longer asks for that still holds a value in the
// register, headed "<label> (no longer requested)", the label of the spec that last defined the
// field (storage/FieldLabels.h) in `language`. A spec never makes data disappear: such values stay
// in the register and come out here, but not in a portal file or a submission package
// (docs/spec-format.md, "A field no longer requested").
class OwnExport
{
public:
    // `spec` must be the register's MDT spec in force (storage/SpecStore.h).
    static PortalExport::Result participants(Register &reg, const Spec &spec,
                                             const QString &language);
    // Any format: participants as above; an outcome dataset (GAS, problem-reduction, CEM+) the
    // same way, its fields no longer requested read from outcome_fields
    // (storage/OutcomeExtraFields.h). `spec` is the register's spec in force for the format.
    static PortalExport::Result run(Register &reg, const PortalFormat &format, const Spec &spec,
                                    const QString &language);
    // The header of a column no longer requested, in the user's language.
    static QString noLongerRequestedHeader(const QString &label);
};

} // namespace veldboek
