#include "ColumnMapping.h"

#include "ReaderLimits.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace veldboek {

namespace {

// The key a remembered mapping is stored under. Kept as it was before headers were compared
// without punctuation, so the mappings users confirmed earlier are still found.
QString settingName(const QString &name)
{
    QString text = name.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_'));
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

QString settingKey(const QString &dataset, const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names.append(settingName(column));
    std::sort(names.begin(), names.end());
    const QByteArray digest = QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("import_mapping/%1/%2")
        .arg(dataset, QString::fromLatin1(digest.toHex().left(16)));
}

// Below this a column is not proposed at all: "Straat" and "Staat" are alike, "Postcode" and
// "Plaats" are not. Short names need to be equal: two letters off in "nr" is everything.
constexpr double GuessThreshold = 0.75;
constexpr qsizetype GuessMinimumLength = 4;

} // namespace

QString ColumnMapping::comparable(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString text;
    text.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            text.append(c.toLower());
    }
    return text;
}

double ColumnMapping::closeness(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a == b ? 1.0 : 0.0;
    // Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one mistake.
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return 1.0 - double(d[n][m]) / double(std::max(n, m));
}

QStringList ColumnMapping::namesOf(const FieldSpec &field)
{
    QStringList names{comparable(field.key), comparable(field.label.nl),
                      comparable(field.label.en)};
    for (const QString &column : field.columns)
        names.append(comparable(column));
    for (const QString &alias : field.aliases)
        names.append(comparable(alias));
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

ColumnMapping ColumnMapping::propose(const QStringList &header, const DatasetSpec &dataset)
{
    // comparable name -> field key, with how the name is known; names and keys first, so that a
    // label that is also another field's column name never wins over that column.
    struct Known
    {
        QString key;
        Source source;
    };
    QHash<QString, Known> known;
    auto add = [&known](const QString &name, const QString &key, Source source) {
        const QString text = comparable(name);
        if (!text.isEmpty() && !known.contains(text))
            known.insert(text, Known{key, source});
    };
    for (const FieldSpec &field : dataset.fields) {
        add(field.key, field.key, Source::ColumnName);
        for (const QString &column : field.columns)
            add(column, field.key, Source::ColumnName);
    }
    for (const FieldSpec &field : dataset.fields) {
        add(field.label.nl, field.key, Source::Label);
        add(field.label.en, field.key, Source::Label);
    }
    for (const FieldSpec &field : dataset.fields) {
        for (const QString &alias : field.aliases)
            add(alias, field.key, Source::Alias);
    }

    ColumnMapping mapping;
    QStringList used;
    QStringList unmatched;
    for (const QString &column : header) {
        const auto it = known.constFind(comparable(column));
        if (it != known.cend() && !used.contains(it->key)) {
            mapping.fieldForColumn.insert(column, it->key);
            mapping.sourceOfColumn.insert(column, it->source);
            used.append(it->key);
        } else if (it == known.cend()) {
            unmatched.append(column);
        }
    }
    // The closeness fallback, after every exact match has taken its field.
    for (const QString &column : std::as_const(unmatched)) {
        const QString text = comparable(column);
        if (text.size() < GuessMinimumLength)
            continue;
        QString bestKey;
        double best = 0;
        for (const FieldSpec &field : dataset.fields) {
            if (used.contains(field.key))
                continue;
            for (const QString &name : namesOf(field)) {
                if (name.size() < GuessMinimumLength)
                    continue;
                double score = closeness(text, name);
                // A name with a word more or less ("Geboortedatum deelnemer").
                if (std::min(text.size(), name.size()) >= 6 &&
                    (text.contains(name) || name.contains(text)))
                    score = std::max(score, GuessThreshold);
                if (score > best) {
                    best = score;
                    bestKey = field.key;
                }
            }
        }
        if (best >= GuessThreshold) {
            mapping.fieldForColumn.insert(column, bestKey);
            mapping.sourceOfColumn.insert(column, Source::Guess);
            used.append(bestKey);
        }
    }
    return mapping;
}

QStringList ColumnMapping::guesses(const QStringList &header) const
{
    QStringList result;
    for (const QString &column : header) {
        if (sourceOfColumn.value(column) == Source::Guess &&
            !fieldForColumn.value(column).isEmpty())
            result.append(column);
    }
    return result;
}

int ColumnMapping::mappedCount(const QStringList &header) const
{
    int count = 0;
    for (const QString &column : header)
        count += fieldForColumn.value(column).isEmpty() ? 0 : 1;
    return count;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json,
                                                     const DatasetSpec &dataset, QString *error)
{
    if (json.size() > limits::mappingMaxFileSize) {
        *error = QCoreApplication::translate("ColumnMapping",
                                             "The mapping file is larger than %1 KB; a mapping "
                                             "names each column of a file once.")
                     .arg(limits::mappingMaxFileSize / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("ColumnMapping",
                                             "The mapping file is not a JSON object (%1).")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    ColumnMapping mapping;
    const QJsonObject object = document.object();
    if (object.size() > limits::mappingMaxEntries) {
        *error = QCoreApplication::translate("ColumnMapping",
                                             "The mapping file names more than %1 columns; a "
                                             "file to import has at most %1.")
                     .arg(limits::mappingMaxEntries);
        return std::nullopt;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.value().toString();
        if (!key.isEmpty() && !dataset.field(key)) {
            *error = QCoreApplication::translate(
                         "ColumnMapping", "The mapping sends column \"%1\" to \"%2\", which is not "
                                          "a field of the dataset %3.")
                         .arg(it.key(), key, dataset.name);
            return std::nullopt;
        }
        mapping.fieldForColumn.insert(it.key(), key);
        mapping.sourceOfColumn.insert(it.key(), key.isEmpty() ? Source::None : Source::Given);
    }
    return mapping;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject object;
    for (auto it = fieldForColumn.begin(); it != fieldForColumn.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void ColumnMapping::remember(Register &reg, const QString &dataset, const QStringList &header) const
{
    reg.setSetting(settingKey(dataset, header), toJson());
}

std::optional<ColumnMapping> ColumnMapping::remembered(Register &reg, const QString &dataset,
                                                       const QStringList &header)
{
    const QByteArray json = reg.setting(settingKey(dataset, header)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ColumnMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it) {
        mapping.fieldForColumn.insert(it.key(), it.value().toString());
        mapping.sourceOfColumn.insert(
            it.key(), it.value().toString().isEmpty() ? Source::None : Source::Remembered);
    }
    return mapping;
}

} // namespace veldboek
