#include "DashboardView.h"

#include "NotesPanel.h"
#include "storage/DashboardRepository.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"
#include "sync/DashboardPreview.h"
#include "sync/FigureText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace veldboek {

namespace {

// One series of a bar chart: per category a value, or nullopt where the figure is suppressed.
struct Bars
{
    QString name;
    QList<std::optional<double>> values;
};

QJsonObject path(const QJsonObject &json, std::initializer_list<const char *> keys)
{
    QJsonObject object = json;
    for (const char *key : keys)
        object = object.value(QLatin1String(key)).toObject();
    return object;
}

// Fills `chart` with grouped bars. Suppressed figures get no bar (a 0 would be a figure); the
// returned text lists them as "fewer than 10" under the chart.
QString fillBars(QChart *chart, const QStringList &categories, const QList<Bars> &series,
                 double maximum)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *bars = new QBarSeries(chart);
    QStringList suppressed;
    for (const Bars &data : series) {
        auto *set = new QBarSet(data.name, bars);
        QStringList hidden;
        for (qsizetype i = 0; i < data.values.size(); ++i) {
            *set << data.values.at(i).value_or(0);
            if (!data.values.at(i))
                hidden.append(categories.value(i));
        }
        bars->append(set);
        // Short enough to read under a chart: every one, a few by name, or how many.
        if (hidden.isEmpty())
            continue;
        if (hidden.size() == data.values.size())
            suppressed.append(QCoreApplication::translate("sync", "%1: all").arg(data.name));
        else if (hidden.size() <= 4)
            suppressed.append(data.name + QStringLiteral(": ") + hidden.join(QLatin1String(", ")));
        else
            suppressed.append(QCoreApplication::translate("sync", "%1: %2 of %3")
                                  .arg(data.name)
                                  .arg(hidden.size())
                                  .arg(data.values.size()));
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, maximum);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    if (suppressed.isEmpty())
        return {};
    return QCoreApplication::translate("sync", "Not drawn, %1: %2")
        .arg(FigureText::suppressedText(), suppressed.join(QLatin1String("; ")));
}

} // namespace

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
    m_message->setWordWrap(true);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Own"), tr("Cluster")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumWidth(380);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_preview, &QPushButton::clicked, this, &DashboardView::showPreview);

    auto *charts = new QGridLayout;
    const QStringList chartNames{QStringLiteral("gasChart"), QStringLiteral("gradeChart"),
                                 QStringLiteral("dimensionChart"),
                                 QStringLiteral("participantsChart")};
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *view = new QChartView(chart, this);
        view->setObjectName(chartNames.at(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, 240);
        auto *note = new QLabel(this);
        note->setWordWrap(true);
        note->setObjectName(chartNames.at(i) + QStringLiteral("Note"));
        auto *cell = new QVBoxLayout;
        cell->addWidget(view, 1);
        cell->addWidget(note);
        charts->addLayout(cell, i / 2, i % 2);
        m_charts.append(view);
        m_chartNotes.append(note);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_preview);
    top->addWidget(m_refresh);
    auto *side = new QVBoxLayout;
    side->addWidget(m_table, 1);
    side->addWidget(m_notes);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addLayout(charts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    reload();
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
            tr("Figures from the endpoint, fetched %1")
                .arg(fetchedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    fillTable(figures);
    fillCharts(figures);
    m_notes->setPeriod(path(figures, {"period"}).value(QLatin1String("start")).toString());
}

void DashboardView::fillTable(const QJsonObject &figures)
{
    const QList<FigureRow> rows = DashboardSummary::rows(figures);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).label));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).own));
        m_table->setItem(r, 2, new QTableWidgetItem(rows.at(r).cluster));
    }
    m_table->resizeRowsToContents();
}

void DashboardView::fillCharts(const QJsonObject &figures)
{
    const QJsonObject own = figures.value(QLatin1String("own")).toObject();
    const QJsonObject cluster = figures.value(QLatin1String("cluster")).toObject();
    const bool hasCluster = !cluster.isEmpty();
    const QString ownName = tr("Own");
    const QString clusterName = tr("Cluster");
    const auto series = [&](const std::function<QJsonObject(const QJsonObject &)> &figure,
                            int count, double scale) {
        QList<Bars> result;
        for (const auto &[name, side] :
             {std::pair{ownName, own}, std::pair{clusterName, cluster}}) {
            if (name == clusterName && !hasCluster)
                continue;
            Bars bars{name, {}};
            for (int i = 0; i < count; ++i) {
                const std::optional<double> value =
                    FigureText::value(figure(side).value(QString::number(i)).toObject());
                bars.values.append(value ? std::optional<double>(*value * scale) : std::nullopt);
            }
            result.append(bars);
        }
        return result;
    };

    // GAS attainment: share of scores per outcome, all informants.
    const QStringList gasKeys{QStringLiteral("worse"), QStringLiteral("unchanged"),
                              QStringLiteral("partly"), QStringLiteral("reached")};
    const auto gasFigure = [&](const QJsonObject &side) {
        QJsonObject byIndex;
        const QJsonObject all = path(side, {"gas", "informants", "all"});
        for (int i = 0; i < gasKeys.size(); ++i)
            byIndex.insert(QString::number(i),
                           all.value(gasKeys.at(i)).toObject().value(QLatin1String("share")));
        return byIndex;
    };
    QChart *gas = m_charts.at(0)->chart();
    gas->setTitle(tr("GAS goal attainment (% of scores)"));
    m_chartNotes.at(0)->setText(
        fillBars(gas, {tr("worse"), tr("unchanged"), tr("partly"), tr("reached")},
                 series(gasFigure, 4, 100), 100));

    // CEM+ grades 1-10: share of answers per grade.
    const auto gradeFigure = [](const QJsonObject &side) {
        QJsonObject byIndex;
        for (const QJsonValue &grade : path(side, {"cem"}).value(QLatin1String("grades")).toArray())
            byIndex.insert(
                QString::number(grade.toObject().value(QLatin1String("grade")).toInt() - 1),
                grade.toObject().value(QLatin1String("share")));
        return byIndex;
    };
    QStringList grades;
    for (int g = 1; g <= 10; ++g)
        grades.append(QString::number(g));
    QChart *gradeChart = m_charts.at(1)->chart();
    gradeChart->setTitle(tr("CEM+ usefulness grade (% of answers)"));
    m_chartNotes.at(1)->setText(fillBars(gradeChart, grades, series(gradeFigure, 10, 100), 100));

    // Dimension means on the four-point scale.
    QStringList dimensionNames;
    for (const QJsonValue &dimension :
         path(own, {"cem"}).value(QLatin1String("dimensions")).toArray())
        dimensionNames.append(dimension.toObject().value(QLatin1String("dimension")).toString());
    const auto dimensionFigure = [](const QJsonObject &side) {
        QJsonObject byIndex;
        int i = 0;
        for (const QJsonValue &dimension :
             path(side, {"cem"}).value(QLatin1String("dimensions")).toArray())
            byIndex.insert(QString::number(i++), dimension.toObject().value(QLatin1String("mean")));
        return byIndex;
    };
    QChart *dimensions = m_charts.at(2)->chart();
    dimensions->setTitle(tr("CEM+ dimensions (mean, 1-4)"));
    m_chartNotes.at(2)->setText(
        fillBars(dimensions, dimensionNames,
                 series(dimensionFigure, static_cast<int>(dimensionNames.size()), 1), 4));

    // Participants over time: starts per month, own only (a cluster's months are not shared).
    // The last twelve months: enough to see a trend, few enough to read the labels.
    QJsonArray months =
        path(own, {"participants"}).value(QLatin1String("startedPerMonth")).toArray();
    while (months.size() > 12)
        months.removeFirst();
    QStringList monthNames;
    Bars started{ownName, {}};
    double highest = 10;
    for (const QJsonValue &month : months) {
        const QString name = month.toObject().value(QLatin1String("month")).toString();
        monthNames.append(
            QLocale().toString(QDate::fromString(name + QStringLiteral("-01"), Qt::ISODate),
                               QStringLiteral("MMM yy")));
        const std::optional<double> value =
            FigureText::value(month.toObject().value(QLatin1String("started")).toObject());
        started.values.append(value);
        highest = std::max(highest, value.value_or(0));
    }
    QChart *participants = m_charts.at(3)->chart();
    participants->setTitle(tr("Participants started per month (last 12 months)"));
    m_chartNotes.at(3)->setText(fillBars(participants, monthNames, {started}, highest * 1.1));
}

} // namespace veldboek
