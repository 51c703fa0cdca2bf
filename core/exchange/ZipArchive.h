#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>
#include <memory>

// A read-only zip archive, as much of the format as a workbook needs: the central directory
// (with ZIP64 sizes and offsets), stored and deflated entries, CRC-32 checked. Our own, on zlib,
// instead of QuaZip: QuaZip exports minizip's function names with another ABI than the system
// minizip that libxlsxwriter calls, so a process holding both needed libxlsxwriter loaded with
// RTLD_DEEPBIND, which AddressSanitizer refuses (issue 17, docs/testing.md). Every size and
// offset comes from the file and is checked against the file before it is used.
namespace veldboek::zip {

struct Entry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflated; anything else cannot be read
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint64 localHeaderOffset = 0;
};

class EntryReader;

class Archive
{
public:
    explicit Archive(const QString &path);
    ~Archive();

    // Reads the central directory; false when the file is no zip or its directory is damaged.
    // More than limits::zipMaxEntries entries (ReaderLimits.h) are refused before one is read
    // (tooManyEntries()).
    bool open();
    bool tooManyEntries() const { return m_tooMany; }
    qsizetype entryCount() const { return m_entries.size(); }

    // The entry of that name, compared as ASCII case-insensitively (OOXML part names are), or
    // null. When a name occurs twice the first one counts.
    const Entry *find(const QString &name) const;

    // A reader of the entry's uncompressed bytes, or null when its local header is damaged, it
    // is encrypted or its compression method is one zip readers need not know.
    std::unique_ptr<EntryReader> read(const Entry &entry);

private:
    bool readDirectory(qint64 offset, qint64 size, quint64 count);

    QFile m_file;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName; // lower-case name -> index in m_entries
    qint64 m_shift = 0;                 // bytes before the archive, which its offsets do not count
    bool m_tooMany = false;
};

// The uncompressed bytes of one entry, read on demand. A damaged entry (bad deflate data, a
// size or CRC-32 other than the directory says, cut off) reads as an error, never as more data.
class EntryReader
{
public:
    EntryReader(QFile &file, const Entry &entry, qint64 dataOffset);
    ~EntryReader();
    EntryReader(const EntryReader &) = delete;
    EntryReader &operator=(const EntryReader &) = delete;

    // Up to maxSize bytes; 0 at the end of the entry, -1 when it is damaged.
    qint64 read(char *data, qint64 maxSize);
    bool damaged() const { return m_damaged; }

private:
    qint64 fail();
    bool fillInput();
    qint64 finishChunk(qint64 produced, bool streamEnded);

    QFile &m_file;
    Entry m_entry;
    qint64 m_position;        // where the next compressed bytes are in the file
    quint64 m_inputLeft;      // compressed bytes not yet read from the file
    quint64 m_outputDone = 0; // uncompressed bytes handed out
    quint32 m_crc;
    bool m_damaged = false;
    bool m_ended = false;
    QByteArray m_input;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater; // null for a stored entry
};

} // namespace veldboek::zip
