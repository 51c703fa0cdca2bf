// Every older schema version opens, migrates to the current one and keeps its data. The
// fixtures are real register files as earlier versions wrote them (passphrase "fixture").
#include "TestSupport.h"
#include "selfreg/SelfRegInbox.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/SpecStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everyOlderVersionMigrates_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Migrations::currentVersion(); ++version)
            QTest::addRow("schema v%d", version) << version;
    }
    void everyOlderVersionMigrates()
    {
        QFETCH(int, version);
        const QString fixture = test::sourcePath(
            QStringLiteral("tests/fixtures/registers/schema-v%1.veldboek").arg(version));
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture + QStringLiteral(" is missing: every "
                                                                             "schema version needs "
                                                                             "a fixture")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.veldboek"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        RegisterError error;
        auto reg = Register::open(path, CipherKey::passphrase(QByteArray("fixture")), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        QCOMPARE(reg->schemaVersion(), Migrations::currentVersion());
        QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(reg->registerId(), QStringLiteral("fixture-register"));
        ParticipantRepository participants(*reg);
        QCOMPARE(participants.count(), 2);
        const Participant zoe = *participants.find(1);
        QCOMPARE(zoe.value(u"voornaam"), QString::fromUtf8("Zoë"));
        QCOMPARE(zoe.value(u"postcode"), QStringLiteral("1234 AB"));
        QCOMPARE(zoe.submittedAt, QString()); // added in v2, empty for old rows
        QCOMPARE(participants.find(2)->value(u"achternaam"), QString::fromUtf8("Öztürk"));
        // Who registered at the kiosk (schema 8): kept; empty for rows of older schemas.
        QCOMPARE(zoe.selfRegisteredAt, QString());
        QCOMPARE(participants.find(2)->selfRegisteredAt,
                 version >= 8 ? QStringLiteral("2022-02-02T09:30:00.000Z") : QString());
        // A self-registration pulled through a link (schema 9) waits in the inbox.
        const QList<InboxEntry> waiting = SelfRegInbox(*reg).waiting();
        QCOMPARE(waiting.size(), version >= 9 ? 1 : 0);
        if (version >= 9)
            QCOMPARE(waiting.first().record.value(QStringLiteral("voornaam")),
                     QStringLiteral("Sanne"));
        OutcomeRepository outcomes(*reg);
        QCOMPARE(outcomes.counts().gasScores, 1);
        QCOMPARE(AuditLog(*reg).entriesFor(QStringLiteral("participants"), 1).size(), 1);
        if (version >= 3) { // created by an import, audited as a range
            const QList<AuditEntry> imported =
                AuditLog(*reg).entriesFor(QStringLiteral("participants"), 2);
            QCOMPARE(imported.size(), 1);
            QCOMPARE(imported.first().newValue, QStringLiteral("created"));
            QCOMPARE(imported.first().source, QStringLiteral("fixture.csv"));
        }
        if (version >= 5) { // a spec fetched from the endpoint, in force (as new as the built-in)
            SpecError specError;
            const std::optional<SpecInForce> mdt =
                SpecStore(*reg).inForce(QStringLiteral("mdt"), &specError);
            QVERIFY2(mdt, qPrintable(specError.toString()));
            QCOMPARE(mdt->builtin, false);
            QCOMPARE(mdt->sourceUrl, QStringLiteral("https://fixture.example/api/v1/specs/mdt"));
        } else { // the table exists and is empty
            QVERIFY(SpecStore(*reg).storedAll().isEmpty());
            QVERIFY(!reg->lastError());
        }
        // A field without a column (schema 6): its value is read with the participant and
        // kept by an update that does not name it, though no spec in force asks for it.
        if (version >= 6) {
            QCOMPARE(zoe.value(u"schoolnaam"), QStringLiteral("De Brug"));
            Participant changed = zoe;
            changed.extraValues().clear();
            changed.setValue(u"woonplaats", QStringLiteral("Utrecht"));
            QVERIFY(participants.update(changed));
            QCOMPARE(participants.find(1)->value(u"schoolnaam"), QStringLiteral("De Brug"));
        } else {
            QVERIFY(zoe.extraValues().isEmpty());
        }
        // Fields a spec adds to an outcome dataset (schema 7): the score's value is read with it
        // and kept by an update that does not name it; removing the score takes it along.
        const QList<GasGoal> goals = outcomes.goals(outcomes.trajectories(1).value(0).id);
        QCOMPARE(goals.size(), 1);
        const QList<GasScore> scores = outcomes.gasScores(goals.first().id);
        QCOMPARE(scores.size(), 1);
        const qint64 scoreId = scores.first().id;
        GasScore score = *outcomes.gasScore(scoreId);
        if (version >= 7) {
            QCOMPARE(score.extra.value(QStringLiteral("meetmoment")), QStringLiteral("T1"));
            score.extra.clear();
            score.waarde = QStringLiteral("2");
            QVERIFY(outcomes.updateGasScore(score));
            QCOMPARE(outcomes.gasScore(scoreId)->extra.value(QStringLiteral("meetmoment")),
                     QStringLiteral("T1"));
        } else {
            QVERIFY(score.extra.isEmpty());
            score.extra.insert(QStringLiteral("meetmoment"), QStringLiteral("T2"));
            QVERIFY(outcomes.updateGasScore(score));
            QCOMPARE(outcomes.gasScore(scoreId)->extra.value(QStringLiteral("meetmoment")),
                     QStringLiteral("T2"));
        }
        QVERIFY(outcomes.removeGasScore(scoreId));
        QSqlQuery left(reg->database());
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM outcome_fields")) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QCOMPARE(reg->integrityCheck(), QStringLiteral("ok"));
        // The migrated register takes new writes of the current schema: a kiosk entry is marked
        // in its own insert, and a later edit by staff keeps the mark.
        Participant kiosk;
        kiosk.setValue(u"respondentnummer", participants.proposedRespondentNumber());
        kiosk.setValue(u"voornaam", QStringLiteral("Sem"));
        kiosk.selfRegisteredAt = QStringLiteral("2024-05-01T10:00:00.000Z");
        QVERIFY(participants.add(kiosk));
        QCOMPARE(kiosk.value(u"respondentnummer"), QStringLiteral("MDT-0003"));
        kiosk.setValue(u"einddatum", QStringLiteral("01-06-2024"));
        kiosk.selfRegisteredAt.clear(); // an edit never unmarks: update() does not write it
        QVERIFY(participants.update(kiosk));
        QCOMPARE(participants.find(kiosk.id)->selfRegisteredAt,
                 QStringLiteral("2024-05-01T10:00:00.000Z"));
        QCOMPARE(participants.find(kiosk.id)->value(u"einddatum"), QStringLiteral("01-06-2024"));
        // The migrated register takes new writes of the current schema.
        QVERIFY(participants.markSubmitted({1}, QStringLiteral("2024-01-01")));
        QCOMPARE(participants.remove(1), ParticipantRepository::Removal::DeletionRequested);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
