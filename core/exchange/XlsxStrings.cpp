#include "XlsxStrings.h"

namespace veldboek::xlsx {

void decodeEscapes(QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    text = out;
}

// Reads the element the reader is on (si or is) to its end. False on an XML error; *overlong
// when the text exceeds the cell limit (the text is then left incomplete).
bool readStringItem(QXmlStreamReader &xml, QString *text, bool *overlong)
{
    int depth = 1;
    int phonetic = 0; // depth inside <rPh>, whose text is a reading aid, not content
    bool inText = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"rPh")
                phonetic = depth;
            else if (xml.name() == u"t" && phonetic == 0)
                inText = true;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == phonetic)
                phonetic = 0;
            inText = false;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                if (text->size() + xml.text().size() > XlsxReader::maxCellLength)
                    *overlong = true;
                else
                    text->append(xml.text());
            }
            break;
        default:
            break;
        }
    }
    decodeEscapes(*text);
    return !xml.hasError();
}

// The text of a simple element such as <v>, within the cell limit.
bool readValue(QXmlStreamReader &xml, QString *text, bool *overlong)
{
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            if (text->size() + xml.text().size() > XlsxReader::maxCellLength)
                *overlong = true;
            else
                text->append(xml.text());
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::StartElement:
            xml.skipCurrentElement();
            break;
        default:
            break;
        }
    }
    return !xml.hasError();
}

namespace {

XlsxError tooManyStrings(const Package &package, const QString &part)
{
    const QString &language = package.language();
    return XlsxError{
        0, say(language,
               "De gedeelde teksten (%1) zijn meer dan %2 teksten of %3 miljoen tekens: meer dan "
               "een register ooit bevat. De werkmap is niet gelezen.",
               "The shared strings (%1) are more than %2 texts or %3 million characters: more "
               "than a register ever holds. The workbook was not read.")
               .arg(part, number(limits::xlsxMaxSharedStrings, language),
                    number(limits::xlsxMaxSharedStringCharacters / 1'000'000, language))};
}

} // namespace

std::optional<SharedStrings> loadSharedStrings(Package &package, const QString &part,
                                               XlsxError *error)
{
    SharedStrings strings;
    if (part.isEmpty() || !package.has(part))
        return strings;
    auto file = package.openPart(part, error);
    if (!file)
        return std::nullopt;
    QXmlStreamReader xml(file.get());
    qint64 characters = 0;
    // No reserve() on the part's uniqueCount: it is the file's word (2^31 asked for 400 MB
    // before a string was read, issue 17); the list grows with the strings really there.
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            continue;
        } else if (xml.name() == u"si") {
            QString text;
            bool overlong = false;
            if (!readStringItem(xml, &text, &overlong))
                break;
            characters += text.size();
            if (strings.texts.size() >= limits::xlsxMaxSharedStrings ||
                characters > limits::xlsxMaxSharedStringCharacters) {
                *error = tooManyStrings(package, part);
                return std::nullopt;
            }
            strings.texts.append(overlong ? QString() : text);
            strings.overlong.append(overlong);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!package.finish(xml, *file, part, 0, error))
        return std::nullopt;
    return strings;
}

} // namespace veldboek::xlsx
