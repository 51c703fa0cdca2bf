#pragma once

#include "EndpointFixture.h"
#include "keys/Sealing.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace veldboek::test {

// An endpoint process with an account and one open self-registration link made for a fresh
// X25519 key pair, as the register makes it (docs/api.md, "Self-registration links"); and the
// register's side of an entry: fetched with the beheerder's token and opened with the secret
// key and the associated data of the contract (docs/api.md, "Self-registration page").
class SelfRegEndpoint
{
public:
    bool start(QString *error);
    ~SelfRegEndpoint();

    EndpointProcess &endpoint() { return *m_endpoint; }
    const QString &token() const { return m_token; }
    const QString &linkId() const { return m_linkId; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    // A new link for the same key; empty on failure.
    QString createLink();
    bool closeLink(const QString &linkId);
    // The link's waiting entries, opened: entry id -> the plaintext JSON. Empty and `error` set
    // when one does not open.
    QHash<QString, QJsonObject> openEntries(const QString &linkId, QString *error);

    // A record that passes every check of mdt today, as a person types it, and as the engine
    // normalises it (what the sealed entry must hold).
    static QJsonObject typedRecord();
    static QJsonObject normalisedRecord();

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<EndpointProcess> m_endpoint;
    sealing::KeyPair m_keys;
    QString m_token;
    QString m_linkId;
};

} // namespace veldboek::test
