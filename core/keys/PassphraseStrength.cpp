#include "PassphraseStrength.h"

#include <zxcvbn.h>

namespace veldboek {

namespace {

// zxcvbn's built-in lists are English. These are what Dutch users pick first (the Dutch
// counterparts of "password", "welcome", "secret") and the names of this program and its
// domain, which an attacker of a Veldboek register would try before anything else.
const char *const DutchWords[] = {"wachtwoord", "wachtzin",  "welkom",     "geheim",    "veldboek",
                                  "register",   "deelnemer", "deelnemers", "zomer",     "winter",
                                  "voorjaar",   "najaar",    "maandag",    "vrijdag",   "liefde",
                                  "schat",      "voetbal",   "ajax",       "feyenoord", "psv",
                                  "nederland",  "amsterdam", "rotterdam",  "utrecht",   "mdt",
                                  "jongeren",   "school",    "gemeente",   nullptr};

} // namespace

PassphraseStrength PassphraseStrength::of(const QString &passphrase)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty())
        return strength;
    const QByteArray utf8 = passphrase.toUtf8();
    strength.bits = ZxcvbnMatch(utf8.constData(), const_cast<const char **>(DutchWords), nullptr);
    if (strength.bits >= 65)
        strength.level = Level::Strong;
    else if (strength.bits >= 40)
        strength.level = Level::Fair;
    return strength;
}

} // namespace veldboek
