#pragma once

// Helpers shared by the fuzz targets (docs/testing.md): a Qt application object for code that
// wants one, a scratch file for readers that take a path, and a workbook built around one part.
#include <QByteArray>
#include <QString>

namespace veldboek::fuzz {

// Once per process: a QCoreApplication, quiet Qt warnings (libFuzzer's output is the report).
void initialise();

// Writes `bytes` to this process's scratch file (under $TMPDIR) and returns its path.
QString scratchFile(const QByteArray &bytes, const QString &suffix);

// The XML parts of a small valid workbook, one of them replaced by `bytes`: "sheet",
// "strings", "styles", "workbook" or "rels" (xl/_rels/workbook.xml.rels). Written as a zip to
// the scratch file; returns its path.
QString workbookWithPart(const char *part, const QByteArray &bytes);

} // namespace veldboek::fuzz
