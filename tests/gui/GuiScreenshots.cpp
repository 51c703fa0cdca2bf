// veldboek-gui-screenshots REGISTER PASSPHRASE_FILE OUTPUT_DIR [--lang nl|en]
// Saves PNGs of the main window on REGISTER and of the open and create dialogs, driven the way
// the GUI tests drive them. docs/screenshots/make-screenshots.sh runs it on a demo register.
#include "CommandLine.h"
#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "ParticipantTableModel.h"
#include "UnlockDialog.h"
#include "check/RegisterCheck.h"
#include "dashboard/DashboardView.h"
#include "keys/SecretFile.h"
#include "participants/FieldEditor.h"
#include "participants/ParticipantForm.h"
#include "storage/OutcomeRepository.h"
#include "storage/Register.h"
#include "validation/Spec.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>

using namespace veldboek::gui;

namespace {

template<class T>
T *openDialog(QWidget &window)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        const auto dialogs = window.findChildren<T *>();
        for (T *dialog : dialogs) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    QTest::qWait(300); // let the window settle (layouts, first paint)
    const QString file = out.filePath(name);
    if (!widget->grab().save(file)) {
        QTextStream(stderr) << "could not write " << file << '\n';
        return false;
    }
    QTextStream(stdout) << file << '\n';
    return true;
}

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VeldboekScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Veldboek"));
    QStandardPaths::setTestModeEnabled(true); // keep the user's recent registers untouched

    QStringList arguments = app.arguments().mid(1);
    const QString language = veldboek::takeLanguageOption(arguments);
    veldboek::installTranslator(app, language);
    installQtTranslator(app, language);
    setCurrentLanguage(language);
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: veldboek-gui-screenshots REGISTER PASSPHRASE_FILE "
                               "OUTPUT_DIR [--lang nl|en]\n";
        return 2;
    }
    const QString registerPath = QFileInfo(arguments.at(0)).absoluteFilePath();
    QString error;
    const QByteArray passphrase = veldboek::readSecretFile(arguments.at(1), &error);
    if (passphrase.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const QDir out(arguments.at(2));
    bool ok = true;

    // The main window with the register open: table, form, problems panel.
    MainWindow window;
    window.setAutoLockInterval(0);
    window.resize(1366, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    window.openAtStartup(registerPath, passphrase);
    ok = QTest::qWaitFor([&] { return window.registerCheck()->finishedRuns() > 0; }, 60000) && ok;
    ParticipantTableModel *model = window.participantModel();
    qint64 withErrors = 0;
    for (int row = 0; row < model->rowCount() && !withErrors; ++row) {
        if (model->index(row, ParticipantTableModel::Status)
                .data(ParticipantTableModel::SeverityRole)
                .toInt() == int(veldboek::Severity::Error))
            withErrors = model->participantId(row);
    }
    auto *problems = window.findChild<QTreeWidget *>(QStringLiteral("treeProblems"));
    if (problems && problems->topLevelItemCount() > 0)
        problems->topLevelItem(0)->setExpanded(true);
    window.showParticipant(withErrors);
    ok = save(&window, out, QStringLiteral("main-window.png")) && ok;

    // The dashboard before anything is submitted: the register's own figures, with numbers and
    // months in the chosen language (issue 20).
    {
        veldboek::gui::DashboardView dashboard(*window.currentRegister());
        dashboard.resize(1280, 820);
        dashboard.show();
        ok = QTest::qWaitForWindowExposed(&dashboard) &&
             save(&dashboard, out, QStringLiteral("dashboard-preview.png")) && ok;
    }

    // A new participant with typing errors: messages under the fields.
    window.newParticipant();
    veldboek::gui::ParticipantForm *form = window.participantForm();
    const QList<std::pair<QString, QString>> typed = {
        {QStringLiteral("voornaam"), QStringLiteral("Noor")},
        {QStringLiteral("achternaam"), QStringLiteral("Jansen")},
        {QStringLiteral("bsn"), QStringLiteral("123456789")},
        {QStringLiteral("geboortedatum"), QStringLiteral("31-02-2006")},
        {QStringLiteral("straat"), QStringLiteral("Stationsweg")},
        {QStringLiteral("huisnummer"), QStringLiteral("12a")},
        {QStringLiteral("postcode"), QStringLiteral("0123ab")},
        {QStringLiteral("email"), QStringLiteral("noor@")},
    };
    for (const auto &[key, text] : typed) {
        form->focusField(key);
        QTest::keyClicks(form->editor(key)->focusWidget(), text);
    }
    form->focusField(QStringLiteral("bsn"));
    ok = save(&window, out, QStringLiteral("form-errors.png")) && ok;
    form->revert();

    // Outcome data of a participant with scores: the GAS and CEM+ tabs.
    veldboek::OutcomeRepository outcomes(*window.currentRegister());
    qint64 withOutcomes = 0;
    for (int row = 0; row < model->rowCount() && !withOutcomes; ++row) {
        const qint64 id = model->participantId(row);
        if (!outcomes.trajectories(id).isEmpty() && !outcomes.measurements(id).isEmpty())
            withOutcomes = id;
    }
    window.showParticipant(withOutcomes);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabGas")));
    ok = save(&window, out, QStringLiteral("outcomes-gas.png")) && ok;
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabCem")));
    auto *questionnaire = window.findChild<QComboBox *>(QStringLiteral("comboQuestionnaire"));
    questionnaire->setCurrentIndex(questionnaire->findData(QStringLiteral("CEM+_2018_JE_v1")));
    auto *cemDate = window.findChild<QLineEdit *>(QStringLiteral("lineEditCemDate"));
    cemDate->setText(QDate::currentDate().addDays(-3).toString(QStringLiteral("dd-MM-yyyy")));
    auto *first = window.findChild<QLineEdit *>(QStringLiteral("answer_VR01"));
    first->setFocus();
    const QStringList items = {QStringLiteral("VR01"), QStringLiteral("VR02"),
                               QStringLiteral("VR03"), QStringLiteral("VR04"),
                               QStringLiteral("VR05"), QStringLiteral("VR06")};
    const QStringList answers = {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("4"),
                                 QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    for (qsizetype i = 0; i < items.size(); ++i) {
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("answer_") + items.at(i)),
                         answers.at(i));
    }
    ok = save(&window, out, QStringLiteral("outcomes-cem.png")) && ok;
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tabParticipant")));

    // The problems panel on its own, larger.
    if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dockProblems")))
        ok = save(dock, out, QStringLiteral("problems-panel.png")) && ok;

    // The history of a participant after an edit.
    window.showParticipant(withOutcomes, QStringLiteral("woonplaats"));
    auto *town = form->editor(QStringLiteral("woonplaats"))->focusWidget();
    static_cast<QLineEdit *>(town)->selectAll();
    QTest::keyClicks(town, QStringLiteral("Amersfoort"));
    form->save();
    window.findChild<QAction *>(QStringLiteral("actionAuditLog"))->trigger();
    const bool auditShown = QTest::qWaitFor(
        [&] { return window.findChild<QDialog *>(QStringLiteral("auditLogDialog")) != nullptr; });
    if (auto *audit = window.findChild<QDialog *>(QStringLiteral("auditLogDialog"))) {
        ok = save(audit, out, QStringLiteral("audit-log.png")) && ok;
        audit->close();
    }
    if (!auditShown) {
        ok = false;
    }
    window.closeRegister();
    // Without a register: the welcome page, with the register just closed as a recent one.
    ok = save(&window, out, QStringLiteral("welcome.png")) && ok;

    // The open dialog after a wrong passphrase.
    MainWindow second;
    second.resize(1024, 640);
    second.show();
    second.openRegister(registerPath, "Welkom01");
    if (auto *unlock = openDialog<UnlockDialog>(second)) {
        type(unlock, "lineEditPassphrase", QStringLiteral("welkom01"));
        QTest::mouseClick(unlock->findChild<QPushButton *>(QStringLiteral("pushButtonOpen")),
                          Qt::LeftButton);
        ok = save(unlock, out, QStringLiteral("unlock-wrong-passphrase.png")) && ok;
        unlock->reject();
    } else {
        ok = false;
    }

    // The create dialog, with and without a keychain.
    const QString newPath = QDir::home().filePath(
        QStringLiteral("Documenten/praktijk-zuid%1").arg(QLatin1String(".veldboek")));
    second.setKeychainProbe([] {
        return veldboek::Keychain::Result{veldboek::Keychain::Status::Ok, {}};
    });
    second.newRegister();
    if (auto *create = openDialog<CreateRegisterDialog>(second)) {
        type(create, "lineEditPath", QDir::toNativeSeparators(newPath));
        // With a passphrase being typed: the strength estimate under the field.
        create->findChild<QRadioButton *>(QStringLiteral("radioPassphrase"))->setChecked(true);
        type(create, "lineEditPassphrase", QStringLiteral("paarse giraffen dansen"));
        ok = save(create, out, QStringLiteral("create-register.png")) && ok;
        create->reject();
    } else {
        ok = false;
    }
    second.setKeychainProbe([] {
        return veldboek::Keychain::Result{veldboek::Keychain::Status::Unavailable,
                                          QStringLiteral("org.freedesktop.secrets not found")};
    });
    QTest::qWait(100);
    second.newRegister();
    if (auto *create = openDialog<CreateRegisterDialog>(second)) {
        type(create, "lineEditPath", QDir::toNativeSeparators(newPath));
        type(create, "lineEditPassphrase", QStringLiteral("kort"));
        type(create, "lineEditConfirm", QStringLiteral("kort"));
        QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("pushButtonCreate")),
                          Qt::LeftButton);
        ok = save(create, out, QStringLiteral("create-register-no-keychain.png")) && ok;
        create->reject();
    } else {
        ok = false;
    }
    return ok ? 0 : 1;
}
