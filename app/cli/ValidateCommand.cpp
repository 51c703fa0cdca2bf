// veldboek-cli validate FILE.csv --spec ID [--round R] [--dataset NAME] [--json]
//                       [--reference-date YYYY-MM-DD] [--compare-with ROUND|SPEC.json]
// Prints the technical-check report the endpoint would give; exit 0 approved, 1 rejected, 2 when
// the file or spec cannot be read or the arguments are wrong.
#include "ValidateCommand.h"

#include "Localization.h"
#include "exchange/CsvTable.h"
#include "validation/SpecComparison.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek::cli {

RegisterTablesLoader &registerTablesLoader()
{
    static RegisterTablesLoader loader;
    return loader;
}

namespace {

QString say(const CommandContext &context, const char *nl, const char *en)
{
    return pick(context.language, nl, en);
}

// A spec is a built-in id (mdt, sor, cemplus) or the path of a spec file.
std::optional<Spec> loadSpec(const QString &idOrPath, SpecError *error)
{
    if (idOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
        idOrPath.contains(QLatin1Char('/')))
        return SpecLoader::fromFile(idOrPath, error);
    return SpecLoader::builtin(idOrPath, error);
}

// Takes `--name value` out of the arguments; false when the value is missing.
bool takeOption(QStringList &arguments, const char *name, QString *value)
{
    const qsizetype index = arguments.indexOf(QLatin1String(name));
    if (index < 0)
        return true;
    if (index + 1 >= arguments.size())
        return false;
    *value = arguments.at(index + 1);
    arguments.remove(index, 2);
    return true;
}

// `validate REGISTER` without --spec: every shipped spec whose datasets the register holds, one
// report each. JSON: {"status": ..., "reports": [report, ...]}.
int validateRegisterAgainstAllSpecs(CommandContext &context, const QString &path,
                                    const QString &round, const QDate &referenceDate, bool json)
{
    QString error;
    QList<Spec> specs; // in force for the register: fetched from the endpoint or built in
    const auto loaded = registerTablesLoader()(path, context, &specs, &error);
    if (!loaded) {
        context.err << path << ": " << error << "\n";
        return Failure;
    }
    QJsonArray reports;
    QString text;
    bool approved = true;
    for (const Spec &spec : std::as_const(specs)) {
        QList<DataTable> tables;
        for (const DataTable &table : *loaded) {
            if (spec.dataset(table.dataset))
                tables.append(table);
        }
        if (tables.isEmpty())
            continue;
        // --round belongs to the spec that has that round; the others use their own.
        const QString specRound = spec.roundIndex(round) >= 0 ? round : QString();
        const ValidationReport report =
            Validator(spec, specRound, referenceDate, context.language).validate(tables);
        approved = approved && report.approved();
        reports.append(report.toJson());
        text += report.toText() + QLatin1Char('\n');
    }
    if (json) {
        const QJsonObject all{{QStringLiteral("status"),
                               approved ? QStringLiteral("approved") : QStringLiteral("rejected")},
                              {QStringLiteral("reports"), reports}};
        context.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        context.out << text;
    }
    context.out.flush();
    return approved ? Success : DataErrors;
}

// The arguments of `validate`: the file or register and the options.
struct ValidateArguments
{
    QString path, specId, round, dataset, compareWith;
    QDate referenceDate = QDate::currentDate();
    bool json = false;
};

// nullopt (with the usage or the problem on `err`) when the arguments are wrong.
std::optional<ValidateArguments> readArguments(CommandContext &context)
{
    QStringList arguments = context.arguments;
    ValidateArguments parsed;
    QString referenceText, passphraseFile;
    parsed.json = arguments.removeAll(QStringLiteral("--json")) > 0;
    if (!takeOption(arguments, "--spec", &parsed.specId) ||
        !takeOption(arguments, "--round", &parsed.round) ||
        !takeOption(arguments, "--dataset", &parsed.dataset) ||
        !takeOption(arguments, "--reference-date", &referenceText) ||
        !takeOption(arguments, "--compare-with", &parsed.compareWith) ||
        // Read by the register loader from the context's own arguments.
        !takeOption(arguments, "--passphrase-file", &passphraseFile) || arguments.size() != 1 ||
        arguments.first().startsWith(QLatin1String("--"))) {
        context.err << say(context,
                           "Gebruik: veldboek-cli validate REGISTER|BESTAND.csv --spec SPEC "
                           "[--round R] [--dataset NAAM] [--json] [--lang nl|en]",
                           "Usage: veldboek-cli validate REGISTER|FILE.csv --spec SPEC "
                           "[--round R] [--dataset NAME] [--json] [--lang nl|en]")
                    << "\n";
        return std::nullopt;
    }
    parsed.path = arguments.first();
    if (!referenceText.isEmpty()) {
        parsed.referenceDate = QDate::fromString(referenceText, Qt::ISODate);
        if (!parsed.referenceDate.isValid()) {
            context.err << say(context, "--reference-date verwacht JJJJ-MM-DD",
                               "--reference-date expects YYYY-MM-DD")
                        << "\n";
            return std::nullopt;
        }
    }
    return parsed;
}

// The spec of --spec, with --round one of its rounds; nullopt (said on `err`) otherwise.
std::optional<Spec> specToCheckWith(CommandContext &context, const ValidateArguments &arguments)
{
    SpecError specError;
    std::optional<Spec> spec = loadSpec(arguments.specId, &specError);
    if (!spec) {
        context.err << say(context, "Spec geweigerd: ", "Spec refused: ") << specError.toString()
                    << "\n";
        return std::nullopt;
    }
    if (!arguments.round.isEmpty() && spec->roundIndex(arguments.round) < 0) {
        QStringList rounds;
        for (const RoundSpec &r : spec->rounds)
            rounds.append(r.id);
        context.err << say(context, "Onbekende ronde ", "Unknown round ") << arguments.round << " ("
                    << rounds.join(QStringLiteral(", ")) << ")\n";
        return std::nullopt;
    }
    return spec;
}

// The CSV file as a table of the spec's dataset (--dataset, else the one its header fits).
std::optional<DataTable> readCsvTable(CommandContext &context, const ValidateArguments &arguments,
                                      const Spec &spec)
{
    const QString &path = arguments.path;
    CsvError error;
    const std::optional<CsvDocument> document = CsvReader::readFile(path, context.language, &error);
    std::optional<DataTable> table;
    if (document)
        table = CsvTable::toTable(*document, spec, arguments.dataset, context.language, &error);
    if (!table) {
        context.err << path;
        if (error.line > 0)
            context.err << ":" << error.line;
        context.err << ": " << error.message << "\n";
    }
    return table;
}

// The register's tables of the spec's datasets. `--spec ID` is the register's spec of that id:
// the one fetched from the endpoint when it is in force (storage/SpecStore.h); a spec file
// stays what it is.
std::optional<QList<DataTable>> readRegisterTables(CommandContext &context,
                                                   const ValidateArguments &arguments, Spec *spec)
{
    QString error;
    QList<Spec> inForce;
    const auto loaded = registerTablesLoader()(arguments.path, context, &inForce, &error);
    if (!loaded) {
        context.err << arguments.path << ": " << error << "\n";
        return std::nullopt;
    }
    for (const Spec &candidate : std::as_const(inForce)) {
        if (candidate.id == spec->id && !arguments.specId.endsWith(QLatin1String(".json")))
            *spec = candidate;
    }
    QList<DataTable> tables;
    for (const DataTable &table : *loaded) {
        if (spec->dataset(table.dataset))
            tables.append(table);
    }
    return tables;
}

// --compare-with: what changes in the verdict from the older round or spec file to `validator`'s.
std::optional<QList<SpecChange>> compareWithOlder(CommandContext &context,
                                                  const ValidateArguments &arguments,
                                                  const Spec &spec, const Validator &validator,
                                                  const QList<DataTable> &tables)
{
    const QString &compareWith = arguments.compareWith;
    std::optional<Spec> older = spec;
    QString olderRound = compareWith;
    if (compareWith.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        SpecError specError;
        older = SpecLoader::fromFile(compareWith, &specError);
        olderRound.clear();
        if (!older) {
            context.err << say(context, "Spec geweigerd: ", "Spec refused: ")
                        << specError.toString() << "\n";
            return std::nullopt;
        }
    } else if (spec.roundIndex(compareWith) < 0) {
        context.err << say(context, "Onbekende ronde ", "Unknown round ") << compareWith << "\n";
        return std::nullopt;
    }
    const Validator before(*older, olderRound, arguments.referenceDate, context.language);
    return SpecComparison::compare(before, validator, tables);
}

// The report as text or JSON, with the changes when comparing.
void printReport(CommandContext &context, const ValidateArguments &arguments,
                 const ValidationReport &report, const QList<SpecChange> &changes)
{
    const bool comparing = !arguments.compareWith.isEmpty();
    if (arguments.json) {
        QJsonObject object = report.toJson();
        if (comparing) {
            QJsonArray list;
            for (const SpecChange &change : std::as_const(changes))
                list.append(QJsonObject{{QStringLiteral("dataset"), change.dataset},
                                        {QStringLiteral("rule"), change.rule},
                                        {QStringLiteral("field"), change.field},
                                        {QStringLiteral("before"), change.before},
                                        {QStringLiteral("after"), change.after},
                                        {QStringLiteral("message"), change.message}});
            object.insert(QStringLiteral("changes"), list);
        }
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out << report.toText();
        if (comparing) {
            context.out << "\n"
                        << say(context, "Wat er verandert ten opzichte van ",
                               "What changes compared with ")
                        << arguments.compareWith << ":\n"
                        << SpecComparison::toText(changes, context.language);
        }
    }
    context.out.flush();
}

int run(CommandContext &context)
{
    const std::optional<ValidateArguments> arguments = readArguments(context);
    if (!arguments)
        return Failure;
    const QString &path = arguments->path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("txt");
    if (!csv) {
        if (!registerTablesLoader()) {
            context.err << path << ": "
                        << say(context,
                               "een register controleren is in deze versie nog niet beschikbaar; "
                               "geef een .csv-bestand met --spec.",
                               "checking a register is not available in this version yet; give "
                               "a .csv file with --spec.")
                        << "\n";
            return Failure;
        }
    }
    if (arguments->specId.isEmpty() && csv) {
        context.err << say(context,
                           "Geef bij een CSV-bestand de spec met --spec (mdt, sor, cemplus).",
                           "A CSV file needs its spec: --spec (mdt, sor, cemplus).")
                    << "\n";
        return Failure;
    }
    if (arguments->specId.isEmpty())
        return validateRegisterAgainstAllSpecs(context, path, arguments->round,
                                               arguments->referenceDate, arguments->json);
    std::optional<Spec> spec = specToCheckWith(context, *arguments);
    if (!spec)
        return Failure;

    QList<DataTable> tables;
    if (csv) {
        const std::optional<DataTable> table = readCsvTable(context, *arguments, *spec);
        if (!table)
            return Failure;
        tables.append(*table);
    } else {
        const std::optional<QList<DataTable>> registered =
            readRegisterTables(context, *arguments, &*spec);
        if (!registered)
            return Failure;
        tables = *registered;
    }

    const Validator validator(*spec, arguments->round, arguments->referenceDate, context.language);
    const ValidationReport report = validator.validate(tables);
    QList<SpecChange> changes;
    if (!arguments->compareWith.isEmpty()) {
        const std::optional<QList<SpecChange>> compared =
            compareWithOlder(context, *arguments, *spec, validator, tables);
        if (!compared)
            return Failure;
        changes = *compared;
    }
    printReport(context, *arguments, report, changes);
    return report.approved() ? Success : DataErrors;
}

const CommandRegistration registration(
    QStringLiteral("validate"),
    QStringLiteral(
        "validate REGISTER|FILE.csv --spec mdt|sor|cemplus|SPEC.json [--round R] "
        "[--dataset NAME] [--json] [--compare-with ROUND|SPEC.json] [--passphrase-file F]"),
    run);

} // namespace

} // namespace veldboek::cli
