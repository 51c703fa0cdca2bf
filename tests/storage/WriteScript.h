#pragma once

// The write paths the power-loss test and the kill soak drive (tests/storage/powerloss_test.cpp,
// crash_soak.cpp), and what the register must hold after each. One seed gives one sequence of
// operations; the writer (powerloss_writer.cpp) performs them on a real register and reports
// each one after it committed, and the checker replays the same sequence on a model. Each
// operation is one transaction, or one atomic swap of files (re-key, backup), so after a cut the
// register holds exactly the model after the last reported operation, or after the one in flight.
#include "keys/CipherKey.h"
#include "storage/RegisterError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <random>

namespace veldboek {
class Register;
}

namespace veldboek::test {

// What a register holds, as far as the script changes it.
struct RegisterState
{
    std::map<QString, QString> lastNames; // by respondent number
    std::map<QString, int> trajectories;  // by respondent number, only where not 0
    std::map<QString, int> measurements;  // by respondent number, only where not 0

    bool operator==(const RegisterState &other) const = default;
    QString summary() const;
};

struct BackupFile
{
    QString name; // in the register's folder
    QByteArray passphrase;
    int participants = 0;
};

// The model: the register's content, its key, and the backups written so far.
struct Model
{
    RegisterState content;
    QByteArray passphrase; // empty: the raw key WriteScript::rawKey()
    QList<BackupFile> backups;
    // Named users (core/storage/RegisterUsers.h): once the first one is added, `passphrase` is
    // the beheerder's slot. The invoerders by name, and the passphrases of users removed since.
    bool named = false;
    std::map<QString, QByteArray> users;
    QList<QByteArray> removedUsers;

    CipherKey key() const;
    // Opens the register as the writer and the checker do: through the key slots once named.
    std::unique_ptr<Register> open(const QString &path, RegisterError *error) const;
};

// User: adds an invoerder (the first one turns the register into one with named users), or
// removes one, which re-keys the register.
enum class OpKind {
    Add,
    Edit,
    Delete,
    Import,
    Trajectory,
    Measurement,
    Checkpoint,
    Rekey,
    Backup,
    User
};

struct Op
{
    OpKind kind = OpKind::Add;
    QString respondent; // the participant it adds or changes
    QString text;       // a last name, a passphrase or a backup's name
    int number = 0;     // the operation's number in the script, from 1
    QString name() const;
};

class WriteScript
{
public:
    static constexpr int Length = 40;

    explicit WriteScript(std::uint32_t seed);
    // The next operation, chosen from what the model holds now.
    Op next(const Model &model);
    // What the operation does to the model once committed.
    static void apply(Model &model, const Op &op);
    // Performs it on the register (re-key replaces `reg`); false: it failed, with a message.
    static bool perform(std::unique_ptr<Register> &reg, Model &model, const Op &op,
                        QString *message);
    // Reads what the script changes back from a register.
    static RegisterState read(Register &reg);
    static CipherKey rawKey();

private:
    std::mt19937 m_random;
    std::uint32_t m_seed;
    int m_count = 0;
};

} // namespace veldboek::test
