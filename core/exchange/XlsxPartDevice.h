#pragma once

#include "ZipArchive.h"

#include <QIODevice>
#include <memory>

// One part of a workbook's zip as the XML reader sees it: the decompressed bytes, counted and
// watched on their way through (issue 17). Counted, because a part may not grow beyond
// limits::zipMaxPartSize whatever its zip entry declares; watched, because an XML part nested
// deeper than limits::xmlMaxDepth would grow QXmlStreamReader's element stack by one entry per
// three bytes of a zip bomb. When a limit is reached the device reports a read error, the XML
// reader stops at the end of the data it has, and Package::finish (XlsxPackage.h) says which
// limit it was instead of calling the file damaged.
namespace veldboek::xlsx {

class PartDevice : public QIODevice
{
public:
    enum class Refusal { None, TooLarge, TooDeep };

    explicit PartDevice(std::unique_ptr<zip::EntryReader> file);
    ~PartDevice() override;

    bool isSequential() const override { return true; }
    // At the end once the part is read, refused or failed to inflate. QXmlStreamReader asks
    // after a premature end whether more may come; QIODevice's own answer (bytes available as
    // the zip declares them) said yes forever for a damaged part (found by fuzz_xlsx: a hang).
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    Refusal refusal() const { return m_refusal; }
    // The zip entry ended in an error: bad deflate data, or a size or CRC-32 other than declared.
    bool damaged() const { return m_file->damaged(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Follows element nesting over the raw bytes: start tags, end tags, empty-element tags, and
    // what is no element (comments, CDATA, processing instructions, declarations). A '<' in XML
    // always starts markup outside those, and a '>' inside a tag can only be in a quoted value.
    void scan(const char *data, qint64 size);

    enum class State {
        Text,
        Open,       // after '<'
        StartTag,   // in a start tag, outside quotes
        Quoted,     // in a quoted attribute value
        EndTag,     // in "</...>"
        Bang,       // after "<!": a comment, CDATA or a declaration follows
        Comment,    // in "<!-- ... -->"
        CData,      // in "<![CDATA[ ... ]]>"
        Declaration // in "<!DOCTYPE ...>" and the like, with its [ internal subset ]
    };

    std::unique_ptr<zip::EntryReader> m_file;
    Refusal m_refusal = Refusal::None;
    bool m_ended = false; // the zip gave no more bytes (end of the part, or an error)
    qint64 m_total = 0;
    int m_depth = 0;
    State m_state = State::Text;
    char m_quote = 0;
    bool m_slash = false; // the last character of a start tag was '/'
    int m_run = 0;        // '-' or ']' seen in a row, or '?' just seen, by state
    int m_subset = 0;     // '[' nesting inside a declaration
};

} // namespace veldboek::xlsx
