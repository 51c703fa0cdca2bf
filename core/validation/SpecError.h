#pragma once

#include <QString>

namespace veldboek {

// Why a spec file was refused: the file, the place in it (a JSON path such as
// `datasets[0].fields[3].type`, or a line and column for a syntax error) and what is wrong.
struct SpecError
{
    QString file;
    QString place;
    QString message;

    QString toString() const;
};

} // namespace veldboek
