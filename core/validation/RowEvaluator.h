#pragma once

// The engine's inside, shared by Validator.cpp (field and record checks) and DatasetCheck.cpp
// (the rows of a dataset): the compiled spec and the evaluator that checks one row. Not part of
// the engine's interface: include Validator.h or DatasetCheck.h instead.

#include "CheckMessages.h"
#include "FieldValue.h"
#include "Spec.h"

#include <QDate>
#include <QVarLengthArray>

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

namespace engine {

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

inline int datasetIndexOf(const Spec &spec, const QString &name)
{
    for (int i = 0; i < spec.datasets.size(); ++i) {
        if (spec.datasets.at(i).name == name)
            return i;
    }
    return -1;
}

inline QString fieldMessage(const DatasetSpec &dataset, int field, Check check,
                            const QString &language)
{
    const FieldSpec &spec = dataset.fields.at(field);
    return CheckMessages::text(CheckMessages::forCheck(check), language, spec.label.text(language),
                               CheckMessages::detail(check, spec, language));
}

} // namespace engine

} // namespace veldboek
