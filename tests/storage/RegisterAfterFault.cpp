#include "RegisterAfterFault.h"

#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace veldboek::test {

namespace {

QString checkBackup(const QString &path, const BackupFile &backup, bool mustExist)
{
    if (!QFileInfo::exists(path))
        return mustExist ? QStringLiteral("backup %1 is missing").arg(backup.name) : QString();
    RegisterError error;
    auto copy = Register::open(path, CipherKey::passphrase(QByteArray(backup.passphrase)), &error,
                               Register::Access::ReadOnly);
    if (!copy)
        return QStringLiteral("backup %1 does not open: %2").arg(backup.name, error.message());
    if (copy->integrityCheck() != QLatin1String("ok"))
        return QStringLiteral("backup %1 is damaged").arg(backup.name);
    const int count = ParticipantRepository(*copy).count();
    if (mustExist && count != backup.participants)
        return QStringLiteral("backup %1 holds %2 participants, not %3")
            .arg(backup.name)
            .arg(count)
            .arg(backup.participants);
    return {};
}

// Every invoerder in both models opens the register as themselves; a user whose removal was
// reported opens nothing (the in-flight operation may go either way).
QString checkUsers(const QString &path, const Model &before, const Model &after)
{
    for (const auto &[name, passphrase] : before.users) {
        if (!after.users.count(name))
            continue;
        RegisterError error;
        auto reg = KeyStore::open(path, QByteArray(passphrase), &error);
        if (!reg || reg->actor() != name || reg->role() != Role::Invoerder)
            return QStringLiteral("user %1 does not open it: %2").arg(name, error.message());
    }
    for (const QByteArray &passphrase : before.removedUsers) {
        RegisterError error;
        if (KeyStore::open(path, QByteArray(passphrase), &error))
            return QStringLiteral("a removed user still opens it");
        if (error.code != RegisterError::Code::WrongKey)
            return QStringLiteral("a removed user gets: %1").arg(error.message());
    }
    return {};
}

} // namespace

FaultVerdict checkAfterFault(const QString &path, const Model &initial, std::uint32_t seed,
                             int committed, bool started)
{
    FaultVerdict verdict;
    Model before = initial;
    WriteScript script(seed);
    for (int i = 0; i < committed; ++i)
        WriteScript::apply(before, script.next(before));
    Model after = before;
    std::optional<Op> inFlight;
    if (started && committed < WriteScript::Length) {
        inFlight = script.next(before);
        WriteScript::apply(after, *inFlight);
    }

    RegisterError error;
    std::unique_ptr<Register> reg = before.open(path, &error);
    if (!reg && after.passphrase != before.passphrase)
        reg = after.open(path, &error);
    if (!reg) {
        verdict.problem = QStringLiteral("does not open: %1").arg(error.message());
        return verdict;
    }
    verdict.opened = true;
    const QString integrity = reg->integrityCheck();
    QSqlQuery cipher(reg->database());
    if (integrity != QLatin1String("ok")) {
        verdict.problem = QStringLiteral("integrity_check: %1").arg(integrity);
        return verdict;
    }
    if (!cipher.exec(QStringLiteral("PRAGMA cipher_integrity_check")) || cipher.next()) {
        verdict.problem =
            QStringLiteral("cipher_integrity_check: %1").arg(cipher.value(0).toString());
        return verdict;
    }
    verdict.intact = true;
    const RegisterState found = WriteScript::read(*reg);
    if (found != before.content && found != after.content) {
        verdict.problem = QStringLiteral("holds %1; expected %2 after %3 operations%4")
                              .arg(found.summary(), before.content.summary())
                              .arg(committed)
                              .arg(inFlight ? QStringLiteral(" (or %1 with %2 %3)")
                                                  .arg(after.content.summary(), inFlight->name())
                                                  .arg(inFlight->number)
                                            : QString());
        return verdict;
    }
    const QDir folder = QFileInfo(path).dir();
    for (const BackupFile &backup : std::as_const(before.backups)) {
        verdict.problem = checkBackup(folder.filePath(backup.name), backup, true);
        if (!verdict.problem.isEmpty())
            return verdict;
    }
    // A backup in flight may be missing, but what carries its name is complete.
    if (inFlight && inFlight->kind == OpKind::Backup) {
        verdict.problem = checkBackup(folder.filePath(inFlight->text), after.backups.last(), false);
        if (!verdict.problem.isEmpty())
            return verdict;
    }
    verdict.problem = checkUsers(path, before, after);
    if (!verdict.problem.isEmpty())
        return verdict;
    verdict.complete = true;
    return verdict;
}

WriterRun readWriterOutput(QProcess &writer)
{
    WriterRun run;
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line == "opened")
            run.started = true;
        else if (line.startsWith("ok "))
            run.committed = line.mid(3).toInt();
        else if (line.startsWith("end "))
            run.events = line.mid(4).toULongLong();
    }
    run.errors = QString::fromLocal8Bit(writer.readAllStandardError()).trimmed();
    return run;
}

std::optional<Model> initialModel(const QString &file, const QByteArray &passphrase, QString *error)
{
    // A copy of its own in a fresh folder: the file may be the fixture in the source tree, read
    // at the same time by the other fault program (ctest runs crash_soak and powerloss_test side
    // by side).
    QTemporaryDir folder;
    const QString scratch = folder.filePath(QStringLiteral("initial.veldboek"));
    if (!folder.isValid() || !QFile::copy(file, scratch)) {
        *error = QStringLiteral("cannot copy %1").arg(file);
        return std::nullopt;
    }
    Model model;
    model.passphrase = passphrase;
    RegisterError registerError;
    {
        std::unique_ptr<Register> reg = Register::open(scratch, model.key(), &registerError);
        if (!reg) {
            *error = registerError.message();
            return std::nullopt;
        }
        model.content = WriteScript::read(*reg);
    }
    return model;
}

} // namespace veldboek::test
