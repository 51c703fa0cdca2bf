#pragma once

#include <QStringList>

class QTextStream;

namespace veldboek {

// `veldboek-endpoint specs check DIR`: validates a directory of specs before it is deployed with
// `serve --specs DIR`, with the loader the server uses (core/validation/SpecDocument.h). Prints
// one line per spec and returns 0, or names the file and the JSON path of the first problem and
// returns 2.
int specsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace veldboek
