// veldboek-cli import REGISTER FILE.csv|FILE.xlsx --spec SPEC [--mapping MAP.json] ...
// veldboek-cli export REGISTER --format FORMAT --out FILE|DIR [--passphrase-file F]
#include "Command.h"
#include "exchange/ImportPlan.h"
#include "exchange/PortalExport.h"
#include "keys/KeyStore.h"
#include "storage/ImportWriter.h"
#include "validation/SpecLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace veldboek::cli {

namespace {

std::unique_ptr<Register> openRegister(const QCommandLineParser &parser, CommandContext &context,
                                       const QString &path)
{
    QByteArray passphrase;
    if (!readPassphraseOption(parser, QStringLiteral("passphrase-file"), context, &passphrase))
        return nullptr;
    RegisterError error;
    auto reg = KeyStore::open(path, std::move(passphrase), &error);
    if (!reg)
        context.err << error.message() << "\n";
    return reg;
}

int runImport(CommandContext &context)
{
    const QString synopsis = QStringLiteral(
        "import REGISTER FILE.csv|FILE.xlsx --spec SPEC [--mapping MAP.json] [--dataset D] "
        "[--sheet S] [--on-match skip|update|add] [--dry-run] [--passphrase-file F]");
    QCommandLineParser parser;
    for (const char *option :
         {"spec", "mapping", "dataset", "sheet", "on-match", "passphrase-file", "round"})
        parser.addOption({QString::fromLatin1(option), {}, QStringLiteral("V")});
    parser.addOption({QStringLiteral("dry-run"), {}});
    if (!parseArguments(parser, context, synopsis, 2))
        return Failure;
    const QString registerPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    if (!parser.isSet(QStringLiteral("spec"))) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "An import needs the spec of its file: --spec mdt, sor or cemplus.")
                    << "\n";
        return Failure;
    }
    ImportPlan::Options options;
    options.dataset = parser.value(QStringLiteral("dataset"));
    const QString onMatch = parser.value(QStringLiteral("on-match"));
    if (onMatch == QLatin1String("update"))
        options.onMatch = ImportRow::Choice::Update;
    else if (onMatch == QLatin1String("add"))
        options.onMatch = ImportRow::Choice::Add;
    else if (!onMatch.isEmpty() && onMatch != QLatin1String("skip")) {
        context.err << QCoreApplication::translate("cli", "--on-match takes skip, update or add.")
                    << "\n";
        return Failure;
    }

    SpecError specError;
    const std::optional<Spec> spec =
        SpecLoader::builtin(parser.value(QStringLiteral("spec")), &specError);
    if (!spec) {
        context.err << specError.toString() << "\n";
        return Failure;
    }
    QString error;
    const std::optional<CsvDocument> document =
        ImportSource::read(file, parser.value(QStringLiteral("sheet")), context.language, &error);
    if (!document) {
        context.err << error << "\n";
        return Failure;
    }
    auto reg = openRegister(parser, context, registerPath);
    if (!reg)
        return Failure;
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile mappingFile(parser.value(QStringLiteral("mapping")));
        if (!mappingFile.open(QIODevice::ReadOnly)) {
            context.err << mappingFile.fileName() << ": " << mappingFile.errorString() << "\n";
            return Failure;
        }
        const QByteArray json = mappingFile.readAll();
        for (const DatasetSpec &dataset : spec->datasets) {
            if (!options.dataset.isEmpty() && dataset.name != options.dataset)
                continue;
            if (const auto mapping = ColumnMapping::fromJson(json, dataset, &error)) {
                options.mapping = mapping;
                options.dataset = dataset.name;
                break;
            }
        }
        if (!options.mapping) {
            context.err << mappingFile.fileName() << ": " << error << "\n";
            return Failure;
        }
    }
    const Validator validator(*spec, parser.value(QStringLiteral("round")), QDate::currentDate(),
                              context.language);
    options.check = false; // checked while the rows are written, below
    std::optional<ImportPlan> plan =
        ImportPlan::prepare(*reg, validator, *document, options, &error);
    if (!plan) {
        context.err << file << ": " << error << "\n";
        return Failure;
    }
    plan->source = QFileInfo(file).fileName();
    if (!plan->damage.isEmpty()) {
        context.err << file << ": "
                    << QCoreApplication::translate(
                           "cli",
                           "a spreadsheet program has damaged values in this file; nothing was "
                           "imported.")
                    << "\n";
        for (int i = 0; i < plan->damage.size() && i < 10; ++i)
            context.err << "  " << plan->damage.at(i).message(context.language) << "\n";
        if (plan->damage.size() > 10)
            context.err
                << "  "
                << QCoreApplication::translate("cli", "(%1 more)").arg(plan->damage.size() - 10)
                << "\n";
        return Failure;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ImportWriter::Outcome outcome;
    bool written = true;
    if (dryRun)
        plan->apply(ImportPlan::check(validator, plan->table));
    else
        written = ImportWriter(*reg).writeWhileChecking(*plan, validator, {}, &outcome);
    context.out << QCoreApplication::translate(
                       "cli",
                       "%1: dataset %2, %3 rows: %4 without problems, %5 with warnings, %6 with "
                       "errors; %7 match a participant already in the register.")
                       .arg(QFileInfo(file).fileName(), plan->dataset)
                       .arg(plan->rows.size())
                       .arg(plan->rowsWith(Severity::None))
                       .arg(plan->rowsWith(Severity::Warning))
                       .arg(plan->rowsWith(Severity::Error))
                       .arg(plan->matches())
                << "\n";
    if (!plan->ignoredColumns.isEmpty())
        context.out << QCoreApplication::translate("cli", "Columns not imported: %1")
                           .arg(plan->ignoredColumns.join(QLatin1String(", ")))
                    << "\n";
    if (dryRun)
        return plan->rowsWith(Severity::Error) > 0 ? DataErrors : Success;
    if (!written) {
        context.err << reg->lastError().message() << "\n";
        return Failure;
    }
    plan->mapping.remember(*reg, plan->dataset, plan->header);
    context.out << QCoreApplication::translate(
                       "cli", "Imported %1 rows (%2 participants added, %3 updated, %4 skipped).")
                       .arg(outcome.imported)
                       .arg(outcome.added)
                       .arg(outcome.updated)
                       .arg(outcome.skipped)
                << "\n";
    if (plan->rowsWith(Severity::Error) > 0) {
        context.out << QCoreApplication::translate(
                           "cli", "Rows with errors came in flagged: correct them in Veldboek.")
                    << "\n";
        return DataErrors;
    }
    return Success;
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
    SpecError specError;
    const std::optional<Spec> spec = SpecLoader::builtin(format->specId, &specError);
    if (!spec) {
        context.err << specError.toString() << "\n";
        return Failure;
    }
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0));
    if (!reg)
        return Failure;
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
                   "[--on-match skip|update|add] [--dry-run]"),
    runImport);
const CommandRegistration exportRegistration(
    QStringLiteral("export"),
    QStringLiteral("export REGISTER --format mdt-proces1|rap-gas|rap-probleem|cemplus-long "
                   "--out FILE|DIR"),
    runExport);

} // namespace

} // namespace veldboek::cli
