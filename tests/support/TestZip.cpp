#include "TestZip.h"

#include <QFile>
#include <zlib.h>

namespace veldboek::test {

namespace {

void put(QByteArray &out, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

QByteArray deflateRaw(const QByteArray &bytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace

bool writeZip(const QString &path, const QList<ZipPart> &parts, const ZipOptions &options)
{
    const quint64 all = options.zip64 ? 0xFFFFFFFF : 0; // "see the ZIP64 field"
    QByteArray archive;
    QByteArray directory;
    for (const ZipPart &part : parts) {
        const QByteArray name = part.name.toUtf8();
        const QByteArray packed = deflateRaw(part.bytes);
        const quint32 crc = quint32(crc32(
            0, reinterpret_cast<const Bytef *>(part.bytes.constData()), uInt(part.bytes.size())));
        const quint64 offset = quint64(archive.size());
        put(archive, 0x04034b50, 4);
        put(archive, 20, 2);     // version needed
        put(archive, 0x0800, 2); // UTF-8 names
        put(archive, 8, 2);      // deflated
        put(archive, 0, 4);      // time and date
        put(archive, crc, 4);
        put(archive, quint64(packed.size()), 4);
        put(archive, quint64(part.bytes.size()), 4);
        put(archive, quint64(name.size()), 2);
        put(archive, 0, 2);
        archive += name + packed;

        QByteArray extra;
        if (options.zip64) {
            put(extra, 0x0001, 2);
            put(extra, 24, 2);
            put(extra, quint64(part.bytes.size()), 8);
            put(extra, quint64(packed.size()), 8);
            put(extra, offset, 8);
        }
        put(directory, 0x02014b50, 4);
        put(directory, 45, 2); // made by
        put(directory, options.zip64 ? 45 : 20, 2);
        put(directory, 0x0800, 2);
        put(directory, 8, 2);
        put(directory, 0, 4);
        put(directory, crc, 4);
        put(directory, options.zip64 ? all : quint64(packed.size()), 4);
        put(directory, options.zip64 ? all : quint64(part.bytes.size()), 4);
        put(directory, quint64(name.size()), 2);
        put(directory, quint64(extra.size()), 2);
        put(directory, 0, 2); // comment
        put(directory, 0, 2); // disk
        put(directory, 0, 2); // internal attributes
        put(directory, 0, 4); // external attributes
        put(directory, options.zip64 ? all : offset, 4);
        directory += name + extra;
    }
    const quint64 directoryOffset = quint64(archive.size());
    archive += directory;
    if (options.zip64) {
        const quint64 record = quint64(archive.size());
        put(archive, 0x06064b50, 4);
        put(archive, 44, 8); // size of the rest of the record
        put(archive, 45, 2);
        put(archive, 45, 2);
        put(archive, 0, 4);
        put(archive, 0, 4);
        put(archive, quint64(parts.size()), 8);
        put(archive, quint64(parts.size()), 8);
        put(archive, quint64(directory.size()), 8);
        put(archive, directoryOffset, 8);
        put(archive, 0x07064b50, 4);
        put(archive, 0, 4);
        put(archive, record, 8);
        put(archive, 1, 4);
    }
    put(archive, 0x06054b50, 4);
    put(archive, 0, 2);
    put(archive, 0, 2);
    put(archive, options.zip64 ? 0xFFFF : quint64(parts.size()), 2);
    put(archive, options.zip64 ? 0xFFFF : quint64(parts.size()), 2);
    put(archive, options.zip64 ? all : quint64(directory.size()), 4);
    put(archive, options.zip64 ? all : directoryOffset, 4);
    put(archive, 0, 2);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(options.prefix + archive) == options.prefix.size() + archive.size();
}

} // namespace veldboek::test
