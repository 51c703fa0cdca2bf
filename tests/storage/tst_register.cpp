// The encrypted register: nothing readable on disk, each bad input its own message with the file
// left unchanged, the keychain and passphrase paths, re-keying, backup and restore, the audit log.
#include "TestSupport.h"
#include "keys/Keychain.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/RegisterFile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "Zomerkamp-2024-Wadden";
const QString Marker = QString::fromUtf8("MARKER-qZ7x-Ĳsselmeer");

KeyStore::Protection passphraseProtection(const QByteArray &passphrase = Passphrase)
{
    return {KeyStore::Mode::Passphrase, passphrase};
}

} // namespace

class TestRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_passphraseFile;
    QString m_backupPassphraseFile;

    QString freshPath() { return m_dir.filePath(QStringLiteral("r%1.veldboek").arg(++m_counter)); }

    QString makeRegister(int participants = 3)
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, passphraseProtection(), &error);
        if (!reg)
            qFatal("create failed: %s", qPrintable(error.message()));
        ParticipantRepository repository(*reg);
        for (int i = 0; i < participants; ++i) {
            Participant p;
            p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(i + 1));
            p.setValue(u"achternaam", Marker);
            repository.add(p);
        }
        return path;
    }

    // Runs `backup` (which opens the register) and checks the exit code, the message and that the
    // register is byte for byte what it was.
    void expectOpenFailure(const QString &path, const QStringList &extra, const QString &message)
    {
        const QByteArray before = readBytes(path);
        const QString out = freshPath() + QStringLiteral(".backup");
        QStringList arguments = {QStringLiteral("backup"),
                                 path,
                                 out,
                                 QStringLiteral("--backup-passphrase-file"),
                                 m_backupPassphraseFile,
                                 QStringLiteral("--lang"),
                                 QStringLiteral("en")};
        arguments += extra;
        const ProcessResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!QFile::exists(out));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_passphraseFile = writePassphraseFile(m_dir.path(), QStringLiteral("pass"), Passphrase);
        m_backupPassphraseFile =
            writePassphraseFile(m_dir.path(), QStringLiteral("backup-pass"), "reservekopie-42");
        QVERIFY2(keyringRunning(), "the keyring must run: use the README's test command");
    }

    void markerNeverReachesTheDisk()
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, passphraseProtection(), &error);
        QVERIFY(reg);
        ParticipantRepository repository(*reg);
        for (int i = 0; i < 50; ++i) {
            Participant p;
            p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(i));
            p.setValue(u"achternaam", Marker);
            p.setValue(u"notities", Marker + Marker);
            QVERIFY(repository.add(p));
        }
        auto assertNoMarker = [&](const QString &file) {
            const QByteArray bytes = readBytes(file);
            QVERIFY(!bytes.contains(Marker.toUtf8()));
            QVERIFY(!bytes.contains(QByteArray::fromRawData(
                reinterpret_cast<const char *>(Marker.utf16()), Marker.size() * 2)));
            QVERIFY(!bytes.contains("MDT-"));
            QVERIFY(!bytes.contains("participants"));
        };
        // While open: the write-ahead log holds the recent pages.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(readBytes(path + QStringLiteral("-wal")).size() > 0);
        assertNoMarker(path);
        assertNoMarker(path + QStringLiteral("-wal"));
        assertNoMarker(path + QStringLiteral("-shm"));
        reg.reset();
        assertNoMarker(path);
        // The marker is really in there: the right key reads it back.
        auto reopened = KeyStore::open(path, QByteArray(Passphrase), &error);
        QVERIFY(reopened);
        QCOMPARE(ParticipantRepository(*reopened).find(1)->value(u"achternaam"), Marker);
    }

    void wrongPassphrase()
    {
        const QString path = makeRegister();
        const QString wrong =
            writePassphraseFile(m_dir.path(), QStringLiteral("wrong"), "zomerkamp");
        expectOpenFailure(path, {QStringLiteral("--passphrase-file"), wrong},
                          QStringLiteral("the passphrase or key is wrong"));
    }

    void wrongRawKey()
    {
        const QString path = freshPath();
        RegisterError error;
        QVERIFY(Register::create(path, CipherKey::raw(QByteArray(32, 'a')), &error));
        const QByteArray before = readBytes(path);
        QVERIFY(!Register::open(path, CipherKey::raw(QByteArray(32, 'b')), &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        QCOMPARE(readBytes(path), before);
    }

    void noKeyInTheKeychain()
    {
        // A passphrase register opened without a passphrase: the keychain has no key for it.
        expectOpenFailure(makeRegister(), {}, QStringLiteral("The keychain holds no key"));
    }

    void truncatedInsideAPage()
    {
        const QString path = makeRegister(200);
        QFile file(path);
        QVERIFY(file.resize(file.size() - 1000));
        expectOpenFailure(path, {QStringLiteral("--passphrase-file"), m_passphraseFile},
                          QStringLiteral("is incomplete"));
    }

    void truncatedAtAPageBoundary()
    {
        const QString path = makeRegister(400);
        {
            // Put every page into the main file so cutting it loses data.
            RegisterError error;
            auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
            QVERIFY(reg && reg->checkpoint());
        }
        QFile file(path);
        QVERIFY(file.size() >= 3 * 4096);
        QVERIFY(file.resize(file.size() - 2 * 4096));
        expectOpenFailure(path, {QStringLiteral("--passphrase-file"), m_passphraseFile},
                          QStringLiteral("is incomplete"));
    }

    void notARegister_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file")
            << QByteArray("respondentnummer;geslacht\nMDT-1;v\n").repeated(20)
            << QStringLiteral("is not a Veldboek register");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is not a Veldboek register");
        QByteArray plain("SQLite format 3\0", 16);
        plain.append(QByteArray(4096 - 16, '\1'));
        QTest::newRow("plain sqlite") << plain << QStringLiteral("is an unencrypted database");
    }
    void notARegister()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = freshPath();
        writeBytes(path, content);
        expectOpenFailure(path, {QStringLiteral("--passphrase-file"), m_passphraseFile}, message);
    }

    void newerVersionIsRefusedUnchanged()
    {
        const QString path = makeRegister();
        {
            RegisterError error;
            auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
            QVERIFY(reg);
            QVERIFY(QSqlQuery(reg->database()).exec(QStringLiteral("PRAGMA user_version = 99")));
            reg->checkpoint();
        }
        expectOpenFailure(path, {QStringLiteral("--passphrase-file"), m_passphraseFile},
                          QStringLiteral("was made by a newer version of Veldboek"));
    }

    void readOnlyFileSystem()
    {
        if (!canMountScratchFileSystems())
            QSKIP("needs root and mount namespaces (the CI runs as root)");
        const QString path = makeRegister();
        const QString out = freshPath();
        // Inside a private mount namespace: a read-only tmpfs holding a copy of the register.
        const QString script = QStringLiteral(
            "set -e; d=$(mktemp -d); mount -t tmpfs -o size=4m tmpfs \"$d\"; cp \"$1\" "
            "\"$d/r.veldboek\";"
            " sum1=$(sha256sum < \"$d/r.veldboek\"); mount -o remount,ro \"$d\";"
            " set +e; \"$2\" backup \"$d/r.veldboek\" \"$3\" --passphrase-file \"$4\""
            " --backup-passphrase-file \"$5\" --lang en; rc=$?; set -e;"
            " sum2=$(sha256sum < \"$d/r.veldboek\"); [ \"$sum1\" = \"$sum2\" ] || exit 99; exit "
            "$rc");
        const ProcessResult result = runProgram(
            QStringLiteral("unshare"),
            {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
             QStringLiteral("sh"), path, cliPath(), out, m_passphraseFile, m_backupPassphraseFile});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("cannot be written")), qPrintable(result.err));
        QVERIFY(!QFile::exists(out));
    }

    void fullDiskLosesNothing()
    {
        if (!canMountScratchFileSystems())
            QSKIP("needs root and mount namespaces (the CI runs as root)");
        const QString path = makeRegister(300);
        const QByteArray before = readBytes(path);
        // A backup onto a disk with room for a fraction of it.
        const QString script =
            QStringLiteral("d=$(mktemp -d); mount -t tmpfs -o size=48k tmpfs \"$d\" || exit 98;"
                           " \"$2\" backup \"$1\" \"$d/b.veldboek\" --passphrase-file \"$3\""
                           " --backup-passphrase-file \"$4\" --lang en; rc=$?;"
                           " [ -e \"$d/b.veldboek\" ] && exit 97; exit $rc");
        const ProcessResult result = runProgram(
            QStringLiteral("unshare"),
            {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
             QStringLiteral("sh"), path, cliPath(), m_passphraseFile, m_backupPassphraseFile});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("The disk is full")), qPrintable(result.err));
        QCOMPARE(readBytes(path).size(), before.size());
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
        QVERIFY(reg);
        QCOMPARE(ParticipantRepository(*reg).count(), 300);
    }

    void keychainRoundTrip()
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Keychain, {}}, &error);
        QVERIFY2(reg, qPrintable(error.message()));
        Participant p;
        p.setValue(u"respondentnummer", QStringLiteral("K-1"));
        QVERIFY(ParticipantRepository(*reg).add(p));
        const QString fileId = reg->fileId();
        QCOMPARE(fileId.size(), 32);
        reg.reset();
        QByteArray stored;
        QVERIFY(Keychain::read(fileId, &stored).ok());
        QCOMPARE(stored.size(), CipherKey::RawKeySize);
        // Through the command line too: no passphrase, the keychain unlocks it.
        const QString out = freshPath();
        const ProcessResult result =
            runCli({QStringLiteral("backup"), path, out, QStringLiteral("--backup-passphrase-file"),
                    m_backupPassphraseFile});
        QCOMPARE(result.exitCode, 0);
        auto reopened = KeyStore::open(path, {}, &error);
        QVERIFY2(reopened, qPrintable(error.message()));
        QCOMPARE(ParticipantRepository(*reopened).count(), 1);
        // Switch to a passphrase: the keychain entry goes, the passphrase opens it.
        QVERIFY2(KeyStore::rekey(reopened, passphraseProtection("nieuwe-wachtzin"), &error),
                 qPrintable(error.message()));
        QCOMPARE(Keychain::read(fileId, &stored).status, Keychain::Status::NotFound);
        reopened.reset();
        QVERIFY(!KeyStore::open(path, {}, &error));
        QCOMPARE(error.code, RegisterError::Code::NoKeyInKeychain);
        auto byPassphrase = KeyStore::open(path, QByteArray("nieuwe-wachtzin"), &error);
        QVERIFY(byPassphrase);
        QCOMPARE(ParticipantRepository(*byPassphrase).count(), 1);
        // And back to the keychain.
        QVERIFY(KeyStore::rekey(byPassphrase, {KeyStore::Mode::Keychain, {}}, &error));
        byPassphrase.reset();
        QVERIFY(KeyStore::open(path, {}, &error));
    }

    void withoutSecretServiceOnlyPassphrase()
    {
        const QString path = freshPath();
        const ProcessResult result =
            runCli({QStringLiteral("init"), path, QStringLiteral("--lang"), QStringLiteral("en")},
                   environmentWithoutKeychain());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("No keychain is available")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("passphrase")), qPrintable(result.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // The passphrase path works without any keychain, and the file is encrypted.
        const ProcessResult withPassphrase =
            runCli({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"),
                    m_passphraseFile, QStringLiteral("--demo"), QStringLiteral("5")},
                   environmentWithoutKeychain());
        QCOMPARE(withPassphrase.exitCode, 0);
        QVERIFY(!readBytes(path).startsWith("SQLite format 3"));
        QVERIFY(!readBytes(path).contains("MDT-"));
    }

    void initRefusesAWeakPassphrase_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // Long enough but from the top of every list; and too short. The dialog refuses both
        // (tests/gui/tst_registerwindows.cpp): the CLI says the same in the chosen language.
        QTest::newRow("common, en") << QByteArray("wachtwoord123") << QStringLiteral("en")
                                    << QStringLiteral("too easy to guess");
        QTest::newRow("short, nl") << QByteArray("Zk8#q") << QStringLiteral("nl")
                                   << QStringLiteral("te makkelijk te raden");
    }

    void initRefusesAWeakPassphrase()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString file = writePassphraseFile(m_dir.path(), QStringLiteral("weak"), passphrase);
        const QString path = freshPath();
        const ProcessResult refused =
            runCli({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), file,
                    QStringLiteral("--lang"), language});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--allow-weak-passphrase")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));
        // The flag for generated data (the README's demo) makes it, and the passphrase opens it.
        const ProcessResult allowed =
            runCli({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), file,
                    QStringLiteral("--allow-weak-passphrase"), QStringLiteral("--demo"),
                    QStringLiteral("3")});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        RegisterError error;
        QVERIFY(KeyStore::open(path, passphrase, &error));
    }

    void changePassphrase()
    {
        const QString path = makeRegister(10);
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
        QVERIFY(reg);
        QVERIFY2(KeyStore::rekey(reg, passphraseProtection("een-nieuwe-wachtzin"), &error),
                 qPrintable(error.message()));
        QCOMPARE(ParticipantRepository(*reg).count(), 10);
        reg.reset();
        QVERIFY(!KeyStore::open(path, QByteArray(Passphrase), &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        QVERIFY(KeyStore::open(path, QByteArray("een-nieuwe-wachtzin"), &error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".rekey")));
    }

    void backupAndRestoreAreEqualRowByRow()
    {
        const QString path = freshPath();
        QCOMPARE(runCli({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"),
                         m_passphraseFile, QStringLiteral("--demo"), QStringLiteral("60")})
                     .exitCode,
                 0);
        const QString backup = freshPath();
        QCOMPARE(runCli({QStringLiteral("backup"), path, backup,
                         QStringLiteral("--passphrase-file"), m_passphraseFile,
                         QStringLiteral("--backup-passphrase-file"), m_backupPassphraseFile})
                     .exitCode,
                 0);
        QVERIFY(!readBytes(backup).contains("MDT-"));
        // The register and its backup are the user's alone, whatever the umask (issue 13).
        const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & everyone, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(backup) & everyone, QFile::ReadOwner | QFile::WriteOwner);
        // A wrong backup passphrase: a clear message, and no file left behind.
        const QString wrongTarget = freshPath();
        const QString wrong = writePassphraseFile(m_dir.path(), QStringLiteral("wrong-b"), "nope");
        const ProcessResult refused = runCli({QStringLiteral("restore"), backup, wrongTarget,
                                              QStringLiteral("--backup-passphrase-file"), wrong,
                                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("backup passphrase is wrong")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(wrongTarget));
        QVERIFY(!QFile::exists(wrongTarget + QStringLiteral(".restoring")));
        // Restored under the keychain, like init without a passphrase.
        const QString restoredPath = freshPath();
        const ProcessResult restored =
            runCli({QStringLiteral("restore"), backup, restoredPath,
                    QStringLiteral("--backup-passphrase-file"), m_backupPassphraseFile});
        QCOMPARE(restored.exitCode, 0);
        // Never over an existing file.
        QCOMPARE(runCli({QStringLiteral("restore"), backup, path,
                         QStringLiteral("--backup-passphrase-file"), m_backupPassphraseFile})
                     .exitCode,
                 2);

        RegisterError error;
        auto original = KeyStore::open(path, QByteArray(Passphrase), &error);
        auto copy = KeyStore::open(restoredPath, {}, &error);
        QVERIFY2(original && copy, qPrintable(error.message()));
        const QList<Participant> a = ParticipantRepository(*original).all();
        const QList<Participant> b = ParticipantRepository(*copy).all();
        QCOMPARE(a.size(), 60);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).id, a.at(i).id);
            QCOMPARE(b.at(i).values(), a.at(i).values());
        }
        OutcomeRepository left(*original), right(*copy);
        QCOMPARE(right.counts().answers, left.counts().answers);
        QCOMPARE(right.counts().gasScores, left.counts().gasScores);
        QCOMPARE(right.measurements(5).size(), left.measurements(5).size());
        QCOMPARE(copy->registerId(), original->registerId());
        QVERIFY(copy->fileId() != original->fileId());
    }

    void editsAreAudited()
    {
        const QString path = makeRegister(1);
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
        ParticipantRepository repository(*reg);
        Participant p = *repository.find(1);
        p.setValue(u"postcode", QStringLiteral("1234 AB"));
        p.setValue(u"geslacht", QStringLiteral("v"));
        QVERIFY(repository.update(p));
        const QList<AuditEntry> entries =
            AuditLog(*reg).entriesFor(QStringLiteral("participants"), 1);
        QCOMPARE(entries.size(), 3); // created, geslacht, postcode
        QCOMPARE(entries.at(1).field, QStringLiteral("geslacht"));
        QCOMPARE(entries.at(2).field, QStringLiteral("postcode"));
        QCOMPARE(entries.at(2).oldValue, QString());
        QCOMPARE(entries.at(2).newValue, QStringLiteral("1234 AB"));
        QVERIFY(!entries.at(2).actor.isEmpty());
        // A submitted participant is not deleted but gets a deletion request.
        QVERIFY(repository.markSubmitted({1}, QStringLiteral("2024-03-01")));
        QCOMPARE(repository.remove(1), ParticipantRepository::Removal::DeletionRequested);
        QVERIFY(!repository.find(1)->deletionRequestedAt.isEmpty());
        Participant fresh;
        QVERIFY(repository.add(fresh));
        QCOMPARE(repository.remove(fresh.id), ParticipantRepository::Removal::Deleted);
        QVERIFY(!repository.find(fresh.id));
    }

    void markSubmittedMarksOnlyTheListedUnsubmitted()
    {
        // 1,203 participants: the ids go in statements of 500, so three of them (500, 500, 203).
        constexpr qint64 count = 1203;
        const QString path = makeRegister(count);
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
        ParticipantRepository repository(*reg);
        QVERIFY(repository.markSubmitted({2}, QStringLiteral("2024-01-01")));
        // 2 keeps its first date; the others listed get the new one; 1, 3 and the last stay
        // unsubmitted; an id that is no participant (99999) changes nothing.
        QList<qint64> ids{99999};
        for (qint64 id = 2; id < count; ++id) {
            if (id != 3)
                ids.append(id);
        }
        QVERIFY(repository.markSubmitted(ids, QStringLiteral("2024-03-01")));
        QVERIFY(repository.markSubmitted({}, QStringLiteral("2024-04-01")));
        for (qint64 id = 1; id <= count; ++id) {
            const QString expected = id == 2 ? QStringLiteral("2024-01-01")
                                     : (id == 1 || id == 3 || id == count)
                                         ? QString()
                                         : QStringLiteral("2024-03-01");
            QCOMPARE(repository.find(id)->submittedAt, expected);
        }
    }

    void nextRespondentNumber()
    {
        const QString path = makeRegister(0);
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(Passphrase), &error);
        ParticipantRepository repository(*reg);
        QCOMPARE(repository.nextRespondentNumber(QStringLiteral("MDT-")),
                 QStringLiteral("MDT-0001"));
        for (const char *number : {"MDT-0007", "MDT-0041", "X-9999", "MDT-abc"}) {
            Participant p;
            p.setValue(u"respondentnummer", QString::fromLatin1(number));
            QVERIFY(repository.add(p));
        }
        QCOMPARE(repository.nextRespondentNumber(QStringLiteral("MDT-")),
                 QStringLiteral("MDT-0042"));
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
