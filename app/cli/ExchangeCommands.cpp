// veldboek-cli import REGISTER FILE.csv|FILE.xlsx --spec SPEC [--mapping MAP.json] ...
// veldboek-cli export REGISTER --format FORMAT --out FILE|DIR [--passphrase-file F]
#include "Command.h"
#include "RegisterOpener.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"
#include "exchange/PortalExport.h"
#include "exchange/ReaderLimits.h"
#include "storage/SpecStore.h"
#include "validation/SpecLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace veldboek::cli {

namespace {

// "XLSX, sheet Deelnemers" or "CSV, separator ;, Windows-1252": what the reader detected.
QString sourceDescription(const ImportPlan &plan)
{
    if (plan.encoding == QLatin1String("XLSX"))
        return QCoreApplication::translate("cli", "XLSX, sheet %1").arg(plan.sheet);
    const QString separator = plan.delimiter == QLatin1Char('\t')
                                  ? QCoreApplication::translate("cli", "tab")
                                  : QString(plan.delimiter);
    return QCoreApplication::translate("cli", "CSV, separator %1, %2")
        .arg(separator, plan.encoding);
}

// "3, 7, 12" (at most ten, then "..."), "-" when there are none.
QString lineList(const QList<int> &lines)
{
    if (lines.isEmpty())
        return QStringLiteral("-");
    QStringList numbers;
    for (qsizetype i = 0; i < lines.size() && i < 10; ++i)
        numbers.append(QString::number(lines.at(i)));
    if (lines.size() > 10)
        numbers.append(QStringLiteral("..."));
    return numbers.join(QLatin1String(", "));
}

// The import's options from the command line; nullopt (said on `err`) when they make no sense.
std::optional<ImportPlan::Options> importOptions(const QCommandLineParser &parser,
                                                 CommandContext &context)
{
    if (!parser.isSet(QStringLiteral("spec"))) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "An import needs the spec of its file: --spec mdt, sor or cemplus.")
                    << "\n";
        return std::nullopt;
    }
    ImportPlan::Options options;
    options.dataset = parser.value(QStringLiteral("dataset"));
    for (const QString &column :
         parser.value(QStringLiteral("skip-columns")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.skipColumns.append(column.trimmed());
    const QString onMatch = parser.value(QStringLiteral("on-match"));
    if (onMatch == QLatin1String("update"))
        options.onMatch = ImportRow::Choice::Update;
    else if (onMatch == QLatin1String("add"))
        options.onMatch = ImportRow::Choice::Add;
    else if (!onMatch.isEmpty() && onMatch != QLatin1String("skip")) {
        context.err << QCoreApplication::translate("cli", "--on-match takes skip, update or add.")
                    << "\n";
        return std::nullopt;
    }
    return options;
}

// The file's table: of a workbook the sheet asked for, else the one whose headers fit.
std::optional<CsvDocument> readImportFile(const QCommandLineParser &parser, CommandContext &context,
                                          const QString &file, const Spec &spec,
                                          const ImportPlan::Options &options)
{
    QString error;
    QString sheet = parser.value(QStringLiteral("sheet"));
    if (sheet.isEmpty()) {
        // A workbook of several sheets: the one whose headers are the dataset's, not the first.
        const std::optional<QString> proposed =
            ImportSource::proposeSheet(file, spec, options.dataset, context.language, &error);
        if (!proposed) {
            context.err << error << "\n";
            return std::nullopt;
        }
        sheet = *proposed;
    }
    std::optional<CsvDocument> document = ImportSource::read(file, sheet, context.language, &error);
    if (!document)
        context.err << error << "\n";
    return document;
}

// --mapping MAP.json: the mapping of the first dataset (or the one asked for) it fits.
bool readMapping(const QCommandLineParser &parser, CommandContext &context, const Spec &spec,
                 ImportPlan::Options *options)
{
    QString error;
    QFile mappingFile(parser.value(QStringLiteral("mapping")));
    if (!mappingFile.open(QIODevice::ReadOnly)) {
        context.err << mappingFile.fileName() << ": " << mappingFile.errorString() << "\n";
        return false;
    }
    // One byte past the limit is enough for fromJson() to refuse a file too large.
    const QByteArray json = mappingFile.read(limits::mappingMaxFileSize + 1);
    for (const DatasetSpec &dataset : spec.datasets) {
        if (!options->dataset.isEmpty() && dataset.name != options->dataset)
            continue;
        if (const auto mapping = ColumnMapping::fromJson(json, dataset, &error)) {
            options->mapping = mapping;
            options->dataset = dataset.name;
            break;
        }
    }
    if (!options->mapping) {
        context.err << mappingFile.fileName() << ": " << error << "\n";
        return false;
    }
    return true;
}

// A column that only resembles a field is not imported on a guess, nor silently left out:
// the user says what to do with it. Returns whether there is such a column (and says so).
bool refuseGuesses(CommandContext &context, const QString &file, const Spec &spec,
                   const ImportPlan &plan)
{
    const QStringList guesses = plan.mapping.guesses(plan.header);
    if (guesses.isEmpty())
        return false;
    const DatasetSpec *dataset = spec.dataset(plan.dataset);
    for (const QString &column : guesses) {
        const QString key = plan.mapping.fieldForColumn.value(column);
        const FieldSpec *field = dataset ? dataset->field(key) : nullptr;
        context.err << file << ": "
                    << QCoreApplication::translate(
                           "cli", "column \"%1\" is not a known column name, but resembles "
                                  "the field %2 (%3).")
                           .arg(column, key,
                                field ? field->label.text(context.language) : QString())
                    << "\n";
    }
    context.err << QCoreApplication::translate(
                       "cli",
                       "Nothing was imported. Say what to do with %n column(s): map them with "
                       "--mapping MAP.json (for example {\"%1\": \"%2\"}), or leave them "
                       "out with --skip-columns \"%3\".",
                       nullptr, int(guesses.size()))
                       .arg(guesses.first(), plan.mapping.fieldForColumn.value(guesses.first()),
                            guesses.join(QLatin1Char(',')))
                << "\n";
    return true;
}

// Values a spreadsheet program damaged (scientific notation, dates as numbers, lost leading
// zeros): nothing is imported. Returns whether there are any (and says which).
bool refuseDamage(CommandContext &context, const QString &file, const ImportPlan &plan)
{
    if (plan.damage.isEmpty())
        return false;
    context.err << file << ": "
                << QCoreApplication::translate(
                       "cli", "a spreadsheet program has damaged values in this file; nothing was "
                              "imported.")
                << "\n";
    for (int i = 0; i < plan.damage.size() && i < 10; ++i)
        context.err << "  " << plan.damage.at(i).message(context.language) << "\n";
    if (plan.damage.size() > 10)
        context.err << "  "
                    << QCoreApplication::translate("cli", "(%1 more)").arg(plan.damage.size() - 10)
                    << "\n";
    return true;
}

// The verdict on the file's rows and what the reader found in the file.
void printFileReport(CommandContext &context, const QString &file, const ImportPlan &plan)
{
    context.out << QCoreApplication::translate(
                       "cli",
                       "%1: dataset %2, %3 rows: %4 without problems, %5 with warnings, %6 with "
                       "errors; %7 match a participant already in the register.")
                       .arg(QFileInfo(file).fileName(), plan.dataset)
                       .arg(plan.standingRows())
                       .arg(plan.rowsWith(Severity::None))
                       .arg(plan.rowsWith(Severity::Warning))
                       .arg(plan.rowsWith(Severity::Error))
                       .arg(plan.matches())
                << "\n";
    if (const QList<int> repeats = plan.repeatLines(); !repeats.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli",
                           "Not imported, %n row(s) that repeat an earlier row of the file "
                           "(the same registered participant, or the same item of a "
                           "measurement; the earlier row is imported): lines %1.",
                           nullptr, int(repeats.size()))
                           .arg(lineList(repeats))
                    << "\n";
    if (const QList<int> differ = plan.measurementDiffers(); !differ.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli", "The register keeps a measurement's date, informant, "
                                  "questionnaire and client reference from its first row; these "
                                  "rows give others, which are not imported: lines %1.")
                           .arg(lineList(differ))
                    << "\n";
    context.out << QCoreApplication::translate("cli", "Read as: %1").arg(sourceDescription(plan))
                << "\n";
    if (!plan.titleLines.isEmpty() || !plan.totalLines.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli", "Not taken as participants: title rows %1, rows of totals %2.")
                           .arg(lineList(plan.titleLines), lineList(plan.totalLines))
                    << "\n";
    if (!plan.hiddenLines.isEmpty() || !plan.hiddenColumns.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli", "Hidden in the workbook, imported all the same: rows %1; "
                                  "columns %2.")
                           .arg(lineList(plan.hiddenLines),
                                plan.hiddenColumns.isEmpty()
                                    ? QStringLiteral("-")
                                    : plan.hiddenColumns.join(QLatin1String(", ")))
                    << "\n";
}

// What the import does to the register beyond the file's rows: participants it creates, the
// register's other rows checked with the file's, codes read from labels, columns left out.
void printRegisterReport(CommandContext &context, const ImportPlan &plan)
{
    if (plan.newParticipants > 0)
        context.out << QCoreApplication::translate(
                           "cli",
                           "%n person/people of the file are not in the register: each is "
                           "added as a participant with only a citizen service number or "
                           "client reference, which the participants' check reports as "
                           "incomplete until you fill in the rest.",
                           nullptr, plan.newParticipants)
                    << "\n";
    if (plan.created.rows > 0)
        context.out << QCoreApplication::translate(
                           "cli", "The participants' check of those %1 as the register holds them "
                                  "after the import: %2 without problems, %3 with warnings, %4 "
                                  "with errors.")
                           .arg(plan.created.rows)
                           .arg(plan.created.clean)
                           .arg(plan.created.warnings)
                           .arg(plan.created.errors)
                    << "\n";
    // The file's rows were checked with the rest of the register; what that check finds on the
    // rest completes the count `veldboek-cli validate` gives right after.
    if (plan.registered.rows > 0)
        context.out << QCoreApplication::translate(
                           "cli", "The other %1 rows of %2 in the register, checked with the "
                                  "file's rows: %3 without problems, %4 with warnings, %5 with "
                                  "errors.")
                           .arg(plan.registered.rows)
                           .arg(plan.dataset)
                           .arg(plan.registered.clean)
                           .arg(plan.registered.warnings)
                           .arg(plan.registered.errors)
                    << "\n";
    if (plan.codesFromLabels > 0)
        context.out << QCoreApplication::translate(
                           "cli", "%n value(s) given as the label of a code were read as the code.",
                           nullptr, plan.codesFromLabels)
                    << "\n";
    if (!plan.ignoredColumns.isEmpty())
        context.out << QCoreApplication::translate("cli", "Columns not imported: %1")
                           .arg(plan.ignoredColumns.join(QLatin1String(", ")))
                    << "\n";
}

// After the rows are written: how many, and where errors remain to be corrected.
void printWritten(CommandContext &context, const ImportPlan &plan,
                  const ImportWriter::Outcome &outcome)
{
    context.out << QCoreApplication::translate(
                       "cli", "Imported %1 rows (%2 participants added, %3 updated, %4 skipped).")
                       .arg(outcome.imported)
                       .arg(outcome.added)
                       .arg(outcome.updated)
                       .arg(outcome.skipped)
                << "\n";
    if (plan.rowsWith(Severity::Error) > 0)
        context.out << QCoreApplication::translate(
                           "cli", "Rows with errors came in flagged: correct them in Veldboek.")
                    << "\n";
    else if (plan.hasErrors())
        context.out << QCoreApplication::translate(
                           "cli", "The file's rows have no errors, but the register has errors "
                                  "after the import in the rows counted above: correct them in "
                                  "Veldboek.")
                    << "\n";
}

int runImport(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "import REGISTER FILE.csv|FILE.xlsx --spec SPEC [--mapping MAP.json] [--dataset D] "
        "[--sheet S] [--skip-columns C1,C2] [--on-match skip|update|add] [--dry-run] "
        "[--passphrase-file F]");
    QCommandLineParser parser;
    for (const char *option : {"spec", "mapping", "dataset", "sheet", "skip-columns", "on-match",
                               "passphrase-file", "round"})
        parser.addOption({QString::fromLatin1(option), {}, QStringLiteral("V")});
    parser.addOption({QStringLiteral("dry-run"), {}});
    if (!parseArguments(parser, context, synopsis, 2))
        return Failure;
    const QString registerPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    std::optional<ImportPlan::Options> parsed = importOptions(parser, context);
    if (!parsed)
        return Failure;
    ImportPlan::Options options = *parsed;

    SpecError specError;
    std::optional<Spec> spec =
        SpecLoader::builtin(parser.value(QStringLiteral("spec")), &specError);
    if (!spec) {
        context.err << specError.toString() << "\n";
        return Failure;
    }
    const std::optional<CsvDocument> document =
        readImportFile(parser, context, file, *spec, options);
    if (!document)
        return Failure;
    auto reg = openRegister(parser, context, registerPath, Action::EditData);
    if (!reg)
        return Failure;
    // From here on the register's spec in force (storage/SpecStore.h): the endpoint's, once
    // fetched; the built-in one above only chose the sheet.
    spec = SpecStore(*reg).spec(spec->id, &specError);
    if (!spec) {
        context.err << specError.toString() << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("mapping")) && !readMapping(parser, context, *spec, &options))
        return Failure;
    const Validator validator(*spec, parser.value(QStringLiteral("round")), QDate::currentDate(),
                              context.language);
    options.check = false; // checked while the rows are written, below
    QString error;
    std::optional<ImportPlan> plan =
        ImportPlan::prepare(*reg, validator, *document, options, &error);
    if (!plan) {
        context.err << file << ": " << error << "\n";
        return Failure;
    }
    plan->source = QFileInfo(file).fileName();
    if (!parser.isSet(QStringLiteral("mapping")) && refuseGuesses(context, file, *spec, *plan))
        return Failure;
    if (refuseDamage(context, file, *plan))
        return Failure;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ImportWriter::Outcome outcome;
    bool written = true;
    if (dryRun)
        plan->apply(ImportPlan::check(validator, plan->checkTable()));
    else
        written = ImportWriter(*reg).writeWhileChecking(*plan, validator, {}, &outcome);
    printFileReport(context, file, *plan);
    printRegisterReport(context, *plan);
    // The exit code is the verdict's: an error in a row of the file, in the register's other
    // rows of the dataset or in a participant the file creates is what `validate` fails on.
    if (dryRun)
        return plan->hasErrors() ? DataErrors : Success;
    if (!written) {
        context.err << reg->lastError().message() << "\n";
        return Failure;
    }
    plan->mapping.remember(*reg, plan->dataset, plan->header);
    printWritten(context, *plan, outcome);
    return plan->hasErrors() ? DataErrors : Success;
}

int runExport(CommandContext &context)
{
    const QString synopsis = QStringLiteral("export REGISTER --format %1 --out FILE|DIR "
                                            "[--passphrase-file F]")
                                 .arg(PortalFormat::ids().join(QLatin1Char('|')));
    QCommandLineParser parser;
    for (const char *option : {"format", "out", "passphrase-file"})
        parser.addOption({QString::fromLatin1(option), {}, QStringLiteral("V")});
    if (!parseArguments(parser, context, synopsis, 1))
        return Failure;
    const std::optional<PortalFormat> format =
        PortalFormat::byId(parser.value(QStringLiteral("format")));
    if (!format || !parser.isSet(QStringLiteral("out"))) {
        context.err << QCoreApplication::translate("cli", "Usage: veldboek-cli %1").arg(synopsis)
                    << "\n";
        return Failure;
    }
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Export);
    if (!reg)
        return Failure;
    // The register's spec in force (storage/SpecStore.h): the endpoint's, once fetched.
    SpecError specError;
    const std::optional<Spec> spec = SpecStore(*reg).spec(format->specId, &specError);
    if (!spec) {
        context.err << specError.toString() << "\n";
        return Failure;
    }
    const PortalExport::Result result = PortalExport::run(*reg, *format, *spec);
    if (!result.ok()) {
        context.err << result.error << "\n";
        return Failure;
    }
    QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).isDir()) {
        const QString organisation = reg->setting(QStringLiteral("organisation_name")).toString();
        out = QDir(out).filePath(PortalExport::fileName(
            *format,
            organisation.isEmpty() ? QFileInfo(reg->path()).completeBaseName() : organisation,
            QDate::currentDate()));
    }
    // Written whole or not at all: a full disk never leaves half a file behind.
    QSaveFile file(out);
    // A portal file holds personal data (plain citizen service numbers in the GAS file): the
    // user's alone, whatever the umask says, before a byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(result.csv) != result.csv.size() || !file.commit()) {
        context.err << out << ": " << file.errorString() << "\n";
        return Failure;
    }
    context.out << QCoreApplication::translate("cli", "Wrote %1 rows to %2.")
                       .arg(result.rows.size())
                       .arg(out)
                << "\n";
    return Success;
}

const CommandRegistration importRegistration(
    QStringLiteral("import"),
    QStringLiteral("import REGISTER FILE.csv|FILE.xlsx --spec SPEC [--mapping MAP.json] "
                   "[--skip-columns C1,C2] [--on-match skip|update|add] [--dry-run]"),
    runImport);
const CommandRegistration exportRegistration(
    QStringLiteral("export"),
    QStringLiteral("export REGISTER --format mdt-proces1|rap-gas|rap-probleem|cemplus-long "
                   "--out FILE|DIR"),
    runExport);

} // namespace

} // namespace veldboek::cli
