#include "DashboardView.h"

#include "ChartDrawing.h"
#include "Localization.h"
#include "NotesPanel.h"
#include "SplitterMemory.h"
#include "storage/DashboardRepository.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"
#include "sync/DashboardPreview.h"
#include "sync/FigureText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace veldboek::gui {

using namespace charts;

namespace {

// The smallest a chart is drawn: below this its category labels and the numbers on its bars no
// longer fit, so the charts go to one column (and the area scrolls) instead of shrinking further.
constexpr int chartMinimumWidth = 300;
constexpr int chartMinimumHeight = 250;

// A table as high as its rows, so none of the figures is scrolled out of sight.
void fitAllRows(QTableWidget *table)
{
    table->setMinimumHeight(table->horizontalHeader()->height() +
                            table->verticalHeader()->length() + 2 * table->frameWidth());
}

// The dimension as the user reads it; the endpoint names them by their Dutch key.
QString dimensionName(const QString &key)
{
    if (key == QLatin1String("toegankelijkheid"))
        return DashboardView::tr("accessibility");
    if (key == QLatin1String("bejegening"))
        return DashboardView::tr("treatment");
    if (key == QLatin1String("samenwerking"))
        return DashboardView::tr("cooperation");
    return key;
}

// The charts in a grid of two columns when two fit at their minimum width, else one; the area
// scrolls rather than squeezing a chart below the size its labels need.
class ChartGrid : public QScrollArea
{
public:
    explicit ChartGrid(QWidget *parent)
        : QScrollArea(parent)
        , m_content(new QWidget(this))
        , m_grid(new QGridLayout(m_content))
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_grid->setContentsMargins(0, 0, 0, 0);
        setWidget(m_content);
        // One chart at its minimum beside the scroll bar: the splitter gives no less.
        setMinimumWidth(chartMinimumWidth + verticalScrollBar()->sizeHint().width() +
                        2 * frameWidth());
    }

    void addCell(QWidget *cell)
    {
        cell->setParent(m_content);
        m_cells.append(cell);
        m_columns = 0;
        arrange();
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        arrange();
    }

private:
    void arrange()
    {
        // Counted as if the vertical scroll bar were there: whether it shows depends on the
        // columns, and the columns must not flip back and forth with it.
        const int room = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
        const int columns = room >= 2 * chartMinimumWidth + m_grid->horizontalSpacing() ? 2 : 1;
        if (columns == m_columns)
            return;
        m_columns = columns;
        for (QWidget *cell : std::as_const(m_cells))
            m_grid->removeWidget(cell);
        for (int i = 0; i < m_cells.size(); ++i) {
            m_grid->addWidget(m_cells.at(i), i / columns, i % columns);
            m_grid->setRowStretch(i, i < (m_cells.size() + columns - 1) / columns ? 1 : 0);
        }
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
    }

    QWidget *m_content;
    QGridLayout *m_grid;
    QList<QWidget *> m_cells;
    int m_columns = 0;
};

// The month's short name in the chosen language without the abbreviation's full stop
// ("jan 26", "Jan 26"): Qt 6.4's Dutch has "mrt." even stand-alone, and under a bar of the chart
// the stop is noise.
QString monthLabel(const QString &month, const QString &year)
{
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QLocale locale;
    QString shortName = locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
    if (shortName.endsWith(QLatin1Char('.')))
        shortName.chop(1);
    return shortName + QLatin1Char(' ') + locale.toString(date, year);
}

} // namespace

// The two sides the charts draw, own and cluster, and what to say where the cluster's figures
// are not shown.
struct ChartSides
{
    explicit ChartSides(const QJsonObject &figures)
        : own(figures.value(QLatin1String("own")).toObject())
        , cluster(figures.value(QLatin1String("cluster")).toObject())
        // Why the cluster side, or one of its sections, is not there at all.
        , clusterReason(cluster.value(QLatin1String("shown")).toBool(true)
                            ? QString()
                            : cluster.value(QLatin1String("reason")).toString())
        // A cluster side that is not shown gets no series, and every chart says why.
        , hasCluster(!cluster.isEmpty() && clusterReason.isEmpty())
        , clusterNote(
              clusterReason.isEmpty()
                  ? QString()
                  : DashboardView::tr("Cluster: %1").arg(FigureText::hiddenText(clusterReason)))
    {}

    QString clusterWithheld(const char *section) const
    {
        return clusterReason.isEmpty() ? cluster.value(QLatin1String("withheld"))
                                             .toObject()
                                             .value(QLatin1String(section))
                                             .toString()
                                       : clusterReason;
    }

    // Per side a series of `count` figures; the cluster's with the reason it is not shown.
    QList<Bars> series(const std::function<QJsonObject(const QJsonObject &, int)> &figure,
                       int count, double scale, const char *section) const
    {
        QList<Bars> result;
        for (const auto &[name, side] :
             {std::pair{ownName, own}, std::pair{clusterName, cluster}}) {
            if (name == clusterName && !hasCluster)
                continue;
            const QString sideReason = name == clusterName ? clusterWithheld(section) : QString();
            Bars bars{name, {}, {}};
            for (int i = 0; i < count; ++i)
                bars.append(figure(side, i), scale, sideReason);
            result.append(bars);
        }
        return result;
    }

    const QJsonObject own;
    const QJsonObject cluster;
    const QString clusterReason;
    const bool hasCluster;
    const QString clusterNote;
    const QString ownName = DashboardView::tr("Own");
    const QString clusterName = DashboardView::tr("Cluster");
};

DashboardView::DashboardView(Register &reg, QWidget *parent)
    : QWidget(parent)
    , m_register(reg)
    , m_source(new QLabel(this))
    , m_message(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Fetch figures"), this))
    , m_preview(new QPushButton(tr("Local &preview"), this))
    , m_table(new QTableWidget(this))
    , m_notes(new NotesPanel(reg, this))
{
    m_source->setObjectName(QStringLiteral("dashboardSource"));
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    m_preview->setObjectName(QStringLiteral("showPreview"));
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setAccessibleName(tr("Figures: own and cluster"));
    m_message->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Own"), tr("Cluster")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The three columns share the table's width, so it never needs a horizontal scroll bar (at
    // 1280x820 the cluster column was cut off when the columns took their contents' width:
    // "niet getoond: zou een klein aantal verraden" is wider than the whole side pane). Every
    // text wraps in its column instead, the rows grow with it, and the table keeps the height
    // of all its rows (the notes below give way); a word too long for its column is elided,
    // and every cell has its whole text as a tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->verticalHeader(), &QHeaderView::sectionResized, m_table,
            [this] { fitAllRows(m_table); });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_preview, &QPushButton::clicked, this, &DashboardView::showPreview);

    QWidget *charts = makeCharts();

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_preview);
    top->addWidget(m_refresh);
    auto *side = new QWidget;
    side->setMinimumWidth(300);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addWidget(m_notes);
    // The user may give the table more room; by default the charts get three quarters.
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setChildrenCollapsible(false);
    // In a low window the notes scroll, rather than squeezing the table's rows.
    auto *sideArea = new QScrollArea(this);
    sideArea->setWidgetResizable(true);
    sideArea->setFrameShape(QFrame::NoFrame);
    sideArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideArea->setWidget(side);
    sideArea->setMinimumWidth(side->minimumWidth() +
                              sideArea->verticalScrollBar()->sizeHint().width());
    body->addWidget(sideArea);
    body->addWidget(charts);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 3);
    body->setSizes({340, 940});
    body->setObjectName(QStringLiteral("splitterDashboard"));
    gui::rememberSplitter(body, QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(body, 1);
    reload();
}

// The four charts, each with the note under it, in a grid of one or two columns (ChartGrid).
QWidget *DashboardView::makeCharts()
{
    auto *charts = new ChartGrid(this);
    charts->setObjectName(QStringLiteral("dashboardCharts"));
    const QStringList chartNames{QStringLiteral("gasChart"), QStringLiteral("gradeChart"),
                                 QStringLiteral("dimensionChart"),
                                 QStringLiteral("participantsChart")};
    QFont titleFont = font();
    titleFont.setBold(true);
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        // Numbers as the table writes them (a decimal comma in Dutch).
        chart->setLocalizeNumbers(true);
        chart->setTitleFont(titleFont);
        // The default margins and rounded corners take room the labels need.
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setBackgroundRoundness(0);
        chart->legend()->setAlignment(Qt::AlignTop);
        auto *cell = new QWidget;
        auto *view = new QChartView(chart, cell);
        view->setObjectName(chartNames.at(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(chartMinimumWidth, chartMinimumHeight);
        auto *note = new QLabel(cell);
        note->setWordWrap(true);
        note->setObjectName(chartNames.at(i) + QStringLiteral("Note"));
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(view, 1);
        cellLayout->addWidget(note);
        charts->addCell(cell);
        m_charts.append(view);
        m_chartNotes.append(note);
    }
    return charts;
}

DashboardView::~DashboardView() = default;

QString DashboardView::sourceText() const
{
    return m_source->text();
}

void DashboardView::reload()
{
    const std::optional<DashboardSnapshot> snapshot = DashboardRepository(m_register).latest();
    if (!snapshot) {
        showPreview();
        return;
    }
    display(snapshot->figures, snapshot->source, snapshot->fetchedAt);
}

void DashboardView::showPreview()
{
    QString error;
    const std::optional<QJsonObject> preview =
        DashboardPreview::compute(m_register, QDate::currentDate(), &error);
    if (!preview) {
        m_message->setText(error);
        return;
    }
    display(*preview, QStringLiteral("preview"), QDateTime::currentDateTimeUtc());
}

void DashboardView::refresh()
{
    QString error;
    const EndpointProfile profile = ConnectionSettings(m_register).load(&error);
    m_client = std::make_unique<EndpointClient>(profile);
    SyncError syncError;
    EndpointRequest *request = m_client->get(QStringLiteral("/api/v1/dashboard"), &syncError);
    if (!request) {
        m_message->setText(syncError.message);
        emit refreshed(false);
        return;
    }
    m_refresh->setEnabled(false);
    m_message->setText(tr("Fetching the figures…"));
    connect(request, &EndpointRequest::finished, this, [this](const EndpointResult &result) {
        m_refresh->setEnabled(true);
        if (!result.error.ok()) {
            m_message->setText(result.error.message);
            emit refreshed(false);
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (DashboardRepository(m_register).store(result.json, QStringLiteral("endpoint"), now) ==
            0) {
            m_message->setText(m_register.lastError().message());
            emit refreshed(false);
            return;
        }
        m_message->clear();
        display(result.json, QStringLiteral("endpoint"), now);
        emit refreshed(true);
    });
}

void DashboardView::display(const QJsonObject &figures, const QString &source,
                            const QDateTime &fetchedAt)
{
    if (source == QLatin1String("preview") || figures.value(QLatin1String("preview")).toBool())
        m_source->setText(tr("Local preview from the register: not submitted yet"));
    else
        m_source->setText(
            tr("Figures from the endpoint, fetched %1").arg(shownDateTime(fetchedAt)));
    fillTable(figures);
    fillCharts(figures);
    m_notes->setPeriod(path(figures, {"period"}).value(QLatin1String("start")).toString());
}

void DashboardView::fillTable(const QJsonObject &figures)
{
    const QList<FigureRow> rows = DashboardSummary::rows(figures);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList texts{rows.at(r).label, rows.at(r).own, rows.at(r).cluster};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(texts.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();
    fitAllRows(m_table);
}

void DashboardView::fillCharts(const QJsonObject &figures)
{
    const ChartSides sides(figures);
    for (QChartView *view : std::as_const(m_charts))
        view->chart()->setLocale(QLocale());
    fillGasChart(sides);
    fillGradeChart(sides);
    fillDimensionChart(sides);
    fillParticipantsChart(sides);

    // A screen reader cannot see the bars: each chart is named by its title and described by
    // its note; the figures themselves are read in the table beside it.
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setAccessibleName(m_charts.at(i)->chart()->title());
        m_charts.at(i)->setAccessibleDescription(m_chartNotes.at(i)->text());
    }
}

void DashboardView::fillGasChart(const ChartSides &sides)
{
    // GAS attainment: share of scores per outcome, all informants.
    const QStringList gasKeys{QStringLiteral("worse"), QStringLiteral("unchanged"),
                              QStringLiteral("partly"), QStringLiteral("reached")};
    const auto gasFigure = [&](const QJsonObject &side, int i) {
        return path(side, {"gas", "informants", "all"})
            .value(gasKeys.at(i))
            .toObject()
            .value(QLatin1String("share"))
            .toObject();
    };
    const ValueFormat percent{0, QStringLiteral(" %")};
    QChart *gas = m_charts.at(0)->chart();
    gas->setTitle(tr("GAS goal attainment (% of scores)"));
    // "all" is the parent and the client; the scores of any other informant code are counted
    // apart as "other" (core/dashboard/DashboardFigures.cpp), and the chart says so when there
    // are 10 or more of them on either side (fewer are hidden, and the table says so).
    const auto otherShown = [](const QJsonObject &side) {
        return FigureText::value(path(side, {"gas", "informants", "other", "scores"})).has_value();
    };
    const QString otherNote =
        otherShown(sides.own) || (sides.hasCluster && otherShown(sides.cluster))
            ? tr("Parent and client only: scores by other informants are counted apart "
                 "(see the table).")
            : QString();
    m_chartNotes.at(0)->setText(joinNotes(
        {otherNote,
         fillLabelledBars(gas, {tr("worse"), tr("unchanged"), tr("partly"), tr("reached")},
                          sides.series(gasFigure, 4, 100, "gas"), percent),
         sides.clusterNote}));
}

void DashboardView::fillGradeChart(const ChartSides &sides)
{
    const ValueFormat percent{0, QStringLiteral(" %")};
    // CEM+ grades: share of answers per band of adjacent grades (grades with few answers are
    // merged with their neighbours rather than left out). The own bands are the categories; the
    // cluster's are drawn beside them where they are the same bands.
    const QJsonArray ownBands = path(sides.own, {"cem"}).value(QLatin1String("grades")).toArray();
    const QJsonArray clusterBands =
        path(sides.cluster, {"cem"}).value(QLatin1String("grades")).toArray();
    const auto bandName = [](const QJsonObject &band) {
        const int from = band.value(QLatin1String("from")).toInt();
        const int to = band.value(QLatin1String("to")).toInt();
        return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
    };
    QStringList grades;
    QStringList merged;
    for (const QJsonValue &band : ownBands) {
        grades.append(bandName(band.toObject()));
        if (band.toObject().value(QLatin1String("from")) !=
            band.toObject().value(QLatin1String("to")))
            merged.append(grades.constLast());
    }
    bool sameBands = clusterBands.size() == ownBands.size();
    for (qsizetype i = 0; sameBands && i < ownBands.size(); ++i)
        sameBands = bandName(ownBands.at(i).toObject()) == bandName(clusterBands.at(i).toObject());
    const auto gradeFigure = [](const QJsonObject &side, int i) {
        return path(side, {"cem"})
            .value(QLatin1String("grades"))
            .toArray()
            .at(i)
            .toObject()
            .value(QLatin1String("share"))
            .toObject();
    };
    QList<Bars> gradeSeries =
        sides.series(gradeFigure, static_cast<int>(grades.size()), 100, "cem");
    QString bandNote;
    if (gradeSeries.size() > 1 && !sameBands && sides.clusterWithheld("cem").isEmpty()) {
        gradeSeries.removeLast();
        bandNote = tr("The cluster's grades are merged into other bands, so they are not drawn "
                      "beside these.");
    }
    QChart *gradeChart = m_charts.at(1)->chart();
    clearChart(gradeChart);
    gradeChart->setTitle(tr("CEM+ usefulness grade (% of answers)"));
    auto *gradeBars = new QBarSeries(gradeChart);
    addSets(gradeBars, gradeSeries, percent);
    gradeBars->setBarWidth(0.8);
    addTooltips(gradeBars, grades, gradeSeries, percent);
    gradeChart->addSeries(gradeBars);
    auto *gradeAxis = new QBarCategoryAxis(gradeChart);
    gradeAxis->append(grades);
    gradeAxis->setGridLineVisible(false);
    auto *shareAxis = new QValueAxis(gradeChart);
    shareAxis->setRange(0, highest(gradeSeries, 10));
    shareAxis->applyNiceNumbers();
    // "%d" gives empty labels once the chart localises its numbers (Qt 6.4).
    shareAxis->setLabelFormat(QStringLiteral("%.0f"));
    gradeChart->addAxis(gradeAxis, Qt::AlignBottom);
    gradeChart->addAxis(shareAxis, Qt::AlignLeft);
    gradeBars->attachAxis(gradeAxis);
    gradeBars->attachAxis(shareAxis);
    gradeChart->legend()->setVisible(gradeSeries.size() > 1);
    m_chartNotes.at(1)->setText(joinNotes(
        {merged.isEmpty() ? QString()
                          : tr("Merged: grades %1, each with fewer than 10 answers on its own.")
                                .arg(merged.join(QLatin1String(", "))),
         bandNote, suppressedNote(grades, gradeSeries), sides.clusterNote}));
}

void DashboardView::fillDimensionChart(const ChartSides &sides)
{
    // Dimension means on the four-point scale.
    QStringList dimensionNames;
    for (const QJsonValue &dimension :
         path(sides.own, {"cem"}).value(QLatin1String("dimensions")).toArray())
        dimensionNames.append(
            dimensionName(dimension.toObject().value(QLatin1String("dimension")).toString()));
    const auto dimensionFigure = [](const QJsonObject &side, int i) {
        return path(side, {"cem"})
            .value(QLatin1String("dimensions"))
            .toArray()
            .at(i)
            .toObject()
            .value(QLatin1String("mean"))
            .toObject();
    };
    QChart *dimensions = m_charts.at(2)->chart();
    dimensions->setTitle(tr("CEM+ dimensions (mean, 1-4)"));
    m_chartNotes.at(2)->setText(
        joinNotes({fillLabelledBars(dimensions, dimensionNames,
                                    sides.series(dimensionFigure,
                                                 static_cast<int>(dimensionNames.size()), 1, "cem"),
                                    ValueFormat{1, {}}),
                   sides.clusterNote}));
}

void DashboardView::fillParticipantsChart(const ChartSides &sides)
{
    // Participants over time: starts per month, or per quarter or year where the months were
    // too small to show (merged before blanked), own only (a cluster's months are not
    // shared). The last twelve periods: enough to see a trend. Each bar has its number; every
    // third period is named, counted back from the newest, as twelve names do not fit.
    const QJsonObject startedTable = path(sides.own, {"participants", "started"});
    const QString unit = startedTable.value(QLatin1String("unit")).toString();
    QJsonArray periods = startedTable.value(QLatin1String("periods")).toArray();
    while (periods.size() > 12)
        periods.removeFirst();
    QStringList periodNames;
    Bars started{sides.ownName, {}, {}};
    for (const QJsonValue &period : periods) {
        const QString name = period.toObject().value(QLatin1String("period")).toString();
        if (unit == QLatin1String("month"))
            periodNames.append(monthLabel(name, QStringLiteral("yy")));
        else if (unit == QLatin1String("year"))
            periodNames.append(monthLabel(period.toObject().value(QLatin1String("from")).toString(),
                                          QStringLiteral("yyyy")) +
                               QStringLiteral(" – ") +
                               monthLabel(period.toObject().value(QLatin1String("to")).toString(),
                                          QStringLiteral("yyyy")));
        else
            periodNames.append(name);
        started.append(period.toObject().value(QLatin1String("started")).toObject(), 1);
    }
    const ValueFormat count{0, {}};
    QChart *participants = m_charts.at(3)->chart();
    clearChart(participants);
    QString mergeNote;
    if (unit == QLatin1String("quarter")) {
        participants->setTitle(tr("Participants started per quarter (last four quarters)"));
        mergeNote = tr("Merged: months into quarters, as some months had fewer than 10 starts.");
    } else if (unit == QLatin1String("year")) {
        participants->setTitle(tr("Participants started in the last four quarters"));
        mergeNote =
            tr("Merged: the months of the last four quarters into one, as some quarters had fewer "
               "than 10 starts.");
    } else {
        participants->setTitle(tr("Participants started per month (last four quarters)"));
    }
    auto *startedBars = new QBarSeries(participants);
    addSets(startedBars, {started}, count);
    startedBars->setLabelsVisible(true);
    startedBars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    startedBars->setBarWidth(0.7);
    addTooltips(startedBars, periodNames, {started}, count);
    participants->addSeries(startedBars);
    // A value axis with named ranges in place of a category axis, which names every bar. Bar i
    // stands at x = i; a range ending on a bar puts its name under that bar.
    auto *periodAxis = new QCategoryAxis(participants);
    periodAxis->setRange(-0.5, static_cast<double>(periods.size()) - 0.5);
    periodAxis->setStartValue(-0.5);
    periodAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    periodAxis->setGridLineVisible(false);
    const qsizetype step = periods.size() > 4 ? 3 : 1;
    for (qsizetype i = (periods.size() - 1) % step; i < periods.size(); i += step)
        periodAxis->append(periodNames.at(i), static_cast<double>(i));
    auto *startedAxis = new QValueAxis(participants);
    startedAxis->setRange(0, highest({started}, 10) * 1.2);
    startedAxis->setVisible(false);
    participants->addAxis(periodAxis, Qt::AlignBottom);
    participants->addAxis(startedAxis, Qt::AlignLeft);
    startedBars->attachAxis(periodAxis);
    startedBars->attachAxis(startedAxis);
    setLabelColour(startedBars, periodAxis->labelsColor());
    participants->legend()->setVisible(false);
    m_chartNotes.at(3)->setText(joinNotes({mergeNote, suppressedNote(periodNames, {started})}));
}

} // namespace veldboek::gui
