#pragma once

#include "Spec.h"

#include <QByteArray>
#include <optional>

namespace veldboek {

// Why a spec file was refused: the file, the place in it (a JSON path such as
// `datasets[0].fields[3].type`, or a line and column for a syntax error) and what is wrong.
struct SpecError
{
    QString file;
    QString place;
    QString message;

    QString toString() const;
};

// Reads data-request specs (docs/spec-format.md) and checks the spec itself: a spec that would
// make the engine guess (an unknown type, a rule naming a field that does not exist, a message in
// one language only) is refused rather than half-used.
class SpecLoader
{
public:
    static std::optional<Spec> fromJson(const QByteArray &json, const QString &sourceName,
                                        SpecError *error);
    static std::optional<Spec> fromFile(const QString &path, SpecError *error);
    // The specs embedded in the application under :/specs/<id>.json.
    static std::optional<Spec> builtin(const QString &id, SpecError *error);
    static QStringList builtinIds();
};

} // namespace veldboek
