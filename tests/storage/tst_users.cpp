// Named users and roles (issue 19; core/storage/RegisterUsers.h, docs/storage.md "Named users"):
// key slots that each open the register, roles the command line enforces (a refused action exits
// 2 and says who may do it), removal that re-keys so the removed passphrase opens nothing (not
// even with the old users file put back), a re-key interrupted at each step, a damaged or
// tampered users file, and an audit log that names the user.
#include "TestSupport.h"
#include "keys/Keychain.h"
#include "keys/Sealing.h"
#include "storage/AuditLog.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/RegisterUsers.h"
#include "storage/UserSlots.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veldboek;
using namespace veldboek::test;

namespace {

const QByteArray Owner = "de beheerder van het Wadden-project";
const QByteArray Entry = "invoerder op de school in Harlingen";
const QByteArray Kiosk = "kiosk in de aula van de school";

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("u%1.veldboek").arg(++m_counter)); }

    // A passphrase register with three participants, and Bram (invoerder) added to it.
    QString makeRegisterWithUsers()
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Passphrase, Owner}, &error);
        if (!reg)
            qFatal("create: %s", qPrintable(error.message()));
        ParticipantRepository participants(*reg);
        for (int i = 1; i <= 3; ++i) {
            Participant p;
            p.setValue(u"respondentnummer", QStringLiteral("MDT-%1").arg(i));
            participants.add(p);
        }
        if (!RegisterUsers::add(reg, Owner, QStringLiteral("Bram"), Role::Invoerder, Entry, &error))
            qFatal("add: %s", qPrintable(error.message()));
        return path;
    }

    static RegisterError::Code openCode(const QString &path, const QByteArray &passphrase)
    {
        RegisterError error;
        KeyStore::open(path, QByteArray(passphrase), &error);
        return error.code;
    }

    QString file(const QString &name) { return m_dir.filePath(name); }

private slots:
    void sealedBoxesOpenOnlyWithTheirKey()
    {
        const sealing::KeyPair alice = sealing::generateKeyPair();
        const sealing::KeyPair bob = sealing::generateKeyPair();
        const QByteArray box = sealing::sealTo(alice.publicKey, "geheim", "aad");
        QByteArray plain;
        QVERIFY(sealing::openWith(alice.secretKey, box, "aad", &plain));
        QCOMPARE(plain, QByteArray("geheim"));
        QVERIFY(!sealing::openWith(bob.secretKey, box, "aad", &plain));
        QVERIFY(!sealing::openWith(alice.secretKey, box, "other", &plain));
        for (int i = 0; i < box.size(); i += 7) {
            QByteArray tampered = box;
            tampered[i] = char(tampered.at(i) ^ 0x01);
            QVERIFY2(!sealing::openWith(alice.secretKey, tampered, "aad", &plain),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(!sealing::openWith(alice.secretKey, box.left(40), "aad", &plain));
        // A public key of all zeros is a low-order point: no shared secret, no box.
        QVERIFY(sealing::sealTo(QByteArray(32, '\0'), "x", "aad").isEmpty());
    }

    void firstUserTurnsTheOneKeyIntoSlots()
    {
        const QString path = makeRegisterWithUsers();
        QVERIFY(QFile::exists(UserSlots::filePath(path)));
        QVERIFY(!QFile::exists(UserSlots::pendingPath(path)));
        RegisterError error;
        auto owner = KeyStore::open(path, Owner, &error);
        QVERIFY2(owner, qPrintable(error.message()));
        QCOMPARE(owner->role(), Role::Beheerder);
        QCOMPARE(owner->actor(), Register::osAccount());
        QCOMPARE(ParticipantRepository(*owner).count(), 3);
        auto bram = KeyStore::open(path, Entry, &error);
        QVERIFY2(bram, qPrintable(error.message()));
        QCOMPARE(bram->actor(), QStringLiteral("Bram"));
        QCOMPARE(bram->role(), Role::Invoerder);
        QVERIFY(bram->allows(Action::EditData));
        QVERIFY(!bram->allows(Action::Export));
        QVERIFY(!bram->allows(Action::ManageUsers));
        // The old one key is no key any more: the register is under a random data key.
        QVERIFY(!Register::open(path, CipherKey::passphrase(QByteArray(Owner)), &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        QCOMPARE(openCode(path, "geen van beide"), RegisterError::Code::WrongKey);
        // The users file holds no name of a participant and no key in the clear.
        const QByteArray users = readBytes(UserSlots::filePath(path));
        QVERIFY(!users.contains("MDT-1"));
        QVERIFY(!users.contains(Owner));
    }

    void addRefusesWhatItShould()
    {
        const QString path = makeRegisterWithUsers();
        RegisterError error;
        auto owner = KeyStore::open(path, Owner, &error);
        QVERIFY(owner);
        QVERIFY(!RegisterUsers::add(owner, Owner, QStringLiteral("bram"), Role::Invoerder,
                                    "nog een andere lange wachtzin", &error));
        QCOMPARE(error.code, RegisterError::Code::UserExists);
        QVERIFY(!RegisterUsers::add(owner, Owner, QStringLiteral("Cor"), Role::Invoerder, Entry,
                                    &error));
        QCOMPARE(error.code, RegisterError::Code::PassphraseInUse);
        QVERIFY(!RegisterUsers::add(owner, Owner, QStringLiteral("Cor\nDirk"), Role::Invoerder,
                                    Kiosk, &error));
        QCOMPARE(error.code, RegisterError::Code::InvalidUserName);
        QVERIFY(!RegisterUsers::add(owner, "niet de eigen wachtzin", QStringLiteral("Cor"),
                                    Role::Invoerder, Kiosk, &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        auto bram = KeyStore::open(path, Entry, &error);
        QVERIFY(!RegisterUsers::add(bram, Entry, QStringLiteral("Cor"), Role::Beheerder, Kiosk,
                                    &error));
        QCOMPARE(error.code, RegisterError::Code::NotPermitted);
        QVERIFY(error.message().contains(QStringLiteral("beheerder")));
        QCOMPARE(RegisterUsers::list(*owner, &error).size(), 2);
    }

    void removalReKeysForTheOthers()
    {
        const QString path = makeRegisterWithUsers();
        RegisterError error;
        auto owner = KeyStore::open(path, Owner, &error);
        QVERIFY(RegisterUsers::add(owner, Owner, QStringLiteral("Cor"), Role::Zelfaanmelding, Kiosk,
                                   &error));
        const QByteArray oldUsers = readBytes(UserSlots::filePath(path));
        const QByteArray oldRegister = readBytes(path);
        QVERIFY2(RegisterUsers::remove(owner, QStringLiteral("Bram"), &error),
                 qPrintable(error.message()));
        QVERIFY(owner);
        QCOMPARE(ParticipantRepository(*owner).count(), 3);
        owner.reset();
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
        QCOMPARE(openCode(path, Kiosk), RegisterError::Code::None); // resealed for Cor
        QVERIFY(readBytes(path) != oldRegister);
        // Bram kept the old users file: his slot there unwraps the old key, which opens nothing
        // of the re-keyed register.
        writeBytes(UserSlots::filePath(path), oldUsers);
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
        // What an old copy still opens (docs/storage.md): the old register with the old file.
        const QString copy = file(QStringLiteral("oude-kopie.veldboek"));
        writeBytes(copy, oldRegister);
        writeBytes(UserSlots::filePath(copy), oldUsers);
        QCOMPARE(openCode(copy, Entry), RegisterError::Code::None);
    }

    // Each user changes their own passphrase: only their slot is wrapped anew, the register and
    // the others' slots stay as they are.
    void ownPassphraseChanges()
    {
        const QString path = makeRegisterWithUsers();
        const QByteArray registerBefore = readBytes(path);
        RegisterError error;
        auto bram = KeyStore::open(path, Entry, &error);
        QVERIFY(bram);
        QVERIFY(!RegisterUsers::changeOwnPassphrase(*bram, "niet de oude", Kiosk, &error));
        QCOMPARE(error.code, RegisterError::Code::WrongKey);
        QVERIFY(!RegisterUsers::changeOwnPassphrase(*bram, Entry, Owner, &error));
        QCOMPARE(error.code, RegisterError::Code::PassphraseInUse); // the beheerder's
        QVERIFY2(RegisterUsers::changeOwnPassphrase(*bram, Entry, Kiosk, &error),
                 qPrintable(error.message()));
        bram.reset();
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
        auto again = KeyStore::open(path, Kiosk, &error);
        QVERIFY(again);
        QCOMPARE(again->actor(), QStringLiteral("Bram"));
        again.reset();
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
        QCOMPARE(readBytes(path), registerBefore);

        // From the command line, for the one who runs it.
        const QString oldFile = writePassphraseFile(m_dir.path(), QStringLiteral("old"), Kiosk);
        const QString newFile = writePassphraseFile(m_dir.path(), QStringLiteral("new"), Entry);
        const ProcessResult result = runCli({QStringLiteral("user"), QStringLiteral("passphrase"),
                                             path, QStringLiteral("--passphrase-file"), oldFile,
                                             QStringLiteral("--new-passphrase-file"), newFile});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(KeyStore::open(path, QByteArray(Entry), &error));
        QCOMPARE(openCode(path, Kiosk), RegisterError::Code::WrongKey);
    }

    void lastBeheerderAndSelfStay()
    {
        const QString path = makeRegisterWithUsers();
        RegisterError error;
        auto owner = KeyStore::open(path, Owner, &error);
        QVERIFY(!RegisterUsers::remove(owner, owner->actor(), &error));
        QCOMPARE(error.code, RegisterError::Code::LastBeheerder);
        QVERIFY(!RegisterUsers::remove(owner, QStringLiteral("Niemand"), &error));
        QCOMPARE(error.code, RegisterError::Code::UnknownUser);
        QVERIFY(owner);
    }

    // replaceKey() in RegisterUsers.cpp writes the pending users file, swaps the register, then
    // promotes the pending file. Each state a crash can leave behind opens for the remaining
    // users, and open() finishes or undoes the half-done re-key.
    void interruptedReKeyIsFinishedOrUndone()
    {
        const QString path = makeRegisterWithUsers();
        RegisterError error;
        const QByteArray usersBefore = readBytes(UserSlots::filePath(path));
        const QByteArray registerBefore = readBytes(path);
        {
            auto owner = KeyStore::open(path, Owner, &error);
            QVERIFY(RegisterUsers::remove(owner, QStringLiteral("Bram"), &error));
        }
        const QByteArray usersAfter = readBytes(UserSlots::filePath(path));
        const QByteArray registerAfter = readBytes(path);

        // Cut after step 2: the register has the new key, the users file is still the old one.
        writeBytes(UserSlots::filePath(path), usersBefore);
        writeBytes(UserSlots::pendingPath(path), usersAfter);
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
        QVERIFY(!QFile::exists(UserSlots::pendingPath(path)));
        QCOMPARE(readBytes(UserSlots::filePath(path)), usersAfter);

        // Cut after step 1: the pending file was written, the register never swapped.
        writeBytes(path, registerBefore);
        writeBytes(UserSlots::filePath(path), usersBefore);
        writeBytes(UserSlots::pendingPath(path), usersAfter);
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
        QVERIFY(!QFile::exists(UserSlots::pendingPath(path)));
        QCOMPARE(readBytes(UserSlots::filePath(path)), usersBefore);
        QCOMPARE(openCode(path, Entry), RegisterError::Code::None); // the removal never happened
        Q_UNUSED(registerAfter);
    }

    // The first add re-keys; when that fails (here the staging name is taken by a folder), the
    // register keeps its one key and its one beheerder, open and unchanged, and says why.
    void failedFirstAddLosesNothing()
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Passphrase, Owner}, &error);
        QVERIFY(reg);
        QVERIFY(QDir().mkpath(path + QStringLiteral(".rekey")));
        QVERIFY(!RegisterUsers::add(reg, Owner, QStringLiteral("Bram"), Role::Invoerder, Entry,
                                    &error));
        QCOMPARE(error.code, RegisterError::Code::AlreadyExists);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(reg);
        QVERIFY(!reg->hasNamedUsers());
        QCOMPARE(RegisterUsers::list(*reg, &error).size(), 1);
        QVERIFY(!error);
        QVERIFY(!RegisterUsers::present(path));
        reg.reset();
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
    }

    void interruptedFirstAddKeepsTheOneKey()
    {
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Passphrase, Owner}, &error);
        QVERIFY(reg);
        reg.reset();
        const QByteArray oneKey = readBytes(path);
        {
            auto owner = KeyStore::open(path, Owner, &error);
            QVERIFY(RegisterUsers::add(owner, Owner, QStringLiteral("Bram"), Role::Invoerder, Entry,
                                       &error));
        }
        // As if the power went before the swap: the old file, and only the pending users file.
        const QByteArray users = readBytes(UserSlots::filePath(path));
        QFile::remove(UserSlots::filePath(path));
        writeBytes(UserSlots::pendingPath(path), users);
        writeBytes(path, oneKey);
        auto owner = KeyStore::open(path, Owner, &error);
        QVERIFY2(owner, qPrintable(error.message()));
        QVERIFY(!owner->hasNamedUsers());
        QVERIFY(!RegisterUsers::present(path));
    }

    // A register whose key is in the keychain: its beheerder's slot is a keychain entry, so the
    // beheerder still opens it without a passphrase; the old one key is forgotten.
    void keychainBeheerder()
    {
        QVERIFY2(keyringRunning(), "the keyring must run: use the README's test command");
        const QString path = freshPath();
        RegisterError error;
        auto reg = KeyStore::create(path, {KeyStore::Mode::Keychain, {}}, &error);
        QVERIFY2(reg, qPrintable(error.message()));
        const QString oldId = reg->fileId();
        QVERIFY(
            RegisterUsers::add(reg, {}, QStringLiteral("Bram"), Role::Invoerder, Entry, &error));
        reg.reset();
        QByteArray gone;
        QVERIFY(!Keychain::read(oldId, &gone).ok());
        auto owner = KeyStore::open(path, {}, &error);
        QVERIFY2(owner, qPrintable(error.message()));
        QCOMPARE(owner->role(), Role::Beheerder);
        QVERIFY(RegisterUsers::list(*owner, &error).constFirst().keychain);
        QVERIFY(RegisterUsers::remove(owner, QStringLiteral("Bram"), &error));
        owner.reset();
        QCOMPARE(openCode(path, {}), RegisterError::Code::None);
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
    }

    void damagedOrTamperedUsersFile()
    {
        const QString path = makeRegisterWithUsers();
        const QString users = UserSlots::filePath(path);
        const QByteArray good = readBytes(users);
        writeBytes(users, good.left(good.size() / 2));
        QCOMPARE(openCode(path, Owner), RegisterError::Code::UsersDamaged);
        writeBytes(users, QByteArray(UserSlots::MaxFileSize + 1, ' '));
        QCOMPARE(openCode(path, Owner), RegisterError::Code::UsersDamaged);
        // Bram makes himself beheerder by editing the file: the role is bound to his slot.
        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray list = root.value(QLatin1String("users")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject user = list.at(i).toObject();
            if (user.value(QLatin1String("name")) == QLatin1String("Bram"))
                user.insert(QStringLiteral("role"), QStringLiteral("beheerder"));
            list.replace(i, user);
        }
        root.insert(QStringLiteral("users"), list);
        writeBytes(users, QJsonDocument(root).toJson());
        QCOMPARE(openCode(path, Entry), RegisterError::Code::WrongKey);
        // Iterations brought down to nothing are refused rather than used.
        root = QJsonDocument::fromJson(good).object();
        root.insert(QStringLiteral("iterations"), 1);
        writeBytes(users, QJsonDocument(root).toJson());
        QCOMPARE(openCode(path, Owner), RegisterError::Code::UsersDamaged);
        writeBytes(users, good);
        QCOMPARE(openCode(path, Owner), RegisterError::Code::None);
    }

    void auditLogNamesTheUser()
    {
        const QString path = makeRegisterWithUsers();
        RegisterError error;
        auto bram = KeyStore::open(path, Entry, &error);
        QVERIFY(bram->transaction([&] {
            return AuditLog(*bram).record(QStringLiteral("participants"), 1,
                                          QStringLiteral("achternaam"), {}, QStringLiteral("X"));
        }));
        QSqlQuery query(bram->database());
        QVERIFY(query.exec(QStringLiteral("SELECT actor, table_name, field, new_value FROM "
                                          "audit_log ORDER BY rowid")));
        QStringList rows;
        while (query.next())
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString()}
                            .join(QLatin1Char('|')));
        QVERIFY2(rows.contains(QStringLiteral("Bram|participants|achternaam|X")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        // The beheerder's adding of Bram is in the log too, under the beheerder's name.
        QVERIFY2(
            rows.contains(QStringLiteral("%1|users|Bram|invoerder").arg(Register::osAccount())),
            qPrintable(rows.join(QLatin1Char('\n'))));
    }

    void commandLineRolesAndUsers()
    {
        const QString path = freshPath();
        const QString owner = writePassphraseFile(m_dir.path(), QStringLiteral("owner"), Owner);
        const QString entry = writePassphraseFile(m_dir.path(), QStringLiteral("entry"), Entry);
        const QString kiosk = writePassphraseFile(m_dir.path(), QStringLiteral("kiosk"), Kiosk);
        QCOMPARE(runCli({QStringLiteral("init"), path, QStringLiteral("--passphrase-file"), owner,
                         QStringLiteral("--demo"), QStringLiteral("5")})
                     .exitCode,
                 0);
        auto cli = [&](QStringList arguments) {
            arguments << QStringLiteral("--lang") << QStringLiteral("en");
            return runCli(arguments);
        };
        ProcessResult result =
            cli({QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("Bram"),
                 QStringLiteral("--role"), QStringLiteral("invoerder"),
                 QStringLiteral("--new-passphrase-file"), entry,
                 QStringLiteral("--passphrase-file"), owner});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = cli({QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("Cor"),
                      QStringLiteral("--role"), QStringLiteral("zelfaanmelding"),
                      QStringLiteral("--new-passphrase-file"), kiosk,
                      QStringLiteral("--passphrase-file"), owner});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = cli({QStringLiteral("user"), QStringLiteral("list"), path,
                      QStringLiteral("--passphrase-file"), owner, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(result.out.toUtf8())
                                     .object()
                                     .value(QLatin1String("users"))
                                     .toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(1).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("invoerder"));

        // An invoerder may not export, back up, submit or manage users: exit 2, who may.
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        const QList<QStringList> refused = {
            {QStringLiteral("export"), path, QStringLiteral("--format"),
             QStringLiteral("mdt-proces1"), QStringLiteral("--out"), out},
            {QStringLiteral("backup"), path, m_dir.filePath(QStringLiteral("b.veldboek")),
             QStringLiteral("--backup-passphrase-file"), entry},
            {QStringLiteral("user"), QStringLiteral("list"), path},
            {QStringLiteral("sync"), path, QStringLiteral("--endpoint"),
             QStringLiteral("https://127.0.0.1:9/")},
        };
        for (QStringList arguments : refused) {
            arguments << QStringLiteral("--passphrase-file") << entry;
            result = cli(arguments);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("Only a beheerder may")),
                     qPrintable(arguments.first() + QLatin1String(": ") + result.err));
        }
        QVERIFY(!QFile::exists(out));
        // ... but may read and check the register.
        result = cli({QStringLiteral("validate"), path, QStringLiteral("--spec"),
                      QStringLiteral("mdt"), QStringLiteral("--passphrase-file"), entry});
        QVERIFY2(result.exitCode != 2, qPrintable(result.err));
        // The kiosk role may not even read it from the command line.
        result = cli({QStringLiteral("validate"), path, QStringLiteral("--spec"),
                      QStringLiteral("mdt"), QStringLiteral("--passphrase-file"), kiosk});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("kiosk")), qPrintable(result.err));

        result = cli({QStringLiteral("user"), QStringLiteral("remove"), path,
                      QStringLiteral("Bram"), QStringLiteral("--passphrase-file"), owner});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = cli({QStringLiteral("validate"), path, QStringLiteral("--spec"),
                      QStringLiteral("mdt"), QStringLiteral("--passphrase-file"), entry});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("could not be unlocked")),
                 qPrintable(result.err));
        // Nothing of the passphrases or the key reaches the output.
        QVERIFY(!result.err.contains(QString::fromUtf8(Entry)));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
