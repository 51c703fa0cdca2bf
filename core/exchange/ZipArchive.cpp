#include "ZipArchive.h"

#include "ReaderLimits.h"

#include <algorithm>
#include <zlib.h>

// The format: PKWARE's APPNOTE.TXT (sections 4.3.6-4.3.16 for the records read here). Records are
// little-endian; every field is read through at() from a buffer whose size was checked first.
namespace veldboek::zip {

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 endSize = 22;
constexpr qint64 zip64LocatorSize = 20;
constexpr qint64 zip64EndSize = 56;
constexpr qint64 directoryHeaderSize = 46;
constexpr qint64 localHeaderSize = 30;
constexpr qint64 maxCommentSize = 0xFFFF;
constexpr quint16 encryptedFlag = 0x0001;
constexpr quint16 utf8NamesFlag = 0x0800;
constexpr quint16 zip64ExtraId = 0x0001;

quint64 at(const QByteArray &bytes, qint64 offset, int width)
{
    quint64 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

QByteArray readAt(QFile &file, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !file.seek(offset))
        return QByteArray();
    return file.read(size);
}

} // namespace

struct EntryReader::Inflater
{
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&stream, -MAX_WBITS) == Z_OK; } // raw deflate, no header
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

Archive::Archive(const QString &path)
    : m_file(path)
{}

Archive::~Archive() = default;

bool Archive::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    const qint64 fileSize = m_file.size();
    if (fileSize < endSize)
        return false;
    // The end record is the last thing in the file but for its comment (at most 64 KB).
    const qint64 tailStart = std::max<qint64>(0, fileSize - endSize - maxCommentSize);
    const QByteArray tail = readAt(m_file, tailStart, fileSize - tailStart);
    if (tail.size() != fileSize - tailStart)
        return false;
    qint64 end = -1;
    for (qint64 i = tail.size() - endSize; i >= 0; --i) {
        if (at(tail, i, 4) == endSignature &&
            i + endSize + qint64(at(tail, i + 20, 2)) <= tail.size()) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return false;
    if (at(tail, end + 4, 2) != 0 || at(tail, end + 6, 2) != 0)
        return false; // split over several disks: no workbook is
    quint64 count = at(tail, end + 10, 2);
    quint64 directorySize = at(tail, end + 12, 4);
    quint64 directoryOffset = at(tail, end + 16, 4);
    const qint64 endPosition = tailStart + end;
    qint64 directoryEnd = endPosition; // where the directory must stop
    if (count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        // ZIP64: the real values are in a record the locator just before the end record names.
        const QByteArray locator = readAt(m_file, endPosition - zip64LocatorSize, zip64LocatorSize);
        if (locator.size() != zip64LocatorSize || at(locator, 0, 4) != zip64LocatorSignature)
            return false;
        const quint64 recordOffset = at(locator, 8, 8);
        if (recordOffset > quint64(endPosition - zip64LocatorSize - zip64EndSize))
            return false;
        const QByteArray record = readAt(m_file, qint64(recordOffset), zip64EndSize);
        if (record.size() != zip64EndSize || at(record, 0, 4) != zip64EndSignature)
            return false;
        count = at(record, 32, 8);
        directorySize = at(record, 40, 8);
        directoryOffset = at(record, 48, 8);
        directoryEnd = qint64(recordOffset);
    }
    if (count > quint64(limits::zipMaxEntries)) {
        m_tooMany = true;
        return false;
    }
    if (directorySize > quint64(limits::zipMaxDirectorySize) ||
        directorySize > quint64(directoryEnd) || directoryOffset > quint64(directoryEnd))
        return false;
    // Bytes before the archive (a self-extractor's stub, a prepended header) shift every offset
    // the archive records; minizip allows for them the same way.
    m_shift = directoryEnd - qint64(directorySize) - qint64(directoryOffset);
    if (m_shift < 0)
        return false;
    return readDirectory(qint64(directoryOffset) + m_shift, qint64(directorySize), count);
}

bool Archive::readDirectory(qint64 offset, qint64 size, quint64 count)
{
    const QByteArray directory = readAt(m_file, offset, size);
    if (directory.size() != size)
        return false;
    qint64 position = 0;
    for (quint64 n = 0; n < count; ++n) {
        if (position + directoryHeaderSize > size ||
            at(directory, position, 4) != directorySignature)
            return false;
        Entry entry;
        entry.flags = quint16(at(directory, position + 8, 2));
        entry.method = quint16(at(directory, position + 10, 2));
        entry.crc = quint32(at(directory, position + 16, 4));
        entry.compressedSize = at(directory, position + 20, 4);
        entry.uncompressedSize = at(directory, position + 24, 4);
        const qint64 nameSize = qint64(at(directory, position + 28, 2));
        const qint64 extraSize = qint64(at(directory, position + 30, 2));
        const qint64 commentSize = qint64(at(directory, position + 32, 2));
        entry.localHeaderOffset = at(directory, position + 42, 4);
        const qint64 name = position + directoryHeaderSize;
        const qint64 extra = name + nameSize;
        const qint64 next = extra + extraSize + commentSize;
        if (next > size)
            return false;
        const QByteArray nameBytes = directory.mid(name, nameSize);
        entry.name = (entry.flags & utf8NamesFlag) ? QString::fromUtf8(nameBytes)
                                                   : QString::fromLatin1(nameBytes);
        // ZIP64 extra field: the 8-byte values of exactly those fields that are all ones above,
        // in this order.
        for (qint64 field = extra; field + 4 <= extra + extraSize;) {
            const quint64 id = at(directory, field, 2);
            const qint64 fieldSize = qint64(at(directory, field + 2, 2));
            const qint64 data = field + 4;
            if (data + fieldSize > extra + extraSize)
                return false;
            if (id == zip64ExtraId) {
                qint64 value = data;
                for (quint64 *target :
                     {&entry.uncompressedSize, &entry.compressedSize, &entry.localHeaderOffset}) {
                    if (*target != 0xFFFFFFFF)
                        continue;
                    if (value + 8 > data + fieldSize)
                        return false;
                    *target = at(directory, value, 8);
                    value += 8;
                }
            }
            field = data + fieldSize;
        }
        const QString key = entry.name.toLower();
        if (!m_byName.contains(key))
            m_byName.insert(key, m_entries.size());
        m_entries.append(entry);
        position = next;
    }
    return true;
}

const Entry *Archive::find(const QString &name) const
{
    const auto found = m_byName.constFind(name.toLower());
    return found == m_byName.constEnd() ? nullptr : &m_entries.at(*found);
}

std::unique_ptr<EntryReader> Archive::read(const Entry &entry)
{
    if ((entry.flags & encryptedFlag) || (entry.method != 0 && entry.method != 8))
        return nullptr;
    if (entry.method == 0 && entry.compressedSize != entry.uncompressedSize)
        return nullptr;
    const quint64 fileSize = quint64(m_file.size());
    if (entry.localHeaderOffset > fileSize)
        return nullptr;
    const qint64 offset = qint64(entry.localHeaderOffset) + m_shift;
    const QByteArray header = readAt(m_file, offset, localHeaderSize);
    if (header.size() != localHeaderSize || at(header, 0, 4) != localHeaderSignature)
        return nullptr;
    // The local header's own sizes may be zero (written before the data, with a descriptor
    // after it); the directory's are the ones that count. Its name and extra field lengths do not
    // have to match the directory's.
    const qint64 data =
        offset + localHeaderSize + qint64(at(header, 26, 2)) + qint64(at(header, 28, 2));
    if (quint64(data) > fileSize || entry.compressedSize > fileSize - quint64(data))
        return nullptr;
    auto reader = std::make_unique<EntryReader>(m_file, entry, data);
    if (reader->damaged())
        return nullptr;
    return reader;
}

EntryReader::EntryReader(QFile &file, const Entry &entry, qint64 dataOffset)
    : m_file(file)
    , m_entry(entry)
    , m_position(dataOffset)
    , m_inputLeft(entry.compressedSize)
    , m_crc(quint32(crc32(0, nullptr, 0)))
{
    if (entry.method == 8) {
        m_inflater = std::make_unique<Inflater>();
        m_damaged = !m_inflater->ready;
    }
}

EntryReader::~EntryReader() = default;

qint64 EntryReader::fail()
{
    m_damaged = true;
    return -1;
}

// Reads the next compressed bytes from the file, at most 64 KB at a time.
bool EntryReader::fillInput()
{
    if (m_inputLeft == 0)
        return false;
    const qint64 size = qint64(std::min<quint64>(m_inputLeft, 64 * 1024));
    m_input = readAt(m_file, m_position, size);
    if (m_input.size() != size)
        return false;
    m_position += size;
    m_inputLeft -= quint64(size);
    return true;
}

// Counts what a read produced; at the end of the entry, its size and CRC-32 must be the ones the
// directory gives, or the entry is damaged.
qint64 EntryReader::finishChunk(qint64 produced, bool streamEnded)
{
    m_outputDone += quint64(produced);
    if (m_outputDone > m_entry.uncompressedSize)
        return fail();
    if (streamEnded || m_outputDone == m_entry.uncompressedSize) {
        m_ended = true;
        if (m_outputDone != m_entry.uncompressedSize || m_crc != m_entry.crc)
            return fail();
    }
    return produced;
}

qint64 EntryReader::read(char *data, qint64 maxSize)
{
    if (m_damaged)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    const qint64 wanted = std::min<qint64>(maxSize, 1 << 30);
    if (!m_inflater) {
        const qint64 size =
            qint64(std::min<quint64>(quint64(wanted), m_entry.uncompressedSize - m_outputDone));
        if (size == 0)
            return finishChunk(0, true);
        if (!m_file.seek(m_position) || m_file.read(data, size) != size)
            return fail();
        m_position += size;
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(size)));
        return finishChunk(size, false);
    }
    z_stream &stream = m_inflater->stream;
    stream.next_out = reinterpret_cast<Bytef *>(data);
    stream.avail_out = uInt(wanted);
    bool streamEnded = false;
    while (stream.avail_out == uInt(wanted) && !streamEnded) {
        if (stream.avail_in == 0) {
            if (!fillInput())
                return fail(); // cut off: the data ends before the deflate stream does
            stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
            stream.avail_in = uInt(m_input.size());
        }
        const int result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_STREAM_END)
            streamEnded = true;
        else if (result != Z_OK)
            return fail();
    }
    const qint64 produced = wanted - qint64(stream.avail_out);
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
    return finishChunk(produced, streamEnded);
}

} // namespace veldboek::zip
