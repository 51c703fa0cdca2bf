#include "SubmissionReportView.h"

#include <QHeaderView>

namespace veldboek::gui {

namespace {
constexpr int ParticipantRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

SubmissionReportView::SubmissionReportView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("report"));
    setAccessibleName(tr("Report of the endpoint"));
    setColumnCount(4);
    setHeaderLabels({tr("Rule / row"), tr("Field"), tr("Count"), tr("Message")});
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
    setRootIsDecorated(true);
    setWordWrap(true);
    // Activated as in the problems panel: double-click, or Enter on the keyboard.
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, ParticipantRole).toLongLong();
        if (id > 0)
            emit participantRequested(id, item->data(0, FieldRole).toString());
    });
}

int SubmissionReportView::clearedValues(const DatasetReport &dataset)
{
    int cleared = 0;
    for (const RuleResult &rule : dataset.rules)
        cleared += rule.cleared ? rule.count : 0;
    return cleared;
}

int SubmissionReportView::warnings(const DatasetReport &dataset)
{
    int warnings = 0;
    for (const RuleResult &rule : dataset.rules)
        warnings += rule.severity == Severity::Warning ? rule.count : 0;
    return warnings;
}

QString SubmissionReportView::receivedText(const DatasetReport &dataset)
{
    return tr("%n row(s) read", nullptr, dataset.rows.data) + QStringLiteral(", ") +
           tr("%n imported", nullptr, dataset.rows.imported) + QStringLiteral(", ") +
           tr("%n value(s) cleared", nullptr, clearedValues(dataset)) + QStringLiteral(", ") +
           tr("%n warning(s)", nullptr, warnings(dataset));
}

void SubmissionReportView::showReports(const QList<ValidationReport> &reports,
                                       const ParticipantLookup &participantFor)
{
    clear();
    for (const ValidationReport &report : reports) {
        for (const DatasetReport &dataset : report.datasets) {
            // What was received comes first, so an approved report without findings is not an
            // empty table (issue 20, item 3).
            auto *received =
                new QTreeWidgetItem(this, {QStringLiteral("%1 (%2)").arg(dataset.name, report.spec),
                                           {},
                                           QString::number(dataset.rows.data),
                                           receivedText(dataset)});
            received->setData(0, Qt::AccessibleDescriptionRole, receivedText(dataset));
            QFont bold = received->font(0);
            bold.setBold(true);
            received->setFont(0, bold);
            for (const RuleResult &rule : dataset.rules) {
                auto *item = new QTreeWidgetItem(
                    this, {rule.rule, rule.field, QString::number(rule.count), rule.message});
                item->setForeground(3, rule.severity == Severity::Error ? QColor(0xb7, 0x1c, 0x1c)
                                                                        : QColor(0x8a, 0x6d, 0x00));
                for (int line : rule.rows) {
                    auto *row = new QTreeWidgetItem(
                        item, {tr("Row %1 (%2)").arg(line).arg(dataset.name), {}, {}, {}});
                    if (participantFor)
                        row->setData(0, ParticipantRole, participantFor(dataset.name, line));
                    row->setData(0, FieldRole, rule.field);
                }
                item->setExpanded(true);
            }
        }
    }
    resizeColumnToContents(0);
}

} // namespace veldboek::gui
