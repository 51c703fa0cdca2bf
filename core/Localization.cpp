#include "Localization.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace veldboek {

QString takeLanguageOption(QStringList &arguments)
{
    QString language = qEnvironmentVariable("VELDBOEK_LANG", QStringLiteral("nl"));
    const qsizetype index = arguments.indexOf(QLatin1String("--lang"));
    if (index >= 0 && index + 1 < arguments.size()) {
        language = arguments.at(index + 1);
        arguments.remove(index, 2);
    }
    return languageCode(language);
}

QString languageCode(QStringView language)
{
    return isEnglish(language) ? QStringLiteral("en") : QStringLiteral("nl");
}

QString pick(QStringView language, const char *nl, const char *en)
{
    return QString::fromUtf8(isEnglish(language) ? en : nl);
}

QLocale localeFor(const QString &language)
{
    return isEnglish(language) ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Dutch, QLocale::Netherlands);
}

void installTranslator(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(localeFor(language));
    // One Veldboek translator at a time: a second call (a test switching languages, the
    // language setting applied again) replaces the first instead of stacking on it.
    const QString name = QStringLiteral("veldboek-translator");
    const auto installed = app.findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly);
    for (QTranslator *old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (isEnglish(language))
        return;
    auto *translator = new QTranslator(&app);
    translator->setObjectName(name);
    if (translator->load(QStringLiteral(":/i18n/veldboek_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QString shownDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::Dutch
                                     ? QStringLiteral("dd-MM-yyyy")
                                     : QStringLiteral("d MMM yyyy"));
}

QString shownDateTime(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    return shownDate(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString shownIsoDateTime(const QString &iso)
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return moment.isValid() ? shownDateTime(moment) : iso;
}

QString shownIsoDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? shownDate(date) : iso;
}

} // namespace veldboek
