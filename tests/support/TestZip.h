#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A zip written by hand (deflated entries, a central directory, an end record), for test
// programs that load libxlsxwriter and so cannot link QuaZip (core/exchange/XlsxWriter.cpp says
// why), and for zips QuaZip does not make: ZIP64 records, bytes before the archive.
namespace veldboek::test {

struct ZipPart
{
    QString name;
    QByteArray bytes;
};

struct ZipOptions
{
    QByteArray prefix;  // bytes before the archive, which its offsets do not count
    bool zip64 = false; // sizes and offsets in ZIP64 extra fields and end records
};

bool writeZip(const QString &path, const QList<ZipPart> &parts, const ZipOptions &options = {});

} // namespace veldboek::test
