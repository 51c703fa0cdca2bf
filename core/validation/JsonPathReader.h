#pragma once

#include "Spec.h"
#include "SpecError.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace veldboek {

// Reads a JSON document keeping the path to the current value (`datasets[0].fields[3].type`), so
// that every refusal can say where in the file the problem is. The first error wins; later checks
// become no-ops. Knows JSON and the two-language texts, nothing of what a spec means:
// SpecLoader.cpp builds the spec on top of it.
class JsonPathReader
{
public:
    explicit JsonPathReader(QString sourceName)
        : m_source(std::move(sourceName))
    {}

    bool failed() const { return m_failed; }
    const SpecError &error() const { return m_error; }

    void fail(const QString &place, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = SpecError{m_source, place.isEmpty() ? QStringLiteral("$") : place, message};
    }

    static QString child(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString item(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    // Refuses properties the format does not know: a misspelt "requirment" must not be ignored.
    void onlyKeys(const QJsonObject &object, const QString &path,
                  std::initializer_list<const char *> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : allowed)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                fail(child(path, it.key()), QStringLiteral("unknown property"));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const char *key,
                   bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const QString place = child(path, QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(place, QStringLiteral("missing"));
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(place, QStringLiteral("must be a non-empty string"));
            return {};
        }
        return value.toString();
    }

    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        // 0.5 for a value that is not a number: it fails the whole-number test below.
        const double number = value.toDouble(0.5);
        // The range test comes first: casting 1e300 (or NaN) to qint64 is undefined behaviour
        // (found by fuzz_spec, tests/fuzz). 2^53 is where doubles stop being whole numbers
        // exactly; no limit in a spec comes near it.
        constexpr double Largest = 9007199254740992.0;
        if (!value.isDouble() || !(number >= -Largest && number <= Largest) ||
            number != static_cast<double>(static_cast<qint64>(number))) {
            fail(child(path, QLatin1String(key)), QStringLiteral("must be a whole number"));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    bool boolean(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            fail(child(path, QLatin1String(key)), QStringLiteral("must be true or false"));
        return value.toBool();
    }

    QDate isoDate(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString text = string(object, path, key, required);
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            fail(child(path, QLatin1String(key)), QStringLiteral("must be a date yyyy-mm-dd"));
        return date;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(child(path, QLatin1String(key)), QStringLiteral("missing"));
            return {};
        }
        if (!value.isArray())
            fail(child(path, QLatin1String(key)), QStringLiteral("must be an array"));
        return value.toArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &place)
    {
        if (!value.isObject())
            fail(place, QStringLiteral("must be an object"));
        return value.toObject();
    }

    QStringList strings(const QJsonValue &value, const QString &place)
    {
        QStringList result;
        if (!value.isArray()) {
            fail(place, QStringLiteral("must be an array of strings"));
            return result;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                fail(item(place, i), QStringLiteral("must be a string"));
            result.append(items.at(i).toString());
        }
        return result;
    }

    // Both languages, always: a user must never see an empty message.
    LocalText text(const QJsonObject &object, const QString &path, const char *key,
                   bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const QString place = child(path, QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(place, QStringLiteral("missing"));
            return {};
        }
        const QJsonObject texts = this->object(value, place);
        onlyKeys(texts, place, {"nl", "en"});
        LocalText result;
        result.nl = string(texts, place, "nl");
        result.en = string(texts, place, "en");
        return result;
    }

    // QJsonParseError gives a character offset; people look for lines.
    static QString lineAndColumn(const QByteArray &json, int offset);

protected:
    bool m_failed = false;

private:
    QString m_source;
    SpecError m_error;
};

} // namespace veldboek
