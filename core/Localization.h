#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

class QCoreApplication;
class QLocale;

namespace veldboek {

// Dutch is the users' language and the default; English is the alternative. This file is the one
// place that says so: every Dutch/English choice in core/, app/ and endpoint/ asks it.

// True when `language` asks for English ("en"); anything else, an empty one too, is Dutch.
// Inline: the validator asks it for every message it writes.
inline bool isEnglish(QStringView language)
{
    return language == u"en";
}

// The language as the engines take it: "en" or "nl".
QString languageCode(QStringView language);

// A message written in both languages (UTF-8 literals), in the one asked for. For engine
// messages that are data in the language a caller asked for, not lupdate's (docs/i18n.md).
QString pick(QStringView language, const char *nl, const char *en);

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
