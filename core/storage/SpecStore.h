#pragma once

#include "validation/SpecDocument.h"

#include <QList>
#include <QString>
#include <optional>

namespace veldboek {

class Register;

// A spec fetched from the endpoint as the register keeps it (the `specs` table, schema version 5).
struct StoredSpec
{
    QString id;
    QString version;
    QByteArray bytes;
    QByteArray sha256;
    QString fetchedAt; // ISO 8601, UTC
    QString sourceUrl;
};

// A spec in force for a register and where it came from.
struct SpecInForce
{
    SpecDocument document;
    bool builtin = true;
    QString sourceUrl; // when fetched
    QString fetchedAt; // when fetched
    // Why a stored spec is not used (older than the built-in one, or refused by this build's
    // loader); empty when it is used or there is none.
    QString storedIgnored;
};

// Answers "which spec is in force for this register" (issue 15): the spec fetched from the
// endpoint and stored in the register when it loads and is at least as new as the built-in one;
// otherwise the built-in one (a register that never connected, or one opened by a newer build
// whose built-in spec is newer than the one it fetched). Every place that checks a register's
// data asks this class, so the form, the problems panel, `veldboek-cli validate`, the import,
// the export and the package agree, online or not.
class SpecStore
{
public:
    explicit SpecStore(Register &reg)
        : m_register(reg)
    {}

    // The ids of the specs in force: the built-in ones and any other fetched one.
    QStringList ids() const;
    std::optional<SpecInForce> inForce(const QString &id, SpecError *error) const;
    // inForce(id)'s spec alone.
    std::optional<Spec> spec(const QString &id, SpecError *error) const;

    std::optional<StoredSpec> stored(const QString &id) const;
    QList<StoredSpec> storedAll() const;
    // Stores (or replaces) a fetched spec. `document` must have come through SpecLoader.
    bool store(const SpecDocument &document, const QString &sourceUrl, const QString &fetchedAt);

    // The rule itself, for a built-in and an optional stored spec of the same id.
    static SpecInForce choose(std::optional<SpecDocument> builtin,
                              const std::optional<StoredSpec> &stored);

private:
    Register &m_register;
};

} // namespace veldboek
