#pragma once

#include "XlsxPackage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <optional>

// Text of string items: shared strings (<si>) and inline strings (<is>) are plain <t> or rich
// text runs <r><rPr/><t/></r>; phonetic guides (<rPh>) are not part of the text.
namespace veldboek::xlsx {

// Excel writes characters XML cannot carry as _xHHHH_ (and a literal "_x" sequence as _x005F_).
void decodeEscapes(QString &text);

// Reads the element the reader is on (si or is) to its end. False on an XML error; *overlong
// when the text exceeds the cell limit (the text is then left incomplete).
bool readStringItem(QXmlStreamReader &xml, QString *text, bool *overlong);

// The text of a simple element such as <v>, within the cell limit.
bool readValue(QXmlStreamReader &xml, QString *text, bool *overlong);

struct SharedStrings
{
    QStringList texts;
    QList<bool> overlong; // such a string is refused only when a cell of the sheet uses it
};

std::optional<SharedStrings> loadSharedStrings(Package &package, const QString &part,
                                               XlsxError *error);

} // namespace veldboek::xlsx
