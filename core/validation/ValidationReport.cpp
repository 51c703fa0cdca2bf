#include "ValidationReport.h"

#include "Localization.h"

#include <QJsonArray>

namespace veldboek {

bool DatasetReport::rejected() const
{
    for (const RuleResult &rule : rules) {
        if (rule.severity == Severity::Error && !rule.cleared)
            return true;
    }
    return false;
}

bool ValidationReport::approved() const
{
    for (const DatasetReport &dataset : datasets) {
        if (dataset.rejected())
            return false;
    }
    return true;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray datasetArray;
    for (const DatasetReport &dataset : datasets) {
        QJsonArray ruleArray;
        for (const RuleResult &rule : dataset.rules) {
            QJsonArray rows;
            for (int row : rule.rows)
                rows.append(row);
            ruleArray.append(QJsonObject{{QStringLiteral("rule"), rule.rule},
                                         {QStringLiteral("field"), rule.field},
                                         {QStringLiteral("severity"), severityName(rule.severity)},
                                         {QStringLiteral("message"), rule.message},
                                         {QStringLiteral("count"), rule.count},
                                         {QStringLiteral("rows"), rows},
                                         {QStringLiteral("cleared"), rule.cleared}});
        }
        const RowTotals &r = dataset.rows;
        datasetArray.append(QJsonObject{
            {QStringLiteral("name"), dataset.name},
            {QStringLiteral("rows"), QJsonObject{{QStringLiteral("read"), r.read},
                                                 {QStringLiteral("empty"), r.empty},
                                                 {QStringLiteral("header"), r.header},
                                                 {QStringLiteral("data"), r.data},
                                                 {QStringLiteral("imported"), r.imported},
                                                 {QStringLiteral("failed"), r.failed}}},
            {QStringLiteral("rules"), ruleArray}});
    }
    QJsonObject json{{QStringLiteral("status"),
                      approved() ? QStringLiteral("approved") : QStringLiteral("rejected")},
                     {QStringLiteral("spec"), spec},
                     {QStringLiteral("specVersion"), specVersion},
                     {QStringLiteral("datasets"), datasetArray}};
    // Added fields (docs/api.md allows additions): the round the check applied, and the language.
    if (!round.isEmpty())
        json.insert(QStringLiteral("round"), round);
    if (!language.isEmpty())
        json.insert(QStringLiteral("language"), language);
    return json;
}

ValidationReport ValidationReport::fromJson(const QJsonObject &json)
{
    ValidationReport report;
    report.spec = json.value(QStringLiteral("spec")).toString();
    report.specVersion = json.value(QStringLiteral("specVersion")).toString();
    report.round = json.value(QStringLiteral("round")).toString();
    report.language = json.value(QStringLiteral("language")).toString();
    const QJsonArray datasetArray = json.value(QStringLiteral("datasets")).toArray();
    for (const QJsonValue &datasetValue : datasetArray) {
        const QJsonObject object = datasetValue.toObject();
        DatasetReport dataset;
        dataset.name = object.value(QStringLiteral("name")).toString();
        const QJsonObject rows = object.value(QStringLiteral("rows")).toObject();
        dataset.rows.read = rows.value(QStringLiteral("read")).toInt();
        dataset.rows.empty = rows.value(QStringLiteral("empty")).toInt();
        dataset.rows.header = rows.value(QStringLiteral("header")).toInt();
        dataset.rows.data = rows.value(QStringLiteral("data")).toInt();
        dataset.rows.imported = rows.value(QStringLiteral("imported")).toInt();
        dataset.rows.failed = rows.value(QStringLiteral("failed")).toInt();
        const QJsonArray ruleArray = object.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &ruleValue : ruleArray) {
            const QJsonObject ruleObject = ruleValue.toObject();
            RuleResult rule;
            rule.rule = ruleObject.value(QStringLiteral("rule")).toString();
            rule.field = ruleObject.value(QStringLiteral("field")).toString();
            const QString severity = ruleObject.value(QStringLiteral("severity")).toString();
            rule.severity =
                severity == QLatin1String("warning") ? Severity::Warning : Severity::Error;
            rule.message = ruleObject.value(QStringLiteral("message")).toString();
            rule.count = ruleObject.value(QStringLiteral("count")).toInt();
            const QJsonArray lines = ruleObject.value(QStringLiteral("rows")).toArray();
            for (const QJsonValue &line : lines)
                rule.rows.append(line.toInt());
            rule.cleared = ruleObject.value(QStringLiteral("cleared")).toBool();
            dataset.rules.append(rule);
        }
        report.datasets.append(dataset);
    }
    return report;
}

QString ValidationReport::toText() const
{
    const bool english = isEnglish(language);
    // Its own Dutch and English (not lupdate's: the report is data, in the language it was
    // asked in).
    auto say = [english](const char *nl, const char *en) {
        return QString::fromUtf8(english ? en : nl);
    };
    QString text;
    text += say("Technische controle", "Technical check") + QStringLiteral(": ") + spec +
            QStringLiteral(" ") + specVersion;
    if (!round.isEmpty())
        text += QStringLiteral(", ") + say("ronde", "round") + QLatin1Char(' ') + round;
    text += QLatin1Char('\n');
    text += say("Resultaat", "Result") + QStringLiteral(": ") +
            (approved() ? say("goedgekeurd", "approved") : say("afgekeurd", "rejected")) +
            QLatin1Char('\n');
    for (const DatasetReport &dataset : datasets) {
        const RowTotals &r = dataset.rows;
        text += QLatin1Char('\n') + say("Gegevensset", "Dataset") + QStringLiteral(": ") +
                dataset.name + QLatin1Char('\n');
        text += QStringLiteral("  ") + say("Regels gelezen", "Lines read") +
                QStringLiteral(": %1 (").arg(r.read) + say("leeg", "empty") +
                QStringLiteral(" %1, ").arg(r.empty) + say("kopregel", "header") +
                QStringLiteral(" %1, ").arg(r.header) + say("gegevens", "data") +
                QStringLiteral(" %1)\n").arg(r.data);
        text += QStringLiteral("  ") +
                say("Geïmporteerd en gevalideerd", "Imported and validated") +
                QStringLiteral(": %1\n").arg(r.imported);
        text += QStringLiteral("  ") + say("Fout en niet geïmporteerd", "Failed and not imported") +
                QStringLiteral(": %1\n").arg(r.failed);
        for (const RuleResult &rule : dataset.rules) {
            QString kind = rule.severity == Severity::Warning ? say("waarschuwing", "warning")
                                                              : say("fout", "error");
            if (rule.cleared)
                kind += QStringLiteral(", ") + say("waarde wordt leeggemaakt", "value is cleared");
            QStringList lines;
            for (int line : rule.rows)
                lines.append(QString::number(line));
            text += QStringLiteral("  - [%1] %2").arg(kind, rule.message);
            if (!rule.field.isEmpty())
                text += QStringLiteral(" (") + say("kolom", "column") + QLatin1Char(' ') +
                        rule.field + QLatin1Char(')');
            text += QLatin1Char('\n');
            text += QStringLiteral("    ") + say("Aantal", "Count") +
                    QStringLiteral(": %1; ").arg(rule.count) +
                    (rule.count > rule.rows.size() ? say("eerste regels", "first rows")
                                                   : say("regels", "rows")) +
                    QStringLiteral(": ") + lines.join(QStringLiteral(", ")) + QStringLiteral(" [") +
                    rule.rule + QStringLiteral("]\n");
        }
    }
    return text;
}

} // namespace veldboek
