#include "RegisterFile.h"

#include "SqlCipherDriver.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace veldboek {

QString RegisterFile::fileId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray salt = file.read(16);
    if (salt.size() != 16)
        return {};
    return QString::fromLatin1(salt.toHex());
}

RegisterError RegisterFile::inspect(const QString &path)
{
    using Code = RegisterError::Code;
    const QFileInfo info(path);
    if (!info.exists())
        return RegisterError::make(Code::NotFound, path);
    if (!info.isFile())
        return RegisterError::make(Code::NotARegister, path, QStringLiteral("not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return RegisterError::make(Code::Io, path, file.errorString());
    const QByteArray head = file.read(SqlCipherDriver::PageSize);
    if (head.isEmpty())
        return RegisterError::make(Code::NotARegister, path, QStringLiteral("empty file"));
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return RegisterError::make(Code::PlainDatabase, path);
    // Encrypted pages look random; a page of mostly printable text is some other document.
    qsizetype printable = 0;
    for (const char c : head) {
        if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t')
            ++printable;
    }
    if (printable * 10 > head.size() * 9)
        return RegisterError::make(Code::NotARegister, path, QStringLiteral("text file"));
    if (info.size() % SqlCipherDriver::PageSize != 0)
        return RegisterError::make(
            Code::Truncated, path,
            QStringLiteral("size %1 is not a whole number of pages").arg(info.size()));
    return {};
}

void RegisterFile::removeCompanions(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

void RegisterFile::removeWithCompanions(const QString &path)
{
    removeCompanions(path);
    QFile::remove(path);
}

bool RegisterFile::syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace veldboek
