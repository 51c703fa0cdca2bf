// veldboek-gui-benchmark [N] [--register FILE]
// Prints the figures of issue 4 on a generated register of N participants (default 100,000):
// launch to the table showing rows, the background check, filtering "has problems", search,
// scrolling, keystroke to message (median and 95th percentile) and peak memory. With
// --register, an existing demo register is used (passphrase "benchmark") or made once.
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "check/RegisterCheck.h"
#include "demo/DemoGenerator.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/Register.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace veldboek;
using namespace veldboek::gui;

namespace {

const QByteArray Passphrase = "benchmark";

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void print(const QString &what, double value, const QString &unit)
{
    out() << what.leftJustified(46) << QString::number(value, 'f', 1) << ' ' << unit << Qt::endl;
}

qint64 peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekBenchmark"));
    QApplication::setApplicationName(QStringLiteral("Veldboek"));
    QStandardPaths::setTestModeEnabled(true);
    installTranslator(app, QStringLiteral("nl"));
    setCurrentLanguage(QStringLiteral("nl"));

    QStringList arguments = app.arguments().mid(1);
    QString path;
    const qsizetype registerOption = arguments.indexOf(QStringLiteral("--register"));
    if (registerOption >= 0 && registerOption + 1 < arguments.size()) {
        path = QFileInfo(arguments.at(registerOption + 1)).absoluteFilePath();
        arguments.remove(registerOption, 2);
    }
    const int count = arguments.isEmpty() ? 100000 : arguments.first().toInt();
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("benchmark.veldboek"));

    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Passphrase, Passphrase}, &error);
        if (!reg || !DemoGenerator().fill(*reg, count)) {
            out() << "could not make the register: " << error.message() << Qt::endl;
            return 2;
        }
        print(QStringLiteral("generate %1 participants").arg(count), timer.elapsed() / 1000.0,
              QStringLiteral("s"));
    }

    // Launch to rows: the window, the key derivation and opening, the first page painted.
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>();
    window->setAutoLockInterval(0);
    window->resize(1280, 800);
    window->show();
    window->openRegister(path, Passphrase);
    auto *table = window->findChild<QTableView *>(QStringLiteral("tableParticipants"));
    ParticipantTableModel *model = window->participantModel();
    while (model->rowCount() == 0 || !table->isVisible())
        QCoreApplication::processEvents();
    table->viewport()->repaint(); // the rows' data is fetched as they are painted
    const double launch = timer.elapsed();
    print(QStringLiteral("launch to the table showing rows"), launch, QStringLiteral("ms"));
    {
        QElapsedTimer keyTimer;
        keyTimer.start();
        RegisterError error;
        const bool opened = KeyStore::open(path, Passphrase, &error) != nullptr;
        Q_UNUSED(opened)
        print(QStringLiteral("  of which unlocking (passphrase key derivation)"),
              keyTimer.elapsed(), QStringLiteral("ms"));
    }
    print(QStringLiteral("participants in the table"), model->rowCount(), QString());

    timer.restart();
    while (window->registerCheck()->finishedRuns() == 0)
        QTest::qWait(5);
    print(QStringLiteral("full register check (background)"), timer.elapsed(),
          QStringLiteral("ms"));
    print(QStringLiteral("problems found"), window->registerCheck()->result().problems.size(),
          QString());

    auto *problemsOnly = window->findChild<QCheckBox *>(QStringLiteral("checkBoxProblemsOnly"));
    timer.restart();
    problemsOnly->setChecked(true);
    table->viewport()->repaint();
    print(QStringLiteral("filter \"has problems\""), timer.elapsed(), QStringLiteral("ms"));
    print(QStringLiteral("participants with problems"), model->rowCount(), QString());
    problemsOnly->setChecked(false);

    timer.restart();
    model->setSearch(QStringLiteral("jan"));
    table->viewport()->repaint();
    print(QStringLiteral("search by name (\"jan\")"), timer.elapsed(), QStringLiteral("ms"));
    model->setSearch({});

    // Scrolling: forty screens from the top to the bottom, each painted with fresh rows.
    QScrollBar *bar = table->verticalScrollBar();
    timer.restart();
    const int steps = 40;
    for (int i = 1; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        table->viewport()->repaint();
    }
    print(QStringLiteral("scroll: one screen of new rows, mean"), double(timer.elapsed()) / steps,
          QStringLiteral("ms"));

    timer.restart();
    model->sort(ParticipantTableModel::LastName, Qt::AscendingOrder);
    table->viewport()->repaint();
    print(QStringLiteral("sort by last name"), timer.elapsed(), QStringLiteral("ms"));

    // Keystroke to message: typing a citizen service number in a new participant's form.
    window->newParticipant();
    auto *bsn = window->findChild<QLineEdit *>(QStringLiteral("field_bsn"));
    auto *message = window->findChild<QLabel *>(QStringLiteral("message_bsn"));
    bsn->setFocus();
    QList<double> times;
    const QString digits = QStringLiteral("123456789");
    for (int round = 0; round < 40; ++round) {
        bsn->clear();
        Q_EMIT bsn->textEdited(QString());
        for (const QChar digit : digits) {
            QElapsedTimer keystroke;
            keystroke.start();
            QTest::keyClick(bsn, digit.toLatin1());
            message->repaint();
            times.append(keystroke.nsecsElapsed() / 1e6);
        }
    }
    std::sort(times.begin(), times.end());
    print(QStringLiteral("keystroke to message shown, median"), times.at(times.size() / 2),
          QStringLiteral("ms"));
    print(QStringLiteral("keystroke to message shown, 95th percentile"),
          times.at(times.size() * 95 / 100), QStringLiteral("ms"));
    print(QStringLiteral("peak memory (resident)"), peakKilobytes() / 1024.0, QStringLiteral("MB"));
    window->participantForm()->revert();
    return 0;
}
