#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

class QCoreApplication;
class QDate;
class QDateTime;
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

// A date as the user reads it, in the language of the default locale (installTranslator made it
// the chosen language's): "06-12-2026" in Dutch, as dates are written everywhere in the register;
// "6 Dec 2026" in English, where 06-12-2026 reads as June to half the readers. The one definition
// for every date the GUI and the command line show (not for dates the user types: those are
// dd-mm-yyyy in both languages, resources/specs/mdt.json).
QString shownDate(const QDate &date);
// The same with the time of day in the local time zone: "06-12-2026 14:05", "6 Dec 2026 14:05".
QString shownDateTime(const QDateTime &moment);
// An ISO 8601 date or date-time as the endpoint or the register wrote it; the text itself when
// it is not one.
QString shownIsoDateTime(const QString &iso);
QString shownIsoDate(const QString &iso);

} // namespace veldboek
