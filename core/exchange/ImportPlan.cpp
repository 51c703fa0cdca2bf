#include "ImportPlan.h"

#include "Localization.h"
#include "PersonMatcher.h"
#include "domain/Participant.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "storage/SpecStore.h"
#include "validation/FieldValue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace veldboek {

namespace {

// Most values have no surrounding spaces; only those pay for QString::trimmed().
QString trimmed(const QString &value)
{
    if (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace()))
        return value;
    return value.trimmed();
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// "1.23E+08", "1,5e-3": what a spreadsheet writes for a long number it did not keep as text.
bool isScientific(QStringView text)
{
    // Most values are names, dates and codes: they fail on the first character, before any search.
    const QChar first = text.front();
    if (!first.isDigit() && first != QLatin1Char('+') && first != QLatin1Char('-'))
        return false;
    qsizetype e = -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('E') || text[i] == QLatin1Char('e')) {
            e = i;
            break;
        }
    }
    if (e <= 0 || e + 1 >= text.size())
        return false;
    QStringView mantissa = text.left(e);
    QStringView exponent = text.mid(e + 1);
    if (mantissa.startsWith(QLatin1Char('+')) || mantissa.startsWith(QLatin1Char('-')))
        mantissa = mantissa.mid(1);
    if (exponent.startsWith(QLatin1Char('+')) || exponent.startsWith(QLatin1Char('-')))
        exponent = exponent.mid(1);
    const qsizetype separator =
        std::max(mantissa.indexOf(QLatin1Char('.')), mantissa.indexOf(QLatin1Char(',')));
    const QStringView whole = separator < 0 ? mantissa : mantissa.left(separator);
    const QStringView fraction = separator < 0 ? QStringView() : mantissa.mid(separator + 1);
    return !whole.isEmpty() && allDigits(whole) && allDigits(fraction) && !exponent.isEmpty() &&
           allDigits(exponent) && (separator < 0 || !fraction.isEmpty());
}

// What Excel does to numbers and dates it should have left alone, if it did it to this value.
// A character scan, not a regular expression: it runs on every value of a large import.
std::optional<SpreadsheetDamage::Kind> damageOf(const FieldSpec &field, QStringView value)
{
    if (isScientific(value))
        return SpreadsheetDamage::Kind::ScientificNotation;
    if (field.type == FieldType::Date && value.size() >= 4 && value.size() <= 6 && allDigits(value))
        return SpreadsheetDamage::Kind::DateAsNumber;
    if (field.type == FieldType::Municipality && value.size() <= 3 && allDigits(value))
        return SpreadsheetDamage::Kind::LeadingZerosLost;
    return std::nullopt;
}

// Field types whose values have one canonical form the engine can put them in.
bool normalises(FieldType type)
{
    switch (type) {
    case FieldType::Postcode:
    case FieldType::Bsn:
    case FieldType::Date:
    case FieldType::Municipality:
    case FieldType::Enum:
    case FieldType::Bool:
        return true;
    default:
        return false;
    }
}

// Other ways people write a field's values, comparable (ColumnMapping::comparable) -> the code:
// an enum's labels in Dutch and English ("Afgerond volgens plan" -> afgerond), and for a yes/no
// field what spreadsheets write (TRUE/FALSE, WAAR/ONWAAR) and what people type (yes, j, n).
QHash<QString, QString> spokenCodes(const FieldSpec &field)
{
    QHash<QString, QString> codes;
    if (field.type == FieldType::Enum) {
        for (const CodeSpec &code : field.codes) {
            if (code.placeholder >= 0)
                continue;
            for (const QString &text : {code.label.nl, code.label.en, code.code}) {
                const QString key = ColumnMapping::comparable(text);
                if (!key.isEmpty() && !codes.contains(key))
                    codes.insert(key, code.code);
            }
        }
    } else if (field.type == FieldType::Bool) {
        for (const char *yes : {"true", "waar", "yes", "y", "j", "1", "x"})
            codes.insert(QLatin1String(yes), QStringLiteral("ja"));
        for (const char *no : {"false", "onwaar", "no", "n", "0"})
            codes.insert(QLatin1String(no), QStringLiteral("nee"));
    }
    return codes;
}

// The value in the form the form gives it; *fromLabel when it was a code's label.
void normalise(const Validator &validator, const FieldSpec &field,
               const QHash<QString, QString> &spoken, QString *value, bool *fromLabel)
{
    QString canonical = validator.normalised(field, *value);
    if (canonical.isEmpty() && !spoken.isEmpty()) {
        const auto it = spoken.constFind(ColumnMapping::comparable(*value));
        if (it != spoken.cend()) {
            canonical = *it;
            *fromLabel = true;
        }
    }
    if (!canonical.isEmpty() && canonical != *value)
        *value = std::move(canonical);
}

// The participant ImportWriter::writeOutcomes() attaches each row of `table` to, found as the
// writer finds it (the number unless it is the placeholder, then the reference): a registered
// participant's id, or -1, -2, ... for those the writer creates, whose (number, reference) are
// appended to *created in the order the writer creates them. *people: per id of the result, the
// citizen service number, date of birth and stated age the register holds for the participant.
QList<qint64> writerParticipants(Register &reg, const DataTable &table,
                                 QList<QPair<QString, QString>> *created,
                                 QHash<qint64, QStringList> *people)
{
    const int bsn = int(table.columns.indexOf(QLatin1String("bsn")));
    const int clientRef = int(table.columns.indexOf(QLatin1String("client_ref")));
    QHash<QString, qint64> byBsn, byNumber;
    QHash<qint64, QStringList> registered; // id -> number, date of birth, stated age
    ParticipantRepository(reg).forEach([&](const Participant &p) {
        if (!p.value(u"bsn").isEmpty())
            byBsn.insert(p.value(u"bsn"), p.id);
        if (!p.value(u"respondentnummer").isEmpty())
            byNumber.insert(p.value(u"respondentnummer"), p.id);
        registered.insert(p.id, {p.value(u"bsn"), p.value(u"geboortedatum"), p.value(u"leeftijd")});
    });
    const QString placeholder = FieldValue::unknownBsn();
    QList<qint64> ids;
    ids.reserve(table.rows.size());
    for (const DataRow &row : table.rows) {
        const QString number = bsn < 0 ? QString() : row.values.at(bsn).trimmed();
        const QString reference = clientRef < 0 ? QString() : row.values.at(clientRef).trimmed();
        qint64 id = number != placeholder ? byBsn.value(number) : 0;
        if (id == 0 && !reference.isEmpty())
            id = byNumber.value(reference);
        if (id == 0) {
            created->append({number, reference});
            id = -qint64(created->size());
            if (!number.isEmpty())
                byBsn.insert(number, id);
            if (!reference.isEmpty())
                byNumber.insert(reference, id);
            people->insert(id, {number, QString(), QString()}); // created with the number only
        } else if (!people->contains(id)) {
            people->insert(id, registered.value(id));
        }
        ids.append(id);
    }
    return ids;
}

// Worst severity per line, as the problems panel counts it: a cleared finding is a warning.
void worsen(QHash<int, Severity> *worst, const Finding &finding)
{
    const Severity severity = finding.cleared ? Severity::Warning : finding.severity;
    if (severity > worst->value(finding.line, Severity::None))
        worst->insert(finding.line, severity);
}

// The participants the import creates, checked as the register will hold them: the registered
// participants and the new records (only the number), by the participants' spec, with the
// round, reference date and language of `validator` where that spec has them.
ImportPlan::Tally checkCreated(Register &reg, const Validator &validator,
                               const QList<QPair<QString, QString>> &created)
{
    ImportPlan::Tally tally;
    SpecError specError;
    // The register's spec in force (storage/SpecStore.h): the endpoint's, once fetched.
    const std::optional<Spec> spec = SpecStore(reg).spec(QStringLiteral("mdt"), &specError);
    const DatasetSpec *dataset = spec ? spec->dataset(QStringLiteral("participants")) : nullptr;
    if (!dataset)
        return tally;
    QStringList columns;
    for (const FieldSpec &field : dataset->fields)
        columns.append(field.key);
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(QStringLiteral("participants"), columns, &table))
        return tally;
    const int bsn = int(columns.indexOf(QLatin1String("bsn")));
    const int number = int(columns.indexOf(QLatin1String("respondentnummer")));
    int line = 1;
    for (const DataRow &row : std::as_const(table.table.rows))
        line = std::max(line, row.line);
    const int first = line + 1;
    for (const auto &[citizen, reference] : created) {
        DataRow row;
        row.line = ++line;
        row.values = QStringList(columns.size());
        if (bsn >= 0)
            row.values[bsn] = citizen;
        if (number >= 0)
            row.values[number] = reference;
        table.table.rows.append(std::move(row));
    }
    const QString round = spec->roundIndex(validator.round()) >= 0 ? validator.round() : QString();
    const Validator participants(*spec, round, validator.referenceDate(), validator.language());
    QList<Finding> findings;
    participants.checkDataset(table.table, &findings);
    QHash<int, Severity> worst;
    for (const Finding &finding : std::as_const(findings))
        worsen(&worst, finding);
    for (int l = first; l <= line; ++l)
        tally.add(worst.value(l, Severity::None));
    return tally;
}

} // namespace

// Names the line and column, never the value: the message goes to stderr and into logs of
// scheduled imports, and the value is a register value (docs/privacy.md, "Logs").
QString SpreadsheetDamage::message(const QString &language) const
{
    const bool en = isEnglish(language);
    switch (kind) {
    case Kind::ScientificNotation:
        return en ? QStringLiteral("line %1, column %2: a number in scientific notation; the "
                                   "spreadsheet has lost its digits. Format the column as text "
                                   "in the source and save the file again.")
                        .arg(line)
                        .arg(column)
                  : QStringLiteral("regel %1, kolom %2: een getal in wetenschappelijke notatie; "
                                   "het rekenblad is cijfers kwijtgeraakt. Maak de kolom in de "
                                   "bron op als tekst en sla het bestand opnieuw op.")
                        .arg(line)
                        .arg(column);
    case Kind::DateAsNumber:
        return en ? QStringLiteral("line %1, column %2: a date stored as a number. Format the "
                                   "column as a date (dd-mm-yyyy) and save the file again.")
                        .arg(line)
                        .arg(column)
                  : QStringLiteral("regel %1, kolom %2: een datum die als getal is opgeslagen. "
                                   "Maak de kolom op als datum (dd-mm-jjjj) en sla het bestand "
                                   "opnieuw op.")
                        .arg(line)
                        .arg(column);
    case Kind::LeadingZerosLost:
        return en ? QStringLiteral("line %1, column %2: a code that has lost its leading zeros. "
                                   "Format the column as text and type the code with its zeros "
                                   "(0363).")
                        .arg(line)
                        .arg(column)
                  : QStringLiteral("regel %1, kolom %2: een code die de voorloopnullen kwijt is. "
                                   "Maak de kolom op als tekst en typ de code met nullen (0363).")
                        .arg(line)
                        .arg(column);
    }
    return {};
}

ImportPlan::Check ImportPlan::check(const Validator &validator, const DataTable &table, int cores)
{
    Check result;
    result.report = validator.checkDataset(table, &result.findings, cores);
    return result;
}

DataTable ImportPlan::checkTable() const
{
    QList<int> from; // per dataset field: its column in `table`, -1 when the register lacks it
    bool same = table.columns.size() == datasetFields.size();
    for (qsizetype f = 0; f < datasetFields.size(); ++f) {
        const QString &key = datasetFields.at(f);
        from.append(registerFields.contains(key) ? int(table.columns.indexOf(key)) : -1);
        same = same && from.last() == f;
    }
    const bool anyMatch = std::any_of(rows.begin(), rows.end(), [](const ImportRow &row) {
        return row.match != ImportRow::Match::None || row.repeats > 0;
    });
    const bool cem = dataset == QLatin1String("cem");
    if (same && !anyMatch && registerRows.rows.isEmpty() && !cem)
        return table; // the usual file into an empty dataset (implicitly shared)

    DataTable out;
    out.dataset = table.dataset;
    out.columns = datasetFields;
    out.counts = table.counts;
    out.rows.reserve(table.rows.size());
    const QList<int> measurementStarts = cem ? measurementFirstRows() : QList<int>();
    const int provider = int(datasetFields.indexOf(QLatin1String("zorgaanbieder_id")));
    const QStringList empty(datasetFields.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const DataRow &given = table.rows.at(i);
        const ImportRow &row = rows.at(i);
        if (row.repeats > 0)
            continue; // not written: the earlier row is the record
        const bool known = row.match != ImportRow::Match::None &&
                           row.choice != ImportRow::Choice::Add && existing.contains(row.matchedId);
        DataRow target;
        target.line = given.line;
        target.values = known ? existing.value(row.matchedId) : empty;
        if (!known || row.choice == ImportRow::Choice::Update) {
            for (qsizetype f = 0; f < from.size(); ++f) {
                if (from.at(f) >= 0)
                    target.values[f] = given.values.at(from.at(f));
            }
        }
        if (cem)
            holdAsRegistered(int(i), from, measurementStarts.value(i, int(i)), &target);
        out.rows.append(std::move(target));
    }
    // The rest of the register, after the file's lines, so findings tell the two apart.
    const int base = registerFirstLine();
    const QList<bool> standing = registerRowsStanding();
    for (qsizetype r = 0; r < registerRows.rows.size(); ++r) {
        if (!standing.at(r))
            continue;
        DataRow row = registerRows.rows.at(r);
        row.line = base + int(r);
        // The register's one care provider, which a first CEM+ file sets.
        if (cem && provider >= 0)
            row.values[provider] = heldProvider;
        out.rows.append(std::move(row));
    }
    return out;
}

int ImportPlan::registerFirstLine() const
{
    int last = 1;
    for (const DataRow &row : table.rows)
        last = std::max(last, row.line);
    return last + 1;
}

QList<bool> ImportPlan::registerRowsStanding() const
{
    QSet<qint64> represented;
    for (const ImportRow &row : rows) {
        if (row.match != ImportRow::Match::None && row.choice != ImportRow::Choice::Add)
            represented.insert(row.matchedId);
    }
    QList<bool> standing(registerRows.rows.size(), true);
    // Scores and answers have no ids here: the file's rows come in beside the registered ones.
    for (qsizetype r = 0; r < std::min(registerIds.size(), standing.size()); ++r)
        standing[r] = !represented.contains(registerIds.at(r));
    return standing;
}

void ImportPlan::Tally::add(Severity worst)
{
    ++rows;
    switch (worst) {
    case Severity::None:
        ++clean;
        break;
    case Severity::Warning:
        ++warnings;
        break;
    default:
        ++errors;
        break;
    }
}

void ImportPlan::recheck(const Validator &validator)
{
    markRepeats();
    for (ImportRow &row : rows) {
        row.status = Severity::None;
        row.findings.clear();
    }
    apply(check(validator, checkTable()));
}

void ImportPlan::apply(Check check)
{
    report = std::move(check.report);
    QHash<int, int> rowOfLine;
    rowOfLine.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        rowOfLine.insert(rows.at(i).line, i);
    const int base = registerFirstLine();
    QHash<int, Severity> worstRegistered;
    for (Finding &finding : check.findings) {
        if (finding.line >= base) {
            worsen(&worstRegistered, finding);
            continue;
        }
        const auto it = rowOfLine.constFind(finding.line);
        if (it == rowOfLine.cend())
            continue;
        ImportRow &row = rows[*it];
        if (finding.severity > row.status && !finding.cleared)
            row.status = finding.severity;
        else if (finding.cleared && row.status == Severity::None)
            row.status = Severity::Warning;
        row.findings.append(std::move(finding));
    }
    registered = {};
    const QList<bool> standing = registerRowsStanding();
    for (qsizetype r = 0; r < registerRows.rows.size(); ++r) {
        if (standing.at(r))
            registered.add(worstRegistered.value(base + int(r), Severity::None));
    }
}

int ImportPlan::rowsWith(Severity severity) const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const ImportRow &row) {
        return row.status == severity && row.repeats == 0;
    }));
}

int ImportPlan::standingRows() const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(),
                                          [](const ImportRow &row) { return row.repeats == 0; }));
}

QList<int> ImportPlan::repeatLines() const
{
    QList<int> lines;
    for (const ImportRow &row : rows) {
        if (row.repeats > 0)
            lines.append(row.line);
    }
    return lines;
}

bool ImportPlan::hasErrors() const
{
    return rowsWith(Severity::Error) > 0 || registered.errors > 0 || created.errors > 0;
}

int ImportPlan::matches() const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) {
        return row.match != ImportRow::Match::None;
    }));
}

void ImportPlan::chooseForMatches(ImportRow::Choice choice)
{
    for (ImportRow &row : rows) {
        if (row.match != ImportRow::Match::None)
            row.choice = choice;
    }
    markRepeats();
}

namespace {

// The dataset the file is a table of (the one asked for, else the one whose columns match the
// header best) and its column mapping; nullptr with `error` set when none takes a column.
const DatasetSpec *chooseDataset(Register &reg, const Validator &validator,
                                 const QStringList &header, const ImportPlan::Options &options,
                                 ColumnMapping *chosenMapping, QString *error)
{
    const Spec &spec = validator.spec();
    auto mappingFor = [&](const DatasetSpec &dataset) {
        ColumnMapping mapping;
        if (options.mapping)
            mapping = *options.mapping;
        else if (auto remembered = ColumnMapping::remembered(reg, dataset.name, header))
            mapping = *remembered;
        else
            mapping = ColumnMapping::propose(header, dataset);
        for (const QString &column : options.skipColumns) {
            mapping.fieldForColumn.remove(column);
            mapping.sourceOfColumn.remove(column);
        }
        return mapping;
    };
    const DatasetSpec *chosen = nullptr;
    int best = 0;
    for (const DatasetSpec &dataset : spec.datasets) {
        if (!options.dataset.isEmpty() && dataset.name != options.dataset)
            continue;
        const ColumnMapping mapping = mappingFor(dataset);
        const int mapped = mapping.mappedCount(header);
        if (mapped > best || (!options.dataset.isEmpty() && !chosen)) {
            best = mapped;
            chosen = &dataset;
            *chosenMapping = mapping;
        }
    }
    if (!chosen && !options.dataset.isEmpty()) {
        *error = QCoreApplication::translate("ImportPlan", "The spec %1 has no dataset %2.")
                     .arg(spec.id, options.dataset);
        return nullptr;
    }
    if (!chosen || best == 0) { // no dataset takes a single column of the file
        *error = QCoreApplication::translate(
                     "ImportPlan",
                     "None of the file's columns (%1) is a column of %2. Check that you chose the "
                     "right kind of file, or give a column mapping.")
                     .arg(header.join(QLatin1String(", ")), spec.title.text(validator.language()));
        return nullptr;
    }
    return chosen;
}

// What the reader found out about the file, for the preview to say, and the dataset's fields.
void takeFileFacts(const CsvDocument &document, const DatasetSpec &chosen, ImportPlan *plan)
{
    plan->dataset = chosen.name;
    plan->encoding = document.encoding;
    plan->delimiter = document.delimiter;
    plan->sheet = document.sheet;
    plan->titleLines = document.titleLines;
    plan->totalLines = document.totalLines;
    plan->hiddenLines = document.hiddenLines;
    plan->hiddenColumns = document.hiddenColumns;
    for (const FieldSpec &field : chosen.fields) {
        plan->datasetFields.append(field.key);
        // Every field is kept: the outcome tables have a column for each, participants a column
        // or a row of participant_fields (storage/ParticipantExtraFields.h).
        plan->registerFields.append(field.key);
    }
}

// Columns of the table: the mapped fields, in the spec's order. Returns, per column, the index
// of the file's column it is read from.
QList<int> mapColumns(const DatasetSpec &chosen, ImportPlan *plan)
{
    QList<int> sourceOf;
    for (const FieldSpec &field : chosen.fields) {
        for (int c = 0; c < plan->header.size(); ++c) {
            if (plan->mapping.fieldForColumn.value(plan->header.at(c)) == field.key) {
                plan->table.columns.append(field.key);
                sourceOf.append(c);
                break;
            }
        }
    }
    for (const QString &column : std::as_const(plan->header)) {
        if (plan->mapping.fieldForColumn.value(column).isEmpty())
            plan->ignoredColumns.append(column);
    }
    return sourceOf;
}

// Each record is mapped to the table's columns, looked at for spreadsheet damage and
// normalised as the form does when the user leaves a field ("1234ab" -> "1234 AB"). Records
// are independent and the validator is thread-safe, so both cores share the work, a block of
// rows at a time.
void fillTable(const Validator &validator, const CsvDocument &document, const DatasetSpec &chosen,
               const QList<int> &sourceOf, ImportPlan *plan)
{
    plan->table.dataset = plan->dataset;
    plan->table.counts.read = document.lines;
    plan->table.counts.empty = document.emptyLines;
    plan->table.counts.header = document.headerLines + int(document.titleLines.size());
    QList<const FieldSpec *> fields;
    QList<QHash<QString, QString>> spoken;
    for (const QString &key : std::as_const(plan->table.columns)) {
        fields.append(chosen.field(key));
        spoken.append(spokenCodes(*fields.constLast()));
    }
    const qsizetype count = document.records.size();
    plan->table.rows.resize(count);
    constexpr qsizetype Block = 4096;
    QList<QList<SpreadsheetDamage>> damageOfBlock((count + Block - 1) / Block);
    QList<int> labelsOfBlock(damageOfBlock.size(), 0);
    QList<qsizetype> blocks;
    for (qsizetype first = 0; first < count; first += Block)
        blocks.append(first);
    QtConcurrent::blockingMap(blocks, [&](qsizetype first) {
        QList<SpreadsheetDamage> &damage = damageOfBlock[first / Block];
        for (qsizetype i = first; i < std::min(first + Block, count); ++i) {
            const CsvRecord &record = document.records.at(i);
            DataRow &row = plan->table.rows[i];
            row.line = record.line;
            row.values.reserve(sourceOf.size());
            for (int c = 0; c < sourceOf.size(); ++c) {
                const int source = sourceOf.at(c);
                QString value =
                    source < record.fields.size() ? trimmed(record.fields.at(source)) : QString();
                if (!value.isEmpty()) {
                    if (const auto kind = damageOf(*fields.at(c), value))
                        damage.append({*kind, row.line, fields.at(c)->key, value});
                    else if (normalises(fields.at(c)->type)) {
                        bool fromLabel = false;
                        normalise(validator, *fields.at(c), spoken.at(c), &value, &fromLabel);
                        labelsOfBlock[first / Block] += fromLabel ? 1 : 0;
                    }
                }
                row.values.append(std::move(value));
            }
        }
    });
    for (QList<SpreadsheetDamage> &damage : damageOfBlock)
        plan->damage.append(std::move(damage));
    for (const int labels : std::as_const(labelsOfBlock))
        plan->codesFromLabels += labels;
}

// Registered already: by respondent number (the register's own key), else by the spec's
// rule for "the same person", as the check and the form judge it (PersonMatcher).
void matchParticipants(Register &reg, const Validator &validator, const DatasetSpec &chosen,
                       const ImportPlan::Options &options, ImportPlan *plan)
{
    QHash<QString, qint64> byNumber;
    PersonMatcher byPerson(chosen, validator.referenceDate().toJulianDay());
    QHash<qint64, Participant> stored; // shared copies: no value is copied here
    ParticipantRepository(reg).forEach([&](const Participant &p) {
        stored.insert(p.id, p);
        byNumber.insert(p.value(u"respondentnummer").trimmed(), p.id);
        byPerson.addRegistered(p);
    });
    const int number = static_cast<int>(plan->table.columns.indexOf(u"respondentnummer"));
    for (int i = 0; i < plan->rows.size(); ++i) {
        const DataRow &row = plan->table.rows.at(i);
        ImportRow &importRow = plan->rows[i];
        const QString numberValue = number < 0 ? QString() : row.values.at(number).trimmed();
        if (const qint64 id = byNumber.value(numberValue); id > 0 && !numberValue.isEmpty()) {
            importRow.match = ImportRow::Match::RespondentNumber;
            importRow.matchedId = id;
        } else {
            importRow.match = byPerson.match(row, plan->table.columns, &importRow.matchedId);
        }
        if (importRow.match != ImportRow::Match::None) {
            importRow.choice = options.onMatch;
            if (!plan->existing.contains(importRow.matchedId)) {
                const Participant held = stored.value(importRow.matchedId);
                QStringList record;
                for (const QString &key : std::as_const(plan->datasetFields))
                    record.append(held.value(key));
                plan->existing.insert(importRow.matchedId, record);
            }
        }
    }
}

// Scores and answers: the participant each row is attached to, those the writer will create
// (checked as the participants' spec sees them) and the care provider the register keeps.
void attachOutcomes(Register &reg, const Validator &validator, ImportPlan *plan)
{
    QList<QPair<QString, QString>> created;
    plan->outcomeParticipants =
        writerParticipants(reg, plan->table, &created, &plan->outcomePeople);
    // The care provider the register keeps: its setting, else the writer sets it from the
    // file's rows, each over the one before (ImportWriter::writeOutcomes()).
    plan->heldProvider = reg.setting(QStringLiteral("zorgaanbieder_id")).toString();
    const int provider = int(plan->table.columns.indexOf(QLatin1String("zorgaanbieder_id")));
    if (plan->heldProvider.isEmpty() && provider >= 0) {
        for (const DataRow &row : std::as_const(plan->table.rows)) {
            if (!row.values.at(provider).isEmpty())
                plan->heldProvider = row.values.at(provider);
        }
    }
    plan->newParticipants = int(created.size());
    if (!created.isEmpty())
        plan->created = checkCreated(reg, validator, created);
}

// The rest of the dataset as registered, read once here so that checkTable() needs no
// register (it runs beside the writer). A register without rows of the dataset (a first
// import) costs nothing.
bool loadRegisterRows(Register &reg, ImportPlan *plan, QString *error)
{
    RegisterDatasets::Table registered;
    if (!RegisterDatasets(reg).load(plan->dataset, plan->datasetFields, &registered)) {
        *error = QCoreApplication::translate("ImportPlan", "The register's %1 could not be read.")
                     .arg(plan->dataset);
        return false;
    }
    plan->registerRows = std::move(registered.table);
    plan->registerIds = std::move(registered.participantIds);
    return true;
}

} // namespace

std::optional<ImportPlan> ImportPlan::prepare(Register &reg, const Validator &validator,
                                              const CsvDocument &document, const Options &options,
                                              QString *error)
{
    ImportPlan plan;
    plan.header = document.header;
    // Spreadsheets often save empty columns after the last one; they carry nothing.
    while (!plan.header.isEmpty() && plan.header.last().trimmed().isEmpty())
        plan.header.removeLast();
    if (plan.header.isEmpty()) {
        *error = QCoreApplication::translate("ImportPlan",
                                             "The file has no header row with column names.");
        return std::nullopt;
    }
    const DatasetSpec *chosen =
        chooseDataset(reg, validator, plan.header, options, &plan.mapping, error);
    if (!chosen)
        return std::nullopt;
    takeFileFacts(document, *chosen, &plan);
    const QList<int> sourceOf = mapColumns(*chosen, &plan);
    fillTable(validator, document, *chosen, sourceOf, &plan);

    plan.rows.reserve(plan.table.rows.size());
    for (const DataRow &row : std::as_const(plan.table.rows)) {
        plan.rows.append(ImportRow{
            row.line, Severity::None, {}, ImportRow::Match::None, 0, ImportRow::Choice::Add});
    }
    if (plan.dataset == QLatin1String("participants"))
        matchParticipants(reg, validator, *chosen, options, &plan);
    else
        attachOutcomes(reg, validator, &plan);
    if (!loadRegisterRows(reg, &plan, error))
        return std::nullopt;
    plan.markRepeats();
    if (options.check)
        plan.apply(check(validator, plan.checkTable()));
    return plan;
}

} // namespace veldboek
