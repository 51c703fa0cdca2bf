#include "UserSlots.h"

#include "RegisterFile.h"
#include "keys/Keychain.h"
#include "keys/Sealing.h"
#include "keys/SecretBytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace veldboek {

namespace {

const QString Format = QStringLiteral("veldboek-users-1");

QString keychainAccount(const QString &id, const QString &name)
{
    return QStringLiteral("users-%1-%2").arg(id, QString::fromLatin1(name.toUtf8().toHex()));
}

QByteArray fromBase64(const QJsonValue &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

QString UserSlots::filePath(const QString &registerPath)
{
    return registerPath + QStringLiteral(".users");
}

QString UserSlots::pendingPath(const QString &registerPath)
{
    return registerPath + QStringLiteral(".users-pending");
}

UserSlots UserSlots::fresh()
{
    UserSlots keySlots;
    keySlots.m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    keySlots.m_salt = randomBytes(sealing::SaltSize);
    keySlots.m_iterations = sealing::PassphraseIterations;
    return keySlots;
}

bool UserSlots::load(const QString &file, UserSlots *keySlots, QString *reason)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *reason = in.errorString();
        return false;
    }
    if (in.size() > MaxFileSize) {
        *reason = QStringLiteral("larger than %1 bytes").arg(MaxFileSize);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.read(MaxFileSize), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QLatin1String("format")) != Format) {
        *reason = QStringLiteral("not a Veldboek users file");
        return false;
    }
    UserSlots loaded;
    loaded.m_id = root.value(QLatin1String("id")).toString();
    loaded.m_salt = fromBase64(root.value(QLatin1String("salt")));
    loaded.m_iterations = root.value(QLatin1String("iterations")).toInt();
    // The iteration count comes from the file: bounded both ways, so a changed file can neither
    // weaken the stretching to nothing nor make an open take hours.
    if (loaded.m_id.isEmpty() || loaded.m_salt.size() != sealing::SaltSize ||
        loaded.m_iterations < 100000 || loaded.m_iterations > 10000000) {
        *reason = QStringLiteral("id, salt or iterations out of range");
        return false;
    }
    const QJsonArray users = root.value(QLatin1String("users")).toArray();
    if (users.isEmpty() || users.size() > MaxUsers) {
        *reason = QStringLiteral("%1 users").arg(users.size());
        return false;
    }
    for (const QJsonValue &value : users) {
        const QJsonObject object = value.toObject();
        UserSlot slot;
        slot.name = object.value(QLatin1String("name")).toString();
        const auto role = roles::fromId(object.value(QLatin1String("role")).toString());
        const QString kind = object.value(QLatin1String("kind")).toString();
        slot.kind = kind == QLatin1String("keychain") ? UserSlot::Kind::Keychain
                                                      : UserSlot::Kind::Passphrase;
        slot.publicKey = fromBase64(object.value(QLatin1String("publicKey")));
        slot.wrappedSecretKey = fromBase64(object.value(QLatin1String("secretKey")));
        slot.sealedDataKey = fromBase64(object.value(QLatin1String("dataKey")));
        if (slot.name.isEmpty() || slot.name.size() > 64 || !role ||
            (kind != QLatin1String("keychain") && kind != QLatin1String("passphrase")) ||
            slot.publicKey.size() != sealing::PublicKeySize || slot.wrappedSecretKey.isEmpty() ||
            slot.sealedDataKey.isEmpty() || loaded.find(slot.name)) {
            *reason = QStringLiteral("user entry %1 is malformed").arg(loaded.m_slots.size() + 1);
            return false;
        }
        slot.role = *role;
        loaded.m_slots.append(slot);
    }
    *keySlots = std::move(loaded);
    return true;
}

bool UserSlots::save(const QString &file, QString *reason) const
{
    QJsonArray users;
    for (const UserSlot &slot : m_slots) {
        users.append(QJsonObject{
            {QStringLiteral("name"), slot.name},
            {QStringLiteral("role"), roles::id(slot.role)},
            {QStringLiteral("kind"), slot.kind == UserSlot::Kind::Keychain
                                         ? QStringLiteral("keychain")
                                         : QStringLiteral("passphrase")},
            {QStringLiteral("publicKey"), toBase64(slot.publicKey)},
            {QStringLiteral("secretKey"), toBase64(slot.wrappedSecretKey)},
            {QStringLiteral("dataKey"), toBase64(slot.sealedDataKey)},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("id"), m_id},
                           {QStringLiteral("salt"), toBase64(m_salt)},
                           {QStringLiteral("iterations"), m_iterations},
                           {QStringLiteral("users"), users}};
    const QByteArray data = QJsonDocument(root).toJson();
    const QByteArray target = QFile::encodeName(file);
    const QByteArray temporary = target + ".tmp";
    const int fd =
        ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    bool ok = fd >= 0;
    if (ok) {
        ::fchmod(fd, S_IRUSR | S_IWUSR);
        ok = writeAll(fd, data) && ::fsync(fd) == 0;
        ok = ::close(fd) == 0 && ok;
    }
    // rename() replaces the old file atomically; the folder's sync makes the rename survive a
    // power cut (core/storage/RegisterFile.h, syncFolder). Once renamed, the new file is what
    // every open() reads, so a failed sync is not reported as a failed save.
    ok = ok && std::rename(temporary.constData(), target.constData()) == 0;
    if (!ok) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temporary.constData());
        return false;
    }
    RegisterFile::syncFolder(file);
    return true;
}

const UserSlot *UserSlots::find(const QString &name) const
{
    for (const UserSlot &slot : m_slots) {
        if (slot.name.compare(name, Qt::CaseInsensitive) == 0)
            return &slot;
    }
    return nullptr;
}

int UserSlots::count(Role role) const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [role](const UserSlot &slot) { return slot.role == role; }));
}

QByteArray UserSlots::secretAad(const QString &name) const
{
    return "veldboek-user-secret\n" + m_id.toUtf8() + '\n' + name.toUtf8();
}

QByteArray UserSlots::dataKeyAad(const UserSlot &slot) const
{
    return "veldboek-user-datakey\n" + m_id.toUtf8() + '\n' + slot.name.toUtf8() + '\n' +
           roles::id(slot.role).toUtf8();
}

std::optional<UserSlots::Unlocked> UserSlots::unwrap(const UserSlot &slot,
                                                     const QByteArray &kek) const
{
    QByteArray secretKey;
    if (!sealing::open(kek, slot.wrappedSecretKey, secretAad(slot.name), &secretKey))
        return std::nullopt;
    Unlocked unlocked{slot.name, slot.role, {}};
    const bool ok =
        sealing::openWith(secretKey, slot.sealedDataKey, dataKeyAad(slot), &unlocked.dataKey);
    wipe(secretKey);
    if (!ok)
        return std::nullopt;
    return unlocked;
}

std::optional<UserSlots::Unlocked>
UserSlots::unlockWithPassphrase(const QByteArray &passphrase) const
{
    QByteArray kek = sealing::deriveKey(passphrase, m_salt, m_iterations);
    std::optional<Unlocked> found;
    for (const UserSlot &slot : m_slots) {
        if (slot.kind == UserSlot::Kind::Passphrase && (found = unwrap(slot, kek)))
            break;
    }
    wipe(kek);
    return found;
}

std::optional<UserSlots::Unlocked> UserSlots::unlockWithKeychain() const
{
    for (const UserSlot &slot : m_slots) {
        if (slot.kind != UserSlot::Kind::Keychain)
            continue;
        QByteArray kek;
        if (!Keychain::read(keychainAccount(m_id, slot.name), &kek).ok())
            continue;
        auto found = unwrap(slot, kek);
        wipe(kek);
        if (found)
            return found;
    }
    return std::nullopt;
}

bool UserSlots::passphraseInUse(const QByteArray &passphrase) const
{
    auto found = unlockWithPassphrase(passphrase);
    if (found)
        wipe(found->dataKey);
    return found.has_value();
}

bool UserSlots::add(const QString &name, Role role, const QByteArray &passphrase,
                    const QByteArray &dataKey, QString *reason)
{
    UserSlot slot;
    slot.name = name;
    slot.role = role;
    slot.kind = passphrase.isEmpty() ? UserSlot::Kind::Keychain : UserSlot::Kind::Passphrase;
    sealing::KeyPair pair = sealing::generateKeyPair();
    QByteArray kek = passphrase.isEmpty() ? randomBytes(sealing::KeySize)
                                          : sealing::deriveKey(passphrase, m_salt, m_iterations);
    slot.publicKey = pair.publicKey;
    slot.wrappedSecretKey = sealing::seal(kek, pair.secretKey, secretAad(name));
    slot.sealedDataKey = sealing::sealTo(pair.publicKey, dataKey, dataKeyAad(slot));
    wipe(pair.secretKey);
    bool ok = !slot.publicKey.isEmpty() && !slot.wrappedSecretKey.isEmpty() &&
              !slot.sealedDataKey.isEmpty();
    if (!ok)
        *reason = QStringLiteral("the key slot could not be made");
    if (ok && slot.kind == UserSlot::Kind::Keychain) {
        const Keychain::Result stored = Keychain::write(keychainAccount(m_id, name), kek);
        ok = stored.ok();
        if (!ok)
            *reason = stored.detail;
    }
    wipe(kek);
    if (ok)
        m_slots.append(slot);
    return ok;
}

bool UserSlots::changePassphrase(const QString &name, const QByteArray &oldPassphrase,
                                 const QByteArray &newPassphrase)
{
    QByteArray oldKek = sealing::deriveKey(oldPassphrase, m_salt, m_iterations);
    QByteArray newKek = sealing::deriveKey(newPassphrase, m_salt, m_iterations);
    bool changed = false;
    for (UserSlot &slot : m_slots) {
        QByteArray secretKey;
        if (slot.name != name || slot.kind != UserSlot::Kind::Passphrase ||
            !sealing::open(oldKek, slot.wrappedSecretKey, secretAad(slot.name), &secretKey))
            continue;
        const QByteArray wrapped = sealing::seal(newKek, secretKey, secretAad(slot.name));
        wipe(secretKey);
        if (!wrapped.isEmpty()) {
            slot.wrappedSecretKey = wrapped;
            changed = true;
        }
    }
    wipe(oldKek);
    wipe(newKek);
    return changed;
}

void UserSlots::remove(const QString &name)
{
    m_slots.removeIf([&](const UserSlot &slot) { return slot.name == name; });
}

bool UserSlots::resealDataKey(const QByteArray &dataKey)
{
    for (UserSlot &slot : m_slots) {
        slot.sealedDataKey = sealing::sealTo(slot.publicKey, dataKey, dataKeyAad(slot));
        if (slot.sealedDataKey.isEmpty())
            return false;
    }
    return true;
}

void UserSlots::forgetKeychainEntry(const QString &id, const UserSlot &slot)
{
    if (slot.kind == UserSlot::Kind::Keychain)
        Keychain::remove(keychainAccount(id, slot.name));
}

} // namespace veldboek
