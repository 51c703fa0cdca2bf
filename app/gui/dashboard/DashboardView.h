#pragma once

#include "sync/EndpointClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>
#include <memory>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace veldboek {
class Register;
} // namespace veldboek

namespace veldboek::gui {

class NotesPanel;
struct ChartSides;

// The dashboard: the figures pulled back from the endpoint (own beside cluster) as a table and
// four charts (GAS attainment, CEM+ grade distribution, dimension means, participants over
// time), the date they were fetched, and per period the notes on the four discussion questions.
// The charts sit in a scroll area that puts them in two columns when there is room and in one
// when the window is narrow, so no chart is squeezed until its labels no longer fit.
// Without figures yet, or on request, a local preview made with the endpoint's own code, marked
// "not submitted yet". A suppressed figure reads "fewer than 10", and is not drawn as a 0.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Register &reg, QWidget *parent = nullptr);
    ~DashboardView() override;

    // The newest stored figures, or the preview when none were pulled back yet.
    void reload();
    void showPreview();
    // Pulls the figures from the endpoint, stores them and shows them.
    void refresh();
    void display(const QJsonObject &figures, const QString &source, const QDateTime &fetchedAt);

    QString sourceText() const;
    QTableWidget *figuresTable() const { return m_table; }
    QList<QChartView *> charts() const { return m_charts; }

signals:
    void refreshed(bool ok);

private:
    void fillTable(const QJsonObject &figures);
    QWidget *makeCharts();
    void fillCharts(const QJsonObject &figures);
    // One chart each, with the note under it (DashboardView.cpp).
    void fillGasChart(const ChartSides &sides);
    void fillGradeChart(const ChartSides &sides);
    void fillDimensionChart(const ChartSides &sides);
    void fillParticipantsChart(const ChartSides &sides);

    Register &m_register;
    QLabel *m_source;
    QLabel *m_message;
    QPushButton *m_refresh;
    QPushButton *m_preview;
    QTableWidget *m_table;
    QList<QChartView *> m_charts;
    QList<QLabel *> m_chartNotes;
    NotesPanel *m_notes;
    std::unique_ptr<EndpointClient> m_client;
};

} // namespace veldboek::gui
