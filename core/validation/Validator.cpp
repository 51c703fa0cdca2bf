#include "Validator.h"

#include "DatasetCheck.h"
#include "Localization.h"
#include "RowEvaluator.h"

#include <algorithm>

namespace veldboek {

using engine::datasetIndexOf;
using engine::fieldMessage;
using engine::RowEvaluator;

Validator::Validator(const Spec &spec, const QString &round, const QDate &referenceDate,
                     const QString &language)
{
    auto compiled = std::make_shared<CompiledSpec>();
    compiled->spec = spec;
    compiled->reference = referenceDate;
    compiled->today = referenceDate.toJulianDay();
    compiled->language = languageCode(language);
    const QString roundId = round.isEmpty() ? spec.roundInForce(referenceDate) : round;
    compiled->round = std::max(0, spec.roundIndex(roundId));
    for (const RoundSpec &r : spec.rounds)
        compiled->roundStarts.append(r.start.toJulianDay());
    for (const DatasetSpec &dataset : spec.datasets) {
        QList<QList<int>> scalesByField;
        QList<int> fromRound;
        for (const FieldSpec &field : dataset.fields) {
            QList<int> byCode;
            if (!dataset.itemScales.isEmpty() && field.type == FieldType::Enum) {
                for (const CodeSpec &code : field.codes)
                    byCode.append(dataset.itemScales.value(code.code.toUpper(), -1));
            }
            scalesByField.append(byCode);
            fromRound.append(field.requirement == Requirement::RequiredFrom
                                 ? spec.roundIndex(field.requiredFrom)
                                 : -1);
        }
        compiled->itemScaleByCode.append(scalesByField);
        compiled->requiredFromRound.append(fromRound);
        QList<int> ruleRounds;
        for (const RuleSpec &rule : dataset.rules)
            ruleRounds.append(rule.fromRound.isEmpty() ? -1 : spec.roundIndex(rule.fromRound));
        compiled->ruleFromRound.append(ruleRounds);
    }
    m_compiled = std::move(compiled);
}

Validator::~Validator() = default;
Validator::Validator(const Validator &) = default;
Validator &Validator::operator=(const Validator &) = default;

const Spec &Validator::spec() const
{
    return m_compiled->spec;
}

QString Validator::round() const
{
    const Spec &spec = m_compiled->spec;
    return spec.rounds.isEmpty() ? QString() : spec.rounds.at(m_compiled->round).id;
}

QDate Validator::referenceDate() const
{
    return m_compiled->reference;
}

QString Validator::language() const
{
    return m_compiled->language;
}

void Validator::setPseudonymisedInput(bool accept)
{
    m_pseudonymisedInput = accept;
}

namespace {

void fillFromRecord(RowEvaluator &row, const Record &record)
{
    const DatasetSpec &dataset = row.dataset();
    for (int f = 0; f < dataset.fields.size(); ++f) {
        const auto it = record.constFind(dataset.fields.at(f).key);
        if (it != record.constEnd())
            row.setValue(f, *it, true);
        else
            row.setValue(f, QStringView(), false);
    }
}

} // namespace

FieldCheck Validator::checkField(const QString &dataset, const QString &fieldKey,
                                 const QString &value, const Record &context) const
{
    FieldCheck result;
    const CompiledSpec &compiled = *m_compiled;
    const int datasetIndex = datasetIndexOf(compiled.spec, dataset);
    if (datasetIndex < 0)
        return result;
    const DatasetSpec &spec = compiled.spec.datasets.at(datasetIndex);
    const int field = spec.fieldIndex(fieldKey);
    if (field < 0)
        return result;
    RowEvaluator row(compiled, datasetIndex, m_pseudonymisedInput);
    fillFromRecord(row, context);
    row.setValue(field, value, true);
    row.parseAll(&result.normalised, field);
    result.required = row.required(field);
    Check check = Check::Ok;
    if (row.value(field).isEmpty())
        check = result.required ? Check::Required : Check::Ok;
    else
        check = row.parsed(field).check;
    if (check == Check::Ok)
        return result;
    // While typing, a local-only value is still wrong: the form says so as an error.
    result.severity = Severity::Error;
    result.cleared = check != Check::Required && !result.required;
    result.rule = QString::fromLatin1(CheckMessages::forCheck(check).rule);
    result.message = fieldMessage(spec, field, check, compiled.language);
    result.normalised.clear();
    return result;
}

QString Validator::normalised(const FieldSpec &field, QStringView value) const
{
    QString result;
    const bool pseudonym = m_pseudonymisedInput && field.transmit == Transmit::Pseudonymised;
    if (FieldValue::check(field, value, m_compiled->today, pseudonym, &result).check != Check::Ok)
        result.clear();
    return result;
}

bool Validator::isRequired(const QString &dataset, const QString &fieldKey,
                           const Record &record) const
{
    const int datasetIndex = datasetIndexOf(m_compiled->spec, dataset);
    if (datasetIndex < 0)
        return false;
    const int field = m_compiled->spec.datasets.at(datasetIndex).fieldIndex(fieldKey);
    if (field < 0)
        return false;
    RowEvaluator row(*m_compiled, datasetIndex, m_pseudonymisedInput);
    fillFromRecord(row, record);
    row.parseAll();
    return row.required(field);
}

QList<Finding> Validator::checkRecord(const QString &dataset, const Record &record) const
{
    QList<Finding> findings;
    const CompiledSpec &compiled = *m_compiled;
    const int datasetIndex = datasetIndexOf(compiled.spec, dataset);
    if (datasetIndex < 0)
        return findings;
    const DatasetSpec &spec = compiled.spec.datasets.at(datasetIndex);
    RowEvaluator row(compiled, datasetIndex, m_pseudonymisedInput);
    fillFromRecord(row, record);
    row.parseAll();
    row.visit(
        [&](int field, Check check, Severity severity, bool cleared) {
            findings.append(Finding{0, QString::fromLatin1(CheckMessages::forCheck(check).rule),
                                    spec.fields.at(field).key, severity,
                                    fieldMessage(spec, field, check, compiled.language), cleared});
        },
        [&](int rule, Severity severity, bool cleared) {
            const RuleSpec &ruleSpec = spec.rules.at(rule);
            findings.append(Finding{0, ruleSpec.id, spec.fields.at(ruleSpec.field).key, severity,
                                    ruleSpec.message.text(compiled.language), cleared});
        });
    return findings;
}

// The whole table is one block of the streaming check (DatasetCheck.h): the rules are written once.
DatasetReport Validator::checkDataset(const DataTable &table, QList<Finding> *rowFindings,
                                      int cores) const
{
    DatasetCheck check(*this, table, cores);
    QList<DatasetCheck::RowFinding> findings;
    check.add(table, rowFindings ? &findings : nullptr);
    if (!check.candidates().empty())
        check.addCandidates(table, 0);
    QList<DatasetCheck::RowFinding> datasetFindings;
    DatasetReport report = check.finish(table.counts, rowFindings ? &datasetFindings : nullptr);
    if (rowFindings) {
        DatasetCheck::merge(findings, datasetFindings, rowFindings);
        for (const MalformedRow &row : table.malformedRows)
            rowFindings->append(check.raggedFinding(row.line));
    }
    return report;
}

ValidationReport Validator::validate(const QList<DataTable> &tables) const
{
    ValidationReport report;
    report.spec = m_compiled->spec.id;
    report.specVersion = m_compiled->spec.version;
    report.round = round();
    report.language = m_compiled->language;
    for (const DataTable &table : tables)
        report.datasets.append(checkDataset(table));
    return report;
}

} // namespace veldboek
