#include "ProblemsPanel.h"

#include "SeverityStyle.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {
constexpr int ParticipantRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
constexpr int CountRole = Qt::UserRole + 3; // a group's count before a filter
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
    // The filter's bar: what is shown, and the way back to everything.
    m_filterBar = new QFrame(this);
    m_filterBar->setObjectName(QStringLiteral("problemsFilterBar"));
    m_filterBar->setFrameShape(QFrame::StyledPanel);
    m_filterBar->setStyleSheet(QStringLiteral("#problemsFilterBar { background: #fff8e1; }"));
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(6, 2, 2, 2);
    m_filterText = new QLabel(m_filterBar);
    m_filterText->setObjectName(QStringLiteral("labelProblemsFilter"));
    m_filterText->setWordWrap(true);
    barLayout->addWidget(m_filterText, 1);
    auto *showAll = new QPushButton(tr("Show &all problems"), m_filterBar);
    showAll->setObjectName(QStringLiteral("clearProblemsFilter"));
    connect(showAll, &QPushButton::clicked, this, &ProblemsPanel::clearParticipantFilter);
    barLayout->addWidget(showAll);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);
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
    m_filter.clear();
    m_filterBar->hide();
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
    applyFilter();
    m_tree->setUpdatesEnabled(true);
    if (result.problems.isEmpty())
        m_summary->setText(tr("No errors or warnings in the register."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                           tr("%n warning(s)", nullptr, warnings) +
                           tr("; double-click a line to open the participant at that field."));
}

void ProblemsPanel::setParticipantFilter(const QList<qint64> &participants, const QString &reason)
{
    m_filter = QSet<qint64>(participants.cbegin(), participants.cend());
    m_filterText->setText(reason);
    m_filterBar->setVisible(!m_filter.isEmpty());
    applyFilter();
}

void ProblemsPanel::clearParticipantFilter()
{
    setParticipantFilter({}, {});
}

// Hides the rows of other participants, and the groups left without rows; a group's count is
// then what is in view.
void ProblemsPanel::applyFilter()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (!group->data(2, CountRole).isValid())
            group->setData(2, CountRole, group->text(2));
        int shown = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *row = group->child(c);
            const bool visible =
                m_filter.isEmpty() || m_filter.contains(row->data(0, ParticipantRole).toLongLong());
            row->setHidden(!visible);
            shown += visible ? 1 : 0;
        }
        group->setHidden(shown == 0);
        group->setText(2, m_filter.isEmpty() ? group->data(2, CountRole).toString()
                                             : QString::number(shown));
        if (!m_filter.isEmpty())
            group->setExpanded(true);
    }
}

QSet<qint64> ProblemsPanel::shownParticipants() const
{
    QSet<qint64> shown;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int c = 0; c < group->childCount(); ++c) {
            if (!group->isHidden() && !group->child(c)->isHidden())
                shown.insert(group->child(c)->data(0, ParticipantRole).toLongLong());
        }
    }
    return shown;
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
