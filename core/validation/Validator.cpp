#include "Validator.h"

#include "CheckMessages.h"
#include "FieldValue.h"

#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <vector>

namespace veldboek {

// The spec with everything the engine derives from it once, per round and reference date.
struct CompiledSpec
{
    Spec spec;
    int round = 0;
    QDate reference;
    qint64 today = 0;
    QString language;
    QList<qint64> roundStarts; // Julian days
    // Per dataset, per field: for an item field, code index -> scale index (-1: no scale).
    QList<QList<QList<int>>> itemScaleByCode;
    QList<QList<int>> requiredFromRound; // per dataset, per field: round index or -1
    QList<QList<int>> ruleFromRound;     // per dataset, per rule: round index or -1
};

namespace {

enum class Tri { False, True, Unknown };

constexpr int checkCount = static_cast<int>(Check::Count);
constexpr int maxListedRows = 10;

// Holds one row while it is checked: trimmed values and what they parse to, by field index.
class RowEvaluator
{
public:
    RowEvaluator(const CompiledSpec &compiled, int datasetIndex, bool pseudonymised)
        : m_compiled(compiled)
        , m_datasetIndex(datasetIndex)
        , m_dataset(compiled.spec.datasets.at(datasetIndex))
        , m_pseudonymised(pseudonymised)
    {
        const qsizetype n = m_dataset.fields.size();
        m_values.resize(n);
        m_present.resize(n);
        m_parsed.resize(n);
    }

    const DatasetSpec &dataset() const { return m_dataset; }
    QStringView value(int field) const { return m_values[field]; }
    bool present(int field) const { return m_present[field]; }
    const ParsedValue &parsed(int field) const { return m_parsed[field]; }

    void setValue(int field, QStringView value, bool present)
    {
        // Most values have no surrounding spaces; only those pay for trimming.
        if (!value.isEmpty() &&
            (value.front().unicode() <= u' ' || value.back().unicode() <= u' ' ||
             value.front().isSpace() || value.back().isSpace()))
            value = value.trimmed();
        m_values[field] = value;
        m_present[field] = present;
    }

    // Parses every value and works out the round the record belongs to.
    void parseAll(QString *normalisedFor = nullptr, int normalisedField = -1)
    {
        for (int f = 0; f < m_dataset.fields.size(); ++f) {
            if (m_values[f].isEmpty()) {
                m_parsed[f] = ParsedValue{};
                continue;
            }
            m_parsed[f] = FieldValue::check(m_dataset.fields.at(f), m_values[f], m_compiled.today,
                                            m_pseudonymised && m_dataset.fields.at(f).transmit ==
                                                                   Transmit::Pseudonymised,
                                            f == normalisedField ? normalisedFor : nullptr);
        }
        m_recordRound = m_compiled.round;
        if (m_dataset.roundField >= 0 && m_parsed[m_dataset.roundField].hasNumber) {
            const qint64 day = m_parsed[m_dataset.roundField].number;
            int round = 0;
            for (int r = 0; r < m_compiled.roundStarts.size(); ++r) {
                if (m_compiled.roundStarts.at(r) <= day)
                    round = r;
            }
            m_recordRound = round;
        }
    }

    bool inRound(int fromRound) const
    {
        return fromRound < 0 || (m_compiled.round >= fromRound && m_recordRound >= fromRound);
    }

    bool required(int field) const
    {
        const FieldSpec &spec = m_dataset.fields.at(field);
        switch (spec.requirement) {
        case Requirement::Optional:
        case Requirement::LocalOnly:
            return false;
        case Requirement::RequiredFrom:
            if (!inRound(m_compiled.requiredFromRound.at(m_datasetIndex).at(field)))
                return false;
            break;
        case Requirement::Required:
            break;
        }
        return !spec.condition || evaluate(*spec.condition) == Tri::True;
    }

    Tri evaluate(const Predicate &predicate) const
    {
        switch (predicate.kind) {
        case Predicate::Kind::Filled:
            return m_values[predicate.field].isEmpty() ? Tri::False : Tri::True;
        case Predicate::Kind::Empty:
            return m_values[predicate.field].isEmpty() ? Tri::True : Tri::False;
        case Predicate::Kind::Valid:
            return !m_values[predicate.field].isEmpty() &&
                           m_parsed[predicate.field].check == Check::Ok
                       ? Tri::True
                       : Tri::False;
        case Predicate::Kind::In: {
            const QStringView value = m_values[predicate.field];
            if (value.isEmpty())
                return Tri::False;
            if (predicate.byCode) {
                const ParsedValue &parsed = m_parsed[predicate.field];
                return parsed.check == Check::Ok && predicate.codes.contains(parsed.number)
                           ? Tri::True
                           : Tri::False;
            }
            for (const QString &candidate : predicate.values) {
                if (value.size() == candidate.size() &&
                    value.compare(candidate, Qt::CaseInsensitive) == 0)
                    return Tri::True;
            }
            return Tri::False;
        }
        case Predicate::Kind::Compare: {
            const ParsedValue &left = m_parsed[predicate.field];
            if (!left.hasNumber)
                return Tri::Unknown;
            qint64 right = predicate.constant;
            if (!predicate.hasConstant) {
                if (!m_parsed[predicate.field2].hasNumber)
                    return Tri::Unknown;
                right = m_parsed[predicate.field2].number;
            }
            return compare(left.number, predicate.op, right) ? Tri::True : Tri::False;
        }
        case Predicate::Kind::Age: {
            const ParsedValue &birth = m_parsed[predicate.field];
            const ParsedValue &at = m_parsed[predicate.field2];
            if (!birth.hasNumber || !at.hasNumber)
                return Tri::Unknown;
            const qint64 years = ageInYears(birth.number, at.number);
            return years >= predicate.min && years <= predicate.max ? Tri::True : Tri::False;
        }
        case Predicate::Kind::ItemScale:
            return inScale(predicate);
        case Predicate::Kind::All: {
            Tri result = Tri::True;
            for (const Predicate &child : predicate.children) {
                const Tri value = evaluate(child);
                if (value == Tri::False)
                    return Tri::False;
                if (value == Tri::Unknown)
                    result = Tri::Unknown;
            }
            return result;
        }
        case Predicate::Kind::Any: {
            Tri result = Tri::False;
            for (const Predicate &child : predicate.children) {
                const Tri value = evaluate(child);
                if (value == Tri::True)
                    return Tri::True;
                if (value == Tri::Unknown)
                    result = Tri::Unknown;
            }
            return result;
        }
        case Predicate::Kind::Not: {
            const Tri value = evaluate(predicate.children.first());
            return value == Tri::Unknown ? Tri::Unknown
                                         : (value == Tri::True ? Tri::False : Tri::True);
        }
        }
        return Tri::Unknown;
    }

    // A rule finds a problem where its condition holds and its requirement certainly does not:
    // a value that is missing or invalid makes a comparison unknown, and the field checks
    // report that value themselves.
    bool ruleFires(int ruleIndex) const
    {
        const RuleSpec &rule = m_dataset.rules.at(ruleIndex);
        if (!inRound(m_compiled.ruleFromRound.at(m_datasetIndex).at(ruleIndex)))
            return false;
        if (rule.when && evaluate(*rule.when) != Tri::True)
            return false;
        return evaluate(rule.require) == Tri::False;
    }

    // Local-only values never leave the register, so they can never make a submission fail.
    Severity severityFor(int field, Severity severity) const
    {
        if (severity == Severity::Error &&
            m_dataset.fields.at(field).requirement == Requirement::LocalOnly)
            return Severity::Warning;
        return severity;
    }

    // An error in a value the record does not need clears that value instead of failing the row.
    bool clears(int field, Severity severity) const
    {
        return severity == Severity::Error && !m_values[field].isEmpty() && !required(field);
    }

    // Visits every finding of the row: onField(field, check, severity, cleared) and
    // onRule(ruleIndex, severity, cleared).
    template<typename FieldSink, typename RuleSink>
    void visit(FieldSink &&onField, RuleSink &&onRule) const
    {
        for (int f = 0; f < m_dataset.fields.size(); ++f) {
            if (m_values[f].isEmpty()) {
                if (required(f))
                    onField(f, Check::Required, severityFor(f, Severity::Error), false);
            } else if (m_parsed[f].check != Check::Ok) {
                const Severity severity = severityFor(f, Severity::Error);
                onField(f, m_parsed[f].check, severity, clears(f, severity));
            }
        }
        for (int r = 0; r < m_dataset.rules.size(); ++r) {
            if (!ruleFires(r))
                continue;
            const int field = m_dataset.rules.at(r).field;
            const Severity severity = severityFor(field, m_dataset.rules.at(r).severity);
            onRule(r, severity, clears(field, severity));
        }
    }

private:
    static bool compare(qint64 left, Predicate::Op op, qint64 right)
    {
        switch (op) {
        case Predicate::Op::Less:
            return left < right;
        case Predicate::Op::LessOrEqual:
            return left <= right;
        case Predicate::Op::Equal:
            return left == right;
        case Predicate::Op::NotEqual:
            return left != right;
        case Predicate::Op::GreaterOrEqual:
            return left >= right;
        case Predicate::Op::Greater:
            return left > right;
        }
        return false;
    }

    static qint64 ageInYears(qint64 birthDay, qint64 atDay)
    {
        const QDate birth = QDate::fromJulianDay(birthDay);
        const QDate at = QDate::fromJulianDay(atDay);
        qint64 years = at.year() - birth.year();
        if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
            --years;
        return years;
    }

    Tri inScale(const Predicate &predicate) const
    {
        const ParsedValue &item = m_parsed[predicate.field];
        const QStringView answer = m_values[predicate.field2];
        if (m_values[predicate.field].isEmpty() || item.check != Check::Ok || answer.isEmpty())
            return Tri::Unknown;
        const QList<int> &scales =
            m_compiled.itemScaleByCode.at(m_datasetIndex).at(predicate.field);
        const int scaleIndex = item.number < scales.size() ? scales.at(item.number) : -1;
        if (scaleIndex < 0)
            return Tri::Unknown;
        const ScaleSpec &scale = m_dataset.scales.at(scaleIndex);
        if (!scale.codes.isEmpty()) {
            for (const QString &code : scale.codes) {
                if (answer.compare(code, Qt::CaseInsensitive) == 0)
                    return Tri::True;
            }
            return Tri::False;
        }
        if (answer.size() > 6)
            return Tri::False;
        qint64 number = 0;
        for (QChar c : answer) {
            if (!FieldValue::isAsciiDigit(c))
                return Tri::False;
            number = number * 10 + (c.unicode() - u'0');
        }
        return number >= scale.minimum && number <= scale.maximum ? Tri::True : Tri::False;
    }

    const CompiledSpec &m_compiled;
    int m_datasetIndex;
    const DatasetSpec &m_dataset;
    bool m_pseudonymised;
    QVarLengthArray<QStringView, 32> m_values;
    QVarLengthArray<bool, 32> m_present;
    QVarLengthArray<ParsedValue, 32> m_parsed;
    int m_recordRound = 0;
};

// The findings of one kind: how many rows, and the first ten row numbers.
struct Tally
{
    int count = 0;
    int listed = 0;
    int rows[maxListedRows] = {};

    void add(int line)
    {
        ++count;
        // Rows mostly come in order; keep the ten smallest all the same.
        if (listed < maxListedRows) {
            int i = listed++;
            while (i > 0 && rows[i - 1] > line) {
                rows[i] = rows[i - 1];
                --i;
            }
            rows[i] = line;
        } else if (line < rows[maxListedRows - 1]) {
            int i = maxListedRows - 1;
            while (i > 0 && rows[i - 1] > line) {
                rows[i] = rows[i - 1];
                --i;
            }
            rows[i] = line;
        }
    }

    void merge(const Tally &other)
    {
        const int total = count + other.count;
        for (int i = 0; i < other.listed; ++i)
            add(other.rows[i]);
        count = total;
    }
};

// Where each kind of finding is tallied: field checks first (field by field, in the order of
// the check codes), then cross-field rules, then dataset rules, two slots each (kept, cleared).
struct SlotLayout
{
    int fields = 0;
    int rules = 0;
    int datasetRules = 0;

    int fieldSlot(int field, Check check, bool cleared) const
    {
        return (field * checkCount + static_cast<int>(check)) * 2 + (cleared ? 1 : 0);
    }
    int ruleSlot(int rule, bool cleared) const
    {
        return fields * checkCount * 2 + rule * 2 + (cleared ? 1 : 0);
    }
    int datasetRuleSlot(int rule, bool cleared) const
    {
        return (fields * checkCount + rules) * 2 + rule * 2 + (cleared ? 1 : 0);
    }
    int size() const { return (fields * checkCount + rules + datasetRules) * 2; }
};

using KeyedRows = std::vector<std::pair<quint64, int>>; // (key hash, row index)

// A slice of rows checked on one thread, with its own tallies; merged in order afterwards.
struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    std::vector<Tally> tallies;
    int failed = 0;
    std::vector<std::pair<int, int>> findings; // (row index, slot), only when asked for
    std::vector<std::vector<KeyedRows>> keyed; // per unique rule, per bucket
};

quint64 mix(quint64 hash, quint64 value)
{
    // splitmix64 step: spreads the bits so that sorted runs only group real duplicates.
    hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    hash ^= hash >> 31;
    hash *= 0xbf58476d1ce4e5b9ULL;
    return hash ^ (hash >> 29);
}

QString columnName(const DatasetSpec &dataset, const QString &format, int field)
{
    const FieldSpec &spec = dataset.fields.at(field);
    return format.isEmpty() ? spec.key : spec.columns.value(format, spec.key);
}

// The rows whose key occurs more than once. Rows come in buckets by key hash (equal keys have
// equal hashes, so they share a bucket); each bucket is sorted and scanned on its own thread,
// and `sameKey` compares the real keys where hashes are equal.
template<typename SameKey>
std::vector<int> repeatedKeys(std::vector<KeyedRows> &keyedBuckets, const SameKey &sameKey)
{
    struct Bucket
    {
        KeyedRows *keyed;
        std::vector<int> duplicates;
    };
    std::vector<Bucket> buckets;
    size_t total = 0;
    for (KeyedRows &keyed : keyedBuckets) {
        buckets.push_back(Bucket{&keyed, {}});
        total += keyed.size();
    }
    auto scanBucket = [&](Bucket &bucket) {
        KeyedRows &keyed = *bucket.keyed;
        std::sort(keyed.begin(), keyed.end());
        for (size_t start = 0; start < keyed.size();) {
            size_t end = start + 1;
            while (end < keyed.size() && keyed[end].first == keyed[start].first)
                ++end;
            // Within one hash, group the rows by their real key (collisions are rare).
            for (size_t a = start; end - start > 1 && a < end; ++a) {
                bool repeated = false;
                for (size_t b = start; b < end && !repeated; ++b)
                    repeated = a != b && sameKey(keyed[a].second, keyed[b].second);
                if (repeated)
                    bucket.duplicates.push_back(keyed[a].second);
            }
            start = end;
        }
    };
    if (buckets.size() > 1 && total > 10000)
        QtConcurrent::blockingMap(buckets, scanBucket);
    else
        std::for_each(buckets.begin(), buckets.end(), scanBucket);
    std::vector<int> duplicates;
    for (const Bucket &bucket : buckets)
        duplicates.insert(duplicates.end(), bucket.duplicates.begin(), bucket.duplicates.end());
    std::sort(duplicates.begin(), duplicates.end());
    return duplicates;
}

std::vector<KeyedRows> bucketsOf(const std::vector<quint64> &hashes, int count)
{
    std::vector<KeyedRows> buckets(static_cast<size_t>(std::max(1, count)));
    for (size_t i = 0; i < hashes.size(); ++i) {
        if (hashes[i])
            buckets[(hashes[i] >> 40) % buckets.size()].emplace_back(hashes[i],
                                                                     static_cast<int>(i));
    }
    return buckets;
}

} // namespace

Validator::Validator(const Spec &spec, const QString &round, const QDate &referenceDate,
                     const QString &language)
{
    auto compiled = std::make_shared<CompiledSpec>();
    compiled->spec = spec;
    compiled->reference = referenceDate;
    compiled->today = referenceDate.toJulianDay();
    compiled->language =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
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

int datasetIndexOf(const Spec &spec, const QString &name)
{
    for (int i = 0; i < spec.datasets.size(); ++i) {
        if (spec.datasets.at(i).name == name)
            return i;
    }
    return -1;
}

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

QString fieldMessage(const DatasetSpec &dataset, int field, Check check, const QString &language)
{
    const FieldSpec &spec = dataset.fields.at(field);
    return CheckMessages::text(CheckMessages::forCheck(check), language, spec.label.text(language),
                               CheckMessages::detail(check, spec, language));
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

DatasetReport Validator::checkDataset(const DataTable &table, QList<Finding> *rowFindings,
                                      int cores) const
{
    const CompiledSpec &compiled = *m_compiled;
    const QString &language = compiled.language;
    DatasetReport report;
    report.name = table.dataset;
    const int datasetIndex = datasetIndexOf(compiled.spec, table.dataset);
    if (datasetIndex < 0)
        return report;
    const DatasetSpec &dataset = compiled.spec.datasets.at(datasetIndex);
    const int fieldCount = static_cast<int>(dataset.fields.size());
    const int headerLine = table.counts.header > 0 ? 1 : 0;

    // Which column holds which field.
    QList<int> columnOf(fieldCount, -1);
    for (int c = 0; c < table.columns.size(); ++c) {
        const int field = dataset.fieldIndex(table.columns.at(c));
        if (field >= 0 && columnOf[field] < 0)
            columnOf[field] = c;
    }

    auto structure = [&](StructureIssue issue, const QString &field, Severity severity,
                         const QList<int> &lines, int count) {
        RuleResult result;
        const MessageTemplate &message = CheckMessages::forStructure(issue);
        result.rule = QString::fromLatin1(message.rule);
        result.field = field;
        result.severity = severity;
        result.count = count;
        result.rows = lines.mid(0, maxListedRows);
        QString detail;
        if (issue == StructureIssue::RaggedRow)
            detail = QString::number(table.columns.size() + table.unknownColumns.size());
        result.message = CheckMessages::text(message, language, field, detail);
        report.rules.append(result);
    };
    const QList<int> headerRows = headerLine ? QList<int>{headerLine} : QList<int>{};

    // Columns: a missing column is reported once, as an error when the round requires the field.
    RowEvaluator probe(compiled, datasetIndex, m_pseudonymisedInput);
    for (int f = 0; f < fieldCount; ++f) {
        const FieldSpec &spec = dataset.fields.at(f);
        const bool expected = table.format.isEmpty() ? spec.requirement != Requirement::LocalOnly
                                                     : spec.columns.contains(table.format);
        if (columnOf[f] >= 0 || !expected)
            continue;
        const bool requiredInRound =
            spec.requirement == Requirement::Required ||
            (spec.requirement == Requirement::RequiredFrom &&
             compiled.round >= compiled.requiredFromRound.at(datasetIndex).at(f));
        structure(StructureIssue::MissingColumn, columnName(dataset, table.format, f),
                  requiredInRound ? Severity::Error : Severity::Warning, headerRows, 1);
    }
    for (const QString &column : table.unknownColumns)
        structure(StructureIssue::UnknownColumn, column, Severity::Warning, headerRows, 1);
    for (const QString &column : table.duplicateColumns)
        structure(StructureIssue::DuplicateColumn, column, Severity::Warning, headerRows, 1);
    if (!table.malformedRows.isEmpty()) {
        QList<int> lines;
        for (const MalformedRow &row : table.malformedRows)
            lines.append(row.line);
        std::sort(lines.begin(), lines.end());
        structure(StructureIssue::RaggedRow, QString(), Severity::Error, lines,
                  static_cast<int>(table.malformedRows.size()));
    }
    if (table.rows.isEmpty() && table.malformedRows.isEmpty() && headerLine)
        structure(StructureIssue::NoDataRows, QString(), Severity::Warning, headerRows, 1);

    // The rows, in chunks over the thread pool: each chunk tallies its own findings.
    SlotLayout layout{fieldCount, static_cast<int>(dataset.rules.size()),
                      static_cast<int>(dataset.datasetRules.size())};
    const qsizetype rowCount = table.rows.size();
    std::vector<char> rowFailed(static_cast<size_t>(rowCount), 0);
    QList<int> uniqueRules;
    for (int r = 0; r < dataset.datasetRules.size(); ++r) {
        if (dataset.datasetRules.at(r).kind == DatasetRuleSpec::Kind::Unique)
            uniqueRules.append(r);
    }

    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype chunkSize = std::max<qsizetype>(2048, rowCount / (threads * 8) + 1);
    std::vector<Chunk> chunks;
    for (qsizetype begin = 0; begin < rowCount; begin += chunkSize)
        chunks.push_back(Chunk{begin, std::min(rowCount, begin + chunkSize), {}, 0, {}, {}});

    const bool wantFindings = rowFindings != nullptr;
    auto runChunk = [&](Chunk &chunk) {
        chunk.tallies.assign(static_cast<size_t>(layout.size()), Tally{});
        // Unique keys are hashed while the row is at hand, straight into their buckets.
        chunk.keyed.assign(static_cast<size_t>(uniqueRules.size()),
                           std::vector<KeyedRows>(static_cast<size_t>(threads)));
        RowEvaluator row(compiled, datasetIndex, m_pseudonymisedInput);
        for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
            const DataRow &data = table.rows.at(i);
            for (int f = 0; f < fieldCount; ++f) {
                const int column = columnOf[f];
                if (column >= 0 && column < data.values.size())
                    row.setValue(f, data.values.at(column), true);
                else
                    row.setValue(f, QStringView(), column >= 0);
            }
            row.parseAll();
            bool failed = false;
            const int line = data.line;
            row.visit(
                [&](int field, Check check, Severity severity, bool cleared) {
                    if (severity == Severity::Error && !cleared)
                        failed = true;
                    // A missing column was reported once above, not once per row.
                    if (columnOf[field] < 0)
                        return;
                    const int slot = layout.fieldSlot(field, check, cleared);
                    chunk.tallies[slot].add(line);
                    if (wantFindings)
                        chunk.findings.emplace_back(static_cast<int>(i), slot);
                },
                [&](int rule, Severity severity, bool cleared) {
                    if (severity == Severity::Error && !cleared)
                        failed = true;
                    const int slot = layout.ruleSlot(rule, cleared);
                    chunk.tallies[slot].add(line);
                    if (wantFindings)
                        chunk.findings.emplace_back(static_cast<int>(i), slot);
                });
            if (failed) {
                rowFailed[i] = 1;
                ++chunk.failed;
            }
            for (qsizetype u = 0; u < uniqueRules.size(); ++u) {
                quint64 hash = 0x51ed270b27bd3f6dULL;
                bool complete = true;
                for (int field : dataset.datasetRules.at(uniqueRules.at(u)).keys.first()) {
                    const QStringView value = row.value(field);
                    if (value.isEmpty()) {
                        complete = false;
                        break;
                    }
                    // A valid code hashes as its index, so "vr01" and "VR01" are the same key.
                    const bool code = dataset.fields.at(field).type == FieldType::Enum &&
                                      row.parsed(field).check == Check::Ok;
                    hash = mix(hash, code ? quint64(row.parsed(field).number) + 1
                                          : quint64(qHash(value)));
                }
                if (complete)
                    chunk.keyed[u][(hash >> 40) % threads].emplace_back(hash, static_cast<int>(i));
            }
        }
    };
    if (chunks.size() > 1 && cores != 1) {
        QtConcurrent::blockingMap(chunks, runChunk);
    } else {
        for (Chunk &chunk : chunks)
            runChunk(chunk);
    }

    std::vector<Tally> tallies(static_cast<size_t>(layout.size()));
    int failedRows = 0;
    for (const Chunk &chunk : chunks) {
        for (size_t s = 0; s < tallies.size(); ++s) {
            if (chunk.tallies[s].count)
                tallies[s].merge(chunk.tallies[s]);
        }
        failedRows += chunk.failed;
    }

    // Dataset rules. Flagged rows are re-evaluated to know whether their value is required.
    RowEvaluator flagged(compiled, datasetIndex, m_pseudonymisedInput);
    auto loadRow = [&](qsizetype i) {
        const DataRow &data = table.rows.at(i);
        for (int f = 0; f < fieldCount; ++f) {
            const int column = columnOf[f];
            flagged.setValue(f,
                             column >= 0 && column < data.values.size()
                                 ? QStringView(data.values.at(column))
                                 : QStringView(),
                             column >= 0);
        }
        flagged.parseAll();
    };
    std::vector<std::pair<int, int>> datasetFindings; // (row index, slot)
    auto flag = [&](int ruleIndex, qsizetype i) {
        const DatasetRuleSpec &rule = dataset.datasetRules.at(ruleIndex);
        loadRow(i);
        const Severity severity = flagged.severityFor(rule.field, rule.severity);
        const bool cleared = flagged.clears(rule.field, severity);
        const int slot = layout.datasetRuleSlot(ruleIndex, cleared);
        tallies[slot].add(table.rows.at(i).line);
        if (severity == Severity::Error && !cleared && !rowFailed[i]) {
            rowFailed[i] = 1;
            ++failedRows;
        }
        if (wantFindings)
            datasetFindings.emplace_back(static_cast<int>(i), slot);
    };

    for (qsizetype u = 0; u < uniqueRules.size(); ++u) {
        const DatasetRuleSpec &rule = dataset.datasetRules.at(uniqueRules.at(u));
        std::vector<KeyedRows> buckets(static_cast<size_t>(threads));
        for (size_t b = 0; b < buckets.size(); ++b) {
            size_t size = 0;
            for (const Chunk &chunk : chunks)
                size += chunk.keyed[u][b].size();
            buckets[b].reserve(size);
            for (const Chunk &chunk : chunks)
                buckets[b].insert(buckets[b].end(), chunk.keyed[u][b].begin(),
                                  chunk.keyed[u][b].end());
        }
        auto sameKey = [&](int a, int b) {
            for (int field : rule.keys.first()) {
                const int column = columnOf[field];
                const QStringView left = QStringView(table.rows.at(a).values.at(column)).trimmed();
                const QStringView right = QStringView(table.rows.at(b).values.at(column)).trimmed();
                const bool code = dataset.fields.at(field).type == FieldType::Enum;
                if (left.compare(right, code ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0)
                    return false;
            }
            return true;
        };
        const std::vector<int> duplicates = repeatedKeys(buckets, sameKey);
        for (int i : duplicates)
            flag(uniqueRules.at(u), i);
    }

    for (int r = 0; r < dataset.datasetRules.size(); ++r) {
        const DatasetRuleSpec &rule = dataset.datasetRules.at(r);
        if (rule.kind != DatasetRuleSpec::Kind::Duplicate)
            continue;
        std::vector<char> duplicate(static_cast<size_t>(rowCount), 0);
        for (const QList<int> &group : rule.keys) {
            bool available = true;
            for (int field : group)
                available = available && columnOf[field] >= 0;
            if (!available)
                continue;
            // Values compare as stored: normalised where valid (dates, postcodes, numbers), case
            // and spacing ignored. Keys are built in reused buffers and hashed in parallel.
            auto buildKey = [&](qsizetype i, QString &key, QString &normalised) {
                const DataRow &data = table.rows.at(i);
                key.clear();
                for (int field : group) {
                    const int column = columnOf[field];
                    QStringView value = column < data.values.size()
                                            ? QStringView(data.values.at(column)).trimmed()
                                            : QStringView();
                    if (value.isEmpty())
                        return false;
                    const FieldType type = dataset.fields.at(field).type;
                    // Values already in their stored form (the usual case) skip normalising.
                    const bool canonical =
                        (type == FieldType::Date && value.size() == 10 && value[2] == u'-' &&
                         value[5] == u'-') ||
                        (type == FieldType::Postcode && value.size() == 7 && value[4] == u' ' &&
                         value[5].isUpper() && value[6].isUpper()) ||
                        (type == FieldType::Bsn && value.size() == 9);
                    if (!canonical && (type == FieldType::Date || type == FieldType::Postcode ||
                                       type == FieldType::Bsn)) {
                        if (FieldValue::check(dataset.fields.at(field), value, compiled.today,
                                              false, &normalised)
                                .check == Check::Ok)
                            value = normalised;
                    }
                    if (rule.ignoreValues.contains(value))
                        return false;
                    bool space = false;
                    for (QChar c : value) {
                        if (c.isSpace()) {
                            space = true;
                            continue;
                        }
                        if (space)
                            key += QLatin1Char(' ');
                        space = false;
                        const char16_t u = c.unicode();
                        key += u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? u + 32 : u)
                                        : c.toCaseFolded();
                    }
                    key += QChar(0x1f);
                }
                return true;
            };
            std::vector<quint64> hashes(static_cast<size_t>(rowCount), 0);
            std::vector<std::pair<qsizetype, qsizetype>> ranges;
            for (const Chunk &chunk : chunks)
                ranges.emplace_back(chunk.begin, chunk.end);
            auto hashRange = [&](const std::pair<qsizetype, qsizetype> &range) {
                QString key;
                QString normalised;
                for (qsizetype i = range.first; i < range.second; ++i) {
                    if (buildKey(i, key, normalised)) {
                        const quint64 hash =
                            qHash(key, 0x2545f491) * 0x9e3779b97f4a7c15ULL ^ qHash(key, 0x71c2d3e9);
                        hashes[static_cast<size_t>(i)] = hash ? hash : 1;
                    }
                }
            };
            if (ranges.size() > 1)
                QtConcurrent::blockingMap(ranges, hashRange);
            else
                std::for_each(ranges.begin(), ranges.end(), hashRange);
            auto sameKey = [&](int a, int b) {
                QString left, right, scratch;
                return buildKey(a, left, scratch) && buildKey(b, right, scratch) && left == right;
            };
            std::vector<KeyedRows> buckets = bucketsOf(hashes, threads);
            for (int i : repeatedKeys(buckets, sameKey))
                duplicate[static_cast<size_t>(i)] = 1;
        }
        for (qsizetype i = 0; i < rowCount; ++i) {
            if (duplicate[static_cast<size_t>(i)])
                flag(r, i);
        }
    }

    // The tallies become the report's rule entries, in the layout's order.
    auto describe = [&](int slot, QString *rule, int *field, Severity *severity, QString *message,
                        bool *cleared) {
        *cleared = slot % 2 == 1;
        const int kind = slot / 2;
        if (kind < fieldCount * checkCount) {
            *field = kind / checkCount;
            const Check check = static_cast<Check>(kind % checkCount);
            *rule = QString::fromLatin1(CheckMessages::forCheck(check).rule);
            *severity = dataset.fields.at(*field).requirement == Requirement::LocalOnly
                            ? Severity::Warning
                            : Severity::Error;
            *message = fieldMessage(dataset, *field, check, language);
        } else if (kind < fieldCount * checkCount + layout.rules) {
            const RuleSpec &ruleSpec = dataset.rules.at(kind - fieldCount * checkCount);
            *rule = ruleSpec.id;
            *field = ruleSpec.field;
            *severity = dataset.fields.at(*field).requirement == Requirement::LocalOnly &&
                                ruleSpec.severity == Severity::Error
                            ? Severity::Warning
                            : ruleSpec.severity;
            *message = ruleSpec.message.text(language);
        } else {
            const DatasetRuleSpec &ruleSpec =
                dataset.datasetRules.at(kind - fieldCount * checkCount - layout.rules);
            *rule = ruleSpec.id;
            *field = ruleSpec.field;
            *severity = dataset.fields.at(*field).requirement == Requirement::LocalOnly &&
                                ruleSpec.severity == Severity::Error
                            ? Severity::Warning
                            : ruleSpec.severity;
            *message = ruleSpec.message.text(language);
        }
    };
    for (int slot = 0; slot < layout.size(); ++slot) {
        const Tally &tally = tallies[slot];
        if (!tally.count)
            continue;
        RuleResult result;
        int field = -1;
        describe(slot, &result.rule, &field, &result.severity, &result.message, &result.cleared);
        result.field = columnName(dataset, table.format, field);
        result.count = tally.count;
        for (int i = 0; i < tally.listed; ++i)
            result.rows.append(tally.rows[i]);
        report.rules.append(result);
    }

    if (rowFindings) {
        std::vector<std::pair<int, int>> all;
        for (const Chunk &chunk : chunks)
            all.insert(all.end(), chunk.findings.begin(), chunk.findings.end());
        all.insert(all.end(), datasetFindings.begin(), datasetFindings.end());
        std::stable_sort(all.begin(), all.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[rowIndex, slot] : all) {
            Finding finding;
            int field = -1;
            describe(slot, &finding.rule, &field, &finding.severity, &finding.message,
                     &finding.cleared);
            finding.line = table.rows.at(rowIndex).line;
            finding.field = dataset.fields.at(field).key;
            rowFindings->append(finding);
        }
        for (const MalformedRow &row : table.malformedRows) {
            rowFindings->append(Finding{
                row.line,
                QString::fromLatin1(CheckMessages::forStructure(StructureIssue::RaggedRow).rule),
                QString(), Severity::Error,
                CheckMessages::text(
                    CheckMessages::forStructure(StructureIssue::RaggedRow), language, QString(),
                    QString::number(table.columns.size() + table.unknownColumns.size())),
                false});
        }
    }

    RowTotals &totals = report.rows;
    totals.data = static_cast<int>(rowCount + table.malformedRows.size());
    totals.failed = failedRows + static_cast<int>(table.malformedRows.size());
    totals.imported = totals.data - totals.failed;
    totals.empty = table.counts.empty;
    totals.header = table.counts.header;
    totals.read =
        table.counts.read > 0 ? table.counts.read : totals.data + totals.empty + totals.header;
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
