// The spec is the one list of a participant's fields (docs/spec-format.md, "Adding a field"):
// the MDT spec's fields, Participant::keys(), the columns of a real register's participants
// table (PRAGMA table_info) and the columns of the portal export agree, on a new register and on
// one migrated from the oldest schema. tests/gui/tst_addedfield.cpp adds a field to a copy of the
// spec and follows it through the form, the import, the export, the package and the check.
#include "SpecFields.h"
#include "TestSupport.h"
#include "domain/Participant.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

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
};

QTEST_GUILESS_MAIN(TestSpecFields)
#include "tst_specfields.moc"
