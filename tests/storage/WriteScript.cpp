#include "WriteScript.h"

#include "exchange/CsvReader.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportWriter.h"
#include "storage/Backup.h"
#include "storage/KeyStore.h"
#include "storage/OutcomeRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "storage/RegisterUsers.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace veldboek::test {

namespace {

const char *const Words[] = {"Jansen",  "de Vries", "Bakker", "Visser", "Smit",   "Meijer",
                             "de Boer", "Mulder",   "Bos",    "Vos",    "Peters", "Hendriks"};

template<typename Map>
void bump(Map &map, const QString &key)
{
    ++map[key];
}

std::optional<qint64> idOf(Register &reg, const QString &respondent)
{
    std::optional<qint64> found;
    ParticipantRepository(reg).forEach([&](const Participant &p) {
        if (p.value(u"respondentnummer") == respondent)
            found = p.id;
    });
    return found;
}

bool import(Register &reg, const Op &op, QString *message)
{
    QByteArray csv = "respondentnummer;achternaam\n";
    for (int i = 0; i < 5; ++i)
        csv += QStringLiteral("%1-%2;%3\n").arg(op.respondent).arg(i).arg(op.text).toUtf8();
    CsvError csvError;
    const std::optional<CsvDocument> document =
        CsvReader::read(csv, QStringLiteral("en"), &csvError);
    SpecError specError;
    const std::optional<Spec> spec = SpecLoader::builtin(QStringLiteral("mdt"), &specError);
    if (!document || !spec) {
        *message = QStringLiteral("import: could not read the CSV or the spec");
        return false;
    }
    const Validator validator(*spec, {}, QDate::currentDate(), QStringLiteral("en"));
    QString error;
    std::optional<ImportPlan> plan = ImportPlan::prepare(reg, validator, *document, {}, &error);
    ImportWriter::Outcome outcome;
    if (!plan || !plan->damage.isEmpty() || !ImportWriter(reg).write(*plan, {}, &outcome) ||
        outcome.added != 5) {
        *message = QStringLiteral("import: %1 (added %2)").arg(error).arg(outcome.added);
        return false;
    }
    return true;
}

} // namespace

QString RegisterState::summary() const
{
    int t = 0;
    int m = 0;
    for (const auto &[key, n] : trajectories)
        t += n;
    for (const auto &[key, n] : measurements)
        m += n;
    return QStringLiteral("%1 participants, %2 trajectories, %3 measurements")
        .arg(lastNames.size())
        .arg(t)
        .arg(m);
}

CipherKey Model::key() const
{
    return passphrase.isEmpty() ? WriteScript::rawKey()
                                : CipherKey::passphrase(QByteArray(passphrase));
}

std::unique_ptr<Register> Model::open(const QString &path, RegisterError *error) const
{
    if (passphrase.isEmpty())
        return Register::open(path, key(), error);
    return KeyStore::open(path, QByteArray(passphrase), error);
}

QString Op::name() const
{
    static const char *const Names[] = {"add",        "edit",        "delete",     "import",
                                        "trajectory", "measurement", "checkpoint", "re-key",
                                        "backup",     "user"};
    return QString::fromLatin1(Names[int(kind)]);
}

WriteScript::WriteScript(std::uint32_t seed)
    : m_random(seed)
    , m_seed(seed)
{}

CipherKey WriteScript::rawKey()
{
    return CipherKey::raw(QByteArray(32, '\x5a'));
}

Op WriteScript::next(const Model &model)
{
    Op op;
    op.number = ++m_count;
    const auto &names = model.content.lastNames;
    const int roll = int(m_random() % 100);
    auto pick = [&](auto accept) -> QString {
        QList<QString> candidates;
        for (const auto &[respondent, name] : names)
            if (accept(respondent))
                candidates.append(respondent);
        return candidates.isEmpty() ? QString()
                                    : candidates.at(int(m_random() % candidates.size()));
    };
    op.text = QString::fromLatin1(Words[m_random() % std::size(Words)]);
    if (roll < 30 || names.empty()) {
        op.kind = OpKind::Add;
        op.respondent = QStringLiteral("P%1-%2").arg(m_seed).arg(op.number);
    } else if (roll < 48) {
        op.kind = OpKind::Edit;
        op.respondent = pick([](const QString &) { return true; });
    } else if (roll < 56) {
        op.kind = OpKind::Delete;
        op.respondent = pick([&](const QString &r) {
            return !model.content.trajectories.count(r) && !model.content.measurements.count(r);
        });
        if (op.respondent.isEmpty())
            op.kind = OpKind::Checkpoint;
    } else if (roll < 66) {
        op.kind = OpKind::Import;
        op.respondent = QStringLiteral("I%1-%2").arg(m_seed).arg(op.number);
    } else if (roll < 76) {
        op.kind = OpKind::Trajectory;
        op.respondent = pick([](const QString &) { return true; });
    } else if (roll < 86) {
        op.kind = OpKind::Measurement;
        op.respondent = pick([](const QString &) { return true; });
    } else if (roll < 91) {
        op.kind = OpKind::Checkpoint;
    } else if (roll < 94 && !model.passphrase.isEmpty() && (model.named || m_random() % 2)) {
        // A user's slot is wrapped by a passphrase, so only a passphrase register gets users;
        // once it has them, each user keeps their passphrase and a removal re-keys instead.
        op.kind = OpKind::User;
        op.respondent =
            model.users.empty() ? QStringLiteral("u%1").arg(op.number) : model.users.begin()->first;
        op.text = QStringLiteral("user-pw-%1-%2").arg(m_seed).arg(op.number);
    } else if (roll < 94) {
        op.kind = OpKind::Rekey;
        op.text = QStringLiteral("pw-%1-%2").arg(m_seed).arg(op.number);
    } else {
        op.kind = OpKind::Backup;
        op.text = QStringLiteral("backup-%1.veldboek").arg(op.number);
    }
    return op;
}

void WriteScript::apply(Model &model, const Op &op)
{
    RegisterState &c = model.content;
    switch (op.kind) {
    case OpKind::Add:
    case OpKind::Edit:
        c.lastNames[op.respondent] = op.text;
        break;
    case OpKind::Delete:
        c.lastNames.erase(op.respondent);
        break;
    case OpKind::Import:
        for (int i = 0; i < 5; ++i)
            c.lastNames[QStringLiteral("%1-%2").arg(op.respondent).arg(i)] = op.text;
        break;
    case OpKind::Trajectory:
        bump(c.trajectories, op.respondent);
        break;
    case OpKind::Measurement:
        bump(c.measurements, op.respondent);
        break;
    case OpKind::Checkpoint:
        break;
    case OpKind::Rekey:
        model.passphrase = op.text.toUtf8();
        break;
    case OpKind::Backup:
        model.backups.append({op.text, op.text.toUtf8(), int(c.lastNames.size())});
        break;
    case OpKind::User:
        model.named = true;
        if (const auto found = model.users.find(op.respondent); found != model.users.end()) {
            model.removedUsers.append(found->second);
            model.users.erase(found);
        } else {
            model.users[op.respondent] = op.text.toUtf8();
        }
        break;
    }
}

bool WriteScript::perform(std::unique_ptr<Register> &reg, Model &model, const Op &op,
                          QString *message)
{
    ParticipantRepository participants(*reg);
    OutcomeRepository outcomes(*reg);
    bool ok = false;
    switch (op.kind) {
    case OpKind::Add: {
        Participant p;
        p.setValue(u"respondentnummer", op.respondent);
        p.setValue(u"achternaam", op.text);
        ok = participants.add(p);
        break;
    }
    case OpKind::Edit: {
        std::optional<Participant> p = participants.find(idOf(*reg, op.respondent).value_or(0));
        if (p) {
            p->setValue(u"achternaam", op.text);
            ok = participants.update(*p);
        }
        break;
    }
    case OpKind::Delete:
        ok = participants.remove(idOf(*reg, op.respondent).value_or(0)) ==
             ParticipantRepository::Removal::Deleted;
        break;
    case OpKind::Import:
        ok = import(*reg, op, message);
        break;
    case OpKind::Trajectory: {
        Trajectory t;
        t.participantId = idOf(*reg, op.respondent).value_or(0);
        t.beschikkingsnummer = QString::number(op.number);
        t.startdatum = QStringLiteral("01-09-2024");
        ok = outcomes.addTrajectory(t);
        break;
    }
    case OpKind::Measurement: {
        CemMeasurement m;
        m.participantId = idOf(*reg, op.respondent).value_or(0);
        m.metingId = QStringLiteral("M%1").arg(op.number);
        m.clientRef = op.respondent;
        m.datumMeting = QStringLiteral("01-09-2024");
        m.informant = QStringLiteral("Jongere");
        m.vragenlijst = QStringLiteral("CEM+_2018_JE_v1");
        m.answers = {{QStringLiteral("VR01"), QStringLiteral("3")},
                     {QStringLiteral("VR02"), QStringLiteral("4")}};
        ok = outcomes.addMeasurement(m);
        break;
    }
    case OpKind::Checkpoint:
        ok = reg->checkpoint();
        break;
    case OpKind::Rekey: {
        RegisterError error;
        ok = KeyStore::rekey(reg, {KeyStore::Mode::Passphrase, op.text.toUtf8()}, &error);
        if (!ok)
            *message = error.message();
        break;
    }
    case OpKind::User: {
        RegisterError error;
        ok = model.users.count(op.respondent)
                 ? RegisterUsers::remove(reg, op.respondent, &error)
                 : RegisterUsers::add(reg, QByteArray(model.passphrase), op.respondent,
                                      Role::Invoerder, op.text.toUtf8(), &error);
        if (!ok)
            *message = error.message();
        break;
    }
    case OpKind::Backup: {
        RegisterError error;
        const QString target = QFileInfo(reg->path()).dir().filePath(op.text);
        ok = Backup::create(*reg, target, op.text.toUtf8(), &error);
        if (!ok)
            *message = error.message();
        break;
    }
    }
    if (ok)
        apply(model, op);
    else if (message->isEmpty())
        *message = QStringLiteral("%1 %2 failed").arg(op.name()).arg(op.number);
    return ok;
}

RegisterState WriteScript::read(Register &reg)
{
    RegisterState state;
    OutcomeRepository outcomes(reg);
    ParticipantRepository(reg).forEach([&](const Participant &p) {
        const QString respondent = p.value(u"respondentnummer");
        state.lastNames[respondent] = p.value(u"achternaam");
        if (const auto n = outcomes.trajectories(p.id).size())
            state.trajectories[respondent] = int(n);
        if (const auto n = outcomes.measurements(p.id).size())
            state.measurements[respondent] = int(n);
    });
    return state;
}

} // namespace veldboek::test
