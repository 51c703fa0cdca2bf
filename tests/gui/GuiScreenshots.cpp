// veldboek-gui-screenshots REGISTER PASSPHRASE_FILE OUTPUT_DIR [--lang nl|en]
// Saves PNGs of the main window on REGISTER and of the open and create dialogs, driven the way
// the GUI tests drive them. docs/screenshots/make-screenshots.sh runs it on a demo register.
#include "CommandLine.h"
#include "CreateRegisterDialog.h"
#include "FileChooser.h"
#include "GuiLocalization.h"
#include "Localization.h"
#include "MainWindow.h"
#include "UnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

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
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: veldboek-gui-screenshots REGISTER PASSPHRASE_FILE "
                               "OUTPUT_DIR [--lang nl|en]\n";
        return 2;
    }
    const QString registerPath = QFileInfo(arguments.at(0)).absoluteFilePath();
    QString error;
    const QByteArray passphrase = CommandLine::readPassphraseFile(arguments.at(1), &error);
    if (passphrase.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const QDir out(arguments.at(2));
    bool ok = true;

    // The main window with the register open.
    MainWindow window;
    window.resize(1024, 640);
    window.show();
    window.openAtStartup(registerPath, passphrase);
    ok = save(&window, out, QStringLiteral("main-window.png")) && ok;

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
