#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <dlfcn.h>
#endif
#include <xlsxwriter.h>

namespace veldboek {

namespace {

// Checks everything Excel would refuse before a byte is written, so a failure never leaves a
// half-made workbook to clean up and the message can name the sheet and row.
bool validate(const QList<XlsxSheet> &sheets, QString *error)
{
    if (sheets.isEmpty()) {
        *error = QCoreApplication::translate("XlsxWriter", "A workbook needs at least one sheet.");
        return false;
    }
    QSet<QString> names;
    for (const XlsxSheet &sheet : sheets) {
        const QString &name = sheet.name;
        if (name.size() > XlsxWriter::maxSheetNameLength) {
            *error = QCoreApplication::translate(
                         "XlsxWriter",
                         "The sheet name \u201C%1\u201D is longer than the 31 characters Excel "
                         "allows.")
                         .arg(name);
            return false;
        }
        for (const QChar c : name) {
            if (QStringView(u"[]:*?/\\").contains(c)) {
                *error =
                    QCoreApplication::translate(
                        "XlsxWriter",
                        "The sheet name \u201C%1\u201D contains %2, which Excel does not allow.")
                        .arg(name, QString(c));
                return false;
            }
        }
        if (name.startsWith(u'\'') || name.endsWith(u'\'')) {
            *error = QCoreApplication::translate(
                         "XlsxWriter",
                         "The sheet name \u201C%1\u201D starts or ends with an apostrophe, which "
                         "Excel does not allow.")
                         .arg(name);
            return false;
        }
        if (!name.isEmpty() && names.contains(name.toCaseFolded())) {
            *error = QCoreApplication::translate("XlsxWriter",
                                                 "The sheet name \u201C%1\u201D occurs twice.")
                         .arg(name);
            return false;
        }
        names.insert(name.toCaseFolded());
        if (sheet.rows.size() > XlsxReader::maxRows) {
            *error = QCoreApplication::translate(
                         "XlsxWriter",
                         "The sheet \u201C%1\u201D has %2 rows; Excel allows at most 1,048,576.")
                         .arg(name)
                         .arg(sheet.rows.size());
            return false;
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QStringList &row = sheet.rows.at(r);
            if (row.size() > XlsxReader::maxColumns) {
                *error = QCoreApplication::translate(
                             "XlsxWriter",
                             "Row %1 of the sheet \u201C%2\u201D has %3 columns; Excel allows at "
                             "most 16,384.")
                             .arg(r + 1)
                             .arg(name)
                             .arg(row.size());
                return false;
            }
            for (const QString &value : row) {
                if (value.size() > XlsxWriter::maxCellLength) {
                    *error = QCoreApplication::translate(
                                 "XlsxWriter",
                                 "Row %1 of the sheet \u201C%2\u201D has a cell longer than the "
                                 "32,767 characters Excel allows.")
                                 .arg(r + 1)
                                 .arg(name);
                    return false;
                }
            }
        }
    }
    return true;
}

// Column widths in Excel's character units: the longest line in the column, within bounds so
// one long remark does not push every other column off the screen.
QList<double> columnWidths(const XlsxSheet &sheet)
{
    QList<qsizetype> longest;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        if (longest.size() < row.size())
            longest.resize(row.size());
        for (qsizetype c = 0; c < row.size(); ++c) {
            qsizetype length = 0;
            for (const QStringView line : QStringView(row.at(c)).tokenize(u'\n'))
                length = std::max(length, line.size());
            // Bold header text is wider than body text.
            if (r == 0)
                length += length / 8 + 1;
            longest[c] = std::max(longest.at(c), length);
        }
    }
    QList<double> widths;
    for (const qsizetype length : std::as_const(longest))
        widths.append(double(std::clamp<qsizetype>(length + 2, 8, 60)));
    return widths;
}

// libxlsxwriter, loaded at run time, so that a missing library or function is a message on the
// export, not a program that does not start. It writes its zip through the system minizip
// (zipOpen, zipWriteInFileInZip, ...): no other library in the process may export those names.
// QuaZip did, with another ABI (it was the reader until ZipArchive.cpp), which once needed
// RTLD_DEEPBIND here, and that AddressSanitizer refuses (issue 17).
// Excel's built-in number format 49, "@": the cell is text, whatever is typed into it later.
constexpr uint8_t textFormat = 49;

class XlsxWriterLibrary
{
public:
    decltype(&workbook_new_opt) workbookNew = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&format_set_num_format_index) setNumFormatIndex = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&workbook_close) close = nullptr;
    decltype(&lxw_strerror) strerror = nullptr;

    // The library, or null with the reason (once loaded it stays for the process's life).
    static const XlsxWriterLibrary *instance(QString *error)
    {
        static const XlsxWriterLibrary library;
        if (!library.m_error.isEmpty()) {
            *error = library.m_error;
            return nullptr;
        }
        return &library;
    }

private:
    XlsxWriterLibrary()
    {
        QString reason;
        void *handle = openLibrary(&reason);
        if (!handle) {
            m_error = QCoreApplication::translate(
                          "XlsxWriter",
                          "The library for writing Excel workbooks (%1) cannot be loaded: %2")
                          .arg(QString::fromUtf8(VELDBOEK_XLSXWRITER_LIBRARY), reason);
            return;
        }
        const bool ok = resolve(handle, "workbook_new_opt", workbookNew) &&
                        resolve(handle, "workbook_add_format", addFormat) &&
                        resolve(handle, "format_set_bold", setBold) &&
                        resolve(handle, "format_set_num_format_index", setNumFormatIndex) &&
                        resolve(handle, "workbook_add_worksheet", addWorksheet) &&
                        resolve(handle, "worksheet_set_column", setColumn) &&
                        resolve(handle, "worksheet_freeze_panes", freezePanes) &&
                        resolve(handle, "worksheet_write_string", writeString) &&
                        resolve(handle, "workbook_close", close) &&
                        resolve(handle, "lxw_strerror", strerror);
        if (!ok) {
            m_error = QCoreApplication::translate(
                          "XlsxWriter",
                          "The library for writing Excel workbooks (%1) lacks a function: %2")
                          .arg(QString::fromUtf8(VELDBOEK_XLSXWRITER_LIBRARY), m_missing);
        }
    }

    static void *openLibrary(QString *reason)
    {
#if defined(Q_OS_WIN)
        void *handle = reinterpret_cast<void *>(LoadLibraryA(VELDBOEK_XLSXWRITER_LIBRARY));
        if (!handle)
            *reason = QStringLiteral("error %1").arg(GetLastError());
#else
        void *handle = dlopen(VELDBOEK_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            *reason = QString::fromLocal8Bit(dlerror());
#endif
        return handle;
    }

    static void *symbol(void *handle, const char *name)
    {
#if defined(Q_OS_WIN)
        return reinterpret_cast<void *>(GetProcAddress(static_cast<HMODULE>(handle), name));
#else
        return dlsym(handle, name);
#endif
    }

    template<typename Function>
    bool resolve(void *handle, const char *name, Function &function)
    {
        function = reinterpret_cast<Function>(symbol(handle, name));
        if (!function)
            m_missing = QString::fromLatin1(name);
        return function != nullptr;
    }

    QString m_error;
    QString m_missing;
};

// Excel reads "_xHHHH_" in cell text as an escaped character; libxlsxwriter passes such text
// through as it is, so a literal one is written the way Excel writes it: its "_" as "_x005F_".
QByteArray cellText(const QString &value)
{
    if (!value.contains(QLatin1String("_x")))
        return value.toUtf8();
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QStringView rest = QStringView(value).mid(i);
        bool literal =
            rest.size() >= 7 && rest.startsWith(QLatin1String("_x")) && rest.at(6) == u'_';
        for (qsizetype h = 2; literal && h < 6; ++h) {
            const char16_t c = rest.at(h).unicode();
            literal =
                (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        }
        if (literal)
            escaped += QLatin1String("_x005F");
        escaped += value.at(i);
    }
    return escaped.toUtf8();
}

class Workbook
{
public:
    Workbook(const XlsxWriterLibrary &library, const QString &path, const QByteArray &scratch)
        : m_library(library)
    {
        lxw_workbook_options options{};
        // Rows go to a temporary file as they are written, so a large export does not hold
        // every cell in memory twice. Those files, and the parts libxlsxwriter assembles the
        // zip from, hold every row in plain text: by default they go to the system's shared
        // temporary directory (tmpfile()), so they go to `scratch`, a private 0700 directory
        // beside the target that the caller removes (docs/privacy.md).
        options.constant_memory = LXW_TRUE;
        options.tmpdir = const_cast<char *>(scratch.constData());
        m_workbook = m_library.workbookNew(QFile::encodeName(path).constData(), &options);
        if (m_workbook) {
            m_header = m_library.addFormat(m_workbook);
            m_library.setBold(m_header);
            m_library.setNumFormatIndex(m_header, textFormat);
            m_text = m_library.addFormat(m_workbook);
            m_library.setNumFormatIndex(m_text, textFormat);
        }
    }
    ~Workbook()
    {
        if (m_workbook)
            m_library.close(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isValid() const { return m_workbook && m_header && m_text; }

    lxw_error addSheet(const XlsxSheet &sheet)
    {
        const QByteArray name = sheet.name.toUtf8();
        lxw_worksheet *worksheet =
            m_library.addWorksheet(m_workbook, sheet.name.isEmpty() ? nullptr : name.constData());
        if (!worksheet)
            return LXW_ERROR_PARAMETER_VALIDATION;
        const QList<double> widths = columnWidths(sheet);
        for (qsizetype c = 0; c < widths.size(); ++c) {
            // The text format on the whole column keeps typed values text in empty cells too.
            if (const lxw_error result = m_library.setColumn(worksheet, lxw_col_t(c), lxw_col_t(c),
                                                             widths.at(c), m_text))
                return result;
        }
        if (!sheet.rows.isEmpty())
            m_library.freezePanes(worksheet, 1, 0);
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QStringList &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (row.at(c).isEmpty())
                    continue;
                if (const lxw_error result = m_library.writeString(
                        worksheet, lxw_row_t(r), lxw_col_t(c), cellText(row.at(c)).constData(),
                        r == 0 ? m_header : m_text))
                    return result;
            }
        }
        return LXW_NO_ERROR;
    }

    lxw_error close()
    {
        const lxw_error result = m_library.close(m_workbook);
        m_workbook = nullptr;
        return result;
    }

    QString errorText(lxw_error result) const
    {
        return QCoreApplication::translate("XlsxWriter", "Writing the workbook failed: %1")
            .arg(QString::fromUtf8(m_library.strerror(result)));
    }

private:
    const XlsxWriterLibrary &m_library;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
};

} // namespace

bool XlsxWriter::write(const QString &path, const QList<XlsxSheet> &sheets, QString *error)
{
    if (!validate(sheets, error))
        return false;

    // Written under a temporary name beside the target and renamed when complete: a failure
    // half-way leaves neither a broken workbook nor a damaged earlier export.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        *error = QCoreApplication::translate("XlsxWriter", "Cannot write in the folder %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString());
        return false;
    }
    temporary.close();
    const QString temporaryPath = temporary.fileName();

    const XlsxWriterLibrary *library = XlsxWriterLibrary::instance(error);
    if (!library)
        return false;
    // QTemporaryDir makes the directory 0700 and removes it with whatever is left in it.
    QTemporaryDir scratch(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                          QStringLiteral(".tmp-XXXXXX"));
    if (!scratch.isValid()) {
        *error = QCoreApplication::translate("XlsxWriter", "Cannot write in the folder %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), scratch.errorString());
        return false;
    }
    const QByteArray scratchPath = QFile::encodeName(scratch.path());
    Workbook workbook(*library, temporaryPath, scratchPath);
    if (!workbook.isValid()) {
        *error = workbook.errorText(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return false;
    }
    for (const XlsxSheet &sheet : sheets) {
        if (const lxw_error result = workbook.addSheet(sheet)) {
            *error = workbook.errorText(result);
            return false;
        }
    }
    if (const lxw_error result = workbook.close()) {
        *error = result == LXW_ERROR_CREATING_XLSX_FILE
                     ? QCoreApplication::translate("XlsxWriter", "Cannot create the file %1.")
                           .arg(QDir::toNativeSeparators(path))
                     : workbook.errorText(result);
        return false;
    }
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        *error = QCoreApplication::translate("XlsxWriter", "Cannot create the file %1.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace veldboek
