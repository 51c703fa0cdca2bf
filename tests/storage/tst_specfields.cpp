// The spec is the one list of a participant's fields (docs/spec-format.md, "Adding a field"):
// the MDT spec's fields, Participant::keys(), the columns of a real register's participants
// table (PRAGMA table_info) and the columns of the portal export agree, on a new register and on
// one migrated from the oldest schema; the demo generator writes the spec's codes and, without
// its deliberate mistakes, records the spec accepts. tests/gui/tst_addedfield.cpp adds a field to a
// copy of the spec and follows it through the form, the import, the export, the package and the
// check.
#include "SpecFields.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "domain/Participant.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;

class TestSpecFields : public QObject
{
    Q_OBJECT

private slots:
    void newRegisterHoldsTheSpecsFields()
    {
        QTemporaryDir dir;
        RegisterError error;
        auto reg = Register::create(dir.filePath(QStringLiteral("new.veldboek")),
                                    CipherKey::passphrase(QByteArray("velden")), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        Participant p;
        p.setValue(u"respondentnummer", QStringLiteral("MDT-1"));
        QVERIFY(ParticipantRepository(*reg).add(p));
        const QString differences = test::specFieldDifferences(*reg);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        QCOMPARE(test::participantFieldColumns(*reg).size(), Participant::keys().size());
    }

    void migratedRegisterHoldsTheSpecsFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.veldboek"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/fixtures/registers/"
                                                            "schema-v1.veldboek")),
                            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        RegisterError error;
        auto reg = Register::open(path, CipherKey::passphrase(QByteArray("fixture")), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        const QString differences = test::specFieldDifferences(*reg);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }

    // The comparison is not a formality: a column the spec does not know is a difference.
    void aColumnOutsideTheSpecIsFound()
    {
        QTemporaryDir dir;
        RegisterError error;
        auto reg = Register::create(dir.filePath(QStringLiteral("extra.veldboek")),
                                    CipherKey::passphrase(QByteArray("velden")), &error);
        QVERIFY2(reg, qPrintable(error.message()));
        QSqlQuery query(reg->database());
        QVERIFY(query.exec(QStringLiteral(
            "ALTER TABLE participants ADD COLUMN schoenmaat TEXT NOT NULL DEFAULT ''")));
        const QString differences = test::specFieldDifferences(*reg);
        QVERIFY2(differences.contains(QStringLiteral("schoenmaat")), qPrintable(differences));
    }

    // The demo's values come from the spec: every value of an enum field is one of the spec's
    // codes (core/demo/DemoGenerator.cpp takes the lists from resources/specs/mdt.json), and a
    // demo without mistakes passes the spec's record checks, so the demo follows the spec.
    void demoParticipantsFollowTheSpec()
    {
        SpecError specError;
        const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &specError);
        QVERIFY2(spec, qPrintable(specError.toString()));
        const DatasetSpec *dataset = spec->dataset(QStringLiteral("participants"));
        QVERIFY(dataset);
        const QDate today(2026, 6, 1);
        const Validator validator(*spec, QString(), today, QStringLiteral("en"));
        DemoGenerator clean(today);
        clean.setMistakes(false);
        DemoGenerator withMistakes(today);
        QSet<QString> seen;
        for (int i = 0; i < 400; ++i) {
            for (DemoGenerator *generator : {&clean, &withMistakes}) {
                const Participant participant = generator->participant(i);
                Record record;
                for (const FieldSpec &field : dataset->fields) {
                    const QString value = participant.value(field.key);
                    record.insert(field.key, value);
                    if (value.isEmpty() || field.codes.isEmpty())
                        continue;
                    bool known = false;
                    for (const CodeSpec &code : field.codes)
                        known = known || code.code == value;
                    QVERIFY2(known, qPrintable(QStringLiteral("participant %1, field %2: not a "
                                                              "code of the spec")
                                                   .arg(i)
                                                   .arg(field.key)));
                    seen.insert(field.key + QLatin1Char('=') + value);
                }
                if (generator != &clean)
                    continue;
                for (const Finding &finding : validator.checkRecord(dataset->name, record))
                    QVERIFY2(finding.severity != Severity::Error,
                             qPrintable(QStringLiteral("participant %1: %2 (%3)")
                                            .arg(i)
                                            .arg(finding.rule, finding.field)));
            }
        }
        // Every code of the education level and the reason for leaving turns up: the lists are
        // the spec's, not a copy of part of it.
        for (const QString &key :
             {QStringLiteral("opleidingsniveau"), QStringLiteral("reden_beeindiging")}) {
            for (const CodeSpec &code : dataset->field(key)->codes)
                QVERIFY2(seen.contains(key + QLatin1Char('=') + code.code),
                         qPrintable(key + QLatin1Char(' ') + code.code));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpecFields)
#include "tst_specfields.moc"
