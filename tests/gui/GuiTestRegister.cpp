#include "GuiTestRegister.h"

#include "Question.h"
#include "RecentRegisters.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace veldboek::test {

bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString shots =
        qEnvironmentVariable("VELDBOEK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    return widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
}

Participant validParticipant(int number, const QString &first, const QString &last)
{
    Participant p;
    p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(number, 4, 10, QLatin1Char('0')));
    p.setValue(u"voornaam", first);
    p.setValue(u"achternaam", last);
    p.setValue(u"geslacht", QStringLiteral("v"));
    p.setValue(u"geboortedatum", QStringLiteral("12-05-2005"));
    p.setValue(u"straat", QStringLiteral("Dorpsstraat"));
    p.setValue(u"huisnummer", QString::number(number));
    p.setValue(u"postcode", QStringLiteral("1234 AB"));
    p.setValue(u"woonplaats", QStringLiteral("Utrecht"));
    p.setValue(u"email", QStringLiteral("deelnemer%1@voorbeeld.nl").arg(number));
    p.setValue(u"opleidingsniveau", QStringLiteral("mbo2"));
    p.setValue(u"startdatum", QStringLiteral("01-03-2024"));
    p.setValue(u"postcode_doelocatie", QStringLiteral("3511 AB"));
    return p;
}

GuiTestRegister::GuiTestRegister()
{
    // Settings and recent registers of the tests stay apart from the user's.
    QStandardPaths::setTestModeEnabled(true);
    gui::RecentRegisters().clear();
    // Locking is tested on its own; a short idle time left behind must not lock other tests.
    QSettings().remove(QStringLiteral("autoLockMinutes"));
    gui::Question::setTestAnswer([this](const QString &id, const QString &) {
        questions.append(id);
        return answer;
    });
}

GuiTestRegister::~GuiTestRegister()
{
    gui::Question::setTestAnswer({});
}

QString GuiTestRegister::path(const QString &name) const
{
    return m_dir.filePath(name + QStringLiteral(".veldboek"));
}

std::unique_ptr<Register> GuiTestRegister::create(const QString &name,
                                                  QList<Participant> &participants,
                                                  const QString &source) const
{
    RegisterError error;
    auto reg = KeyStore::create(path(name), {KeyStore::Mode::Passphrase, Passphrase}, &error);
    if (!reg || !ParticipantRepository(*reg).addAll(participants, source))
        return nullptr;
    return reg;
}

} // namespace veldboek::test
