#include "SyncFixture.h"

#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "selfreg/SealedEntry.h"
#include "storage/KeyStore.h"
#include "sync/ConnectionSettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace veldboek::test {

namespace {
const QByteArray passphrase = "correct horse battery staple";
}

bool SyncFixture::setUp(QString *error, const QStringList &endpointArguments)
{
    if (!QFile::exists(EndpointProcess::program())) {
        *error = QStringLiteral("the endpoint is not built");
        return false;
    }
    m_certificate = TestCertificate::make(m_dir.path(), error);
    if (!m_certificate)
        return false;
    QDir().mkpath(m_dir.path() + QStringLiteral("/endpoint-data"));
    m_endpoint = std::make_unique<EndpointProcess>(
        *m_certificate, m_dir.path() + QStringLiteral("/endpoint-data"), QString());
    writePassphraseFile(m_dir.path(), QStringLiteral("passphrase.txt"), passphrase);
    return m_endpoint->start(endpointArguments, error);
}

QString SyncFixture::url() const
{
    return QStringLiteral("https://127.0.0.1:") + QString::number(m_endpoint->port());
}

QString SyncFixture::passphraseFile() const
{
    return m_dir.path() + QStringLiteral("/passphrase.txt");
}

QString SyncFixture::newAccount(const QString &cluster)
{
    return m_endpoint->addAccount(QStringLiteral("Organisatie ") + QString::number(++m_accounts),
                                  cluster);
}

EndpointProfile SyncFixture::profile(const QString &token) const
{
    EndpointProfile profile;
    profile.url = QUrl(url());
    profile.caFile = m_certificate->certificateFile;
    profile.token = token.toUtf8();
    return profile;
}

std::unique_ptr<Register> SyncFixture::makeHouseNumberRegister(const QString &name,
                                                               const QString &token)
{
    auto reg = makeRegister(name, 12, profile(token));
    if (!reg)
        return nullptr;
    QSqlQuery query(reg->database());
    if (!query.exec(QStringLiteral("UPDATE participants SET huisnummer = CASE WHEN id IN "
                                   "(2, 5, 9) THEN '150' ELSE '5' END")))
        return nullptr;
    return reg;
}

std::unique_ptr<Register> SyncFixture::makeRegister(const QString &name, int participants,
                                                    const EndpointProfile &profile)
{
    KeyStore::Protection protection;
    protection.mode = KeyStore::Mode::Passphrase;
    protection.passphrase = passphrase;
    RegisterError error;
    auto reg = KeyStore::create(m_dir.path() + QLatin1Char('/') + name + QStringLiteral(".vbk"),
                                protection, &error);
    if (!reg)
        return nullptr;
    if (participants > 0 && !DemoGenerator().fill(*reg, participants))
        return nullptr;
    QString settingsError;
    if (!ConnectionSettings(*reg).save(profile, &settingsError))
        return nullptr;
    return reg;
}

QByteArray SyncFixture::state(Register &reg)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(reg.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'audit%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(reg.database());
        rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
        hash.addData(table.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + "\x1f"));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

int SyncFixture::submissionsAt(const QString &token)
{
    const HttpReply reply = m_endpoint->get(QStringLiteral("/api/v1/submissions"), token);
    return static_cast<int>(reply.json.value(QLatin1String("submissions")).toArray().size());
}

QSqlDatabase SyncFixture::endpointDatabase()
{
    const QString name = QStringLiteral("endpoint-file-") + m_dir.path();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir.path() + QStringLiteral("/endpoint-data/endpoint.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.open();
    return db;
}

QString SyncFixture::storeSelfRegEntry(const QString &linkId, const QString &specId,
                                       const QByteArray &publicKey, const Record &record,
                                       const QString &entryId)
{
    const QString id =
        entryId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entryId;
    const SealedEntry entry{linkId,
                            id,
                            specId,
                            QStringLiteral("nl"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                            record};
    return storeSealed(linkId, id, entry.seal(publicKey)) ? id : QString();
}

bool SyncFixture::storeSealed(const QString &linkId, const QString &entryId,
                              const QByteArray &sealed)
{
    QSqlQuery q(endpointDatabase());
    q.prepare(QStringLiteral("INSERT INTO selfreg_entries (link_id, entry_id, received_at, "
                             "sealed) VALUES (?, ?, ?, ?)"));
    q.addBindValue(linkId);
    q.addBindValue(entryId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(QString::fromLatin1(sealed.toBase64()));
    if (!q.exec())
        qWarning("storeSealed: %s", qPrintable(q.lastError().text()));
    return !q.lastError().isValid();
}

int SyncFixture::selfRegWaitingAt(const QString &linkId)
{
    QSqlQuery q(endpointDatabase());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM selfreg_entries WHERE link_id = ? AND "
                             "sealed <> ''"));
    q.addBindValue(linkId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace veldboek::test
