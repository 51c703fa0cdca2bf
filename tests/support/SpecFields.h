#pragma once

#include <QString>
#include <QStringList>

namespace veldboek {
class Register;
}

namespace veldboek::test {

// What "the spec is the one list of fields" means, read from the things themselves: the MDT
// spec's participant fields (resources/specs/mdt.json), the participants table of a real
// register (SQLite's PRAGMA table_info), Participant::keys() and the columns of the portal
// export mdt-proces1 (its header, from a real export of `reg`). The table's columns are
// Participant::keys(), each a field of the spec; the spec's other fields live in the table
// participant_fields, which must exist. Empty when they agree, else each difference on a line
// of its own.
QString specFieldDifferences(Register &reg);

// The participants table's columns that hold a field (not its id, timestamps or submission
// state), in the table's order.
QStringList participantFieldColumns(Register &reg);

} // namespace veldboek::test
