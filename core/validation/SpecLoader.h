#pragma once

#include "Spec.h"
#include "SpecError.h"

#include <QByteArray>
#include <optional>

namespace veldboek {

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
