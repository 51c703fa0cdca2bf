#include "SelfRegSupport.h"

#include "selfreg/SealedEntry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace veldboek::test {

SelfRegEndpoint::~SelfRegEndpoint()
{
    if (m_endpoint && m_endpoint->process().state() != QProcess::NotRunning &&
        !m_endpoint->terminate(30000))
        m_endpoint->kill();
    m_keys.secretKey.fill('\0');
}

bool SelfRegEndpoint::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_certificate = TestCertificate::make(m_dir.path(), error);
    if (!m_certificate)
        return false;
    m_endpoint = std::make_unique<EndpointProcess>(*m_certificate, dataDir(), QString());
    m_token = m_endpoint->addAccount(QStringLiteral("Stichting Zelfmelding"),
                                     QStringLiteral("Cluster Midden"));
    if (m_token.isEmpty()) {
        *error = QStringLiteral("account add failed");
        return false;
    }
    if (!m_endpoint->start({}, error))
        return false;
    m_keys = sealing::generateKeyPair();
    m_linkId = createLink();
    if (m_linkId.isEmpty()) {
        *error = QStringLiteral("no link: ") + QString::fromUtf8(m_endpoint->log().right(400));
        return false;
    }
    return true;
}

QString SelfRegEndpoint::createLink()
{
    const QJsonObject request{
        {QStringLiteral("publicKey"), QString::fromLatin1(m_keys.publicKey.toBase64())},
        {QStringLiteral("spec"), QStringLiteral("mdt")}};
    const HttpReply reply = m_endpoint->request("POST", QStringLiteral("/api/v1/selfreg/links"),
                                                m_token, QJsonDocument(request).toJson(),
                                                {{"Content-Type", "application/json"}});
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toString() : QString();
}

bool SelfRegEndpoint::closeLink(const QString &linkId)
{
    return m_endpoint
               ->request("POST", QStringLiteral("/api/v1/selfreg/links/%1/close").arg(linkId),
                         m_token, {}, {{"Content-Type", "application/json"}})
               .status == 200;
}

QHash<QString, QJsonObject> SelfRegEndpoint::openEntries(const QString &linkId, QString *error)
{
    QHash<QString, QJsonObject> opened;
    const HttpReply reply =
        m_endpoint->get(QStringLiteral("/api/v1/selfreg/links/%1/entries").arg(linkId), m_token);
    if (reply.status != 200) {
        *error =
            QStringLiteral("entries: %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
        return {};
    }
    const QJsonArray entries = reply.json.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString entryId = entry.value(QStringLiteral("entry")).toString();
        const QByteArray sealed =
            QByteArray::fromBase64(entry.value(QStringLiteral("sealed")).toString().toLatin1());
        // The associated data binds the box to its link and entry (docs/api.md).
        const QByteArray aad = "veldboek-selfreg-1:" + linkId.toUtf8() + ':' + entryId.toUtf8();
        QByteArray plain;
        if (!sealing::openWith(m_keys.secretKey, sealed, aad, &plain)) {
            *error = QStringLiteral("entry %1 does not open").arg(entryId);
            return {};
        }
        // And the register's own opener (core/selfreg/SealedEntry.h) takes it as well.
        SealedEntry::Problem problem = SealedEntry::Problem::Damaged;
        if (!SealedEntry::open(m_keys.secretKey, linkId, entryId, sealed, &problem) ||
            problem != SealedEntry::Problem::None) {
            *error = QStringLiteral("SealedEntry::open refuses entry %1").arg(entryId);
            return {};
        }
        opened.insert(entryId, QJsonDocument::fromJson(plain).object());
    }
    return opened;
}

QJsonObject SelfRegEndpoint::typedRecord()
{
    return {{QStringLiteral("voornaam"), QStringLiteral("Zwaantje")},
            {QStringLiteral("achternaam"), QStringLiteral("Kwartelkoning")},
            {QStringLiteral("geslacht"), QStringLiteral("v")},
            {QStringLiteral("opt_out"), QStringLiteral("nee")},
            {QStringLiteral("geboortedatum"), QStringLiteral("17-3-2008")},
            {QStringLiteral("geen_adres"), QStringLiteral("nee")},
            {QStringLiteral("straat"), QStringLiteral("Reigerbekstraat")},
            {QStringLiteral("huisnummer"), QStringLiteral("12")},
            {QStringLiteral("huisnummer_toevoeging"), QString()},
            {QStringLiteral("postcode"), QStringLiteral("3512ab")},
            {QStringLiteral("woonplaats"), QStringLiteral("Utrecht")},
            {QStringLiteral("telefoon"), QStringLiteral("0612345678")},
            {QStringLiteral("email"), QStringLiteral("zwaantje.kwartel@example.org")},
            {QStringLiteral("opleidingsniveau"), QStringLiteral("mbo2")},
            {QStringLiteral("postcode_doelocatie"), QStringLiteral("3511ab")}};
}

QJsonObject SelfRegEndpoint::normalisedRecord()
{
    QJsonObject record = typedRecord();
    record.insert(QStringLiteral("geboortedatum"), QStringLiteral("17-03-2008"));
    record.insert(QStringLiteral("postcode"), QStringLiteral("3512 AB"));
    record.insert(QStringLiteral("postcode_doelocatie"), QStringLiteral("3511 AB"));
    // Hidden without opt-out, so empty: the age and the municipality of the site.
    record.insert(QStringLiteral("leeftijd"), QString());
    record.insert(QStringLiteral("gemeente_doelocatie"), QString());
    return record;
}

} // namespace veldboek::test
