#pragma once

#include "Localization.h"
#include "submission/PackageReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <algorithm>
#include <functional>

namespace veldboek {

namespace packageread {

inline QString say(const QString &language, const char *nl, const char *en)
{
    return pick(language, nl, en);
}

inline bool isBlank(const QByteArray &value)
{
    for (const char c : value) {
        if (c != ' ' && c != '\t' && c != '\v' && c != '\f' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace packageread

// PackageReader's CSV part: splits CSV bytes into records the way CsvReader splits text
// (core/exchange/CsvReader.cpp), one byte at a time, so nothing but the record in hand is kept.
class PackageCsvScanner
{
public:
    using Record = std::function<bool(int line, QList<QByteArray> &fields)>;
    enum class Failure { None, Limit, Malformed };

    PackageCsvScanner(const PackageLimits &limits, const QString &language, Record onRecord)
        : m_limits(limits)
        , m_language(language)
        , m_onRecord(std::move(onRecord))
    {}

    bool write(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size && m_failure == Failure::None; ++i) {
            // Inside a field, the bytes up to the next one that means something are taken at
            // once: byte by byte this scanner was a quarter of the endpoint's work (issue 18).
            if (const qsizetype run = ordinaryRun(data + i, size - i); run > 0) {
                i += run - 1;
                continue;
            }
            const char c = data[i];
            if (m_atStart) {
                m_bom += c;
                if (QByteArrayView("\xEF\xBB\xBF").startsWith(m_bom)) {
                    if (m_bom.size() == 3) {
                        m_atStart = false;
                        m_bom.clear();
                    }
                    continue;
                }
                m_atStart = false;
                const QByteArray replay = std::exchange(m_bom, {});
                for (const char r : replay)
                    byte(r);
                continue;
            }
            byte(c);
        }
        return m_failure == Failure::None;
    }

    bool finish()
    {
        if (m_failure != Failure::None)
            return false;
        if (m_atStart && !m_bom.isEmpty()) {
            m_atStart = false;
            const QByteArray replay = std::exchange(m_bom, {});
            for (const char r : replay)
                byte(r);
        }
        if (m_delimiter == 0 && !m_detect.isEmpty()) {
            detectFrom(m_detect);
            if (m_failure != Failure::None)
                return false;
        }
        if (m_state == State::Quoted) {
            fail(Failure::Malformed, m_recordLine,
                 packageread::say(m_language, "Regel %1: een aanhalingsteken wordt niet gesloten.",
                                  "Line %1: a quote is never closed.")
                     .arg(m_recordLine));
            return false;
        }
        if (m_partial) {
            endRecord();
            ++m_line;
        }
        if (!m_sawHeader && m_failure == Failure::None)
            fail(Failure::Malformed, 0,
                 packageread::say(m_language, "Het bestand is leeg.", "The file is empty."));
        return m_failure == Failure::None;
    }

    Failure failure() const { return m_failure; }
    int failureLine() const { return m_failureLine; }
    QString failureMessage() const { return m_failureMessage; }
    int lines() const { return m_line - 1; }
    int emptyLines() const { return m_emptyLines; }

private:
    enum class State { FieldStart, Plain, Quoted, QuoteInQuoted };

    void fail(Failure failure, int line, const QString &message)
    {
        m_failure = failure;
        m_failureLine = line;
        m_failureMessage = message;
    }

    // Before the header the separator is unknown: the first line with a value is held (quotes
    // may hold line breaks) and the separator that occurs most in it outside quotes is taken.
    void byte(char c)
    {
        if (m_delimiter != 0) {
            scan(c);
            return;
        }
        if (m_skipLf && c == '\n') {
            m_skipLf = false; // the second half of the \r\n that ended a blank line
            return;
        }
        m_skipLf = false;
        m_detect += c;
        if (m_detect.size() > m_limits.maxRecordBytes) {
            fail(Failure::Limit, m_line,
                 packageread::say(m_language, "Regel %1 is langer dan %2 bytes.",
                                  "Line %1 is longer than %2 bytes.")
                     .arg(m_line)
                     .arg(m_limits.maxRecordBytes));
            return;
        }
        if (c == '"')
            m_detectQuoted = !m_detectQuoted;
        if (m_detectQuoted || (c != '\n' && c != '\r'))
            return;
        if (c == '\r')
            m_skipLf = true;
        const QByteArray line = std::exchange(m_detect, {});
        if (packageread::isBlank(line)) {
            ++m_emptyLines;
            ++m_line;
            return;
        }
        detectFrom(line);
    }

    void detectFrom(const QByteArray &line)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        bool quoted = false;
        for (const char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ';')
                ++semicolons;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == '\t')
                ++tabs;
        }
        if (packageread::isBlank(line))
            return;
        if (semicolons == 0 && commas == 0 && tabs == 0) {
            fail(Failure::Malformed, m_line,
                 packageread::say(
                     m_language,
                     "Regel %1 (de kopregel) bevat geen scheidingsteken (; of ,): dit is geen "
                     "CSV-bestand.",
                     "Line %1 (the header) contains no separator (; or ,): this is not a CSV "
                     "file.")
                     .arg(m_line));
            return;
        }
        m_delimiter =
            semicolons >= commas && semicolons >= tabs ? ';' : (commas >= tabs ? ',' : '\t');
        const bool skipLf = m_skipLf;
        m_skipLf = false;
        for (const char c : line)
            scan(c);
        m_skipLf = skipLf;
    }

    void lineBreak(char c)
    {
        ++m_line;
        m_partial = false;
        m_skipLf = c == '\r';
    }

    void scan(char c)
    {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                return; // the second half of \r\n
        }
        if (c == 0) {
            fail(Failure::Malformed, m_recordLine,
                 packageread::say(m_language,
                                  "Regel %1 bevat een NUL-byte: dit is geen tekstbestand.",
                                  "Line %1 contains a NUL byte: this is not a text file.")
                     .arg(m_line));
            return;
        }
        if (!m_partial && m_state == State::FieldStart && m_fields.isEmpty() && m_field.isEmpty())
            m_recordLine = m_line;
        m_partial = true;
        if (++m_recordBytes > m_limits.maxRecordBytes) {
            failLimit("Regel %1 is langer dan %2 bytes.", "Line %1 is longer than %2 bytes.",
                      m_limits.maxRecordBytes);
            return;
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_field.clear(); // spaces before an opening quote are not part of the value
                m_state = State::Quoted;
                return;
            }
            if ((c == ' ' || c == '\t') && c != m_delimiter) {
                append(c);
                return;
            }
            m_state = State::Plain;
            [[fallthrough]];
        case State::Plain:
            plain(c);
            return;
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\n' || c == '\r') {
                append('\n'); // a line break inside the quotes
                lineBreak(c);
                m_partial = true;
            } else {
                append(c);
            }
            return;
        case State::QuoteInQuoted:
            if (c == '"') {
                append('"');
                m_state = State::Quoted;
                return;
            }
            // The quote closed the field; what follows up to the separator is plain text.
            m_state = State::Plain;
            plain(c);
            return;
        }
    }

    void plain(char c)
    {
        if (c == m_delimiter) {
            endField();
        } else if (c == '\n' || c == '\r') {
            endRecord();
            lineBreak(c);
        } else {
            append(c);
        }
    }

    // In a plain or quoted field, the length of the run of bytes at `data` that only extend the
    // field, appended at once; 0 when the first byte needs scan().
    qsizetype ordinaryRun(const char *data, qsizetype size)
    {
        if (m_delimiter == 0 || m_atStart || m_skipLf ||
            (m_state != State::Plain && m_state != State::Quoted))
            return 0;
        // Never past a limit: the byte that passes one goes through scan().
        const qsizetype allowed = std::min({size, m_limits.maxRecordBytes - m_recordBytes,
                                            m_limits.maxFieldBytes - m_field.size()});
        const char special = m_state == State::Plain ? m_delimiter : '"';
        qsizetype run = 0;
        while (run < allowed) {
            const char c = data[run];
            if (c == special || c == '\n' || c == '\r' || c == 0)
                break;
            ++run;
        }
        if (run <= 0)
            return 0;
        m_recordBytes += run;
        m_field.append(data, run);
        return run;
    }

    // A limit passed in the record in hand: `nl`/`en` take the line (%1) and the limit (%2).
    void failLimit(const char *nl, const char *en, qint64 limit)
    {
        fail(Failure::Limit, m_recordLine,
             packageread::say(m_language, nl, en).arg(m_recordLine).arg(limit));
    }

    void append(char c)
    {
        m_field += c;
        if (m_field.size() > m_limits.maxFieldBytes)
            failLimit("Regel %1: een veld is langer dan %2 bytes.",
                      "Line %1: a field is longer than %2 bytes.", m_limits.maxFieldBytes);
    }

    void endField()
    {
        m_fields.append(std::exchange(m_field, {}));
        m_state = State::FieldStart;
        if (m_fields.size() >= m_limits.maxFieldsPerRow)
            failLimit("Regel %1 heeft meer dan %2 velden.", "Line %1 has more than %2 fields.",
                      m_limits.maxFieldsPerRow);
    }

    void endRecord()
    {
        m_fields.append(std::exchange(m_field, {}));
        m_state = State::FieldStart;
        m_recordBytes = 0;
        const bool empty = std::all_of(m_fields.cbegin(), m_fields.cend(), packageread::isBlank);
        if (empty) {
            ++m_emptyLines;
        } else if (m_sawHeader = true; !m_onRecord(m_recordLine, m_fields))
            m_failure = m_failure == Failure::None ? Failure::Limit : m_failure;
        m_fields.clear();
    }

    const PackageLimits &m_limits;
    QString m_language;
    Record m_onRecord;
    bool m_atStart = true;
    QByteArray m_bom;
    QByteArray m_detect;
    bool m_detectQuoted = false;
    char m_delimiter = 0;
    State m_state = State::FieldStart;
    QByteArray m_field;
    QList<QByteArray> m_fields;
    qint64 m_recordBytes = 0;
    int m_recordLine = 1;
    int m_line = 1;
    bool m_partial = false;
    bool m_skipLf = false;
    bool m_sawHeader = false;
    int m_emptyLines = 0;
    Failure m_failure = Failure::None;
    int m_failureLine = 0;
    QString m_failureMessage;
};

} // namespace veldboek
