#include "ProblemsPanel.h"

#include "SeverityStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {
constexpr int ParticipantRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labelProblemsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("treeProblems"));
    m_tree->setAccessibleName(tr("Problems in the register"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Problem"), tr("Field"), tr("Count")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    // Enter (activated) and double-click; a double-click may also activate, which then finds
    // the participant already open and only moves the cursor again.
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    clear();
}

QString ProblemsPanel::datasetName(const QString &dataset)
{
    // The register's dataset names are the spec's ids; users know them by these words.
    if (dataset == QLatin1String("participants"))
        return tr("Participants");
    if (dataset == QLatin1String("gas"))
        return tr("GAS scores");
    if (dataset == QLatin1String("problem"))
        return tr("Problem scores");
    if (dataset == QLatin1String("cem"))
        return tr("CEM+");
    return dataset;
}

void ProblemsPanel::clear()
{
    m_tree->clear();
    m_summary->setText(tr("No register open."));
}

void ProblemsPanel::showChecking()
{
    m_summary->setText(tr("Checking the register…"));
}

void ProblemsPanel::showResult(const RegisterCheck::Result &result)
{
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    // Grouped by dataset and rule; errors first, so what blocks a submission is on top.
    struct Group
    {
        QTreeWidgetItem *item = nullptr;
        int count = 0;
    };
    QMap<QString, Group> groups;
    int errors = 0;
    int warnings = 0;
    QList<QTreeWidgetItem *> top;
    for (const RegisterProblem &problem : result.problems) {
        const QString key =
            (problem.severity == Severity::Error ? QStringLiteral("0") : QStringLiteral("1")) +
            problem.dataset + QLatin1Char('/') + problem.rule + QLatin1Char('/') + problem.field;
        Group &group = groups[key];
        if (!group.item) {
            group.item = new QTreeWidgetItem;
            group.item->setText(0, problem.message);
            group.item->setToolTip(0, problem.message + QStringLiteral("\n(") +
                                          datasetName(problem.dataset) + QStringLiteral(", ") +
                                          problem.rule + QLatin1Char(')'));
            group.item->setText(1, problem.field);
            group.item->setIcon(0, SeverityStyle::icon(problem.severity));
            group.item->setData(0, FieldRole, problem.field);
        }
        ++group.count;
        (problem.severity == Severity::Error ? errors : warnings) += 1;
        auto *child = new QTreeWidgetItem(group.item);
        const QString who = problem.respondentNumber.isEmpty() ? tr("line %1").arg(problem.line)
                                                               : problem.respondentNumber;
        child->setText(
            0,
            problem.dataset == QLatin1String("participants")
                ? who
                : tr("%1 (%2, line %3)").arg(who, datasetName(problem.dataset)).arg(problem.line));
        child->setText(1, problem.field);
        child->setData(0, ParticipantRole, problem.participantId);
        child->setData(0, FieldRole, problem.field);
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->item->setText(2, QString::number(it->count));
        top.append(it->item);
    }
    m_tree->addTopLevelItems(top);
    m_tree->setUpdatesEnabled(true);
    if (result.problems.isEmpty())
        m_summary->setText(tr("No errors or warnings in the register."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                           tr("%n warning(s)", nullptr, warnings) +
                           tr("; double-click a line to open the participant at that field."));
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->childCount() > 0) {
        item->setExpanded(!item->isExpanded());
        return;
    }
    const qint64 id = item->data(0, ParticipantRole).toLongLong();
    if (id > 0)
        Q_EMIT problemActivated(id, item->data(0, FieldRole).toString());
}

} // namespace veldboek::gui
