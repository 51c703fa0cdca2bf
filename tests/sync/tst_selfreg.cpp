// Self-registration through a link on the endpoint (issue 19, item 3), the register's side,
// against the real endpoint over real TLS: a link made with a key pair whose secret half stays in
// the register; entries sealed to it pulled, opened and kept in the encrypted register, then
// deleted at the endpoint; duplicates with the spec's rule between a filed participant (proces
// 1) and a self-registered one, and between two entries; accept, merge and reject; a tampered,
// moved or hostile box refused and left at the endpoint; a closed link; the command line and its
// roles. The page people fill in is tested in tests/endpoint (tst_selfregpage, tst_selfregbrowser).
#include "SelfRegSupport.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "keys/Sealing.h"
#include "selfreg/SealedEntry.h"
#include "selfreg/SelfRegProposals.h"
#include "selfreg/SelfRegSync.h"
#include "storage/AuditLog.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QString Participants = QStringLiteral("participants");

Record person(const QString &first, const QString &last, const QString &born,
              const QString &postcode)
{
    return {{QStringLiteral("voornaam"), first},
            {QStringLiteral("achternaam"), last},
            {QStringLiteral("geboortedatum"), born},
            {QStringLiteral("postcode"), postcode},
            {QStringLiteral("huisnummer"), QStringLiteral("12")},
            {QStringLiteral("straat"), QStringLiteral("Dorpsstraat")},
            {QStringLiteral("woonplaats"), QStringLiteral("Utrecht")},
            {QStringLiteral("geslacht"), QStringLiteral("2")},
            {QStringLiteral("email"), QStringLiteral("")}};
}

// Runs one SelfRegSync operation to its end.
bool run(SelfRegSync &sync, const std::function<void()> &start)
{
    QSignalSpy finished(&sync, &SelfRegSync::finished);
    start();
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return sync.ok();
}

} // namespace

class SelfRegTest : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    int m_registers = 0;

    QSqlDatabase endpointDatabase() { return m_fixture.endpointDatabase(); }

    QString storeAtEndpoint(const SelfRegLinkRecord &link, const Record &record,
                            const QString &entryId = {})
    {
        const QString id =
            m_fixture.storeSelfRegEntry(link.id, link.specId, link.publicKey, record, entryId);
        if (id.isEmpty())
            qWarning("entry not stored at the endpoint");
        return id;
    }

    void storeSealed(const QString &linkId, const QString &entryId, const QByteArray &sealed)
    {
        QVERIFY(m_fixture.storeSealed(linkId, entryId, sealed));
    }

    int waitingAtEndpoint(const QString &linkId) { return m_fixture.selfRegWaitingAt(linkId); }

    struct Setup
    {
        QString token;
        EndpointProfile profile;
        std::unique_ptr<Register> reg;
        SelfRegLinkRecord link;
    };

    Setup withLink(int participants)
    {
        Setup s;
        s.token = m_fixture.newAccount();
        s.profile = m_fixture.profile(s.token);
        s.reg = m_fixture.makeRegister(QStringLiteral("selfreg") + QString::number(++m_registers),
                                       participants, s.profile);
        if (!s.reg)
            return s;
        SelfRegSync sync(*s.reg, s.profile);
        if (run(sync, [&]() { sync.createLink(); }))
            s.link = sync.link();
        return s;
    }

    static const DatasetSpec &participantsOf(Register &reg)
    {
        static std::optional<Spec> spec;
        QString error;
        spec = selfRegistrationSpec(reg, &error);
        return *spec->dataset(Participants);
    }

    SelfRegInbox::Intake pull(Setup &s, bool *ok)
    {
        SelfRegSync sync(*s.reg, s.profile);
        sync.setLanguage(QStringLiteral("en"));
        *ok = run(sync, [&]() { sync.pull(participantsOf(*s.reg)); });
        if (!*ok)
            qWarning("pull: %s", qPrintable(sync.message()));
        return sync.intake();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
    }

    void linkKeepsItsSecretKeyInTheRegisterOnly()
    {
        Setup s = withLink(3);
        QVERIFY(s.reg);
        QVERIFY2(!s.link.id.isEmpty(), "no link made");
        QCOMPARE(s.link.publicKey.size(), sealing::PublicKeySize);
        QVERIFY(!s.link.specId.isEmpty());
        // The endpoint has the public key and nothing that opens an entry.
        QSqlQuery q(endpointDatabase());
        q.prepare(QStringLiteral("SELECT public_key FROM selfreg_links WHERE id = ?"));
        q.addBindValue(s.link.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(QByteArray::fromBase64(q.value(0).toString().toLatin1()), s.link.publicKey);
        QSqlQuery secret(s.reg->database());
        QVERIFY(secret.exec(QStringLiteral("SELECT secret_key FROM selfreg_links")) &&
                secret.next());
        const QByteArray secretKey = secret.value(0).toByteArray();
        QCOMPARE(secretKey.size(), sealing::KeySize);
        QVERIFY(!readBytes(m_fixture.dir() + QStringLiteral("/endpoint-data/endpoint.sqlite"))
                     .contains(secretKey));
        // The link's list at the endpoint says it is open and waits for nothing yet.
        const HttpReply links =
            m_fixture.endpoint().get(QStringLiteral("/api/v1/selfreg/links"), s.token);
        QCOMPARE(links.status, 200);
        const QJsonObject first =
            links.json.value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), s.link.id);
        QVERIFY(first.value(QLatin1String("closedAt")).isNull());
        // Another organisation sees none of it.
        const QString stranger = m_fixture.newAccount();
        QCOMPARE(m_fixture.endpoint()
                     .get(QStringLiteral("/api/v1/selfreg/links"), stranger)
                     .json.value(QLatin1String("links"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(
            m_fixture.endpoint()
                .get(QStringLiteral("/api/v1/selfreg/links/%1/entries").arg(s.link.id), stranger)
                .status,
            404);
    }

    void pulledEntriesAreFoundAsDuplicatesAndDecided()
    {
        Setup s = withLink(5);
        QVERIFY(!s.link.id.isEmpty());
        // Participant 1 was filed (proces 1); the same person registers through the link.
        const Participant filed = *ParticipantRepository(*s.reg).find(1);
        const Record same = person(filed.value(u"voornaam"), filed.value(u"achternaam"),
                                   filed.value(u"geboortedatum"), filed.value(u"postcode"));
        const Record fresh = person(QStringLiteral("Noor"), QStringLiteral("Vermeulen"),
                                    QStringLiteral("14-03-2007"), QStringLiteral("3511 AB"));
        const QString freshId = storeAtEndpoint(s.link, fresh);
        const QString sameId = storeAtEndpoint(s.link, same);
        const QString twiceId = storeAtEndpoint(s.link, fresh); // sent the form twice
        QCOMPARE(waitingAtEndpoint(s.link.id), 3);

        bool ok = false;
        const SelfRegInbox::Intake intake = pull(s, &ok);
        QVERIFY(ok);
        QCOMPARE(intake.added, 3);
        QCOMPARE(intake.damaged + intake.refused + intake.known, 0);
        // Deleted at the endpoint once kept: content gone, ids kept against replays.
        QCOMPARE(waitingAtEndpoint(s.link.id), 0);
        QSqlQuery kept(endpointDatabase());
        kept.prepare(QStringLiteral("SELECT COUNT(*) FROM selfreg_entries WHERE link_id = ?"));
        kept.addBindValue(s.link.id);
        QVERIFY(kept.exec() && kept.next());
        QCOMPARE(kept.value(0).toInt(), 3);

        SelfRegInbox inbox(*s.reg);
        const QList<InboxProposal> proposals =
            proposeFor(*s.reg, participantsOf(*s.reg), inbox.waiting(), QDate::currentDate());
        QCOMPARE(proposals.size(), 3);
        QHash<QString, InboxProposal> byId;
        for (const InboxProposal &p : proposals)
            byId.insert(p.entry.entryId, p);
        QCOMPARE(byId.value(freshId).sameAsParticipant, 0);
        QCOMPARE(byId.value(twiceId).sameAsParticipant, 0);
        QCOMPARE(byId.value(sameId).sameAsParticipant, filed.id);
        // Sent in the same millisecond they come in either order: the later points at the earlier.
        QVERIFY2((byId.value(twiceId).sameAsEntry == freshId &&
                  byId.value(freshId).sameAsEntry.isEmpty()) ||
                     (byId.value(freshId).sameAsEntry == twiceId &&
                      byId.value(twiceId).sameAsEntry.isEmpty()),
                 "the form sent twice is not found");
        QCOMPARE(byId.value(freshId).entry.record.value(QStringLiteral("voornaam")),
                 QStringLiteral("Noor"));
        // Numbers proposed one after the other, after the register's last one.
        const QString first = ParticipantRepository(*s.reg).proposedRespondentNumber();
        QCOMPARE(proposals.at(0).respondentNumber, first);
        QCOMPARE(proposals.at(1).respondentNumber, respondentNumberAfter(first));

        // Accept: a new participant, marked self-registered when the person sent the form.
        qint64 id = 0;
        QVERIFY(!inbox.accept(freshId, filed.value(u"respondentnummer"), &id)); // taken
        QCOMPARE(s.reg->lastError().code, RegisterError::Code::Refused);
        QVERIFY(inbox.accept(freshId, first, &id));
        const Participant accepted = *ParticipantRepository(*s.reg).find(id);
        QCOMPARE(accepted.value(u"respondentnummer"), first);
        QCOMPARE(accepted.value(u"achternaam"), QStringLiteral("Vermeulen"));
        QCOMPARE(accepted.selfRegisteredAt, byId.value(freshId).entry.receivedAt);
        QVERIFY(!inbox.accept(freshId, respondentNumberAfter(first), &id)); // decided already
        // Merge: only the filed participant's empty fields are filled.
        Participant before = filed;
        before.setValue(u"email", QString());
        QVERIFY(ParticipantRepository(*s.reg).update(before));
        SelfRegInbox inboxAgain(*s.reg);
        QStringList filled;
        QVERIFY(inboxAgain.merge(sameId, filed.id, &filled));
        const Participant merged = *ParticipantRepository(*s.reg).find(filed.id);
        QCOMPARE(merged.value(u"achternaam"), filed.value(u"achternaam"));
        QVERIFY(!filled.contains(QStringLiteral("achternaam")));
        QCOMPARE(merged.value(u"straat").isEmpty(), false);
        // Reject: the values are gone from the register, the decision stays.
        QVERIFY(inbox.reject(twiceId));
        const InboxEntry rejected = *inbox.entry(twiceId);
        QCOMPARE(rejected.state, InboxEntry::State::Rejected);
        QVERIFY(rejected.record.isEmpty());
        QCOMPARE(rejected.decidedBy, s.reg->actor());
        QCOMPARE(inbox.waiting().size(), 0);
        QVERIFY(inbox.entry(freshId)->record.isEmpty());
        // Every decision in the audit log.
        const QList<AuditEntry> audit =
            AuditLog(*s.reg).entriesFor(QStringLiteral("selfreg_inbox"), rejected.rowId);
        QCOMPARE(audit.size(), 1);
    }

    void damagedMovedAndHostileBoxesStayAtTheEndpoint()
    {
        Setup s = withLink(2);
        QVERIFY(!s.link.id.isEmpty());
        const Record fresh = person(QStringLiteral("Sem"), QStringLiteral("Bakker"),
                                    QStringLiteral("02-11-2008"), QStringLiteral("3512 CD"));
        // Tampered: one byte of the ciphertext changed at rest.
        SealedEntry entry{s.link.id,
                          QStringLiteral("tampered-entry-0001"),
                          s.link.specId,
                          QStringLiteral("nl"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                          fresh};
        QByteArray sealed = entry.seal(s.link.publicKey);
        sealed[sealed.size() / 2] = static_cast<char>(sealed.at(sealed.size() / 2) ^ 0x01);
        storeSealed(s.link.id, entry.entryId, sealed);
        // Moved: a good box stored under another entry id (its associated data no longer fits).
        SealedEntry other = entry;
        other.entryId = QStringLiteral("original-entry-0002");
        storeSealed(s.link.id, QStringLiteral("moved-entry-0003"), other.seal(s.link.publicKey));
        // Hostile: sealed with the public key (anyone holding it can), but with a field the form
        // never asks, and a value longer than its field allows.
        Record withBsn = fresh;
        withBsn.insert(QStringLiteral("bsn"), QStringLiteral("123456782"));
        storeAtEndpoint(s.link, withBsn, QStringLiteral("hostile-entry-0004"));
        Record tooLong = fresh;
        tooLong.insert(QStringLiteral("voornaam"), QString(5000, QLatin1Char('x')));
        storeAtEndpoint(s.link, tooLong, QStringLiteral("hostile-entry-0005"));
        // Not a box at all.
        storeSealed(s.link.id, QStringLiteral("garbage-entry-0006"), QByteArray("not sealed"));
        // And one good one, which comes in whatever the others are.
        const QString good = storeAtEndpoint(s.link, fresh);

        bool ok = false;
        const SelfRegInbox::Intake intake = pull(s, &ok);
        QVERIFY(ok);
        QCOMPARE(intake.added, 1);
        QCOMPARE(intake.damaged, 3);
        QCOMPARE(intake.refused, 2);
        QCOMPARE(waitingAtEndpoint(s.link.id), 5);
        QCOMPARE(SelfRegInbox(*s.reg).waiting().size(), 1);
        QCOMPARE(SelfRegInbox(*s.reg).waiting().first().entryId, good);
        // Pulled again: the same five refused, nothing added twice.
        const SelfRegInbox::Intake again = pull(s, &ok);
        QVERIFY(ok);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.damaged + again.refused, 5);
        QCOMPARE(SelfRegInbox(*s.reg).all().size(), 1);
    }

    // The whole way, through the public route as the page sends it (tst_selfregbrowser drives
    // the page itself in Chromium): sent, pulled into the register, a replay refused after the
    // pull, accepted; the endpoint's log names no link.
    void roundTripThroughThePublicPage()
    {
        Setup s = withLink(3);
        QVERIFY(!s.link.id.isEmpty());
        const QString entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("entry"), entryId},
                                      {QStringLiteral("record"), SelfRegEndpoint::typedRecord()}})
                .toJson(QJsonDocument::Compact);
        const QList<std::pair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        const QString entries = QStringLiteral("/r/%1/entries").arg(s.link.id);
        HttpReply sent = m_fixture.endpoint().request("POST", entries, QString(), body, json);
        QCOMPARE(sent.status, 201);

        bool ok = false;
        const SelfRegInbox::Intake intake = pull(s, &ok);
        QVERIFY(ok);
        QCOMPARE(intake.added, 1);
        QCOMPARE(waitingAtEndpoint(s.link.id), 0);
        const InboxEntry entry = SelfRegInbox(*s.reg).waiting().value(0);
        QCOMPARE(entry.entryId, entryId);
        const QJsonObject normalised = SelfRegEndpoint::normalisedRecord();
        for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it)
            QCOMPARE(entry.record.value(it.key()), it.value().toString());

        // Sent again after the pull (a replay of the captured request): refused.
        sent = m_fixture.endpoint().request("POST", entries, QString(), body, json);
        QCOMPARE(sent.status, 409);
        qint64 id = 0;
        QVERIFY(SelfRegInbox(*s.reg).accept(
            entryId, ParticipantRepository(*s.reg).proposedRespondentNumber(), &id));
        QCOMPARE(ParticipantRepository(*s.reg).find(id)->value(u"postcode"),
                 QStringLiteral("3512 AB"));
        // A request the HTTP layer refuses before the page sees it (a GET with a body).
        QVERIFY(m_fixture.endpoint().request("GET", entries, QString(), body, json).status >= 400);
        // The requests are in the log, the link in none of them.
        const QByteArray log = m_fixture.endpoint().log();
        QVERIFY2(log.contains("/api/v1/selfreg/links/<link>/entries") &&
                     log.contains("/r/<link>/entries"),
                 log.right(2000).constData());
        QVERIFY2(!log.contains(s.link.id.toUtf8()), "the endpoint's log names the link");
    }

    void anEntryPulledTwiceIsKeptOnce()
    {
        Setup s = withLink(1);
        QVERIFY(!s.link.id.isEmpty());
        const Record fresh = person(QStringLiteral("Lotte"), QStringLiteral("Smit"),
                                    QStringLiteral("21-06-2006"), QStringLiteral("3513 EF"));
        const QString id = QStringLiteral("replayed-entry-0001");
        SealedEntry entry{s.link.id,
                          id,
                          s.link.specId,
                          QStringLiteral("nl"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                          fresh};
        const SelfRegInbox::Pulled pulled{id, entry.receivedAt, entry.seal(s.link.publicKey)};
        SelfRegInbox inbox(*s.reg);
        const auto first = inbox.take(s.link.id, {pulled}, participantsOf(*s.reg));
        QVERIFY(first);
        QCOMPARE(first->added, 1);
        // The acknowledgement got lost; the endpoint hands it out again: known, acknowledged,
        // not a second entry.
        const auto second = inbox.take(s.link.id, {pulled}, participantsOf(*s.reg));
        QVERIFY(second);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->known, 1);
        QCOMPARE(second->acknowledge, QStringList{id});
        QCOMPARE(inbox.all().size(), 1);
        // A link this register did not make is refused whole.
        QVERIFY(
            !inbox.take(QStringLiteral("someone-elses-link"), {pulled}, participantsOf(*s.reg)));
    }

    void commandLineLinkPullListDecideAndRoles()
    {
        const QString token = m_fixture.newAccount();
        const EndpointProfile profile = m_fixture.profile(token);
        const QString path = m_fixture.dir() + QStringLiteral("/selfreg-cli.vbk");
        {
            auto reg = m_fixture.makeRegister(QStringLiteral("selfreg-cli"), 3, profile);
            QVERIFY(reg);
        }
        const QStringList unlock{QStringLiteral("--passphrase-file"), m_fixture.passphraseFile()};
        ProcessResult result =
            runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("link"), path} + unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QUrl url(result.out.trimmed());
        QVERIFY2(url.path().startsWith(QStringLiteral("/r/")), qPrintable(result.out));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const QString linkId = url.path().mid(3);

        SelfRegLinkRecord link;
        {
            RegisterError error;
            auto reg = KeyStore::open(path, QByteArray("correct horse battery staple"), &error);
            QVERIFY2(reg, qPrintable(error.message()));
            link = SelfRegInbox(*reg).links().value(0);
        }
        QCOMPARE(link.id, linkId);
        const QString a =
            storeAtEndpoint(link, person(QStringLiteral("Daan"), QStringLiteral("Visser"),
                                         QStringLiteral("09-09-2009"), QStringLiteral("3514 GH")));
        const QString b =
            storeAtEndpoint(link, person(QStringLiteral("Evi"), QStringLiteral("de Boer"),
                                         QStringLiteral("10-10-2010"), QStringLiteral("3515 JK")));

        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("pull"), path,
                                    QStringLiteral("--lang"), QStringLiteral("en")} +
                        unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("2 new self-registration(s)")),
                 qPrintable(result.out));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("list"), path,
                                    QStringLiteral("--json")} +
                        unlock);
        QCOMPARE(result.exitCode, 0);
        const QJsonArray waiting = QJsonDocument::fromJson(result.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("waiting"))
                                       .toArray();
        QCOMPARE(waiting.size(), 2);
        const QString proposed =
            waiting.at(0).toObject().value(QLatin1String("proposedRespondentNumber")).toString();
        QVERIFY(!proposed.isEmpty());
        result =
            runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("list"), path} + unlock);
        QVERIFY2(result.out.contains(QStringLiteral("Daan Visser")), qPrintable(result.out));
        // Accepted by the first 8 characters of its id, as the list shows it.
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("accept"), path,
                                    a.left(8), QStringLiteral("--lang"), QStringLiteral("en")} +
                        unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(proposed), qPrintable(result.out));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("reject"), path, b} +
                        unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("reject"), path, b,
                                    QStringLiteral("--lang"), QStringLiteral("en")} +
                        unlock);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("already rejected")), qPrintable(result.err));
        // Merge: without a likely match it asks for --into; with it, the entry's values fill
        // the named participant's empty fields.
        const QString c =
            storeAtEndpoint(link, person(QStringLiteral("Daan"), QStringLiteral("Visser"),
                                         QStringLiteral("09-09-2009"), QStringLiteral("3516 LM")));
        result =
            runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("pull"), path} + unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("merge"), path, c,
                                    QStringLiteral("--lang"), QStringLiteral("en")} +
                        unlock);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--into")), qPrintable(result.err));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("merge"), path, c,
                                    QStringLiteral("--into"), proposed, QStringLiteral("--lang"),
                                    QStringLiteral("en")} +
                        unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Merged")), qPrintable(result.out));
        // Close: no more entries through it; the endpoint says so.
        result = runCli(
            QStringList{QStringLiteral("selfreg"), QStringLiteral("close"), path, linkId} + unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const HttpReply links =
            m_fixture.endpoint().get(QStringLiteral("/api/v1/selfreg/links"), token);
        QVERIFY(!links.json.value(QLatin1String("links"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("closedAt"))
                     .isNull());

        // An invoerder may decide about entries, not make links or pull.
        const QString invoerder =
            writePassphraseFile(m_fixture.dir(), QStringLiteral("invoerder.txt"),
                                "een geheel eigen zin voor de invoerder");
        result = runCli(QStringList{QStringLiteral("user"), QStringLiteral("add"), path,
                                    QStringLiteral("Ines"), QStringLiteral("--role"),
                                    QStringLiteral("invoerder"),
                                    QStringLiteral("--new-passphrase-file"), invoerder} +
                        unlock);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList asInvoerder{QStringLiteral("--passphrase-file"), invoerder,
                                      QStringLiteral("--lang"), QStringLiteral("en")};
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("link"), path} +
                        asInvoerder);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("Only a beheerder may make, close or pull")),
                 qPrintable(result.err));
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("pull"), path} +
                        asInvoerder);
        QCOMPARE(result.exitCode, 2);
        result = runCli(QStringList{QStringLiteral("selfreg"), QStringLiteral("list"), path} +
                        asInvoerder);
        QCOMPARE(result.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(SelfRegTest)
#include "tst_selfreg.moc"
