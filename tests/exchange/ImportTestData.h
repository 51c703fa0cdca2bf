#pragma once
// What the import tests of issue 21 share (tst_importmapping.cpp, tst_importverdict.cpp):
// generated participants with every kind of mistake, the verdict of the register as the problems
// panel counts it, and scratch registers with the command line that imports into them.
#include "TestSupport.h"
#include "exchange/ImportPlan.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"
#include "validation/SpecLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace veldboek::test {

inline const QByteArray Passphrase = "kolommen-2024";

inline Spec builtin(const char *id)
{
    SpecError error;
    return *SpecLoader::builtin(QString::fromLatin1(id), &error);
}

inline const DatasetSpec &participants()
{
    static const Spec spec = builtin("mdt");
    return *spec.dataset(QStringLiteral("participants"));
}

// Rows per worst severity, as the problems panel counts them: the check of the register.
struct Verdict
{
    int rows = 0, clean = 0, warnings = 0, errors = 0;
};

inline Verdict verdictOfRegister(Register &reg, const Validator &validator)
{
    QStringList columns;
    for (const FieldSpec &field : participants().fields)
        columns.append(field.key);
    RegisterDatasets::Table table;
    if (!RegisterDatasets(reg).load(QStringLiteral("participants"), columns, &table))
        return {};
    QList<Finding> findings;
    validator.checkDataset(table.table, &findings);
    QHash<int, Severity> worst;
    for (const Finding &finding : std::as_const(findings)) {
        const Severity severity = finding.cleared ? Severity::Warning : finding.severity;
        if (severity > worst.value(finding.line, Severity::None))
            worst.insert(finding.line, severity);
    }
    Verdict verdict;
    verdict.rows = int(table.table.rows.size());
    for (const DataRow &row : std::as_const(table.table.rows)) {
        switch (worst.value(row.line, Severity::None)) {
        case Severity::None:
            ++verdict.clean;
            break;
        case Severity::Warning:
            ++verdict.warnings;
            break;
        default:
            ++verdict.errors;
            break;
        }
    }
    return verdict;
}

// The file's rows the register will hold a record for (repeats of an earlier row left out).
inline Verdict verdictOfPlan(const ImportPlan &plan)
{
    return {plan.standingRows(), plan.rowsWith(Severity::None), plan.rowsWith(Severity::Warning),
            plan.rowsWith(Severity::Error)};
}

// A verdict the command line printed in English: the first match of `pattern`, whose four
// captures are the rows, clean, warnings and errors; rows -1 when it printed none.
inline Verdict printedVerdict(const QString &out, const QString &pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(out);
    if (!match.hasMatch())
        return {-1, 0, 0, 0};
    return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt(),
            match.captured(4).toInt()};
}
inline const QString FileVerdict = QStringLiteral(
    R"((\d+) rows: (\d+) without problems, (\d+) with warnings, (\d+) with errors; )");
inline const QString RestVerdict =
    QStringLiteral(R"(The other (\d+) rows of \w+ in the register, checked with the file's )"
                   R"(rows: (\d+) without problems, (\d+) with warnings, (\d+) with errors)");
inline const QString CreatedVerdict =
    QStringLiteral(R"(The participants' check of those (\d+) as the register holds them after )"
                   R"(the import: (\d+) without problems, (\d+) with warnings, (\d+) with errors)");

// A participant without mistakes.
inline QHash<QString, QString> validParticipant(int n)
{
    const QDate today = QDate::currentDate();
    return QHash<QString, QString>{
        {QStringLiteral("respondentnummer"), QStringLiteral("R%1").arg(n, 5, 10, QChar(u'0'))},
        {QStringLiteral("geslacht"), QStringLiteral("v")},
        {QStringLiteral("geboortedatum"), today.addYears(-18).toString(u"dd-MM-yyyy")},
        {QStringLiteral("straat"), QStringLiteral("Dorpsstraat")},
        {QStringLiteral("huisnummer"), QString::number(1 + n % 200)},
        {QStringLiteral("postcode"), QStringLiteral("1234 AB")},
        {QStringLiteral("woonplaats"), QStringLiteral("Utrecht")},
        {QStringLiteral("email"), QStringLiteral("p%1@example.nl").arg(n)},
        {QStringLiteral("opleidingsniveau"), QStringLiteral("havo")},
        {QStringLiteral("startdatum"), today.addMonths(-3).toString(u"dd-MM-yyyy")},
        {QStringLiteral("verkorte_deelname"), QStringLiteral("nee")},
        {QStringLiteral("postcode_doelocatie"), QStringLiteral("3511 AB")},
        {QStringLiteral("gemeente_doelocatie"), QStringLiteral("0344")},
        {QStringLiteral("voornaam"), QStringLiteral("Anna")},
        {QStringLiteral("achternaam"), QStringLiteral("Achternaam%1").arg(n)},
    };
}

// A participant's values with every kind of mistake the spec knows, one per row (or none), the
// rest valid; the columns present are chosen by the caller (a file rarely has them all).
inline QHash<QString, QString> generatedParticipant(int n, QRandomGenerator &random,
                                                    bool duplicates = true)
{
    const QDate today = QDate::currentDate();
    QHash<QString, QString> p = validParticipant(n);
    switch (random.bounded(16)) {
    case 0:
        p[QStringLiteral("postcode")] = QStringLiteral("0123 AB");
        break; // first digit 0
    case 1:
        p[QStringLiteral("postcode")] = QStringLiteral("1234 SS");
        break; // letters not used
    case 2:
        p[QStringLiteral("geboortedatum")] = QStringLiteral("31-02-2005");
        break; // no such day
    case 3:
        p[QStringLiteral("geboortedatum")] = today.addYears(-40).toString(u"dd-MM-yyyy");
        break; // age: warning
    case 4:
        p[QStringLiteral("startdatum")] = today.addDays(30).toString(u"dd-MM-yyyy");
        break; // future
    case 5:
        p[QStringLiteral("geslacht")] = QStringLiteral("q");
        break; // no such code
    case 6:
        p[QStringLiteral("email")] = QStringLiteral("geen-adres");
        break; // not an address
    case 7:
        p[QStringLiteral("einddatum")] = today.addMonths(-6).toString(u"dd-MM-yyyy");
        break; // before start, no reason
    case 8:
        p[QStringLiteral("gemeente_doelocatie")] = QStringLiteral("03A4");
        break; // not digits
    case 9:
        p.remove(QStringLiteral("straat"));
        break; // required, empty
    case 10:   // the same number twice (not where a row must be one person: updates)
        if (duplicates)
            p[QStringLiteral("respondentnummer")] = QStringLiteral("R00001");
        break;
    case 11:
        p[QStringLiteral("huisnummer")] = QStringLiteral("12a");
        break; // not a number
    case 12:
        p[QStringLiteral("opleidingsniveau")] = QStringLiteral("master");
        break; // no such code
    case 13:
        p[QStringLiteral("startdatum")] = QStringLiteral("01-06-2021");
        break; // before 2022
    default:
        break; // a valid row
    }
    return p;
}

inline QByteArray csvOf(const QStringList &columns, const QList<QHash<QString, QString>> &rows)
{
    QByteArray bytes = columns.join(QLatin1Char(';')).toUtf8() + '\n';
    for (const auto &row : rows) {
        QStringList values;
        for (const QString &column : columns)
            values.append(row.value(column));
        bytes += values.join(QLatin1Char(';')).toUtf8() + '\n';
    }
    return bytes;
}

// Scratch registers in a temporary folder, and the command line importing into them.
class ImportScratch
{
protected:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Register> newRegister(QString *pathOut = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.veldboek").arg(++m_counter));
        if (pathOut)
            *pathOut = path;
        RegisterError error;
        return Register::create(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    }

    std::unique_ptr<Register> openRegister(const QString &path)
    {
        RegisterError error;
        return Register::open(path, CipherKey::passphrase(QByteArray(Passphrase)), &error);
    }

    QStringList cliArguments(const QString &registerPath, const QString &file,
                             const QStringList &more = {})
    {
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        return QStringList{QStringLiteral("import"),
                           registerPath,
                           file,
                           QStringLiteral("--spec"),
                           QStringLiteral("mdt"),
                           QStringLiteral("--passphrase-file"),
                           passphrase,
                           QStringLiteral("--lang"),
                           QStringLiteral("en")} +
               more;
    }

    std::optional<ImportPlan> prepare(Register &reg, const Validator &validator,
                                      const QByteArray &bytes, ImportPlan::Options options = {})
    {
        CsvError csvError;
        const auto document = CsvReader::read(bytes, QStringLiteral("en"), &csvError);
        if (!document)
            return std::nullopt;
        QString error;
        auto plan = ImportPlan::prepare(reg, validator, *document, options, &error);
        if (!plan)
            qWarning("plan: %s", qPrintable(error));
        return plan;
    }

    // What `veldboek-cli validate REGISTER --json` reports as failed rows of `dataset` (every
    // shipped spec: {"reports": [{"datasets": [...]}]}); -1 when it does not report the dataset.
    int failedByValidate(const QString &path, const QString &dataset)
    {
        const QString passphrase =
            writePassphraseFile(m_dir.path(), QStringLiteral("p"), Passphrase);
        const ProcessResult validated =
            runCli({QStringLiteral("validate"), path, QStringLiteral("--json"),
                    QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--lang"),
                    QStringLiteral("en")});
        if (validated.exitCode != 0 && validated.exitCode != 1) {
            qWarning("validate: %s", qPrintable(validated.err));
            return -1;
        }
        const QJsonObject all = QJsonDocument::fromJson(validated.out.toUtf8()).object();
        for (const QJsonValue &report : all.value(QStringLiteral("reports")).toArray()) {
            for (const QJsonValue &value :
                 report.toObject().value(QStringLiteral("datasets")).toArray()) {
                const QJsonObject object = value.toObject();
                if (object.value(QStringLiteral("name")).toString() == dataset)
                    return object.value(QStringLiteral("rows")).toObject().value(u"failed").toInt();
            }
        }
        return -1;
    }
};

} // namespace veldboek::test
