#include "XlsxPartDevice.h"

#include "ReaderLimits.h"

namespace veldboek::xlsx {

PartDevice::PartDevice(std::unique_ptr<zip::EntryReader> file)
    : m_file(std::move(file))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

PartDevice::~PartDevice() = default;

bool PartDevice::atEnd() const
{
    return m_ended || m_refusal != Refusal::None;
}

qint64 PartDevice::bytesAvailable() const
{
    return atEnd() ? 0 : QIODevice::bytesAvailable() + 1; // more may come until read says not
}

qint64 PartDevice::readData(char *data, qint64 maxSize)
{
    if (m_refusal != Refusal::None)
        return -1;
    const qint64 read = m_file->read(data, maxSize);
    if (read <= 0) {
        m_ended = true;
        return read;
    }
    m_total += read;
    if (m_total > limits::zipMaxPartSize) {
        m_refusal = Refusal::TooLarge;
        return -1;
    }
    scan(data, read);
    return m_refusal == Refusal::None ? read : -1;
}

void PartDevice::scan(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        switch (m_state) {
        case State::Text:
            if (c == '<')
                m_state = State::Open;
            break;
        case State::Open:
            if (c == '/') {
                m_state = State::EndTag;
            } else if (c == '?') {
                m_state = State::Declaration; // a processing instruction ends at its '>' too
                m_subset = 0;
            } else if (c == '!') {
                m_state = State::Bang;
                m_run = 0;
            } else {
                m_state = State::StartTag;
                m_slash = false;
                if (++m_depth > limits::xmlMaxDepth) {
                    m_refusal = Refusal::TooDeep;
                    return;
                }
            }
            break;
        case State::StartTag:
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_state = State::Quoted;
            } else if (c == '>') {
                if (m_slash && m_depth > 0)
                    --m_depth; // <c/> opens and closes
                m_state = State::Text;
            } else {
                m_slash = c == '/';
            }
            break;
        case State::Quoted:
            if (c == m_quote)
                m_state = State::StartTag;
            break;
        case State::EndTag:
            if (c == '>') {
                if (m_depth > 0)
                    --m_depth;
                m_state = State::Text;
            }
            break;
        case State::Bang:
            // "<!-" starts a comment, "<![" CDATA; anything else is a declaration.
            if (c == '-') {
                m_state = State::Comment;
                m_run = -1; // the second '-' of "<!--" is no part of a closing "--"
            } else if (c == '[') {
                m_state = State::CData;
                m_run = 0;
            } else {
                m_state = State::Declaration;
                m_subset = 0;
            }
            break;
        case State::Comment:
            if (c == '-') {
                m_run = m_run < 0 ? 0 : m_run + 1;
            } else if (c == '>' && m_run >= 2) {
                m_state = State::Text;
            } else {
                m_run = 0;
            }
            break;
        case State::CData:
            if (c == ']')
                ++m_run;
            else if (c == '>' && m_run >= 2)
                m_state = State::Text;
            else
                m_run = 0;
            break;
        case State::Declaration:
            if (c == '[')
                ++m_subset;
            else if (c == ']' && m_subset > 0)
                --m_subset;
            else if (c == '>' && m_subset == 0)
                m_state = State::Text;
            break;
        }
    }
}

} // namespace veldboek::xlsx
