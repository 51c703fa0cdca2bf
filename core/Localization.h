#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;

namespace veldboek {

// Dutch is the users' language and the default; English is the alternative.
// Takes `--lang nl|en` out of the arguments; without it, VELDBOEK_LANG or "nl".
QString takeLanguageOption(QStringList &arguments);

// Installs the embedded translation for the language (":/i18n/veldboek_<lang>.qm"), and makes
// the language's locale the default, so numbers and dates follow the language the user chose,
// not the system's locale ("7,2" and "jan. 2026" in Dutch even where LANG is unset or English).
// English is the source language, so "en" needs no translator.
void installTranslator(QCoreApplication &app, const QString &language);

// The locale that goes with a language: nl_NL for Dutch, en_GB for English (day before month).
QLocale localeFor(const QString &language);

} // namespace veldboek
