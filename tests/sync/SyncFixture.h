#pragma once

#include "EndpointFixture.h"
#include "storage/Register.h"
#include "sync/EndpointProfile.h"
#include "validation/DataTable.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace veldboek::test {

// A started endpoint over TLS with a certificate made for it, and registers made for a test:
// passphrase-protected (no keychain needed), filled with demo participants, configured for the
// endpoint under a fresh account each.
class SyncFixture
{
public:
    // `endpointArguments`: more options for `veldboek-endpoint serve` (such as --specs DIR).
    bool setUp(QString *error, const QStringList &endpointArguments = {});

    QString url() const;
    const TestCertificate &certificate() const { return *m_certificate; }
    EndpointProcess &endpoint() { return *m_endpoint; }
    QString dir() const { return m_dir.path(); }

    // A new account at the endpoint; its token.
    QString newAccount(const QString &cluster = QStringLiteral("Jeugd klein"));
    EndpointProfile profile(const QString &token) const;
    // A register with `participants` demo participants, its connection settings stored.
    std::unique_ptr<Register> makeRegister(const QString &name, int participants,
                                           const EndpointProfile &profile);
    // 12 demo participants whose house numbers are 5, except participants 2, 5 and 9 (lines 3,
    // 6 and 10 of the register's table): 150, over the stricter spec's 100 (tst_specpull,
    // tst_syncspecs).
    std::unique_ptr<Register> makeHouseNumberRegister(const QString &name, const QString &token);
    QString passphraseFile() const;

    // Everything the register holds (every table but the audit log), to show that a failed
    // submission changed nothing.
    static QByteArray state(Register &reg);
    // The submissions the endpoint holds for this token.
    int submissionsAt(const QString &token);

    // Self-registration (issue 19): the test plays the page (endpoint/SelfRegPage.cpp), and an
    // attacker with write access to the endpoint's disk, by writing into its SQLite file.
    QSqlDatabase endpointDatabase();
    // Stores `record` as the page would: sealed to the link's public key (SealedEntry); returns
    // the entry id.
    QString storeSelfRegEntry(const QString &linkId, const QString &specId,
                              const QByteArray &publicKey, const Record &record,
                              const QString &entryId = {});
    bool storeSealed(const QString &linkId, const QString &entryId, const QByteArray &sealed);
    int selfRegWaitingAt(const QString &linkId); // sealed entries not yet pulled

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificate> m_certificate;
    std::unique_ptr<EndpointProcess> m_endpoint;
    int m_accounts = 0;
};

} // namespace veldboek::test
