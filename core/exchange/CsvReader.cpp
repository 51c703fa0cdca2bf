#include "CsvReader.h"

#include "Localization.h"

#include <QFile>
#include <QStringDecoder>
#include <algorithm>

namespace veldboek {

namespace {

QString say(const QString &language, const char *nl, const char *en)
{
    return pick(language, nl, en);
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            ++line;
    }
    return line;
}

// Recognises files that are plainly not text, by their first bytes or by NUL bytes in them.
std::optional<CsvError> refuseBinary(const QByteArray &bytes, const QString &language)
{
    if (bytes.startsWith("PK\x03\x04"))
        return CsvError{0, say(language,
                               "Dit is een zip-bestand of Excel-werkmap (.xlsx), geen CSV. Sla het "
                               "op als CSV (puntkomma-gescheiden).",
                               "This is a zip file or Excel workbook (.xlsx), not CSV. Save it as "
                               "CSV (semicolon separated).")};
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return CsvError{0, say(language,
                               "Dit is een oud Excel-bestand (.xls), geen CSV. Sla het op als CSV.",
                               "This is an old Excel file (.xls), not CSV. Save it as CSV.")};
    if (bytes.startsWith("%PDF"))
        return CsvError{
            0, say(language, "Dit is een PDF-bestand, geen CSV.", "This is a PDF file, not CSV.")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvError{1, say(language,
                               "Het bestand is in UTF-16 opgeslagen; sla het op als CSV in UTF-8.",
                               "The file is saved as UTF-16; save it as CSV in UTF-8.")};
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return CsvError{
            lineOfOffset(bytes, nul),
            say(language,
                "Het bestand bevat binaire gegevens (een NUL-byte): dit is geen "
                "tekstbestand.",
                "The file contains binary data (a NUL byte): this is not a text file.")};
    // A few stray control characters are value errors; many mean the file is not text.
    qsizetype control = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x0c && c != 0x1a) {
            ++control;
            if (first < 0)
                first = i;
        }
    }
    if (control > 16 && control * 100 > bytes.size())
        return CsvError{lineOfOffset(bytes, first),
                        say(language, "Het bestand bevat bytes die geen tekst zijn.",
                            "The file contains bytes that are not text.")};
    return std::nullopt;
}

CsvError tooManyFields(int line, const QString &language)
{
    return CsvError{line, say(language,
                              "Regel %1 heeft meer dan %2 velden: een gegevensuitvraag heeft "
                              "tientallen kolommen. Het bestand is niet gelezen.",
                              "Line %1 has more than %2 fields: a data request has tens of "
                              "columns. The file was not read.")
                              .arg(line)
                              .arg(limits::csvMaxFields)};
}

CsvError tooBig(int line, const QString &language)
{
    return CsvError{line, say(language,
                              "Bij regel %1 heeft het bestand meer dan %2 velden: meer dan een "
                              "register ooit bevat. Het bestand is niet gelezen.",
                              "At line %1 the file has more than %2 fields: more than a register "
                              "ever holds. The file was not read.")
                              .arg(line)
                              .arg(limits::csvMaxTotalFields)};
}

CsvError notCsvWithHeader(int line, const QString &language)
{
    return CsvError{line, say(language,
                              "Regel %1 is langer dan 1 MB: dit is geen "
                              "CSV-bestand met een kopregel.",
                              "Line %1 is longer than 1 MB: this is not a CSV "
                              "file with a header.")
                              .arg(line)};
}

// The file's text, from UTF-8 (with or without BOM) or else Windows-1252; records the encoding
// found in `document`.
std::optional<QString> decodeText(const QByteArray &bytes, const QString &language,
                                  CsvDocument *document, CsvError *error)
{
    QByteArray body = bytes;
    QString text;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
        document->encoding = QStringLiteral("UTF-8 with BOM");
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(body);
    if (utf8.hasError()) {
        if (!document->encoding.isEmpty()) {
            // A BOM promises UTF-8; broken UTF-8 after it is not Windows-1252 either.
            const qsizetype bad = text.indexOf(QChar(0xFFFD));
            *error = CsvError{bad < 0 ? 0 : int(text.left(bad).count(QLatin1Char('\n'))) + 1,
                              say(language, "Ongeldige UTF-8 na de BOM.",
                                  "Invalid UTF-8 after the byte order mark.")};
            return std::nullopt;
        }
        text = CsvReader::decodeWindows1252(body);
        document->encoding = QStringLiteral("Windows-1252");
    } else if (document->encoding.isEmpty()) {
        document->encoding = QStringLiteral("UTF-8");
    }
    if (text.trimmed().isEmpty()) {
        *error = CsvError{0, say(language, "Het bestand is leeg.", "The file is empty.")};
        return std::nullopt;
    }
    return text;
}

// A record counts as empty when every field is blank (";;;" included); an overlong one is not.
bool isEmpty(const CsvRecord &record)
{
    return !record.overlong &&
           std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &value) {
               return std::all_of(value.cbegin(), value.cend(),
                                  [](QChar c) { return c.isSpace(); });
           });
}

// Splits the decoded text into records, one call per record. Quoted fields may hold
// separators, doubled quotes and line breaks. Fields are cut out of the text in spans, not
// appended character by character: this runs over every character of a 100,000-row import.
// Each step that can fail sets the error and returns false.
class RecordScanner
{
public:
    RecordScanner(const QString &text, const QString &language, CsvError *error)
        : data(text.constData())
        , size(text.size())
        , m_language(language)
        , m_error(error)
    {}

    bool atEnd() const { return pos >= size; }
    int linesRead() const { return line - 1; }

    // The separator is whichever of ; , tab occurs most in the header line; a blank line leaves
    // `delimiter` as it is (it is skipped as empty).
    bool detectDelimiter(QChar *delimiter)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        bool quoted = false;
        for (qsizetype p = pos; p < size && (quoted || !lineEnd(p)); ++p) {
            if (data[p] == u'"')
                quoted = !quoted;
            else if (!quoted && data[p] == u';')
                ++semicolons;
            else if (!quoted && data[p] == u',')
                ++commas;
            else if (!quoted && data[p] == u'\t')
                ++tabs;
            if (p - pos > CsvReader::maxRecordLength) {
                *m_error = notCsvWithHeader(line, m_language);
                return false;
            }
        }
        if (blankLine())
            return true;
        if (semicolons == 0 && commas == 0 && tabs == 0) {
            *m_error = CsvError{line, say(m_language,
                                          "Regel %1 (de kopregel) bevat geen scheidingsteken "
                                          "(; of ,): dit is geen CSV-bestand.",
                                          "Line %1 (the header) contains no separator "
                                          "(; or ,): this is not a CSV file.")
                                          .arg(line)};
            return false;
        }
        *delimiter = semicolons >= commas && semicolons >= tabs
                         ? QLatin1Char(';')
                         : (commas >= tabs ? QLatin1Char(',') : QLatin1Char('\t'));
        return true;
    }

    // The next record, up to and past its line end; a record too long to be a row of a register
    // is skipped to its end and marked overlong, with no fields.
    bool readRecord(QChar delimiter, CsvRecord *record)
    {
        const int startLine = line;
        record->line = startLine;
        const qsizetype limit = pos + CsvReader::maxRecordLength + 1; // one character too many
        const qsizetype end = std::min(size, limit);
        bool ended = false;
        while (!ended) {
            if (record->fields.size() >= limits::csvMaxFields) {
                *m_error = tooManyFields(startLine, m_language);
                return false;
            }
            if (++totalFields > limits::csvMaxTotalFields) {
                *m_error = tooBig(startLine, m_language);
                return false;
            }
            QString field;
            if (!readQuoted(end, startLine, delimiter, &field))
                return false;
            plainUntilSeparator(end, delimiter, &field); // a plain field, or after a quote
            if (pos >= limit && pos < size) {
                record->overlong = true;
                while (pos < size && !lineEnd(pos))
                    ++pos;
                if (pos < size)
                    skipLineEnd();
                ended = true;
            } else if (pos >= size) {
                ++line;
                ended = true;
            } else if (data[pos] == delimiter) {
                ++pos;
            } else { // the line ends
                skipLineEnd();
                ended = true;
            }
            record->fields.append(std::move(field));
        }
        if (record->overlong)
            record->fields.clear();
        return true;
    }

private:
    bool lineEnd(qsizetype p) const { return data[p] == u'\n' || data[p] == u'\r'; }

    void skipLineEnd()
    {
        if (data[pos] == u'\r' && pos + 1 < size && data[pos + 1] == u'\n')
            ++pos;
        ++pos;
        ++line;
    }

    bool blankLine() const
    {
        for (qsizetype p = pos; p < size && !lineEnd(p); ++p) {
            if (!data[p].isSpace())
                return false;
        }
        return true;
    }

    // When the field opens with a quote (after spaces, if any), reads it to its closing quote
    // into `field`; a field without a quote is left to plainUntilSeparator().
    bool readQuoted(qsizetype end, int startLine, QChar delimiter, QString *field)
    {
        qsizetype first = pos;
        while (first < end && data[first] != delimiter && !lineEnd(first) && data[first].isSpace())
            ++first;
        if (first >= end || data[first] != u'"')
            return true;
        pos = first + 1;
        while (pos < end) {
            qsizetype p = pos;
            while (p < end && data[p] != u'"' && !lineEnd(p))
                ++p;
            field->append(data + pos, p - pos);
            pos = p;
            if (pos >= end)
                break;
            if (data[pos] == u'"') {
                if (pos + 1 < size && data[pos + 1] == u'"') {
                    *field += QLatin1Char('"');
                    pos += 2;
                    continue;
                }
                ++pos;
                return true;
            }
            *field += QLatin1Char('\n'); // a line break inside the quotes
            skipLineEnd();
        }
        *m_error = CsvError{startLine,
                            say(m_language, "Regel %1: een aanhalingsteken wordt niet gesloten.",
                                "Line %1: a quote is never closed.")
                                .arg(startLine)};
        return false;
    }

    void plainUntilSeparator(qsizetype end, QChar delimiter, QString *field)
    {
        qsizetype p = pos;
        while (p < end && data[p] != delimiter && !lineEnd(p))
            ++p;
        if (field->isEmpty())
            *field = QString(data + pos, p - pos);
        else
            field->append(data + pos, p - pos);
        pos = p;
    }

    const QChar *data;
    const qsizetype size;
    const QString &m_language;
    CsvError *m_error;
    qsizetype pos = 0;
    int line = 1;
    qint64 totalFields = 0; // of the whole file, header included: limits::csvMaxTotalFields
};

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F differ from Latin-1; 0 marks the five bytes the code page leaves undefined.
    static const char16_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        char16_t u = c;
        if (c >= 0x80 && c < 0xA0)
            u = high[c - 0x80] ? high[c - 0x80] : char16_t(0xFFFD);
        out[i] = QChar(u);
    }
    return text;
}

std::optional<CsvDocument> CsvReader::readFile(const QString &path, const QString &language,
                                               CsvError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            CsvError{0, say(language, "Kan het bestand niet openen: ", "Cannot open the file: ") +
                            file.errorString()};
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        *error = CsvError{
            0, say(language, "Het bestand is groter dan 1 GB.", "The file is larger than 1 GB.")};
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error =
            CsvError{0, say(language, "Kan het bestand niet lezen: ", "Cannot read the file: ") +
                            file.errorString()};
        return std::nullopt;
    }
    return read(bytes, language, error);
}

std::optional<CsvDocument> CsvReader::read(const QByteArray &bytes, const QString &language,
                                           CsvError *error)
{
    CsvDocument document;
    if (bytes.size() > maxFileSize) { // readFile() checks before reading; bytes from elsewhere too
        *error = CsvError{
            0, say(language, "Het bestand is groter dan 1 GB.", "The file is larger than 1 GB.")};
        return std::nullopt;
    }
    if (const auto refusal = refuseBinary(bytes, language)) {
        *error = *refusal;
        return std::nullopt;
    }
    const std::optional<QString> text = decodeText(bytes, language, &document, error);
    if (!text)
        return std::nullopt;

    RecordScanner scanner(*text, language, error);
    bool haveHeader = false;
    while (!scanner.atEnd()) {
        if (!haveHeader && !scanner.detectDelimiter(&document.delimiter))
            return std::nullopt;
        CsvRecord record;
        record.fields.reserve(document.header.size());
        if (!scanner.readRecord(document.delimiter, &record))
            return std::nullopt;
        if (isEmpty(record)) {
            ++document.emptyLines;
            continue;
        }
        if (!haveHeader) {
            if (record.overlong) {
                *error = notCsvWithHeader(record.line, language);
                return std::nullopt;
            }
            haveHeader = true;
            document.headerLine = record.line;
            for (const QString &name : std::as_const(record.fields))
                document.header.append(name.trimmed());
            continue;
        }
        document.records.append(record);
    }
    document.lines = scanner.linesRead();
    return document;
}

} // namespace veldboek
