#pragma once

#include "Validator.h"

namespace veldboek {

// What changes for the user when a register is checked against another spec version or round.
struct SpecChange
{
    enum class Kind {
        NewFinding,      // the newer spec finds something the older did not
        MoreRows,        // the same finding, on more rows
        FewerRows,       // the same finding, on fewer rows
        ResolvedFinding, // the older spec found it, the newer does not
    };
    Kind kind = Kind::NewFinding;
    QString dataset;
    QString rule;
    QString field;
    Severity severity = Severity::Error;
    bool cleared = false;
    int before = 0;  // rows with the finding under the older spec
    int after = 0;   // rows with it under the newer spec
    QList<int> rows; // the first rows of the newer finding (of the older one when resolved)
    QString message; // for the user, in the newer validator's language
};

class SpecComparison
{
public:
    // Checks the same tables with both validators and lists the differences, errors first.
    static QList<SpecChange> compare(const Validator &before, const Validator &after,
                                     const QList<DataTable> &tables);
    // The changes as lines of text.
    static QString toText(const QList<SpecChange> &changes, const QString &language);
};

} // namespace veldboek
