// One locale from the chosen language (issue 20, item 4): run under LANG=C and LC_ALL=C
// (tests/gui/CMakeLists.txt), the dashboard's charts and table and the participants table write
// numbers, month names and dates as the language the user chose does, never as the system's
// "C" locale would. The command line's side is in tests/sync/tst_sync.cpp (cliSyncAndDashboard).
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "Localization.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoGenerator.h"
#include "storage/Register.h"
#include "sync/DashboardPreview.h"
#include "sync/SubmissionReminder.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

// Every text drawn in a chart: title, axis labels, the numbers on the bars.
QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    return texts;
}

// A number with one decimal, as the figures are written: "7,2" in Dutch, "7.2" in English. A
// group separator ("1.500", "1,500") is followed by three digits, so it does not match.
const QRegularExpression DutchDecimal(QStringLiteral("\\d,\\d(?!\\d)"));
const QRegularExpression EnglishDecimal(QStringLiteral("\\d\\.\\d(?!\\d)"));

} // namespace

class TestUiLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dashboardFollowsTheLanguage_data();
    void dashboardFollowsTheLanguage();

private:
    std::unique_ptr<GuiTestRegister> m_env;
    std::unique_ptr<Register> m_register;
};

void TestUiLocale::initTestCase()
{
    // The point of the suite: the system says nothing about the language.
    QCOMPARE(qgetenv("LC_ALL"), QByteArray("C"));
    m_env = std::make_unique<GuiTestRegister>();
    QList<Participant> none;
    m_register = m_env->create(QStringLiteral("locale"), none);
    QVERIFY(m_register);
    // Enough starts a month (since 2022) that the chart of starts keeps months, not quarters.
    DemoGenerator demo(QDate::currentDate(), 20);
    demo.setMistakes(false);
    QVERIFY(demo.fill(*m_register, 1500));
}

void TestUiLocale::dashboardFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("date");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) "
                                          "\\d\\d$")
                        << QStringLiteral("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|"
                                          "Oct|Nov|Dec) \\d{4}\\b");
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringLiteral("^(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) "
                                          "\\d\\d$")
                        << QStringLiteral("\\b\\d\\d-\\d\\d-\\d{4}\\b");
}

void TestUiLocale::dashboardFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, month);
    QFETCH(QString, date);
    // What the program does at start (app/gui/main.cpp).
    installTranslator(*qApp, language);
    setCurrentLanguage(language);
    const QRegularExpression own = language == QLatin1String("nl") ? DutchDecimal : EnglishDecimal;
    const QRegularExpression other =
        language == QLatin1String("nl") ? EnglishDecimal : DutchDecimal;

    DashboardView view(*m_register);
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab(); // lays out and paints every chart
    QCOMPARE(view.charts().size(), 4);

    // Months on the axis of starts in the language's words (every third period is named).
    auto *started = view.findChild<QChartView *>(QStringLiteral("participantsChart"));
    QVERIFY(started);
    QStringList months;
    for (QAbstractAxis *a : started->chart()->axes()) {
        if (auto *categories = qobject_cast<QCategoryAxis *>(a))
            months += categories->categoriesLabels();
    }
    QVERIFY2(months.size() >= 3, qPrintable(months.join(QLatin1String(", "))));
    for (const QString &name : std::as_const(months))
        QVERIFY2(QRegularExpression(month).match(name).hasMatch(), qPrintable(name));

    // No chart writes the other language's decimal separator (a mean of 3.0 is drawn "3", so
    // the charts need not have a decimal at all; the table below has them).
    QStringList texts;
    for (QChartView *chart : view.charts())
        texts += drawnTexts(chart);
    const QString drawn = texts.join(QLatin1Char('|'));
    QVERIFY2(!drawn.contains(other), qPrintable(drawn));

    // The table of figures likewise.
    QStringList cells;
    QTableWidget *table = view.figuresTable();
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 1; c < table->columnCount(); ++c)
            cells.append(table->item(r, c)->text());
    }
    const QString written = cells.join(QLatin1Char('|'));
    QVERIFY2(written.contains(own), qPrintable(written));
    QVERIFY2(!written.contains(other), qPrintable(written));

    // Dates as the language writes them: the period of the notes, the moment the figures were
    // fetched, the reminder of the status bar (core/Localization.cpp, shownDate).
    const QRegularExpression datePattern(date);
    auto *notes = view.findChild<QGroupBox *>(QStringLiteral("notesBox"));
    QVERIFY(notes);
    QVERIFY2(datePattern.match(notes->title()).hasMatch(), qPrintable(notes->title()));
    QString error;
    std::optional<QJsonObject> figures =
        DashboardPreview::compute(*m_register, QDate::currentDate(), &error);
    QVERIFY2(figures, qPrintable(error));
    figures->remove(QStringLiteral("preview"));
    view.display(*figures, QStringLiteral("endpoint"),
                 QDateTime(QDate(2026, 11, 3), QTime(14, 5), Qt::UTC));
    const QString source = view.findChild<QLabel *>(QStringLiteral("dashboardSource"))->text();
    QVERIFY2(datePattern.match(source).hasMatch(), qPrintable(source));
    const QString reminder =
        SubmissionReminder::status(QDateTime(QDate(2026, 11, 1), QTime(12, 0)),
                                   QDateTime(QDate(2026, 11, 20), QTime(12, 0)))
            .text;
    QVERIFY2(datePattern.match(reminder).hasMatch(), qPrintable(reminder));
    QCOMPARE(shownDate(QDate(2026, 11, 1)), language == QLatin1String("nl")
                                                ? QStringLiteral("01-11-2026")
                                                : QStringLiteral("1 Nov 2026"));
}

QTEST_MAIN(TestUiLocale)
#include "tst_uilocale.moc"
