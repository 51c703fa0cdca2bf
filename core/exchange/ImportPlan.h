#pragma once

#include "ColumnMapping.h"
#include "exchange/CsvReader.h"
#include "validation/Validator.h"

#include <QHash>
#include <QList>
#include <optional>

namespace veldboek {

class Register;

// A value that a spreadsheet program has damaged beyond repair: the import is refused and the
// user is told how to save the file so the original digits survive.
struct SpreadsheetDamage
{
    enum class Kind { ScientificNotation, DateAsNumber, LeadingZerosLost };
    Kind kind;
    int line = 0;
    QString column;
    QString value;
    QString message(const QString &language) const;
};

// One row of an import as the preview shows it: its validation state and, for participants,
// the existing participant it matches and what to do about that.
struct ImportRow
{
    enum class Match { None, RespondentNumber, Bsn, LikelySamePerson };
    enum class Choice { Add, Update, Skip };

    int line = 0;
    Severity status = Severity::None; // worst finding: rows with errors come in flagged
    QList<Finding> findings;
    Match match = Match::None;
    qint64 matchedId = 0;
    Choice choice = Choice::Add;
    // The line of an earlier row of the file that already stands for the same record: a second
    // row matching a registered participant the first row skips or updates, or a CEM+ answer to
    // the same item of the same measurement. The register can hold one, so the writer leaves
    // this row out and the verdict does not count it (ImportPlan::markRepeats()).
    int repeats = 0;
};

// Everything decided before an import writes anything: the dataset, the column mapping, the
// rows mapped to field keys (values normalised as the form would), their validation state and
// matches with participants already in the register, and any spreadsheet damage.
class ImportPlan
{
public:
    struct Options
    {
        QString dataset; // empty: the dataset whose columns match the header best
        std::optional<ColumnMapping> mapping; // empty: remembered, else proposed
        QStringList skipColumns;              // file columns the user said to leave out
        ImportRow::Choice onMatch = ImportRow::Choice::Skip;
        // false: prepare() leaves the validation out (rows show no status yet); the caller runs
        // check() itself, e.g. on the other core while the rows are being written.
        bool check = true;
    };
    // The validation of a prepared table: its report and each row's findings.
    struct Check
    {
        DatasetReport report;
        QList<Finding> findings;
    };

    static std::optional<ImportPlan> prepare(Register &reg, const Validator &validator,
                                             const CsvDocument &document, const Options &options,
                                             QString *error);

    // The rows as the register will hold them after the import, with every field of the
    // dataset as `veldboek-cli validate` reads it back: a new participant with the fields the
    // file lacks (or the register does not keep) empty, an update as the participant merged
    // with the file's values, a skipped row as the participant the register keeps. Checking
    // this table is what makes the import's verdict the check's verdict.
    DataTable checkTable() const;
    // Reads only `table` (a checkTable()), so it may run on another thread while the plan is
    // written; apply() the result afterwards. `cores` as in Validator::checkDataset().
    static Check check(const Validator &validator, const DataTable &table, int cores = 0);
    void apply(Check check);
    // Line numbers of registerRows in checkTable(): after the file's last line.
    int registerFirstLine() const;
    // Per registerRows row: whether it stays a record of its own after the import (a
    // participant a row of the file skips or updates is that row).
    QList<bool> registerRowsStanding() const;
    // Checks checkTable() again, e.g. after the user changed what to do with a match.
    void recheck(const Validator &validator);
    // Sets ImportRow::repeats from the rows' matches and choices (participants) or from the
    // writer's measurement and item (CEM+): the first row of a record is written, later ones
    // are not. prepare(), recheck() and chooseForMatches() call it.
    void markRepeats();

    QString source; // the file's name, for the audit log; the caller sets it
    QString dataset;
    QStringList header;
    ColumnMapping mapping;
    QStringList ignoredColumns; // file columns no field takes
    DataTable table;            // columns: field keys
    QList<ImportRow> rows;      // parallel to table.rows
    DatasetReport report;
    QList<SpreadsheetDamage> damage;
    // Where each existing participant a row matches stands now (all fields of the dataset, in
    // the spec's order): the merged record of an update starts from it.
    QHash<qint64, QStringList> existing;
    QStringList datasetFields;  // every field key of the dataset, in the spec's order
    QStringList registerFields; // those the register keeps (all: storage/ParticipantExtraFields.h)

    // What the reader found out about the file, for the preview to say.
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252" or "XLSX"
    QChar delimiter;  // CSV only
    QString sheet;    // XLSX only
    QList<int> titleLines, totalLines, hiddenLines;
    QStringList hiddenColumns;
    int codesFromLabels = 0; // values given as a code's label ("Afgerond volgens plan")
    // Scores and answers of people not in the register: the writer adds each as a participant
    // with only a citizen service number or client reference, which the participants' check
    // then finds incomplete. The preview and the command line say how many.
    int newParticipants = 0;

    // Rows per worst severity, as the problems panel and `veldboek-cli validate` count them.
    struct Tally
    {
        int rows = 0, clean = 0, warnings = 0, errors = 0;
        void add(Severity worst);
    };
    // Per row of `table`, the participant ImportWriter::writeOutcomes() attaches it to: a
    // registered participant's id, or -1, -2, ... for the participants it creates (in order).
    // Empty for participant files.
    QList<qint64> outcomeParticipants;
    // CEM+: per participant of outcomeParticipants, the citizen service number, date of birth
    // and stated age the register holds, and the care provider it keeps (its setting, else the
    // file's last): the values RegisterDatasets gives the check of the register, so checkTable()
    // gives them too, with the measurement's values (date, informant, questionnaire, client
    // reference) from its first row, as the writer keeps them.
    QHash<qint64, QStringList> outcomePeople;
    QString heldProvider;
    // CEM+: the lines of rows whose measurement values differ from the first row of their
    // measurement (the participant's meting_id): the register keeps the first row's.
    QList<int> measurementDiffers() const;
    // Those participants as the register will hold them (only the number), checked by the
    // participants' spec (mdt) together with the participants already registered, so that a
    // rule over the whole dataset sees them too. Known when prepare() returns: scores and
    // answers have no choices that change it.
    Tally created;
    // The register's rows of the import's dataset that no row of the file stands for: checked
    // with the file's rows (checkTable() appends them), so a rule over the dataset (unique
    // respondent numbers, the same person twice) sees file and register together. A finding on
    // a file's row counts in rowsWith(); `registered` is the verdict on the rest of the register
    // after the import, so both together are what the check of the register finds.
    DataTable registerRows;
    QList<qint64> registerIds; // participants: per registerRows row, the participant
    Tally registered;

    // Rows of the file the register will hold a record for (all but repeats), by worst severity:
    // the import's verdict on the file.
    int rowsWith(Severity severity) const;
    int standingRows() const;       // rows.size() minus repeats
    QList<int> repeatLines() const; // the lines of rows that repeat an earlier row
    // The verdict has an error: in a row of the file, in the register's other rows of the
    // dataset, or in a participant a score or answer file creates. The command line's exit code.
    bool hasErrors() const;
    int matches() const;
    void chooseForMatches(ImportRow::Choice choice);

private:
    // Per row, the index of the first row of its CEM+ measurement.
    QList<int> measurementFirstRows() const;
    // A CEM+ row of checkTable() as RegisterDatasets will read it back.
    void holdAsRegistered(int row, const QList<int> &from, int first, DataRow *target) const;
};

// Reads an import file: CSV (any of the encodings and separators CsvReader knows) or XLSX
// (a sheet by name, or the first).
namespace ImportSource {
std::optional<CsvDocument> read(const QString &path, const QString &sheet, const QString &language,
                                QString *error);

// A workbook's sheets, each with how many of its header's columns the best of `datasets` maps
// exactly (guesses left out) and which dataset that is.
struct SheetFit
{
    QString sheet;
    QString dataset;
    int mapped = 0;
};
bool isWorkbook(const QString &path);
std::optional<QList<SheetFit>> fitSheets(const QString &path,
                                         const QList<const DatasetSpec *> &datasets,
                                         const QString &language, QString *error);
// The sheet to read when the user named none: the first whose headers fit best (empty for a
// CSV file, or a workbook none of whose sheets has a known column: the first sheet is read).
// `dataset` empty: any dataset of the spec.
std::optional<QString> proposeSheet(const QString &path, const Spec &spec, const QString &dataset,
                                    const QString &language, QString *error);
} // namespace ImportSource

} // namespace veldboek
