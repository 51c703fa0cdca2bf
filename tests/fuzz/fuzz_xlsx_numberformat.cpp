// Excel number format codes and cell values (core/exchange/XlsxNumberFormats): the first line
// is a format code, the rest a cell's value, shown as the reader shows it.
#include "FuzzSupport.h"
#include "exchange/XlsxNumberFormats.h"

using namespace veldboek;
using namespace veldboek::xlsx;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = text.indexOf(u'\n');
    const QStringView code = newline < 0 ? QStringView(text) : QStringView(text).left(newline);
    const QStringView value = newline < 0 ? QStringView() : QStringView(text).mid(newline + 1);
    const CellFormat format = classifyFormatCode(code);
    formatNumber(value);
    formatIsoDate(value);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok) {
        formatSerial(number, format, false);
        formatSerial(number, format, true);
    }
    return 0;
}
