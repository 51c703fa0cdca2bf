// What a screen reader needs from the windows (issue 20, item 6), checked in the real widgets:
// every control has a name the reader can say, Tab follows the order the form shows, and an
// inline error becomes the field's accessible description. The running program is read through
// AT-SPI by tests/gui/atspi/participant_form_reader.py; this suite covers every form.
#include "CreateRegisterDialog.h"
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "MainWindow.h"
#include "dashboard/DashboardView.h"
#include "import/ImportWizard.h"
#include "participants/FieldEditor.h"
#include "participants/ParticipantForm.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
           qobject_cast<QTextEdit *>(w) || qobject_cast<QChartView *>(w);
}

// The name a reader says: the accessible name, or the text of the label that is the control's
// buddy, or (buttons only) the button's own text. A combo box's current item or a line's
// placeholder is not a name: Qt would fall back on them, a reader user would not know the field.
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    const auto labels = w->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }
    return {};
}

// The controls shown in `root` that a reader could not name.
QStringList unnamed(QWidget *root)
{
    QStringList result;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isControl(w))
            continue;
        // Parts of a composite that its owner names: a combo's line, a tab bar's scroll arrows,
        // a table's headers and corner button (the reader gets the headers as the cells'
        // column names).
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QTabBar *>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        if (spokenName(w).trimmed().isEmpty())
            result.append(describe(w));
    }
    return result;
}

bool isTabStop(QWidget *w, const QWidget *root)
{
    return root->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
           (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// The widgets Tab visits in `root`, from the first, in the order Qt's focus chain has them.
QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *start = root;
    QWidget *w = start->nextInFocusChain();
    while (w && w != start && chain.size() < 1000) {
        if (isTabStop(w, root) && !chain.contains(w))
            chain.append(w);
        w = w->nextInFocusChain();
    }
    return chain;
}

// Each step of Tab goes right on the same line, or down, or up to the top of the next column to
// the right (the CEM+ answers stand in columns): the order in which the form is read.
QStringList outOfReadingOrder(QWidget *root)
{
    QStringList result;
    const QList<QWidget *> chain = tabChain(root);
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        const QRect a(chain.at(i)->mapTo(root->window(), QPoint()), chain.at(i)->size());
        const QRect b(chain.at(i + 1)->mapTo(root->window(), QPoint()), chain.at(i + 1)->size());
        const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
        const bool sameLine = overlap > std::min(a.height(), b.height()) / 2;
        const bool inOrder =
            sameLine ? b.left() > a.left() : b.top() > a.top() || b.left() > a.right();
        if (!inOrder)
            result.append(describe(chain.at(i)) + QStringLiteral(" -> ") +
                          describe(chain.at(i + 1)));
    }
    return result;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePage();
    void participantFormAndOutcomeTabs();
    void inlineErrorIsTheFieldsDescription();
    void createRegisterDialog();
    void importWizardFirstPage();
    void dashboardChartsAreNamed();

private:
    void openWindow(MainWindow &window, int participants);
    std::unique_ptr<GuiTestRegister> m_env;
};

void TestAccessibility::initTestCase()
{
    setCurrentLanguage(QStringLiteral("en"));
}

void TestAccessibility::init()
{
    m_env = std::make_unique<GuiTestRegister>();
    QVERIFY(m_env->isValid());
}

void TestAccessibility::cleanup()
{
    m_env.reset();
}

void TestAccessibility::openWindow(MainWindow &window, int participants)
{
    QList<Participant> people;
    for (int i = 1; i <= participants; ++i)
        people.append(validParticipant(i));
    QVERIFY(m_env->create(QStringLiteral("a11y"), people));
    window.resize(1280, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openAtStartup(m_env->path(QStringLiteral("a11y")), GuiTestRegister::Passphrase);
    QVERIFY(window.currentRegister());
}

void TestAccessibility::welcomePage()
{
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<QWidget *>(QStringLiteral("pageWelcome"));
    QVERIFY(page && page->isVisible());
    QVERIFY2(unnamed(page).isEmpty(), qPrintable(unnamed(page).join(QLatin1Char('\n'))));
    QVERIFY2(tabChain(page).size() >= 4, "the four ways in are reached with Tab");
    QVERIFY2(outOfReadingOrder(page).isEmpty(),
             qPrintable(outOfReadingOrder(page).join(QLatin1Char('\n'))));
}

void TestAccessibility::participantFormAndOutcomeTabs()
{
    MainWindow window;
    openWindow(window, 2);
    ParticipantForm *form = window.participantForm();
    auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QVERIFY(tabs);
    // The main window's own controls (search, filter, table) and each tab of the form.
    auto *page = window.findChild<QWidget *>(QStringLiteral("pageRegister"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString where = tabs->tabText(i);
        QVERIFY2(unnamed(page).isEmpty(),
                 qPrintable(where + QLatin1Char('\n') + unnamed(page).join(QLatin1Char('\n'))));
        QWidget *current = tabs->currentWidget();
        QVERIFY2(tabChain(current).size() >= 2, qPrintable(where));
        QVERIFY2(outOfReadingOrder(current).isEmpty(),
                 qPrintable(where + QLatin1Char('\n') +
                            outOfReadingOrder(current).join(QLatin1Char('\n'))));
    }
    // The participant tab's fields are named by their labels, in the spec's words.
    tabs->setCurrentIndex(0);
    QCOMPARE(form->editor(QStringLiteral("leeftijd"))->focusWidget()->accessibleName(),
             QStringLiteral("Age"));
    QCOMPARE(form->editor(QStringLiteral("geboortedatum"))->focusWidget()->accessibleName(),
             QStringLiteral("Date of birth"));
}

void TestAccessibility::inlineErrorIsTheFieldsDescription()
{
    MainWindow window;
    openWindow(window, 1);
    FieldEditor *number = window.participantForm()->editor(QStringLiteral("huisnummer"));
    QWidget *input = number->focusWidget();
    const QString help = input->accessibleDescription();
    QVERIFY(!help.isEmpty());
    auto *line = qobject_cast<QLineEdit *>(input);
    QVERIFY(line && line->isVisible());
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("12a"));
    // The message as the reader gets it: what is shown under the field, said to be an error.
    QTRY_VERIFY(number->messageLabel()->isVisible());
    const QString described = input->accessibleDescription();
    QVERIFY2(described.startsWith(QLatin1String("Error: ")), qPrintable(described));
    QVERIFY2(described.size() > 12 && described != help, qPrintable(described));
    QVERIFY2(number->messageLabel()->text().contains(described.mid(7).toHtmlEscaped()),
             qPrintable(number->messageLabel()->text()));
    // Typing on under the same message says nothing new; fixing it gives the help back.
    QTest::keyClicks(line, QStringLiteral("b"));
    QCOMPARE(input->accessibleDescription(), described);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("17"));
    QTRY_VERIFY(!number->messageLabel()->isVisible());
    QCOMPARE(input->accessibleDescription(), help);
}

void TestAccessibility::createRegisterDialog()
{
    CreateRegisterDialog dialog({Keychain::Status::Ok, {}}, m_env->path(QString()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(unnamed(&dialog).isEmpty(), qPrintable(unnamed(&dialog).join(QLatin1Char('\n'))));
    QVERIFY2(outOfReadingOrder(&dialog).isEmpty(),
             qPrintable(outOfReadingOrder(&dialog).join(QLatin1Char('\n'))));
    // With the passphrase chosen, its fields join the order where they are shown.
    auto *passphrase = dialog.findChild<QAbstractButton *>(QStringLiteral("radioPassphrase"));
    QVERIFY(passphrase);
    passphrase->click();
    QCoreApplication::processEvents();
    QVERIFY2(unnamed(&dialog).isEmpty(), qPrintable(unnamed(&dialog).join(QLatin1Char('\n'))));
    QVERIFY2(outOfReadingOrder(&dialog).isEmpty(),
             qPrintable(outOfReadingOrder(&dialog).join(QLatin1Char('\n'))));
}

void TestAccessibility::importWizardFirstPage()
{
    QList<Participant> none;
    auto reg = m_env->create(QStringLiteral("import"), none);
    QVERIFY(reg);
    SpecError error;
    const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &error);
    QVERIFY(spec);
    const auto mdt = std::make_shared<const Validator>(*spec, QString(), QDate::currentDate(),
                                                       QStringLiteral("en"));
    ImportWizard wizard(*reg, [&](const QString &) { return mdt.get(); });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY2(unnamed(&wizard).isEmpty(), qPrintable(unnamed(&wizard).join(QLatin1Char('\n'))));
    QWidget *page = wizard.currentPage();
    QVERIFY2(outOfReadingOrder(page).isEmpty(),
             qPrintable(outOfReadingOrder(page).join(QLatin1Char('\n'))));
}

void TestAccessibility::dashboardChartsAreNamed()
{
    QList<Participant> people;
    auto reg = m_env->create(QStringLiteral("dashboard"), people);
    QVERIFY(reg);
    DashboardView view(*reg);
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.charts().size(), 4);
    QVERIFY2(unnamed(&view).isEmpty(), qPrintable(unnamed(&view).join(QLatin1Char('\n'))));
    for (QChartView *chart : view.charts())
        QVERIFY2(!chart->accessibleDescription().isEmpty() || !chart->accessibleName().isEmpty(),
                 qPrintable(chart->objectName()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
