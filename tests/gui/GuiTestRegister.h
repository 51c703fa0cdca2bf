#pragma once

#include "domain/Participant.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QWidget;

namespace veldboek {
class Register;
}

namespace veldboek::test {

// A participant without a single finding of the MDT spec.
Participant validParticipant(int number, const QString &first = QStringLiteral("Anna"),
                             const QString &last = QStringLiteral("Bakker"));

// Saves `widget` as build/screenshots/NAME.png for the eye (docs/testing.md), after the layout
// pass that a message just set needs (a grab before it shows rows squeezed); false on failure.
bool saveScreenshot(QWidget *widget, const QString &name);

// What a GUI test of registers sets up for each test function: test-mode standard paths, no
// recent registers and no auto-lock time left behind by an earlier test, a fresh folder, and
// Question answered with `answer`, each question's id kept in `questions`. Made in init(),
// destroyed in cleanup().
class GuiTestRegister
{
public:
    static inline const QByteArray Passphrase = "correct paard batterij";

    GuiTestRegister();
    ~GuiTestRegister();
    GuiTestRegister(const GuiTestRegister &) = delete;
    GuiTestRegister &operator=(const GuiTestRegister &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    // Where the register `name` is (or is made) in the folder.
    QString path(const QString &name) const;
    // A new register `name` with Passphrase, holding `participants` (their ids set), added as
    // an import of the file `source` when one is given; nullptr when it could not be made.
    std::unique_ptr<Register> create(const QString &name, QList<Participant> &participants,
                                     const QString &source = {}) const;

    QStringList questions;
    bool answer = true;

private:
    QTemporaryDir m_dir;
};

} // namespace veldboek::test
