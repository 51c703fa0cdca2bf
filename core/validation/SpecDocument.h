#pragma once

#include "Spec.h"
#include "SpecError.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <optional>

namespace veldboek {

// One spec as it travels between the endpoint and a register: the exact bytes (what the hash,
// the ETag and the register's copy are of) and what SpecLoader made of them.
struct SpecDocument
{
    Spec spec;
    QByteArray bytes;
    QByteArray sha256; // lower-case hexadecimal SHA-256 of `bytes`

    static std::optional<SpecDocument> fromBytes(const QByteArray &bytes, const QString &sourceName,
                                                 SpecError *error);
    // The spec built into the application (:/specs/<id>.json).
    static std::optional<SpecDocument> builtin(const QString &id, SpecError *error);
};

// The specs an endpoint serves and checks with, shared read-only between its threads.
using SharedSpecs = std::shared_ptr<const QList<SpecDocument>>;

// A directory of spec files as the endpoint serves them (`veldboek-endpoint serve --specs DIR`,
// `veldboek-endpoint specs check DIR`). Every `*.json` file must be a spec that SpecLoader accepts
// and be named after its id (`mdt.json` holds spec `mdt`), so that /api/v1/specs/<id> and the file
// an administrator edits are one name; one bad file refuses the whole directory, so an endpoint
// never serves half of what was deployed.
namespace SpecDirectory {
std::optional<QList<SpecDocument>> load(const QString &directory, SpecError *error);
// Every built-in spec; empty with `error` set only if the build itself is broken.
QList<SpecDocument> builtin(SpecError *error);
} // namespace SpecDirectory

// Compares two spec versions ("2023.1", "2024.2"): numeric part by numeric part, a missing part
// being 0, so "2023.10" is newer than "2023.9". A part that is not a number compares as text.
// Negative when `a` is older than `b`, 0 when equal, positive when newer.
int compareSpecVersions(const QString &a, const QString &b);

} // namespace veldboek
