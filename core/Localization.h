#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace veldboek {

// Dutch is the users' language and the default; English is the alternative.
// Takes `--lang nl|en` out of the arguments; without it, VELDBOEK_LANG or "nl".
QString takeLanguageOption(QStringList &arguments);

// Installs the embedded translation for the language (":/i18n/veldboek_<lang>.qm").
// English is the source language, so "en" needs no translator.
void installTranslator(QCoreApplication &app, const QString &language);

} // namespace veldboek
