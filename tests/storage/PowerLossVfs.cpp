#include "PowerLossVfs.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <random>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

extern "C" {
int __real_rename(const char *from, const char *to);
int __real_fsync(int fd);
int __real_fdatasync(int fd);
int __wrap_rename(const char *from, const char *to);
int __wrap_fsync(int fd);
int __wrap_fdatasync(int fd);
}

namespace {

constexpr int SectorSize = 512;

// A write (data) or a truncate (no data, offset is the new size) not yet synced.
struct PendingOp
{
    bool truncate = false;
    sqlite3_int64 offset = 0;
    std::string data;
};

struct PendingRename
{
    std::string from;
    std::string to;
    std::string replaced; // a hard link to the file `to` named before, or empty
};

struct State
{
    sqlite3_vfs *real = nullptr;
    std::uint64_t cutAt = 0;
    std::uint64_t events = 0;
    std::mt19937 random;
    std::map<std::string, std::vector<PendingOp>> pending; // by full path
    std::vector<PendingRename> renames;
    int renameCount = 0;
};

State &state()
{
    static State s;
    return s;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string path; // empty for SQLite's nameless temporary files: passed through
};

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// What happens to the cache at the cut: each pending write is lost, written or torn.
void writeTorn(int fd, const PendingOp &op)
{
    auto &s = state();
    for (std::size_t at = 0; at < op.data.size(); at += SectorSize) {
        const std::size_t length = std::min<std::size_t>(SectorSize, op.data.size() - at);
        const int fate = static_cast<int>(s.random() % 3);
        if (fate == 0)
            continue; // this sector never reached the disk
        std::string bytes = op.data.substr(at, length);
        if (fate == 2)
            for (char &c : bytes)
                c = static_cast<char>(s.random());
        (void)!::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(op.offset + at));
    }
}

[[noreturn]] void cut()
{
    auto &s = state();
    for (const auto &[path, ops] : s.pending) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        for (const PendingOp &op : ops) {
            const int fate = static_cast<int>(s.random() % 3);
            if (fate == 0)
                continue;
            if (op.truncate)
                (void)!::ftruncate(fd, static_cast<off_t>(op.offset));
            else if (fate == 1)
                (void)!::pwrite(fd, op.data.data(), op.data.size(), static_cast<off_t>(op.offset));
            else
                writeTorn(fd, op);
        }
        ::close(fd);
    }
    // A rename whose directory was never synced may not have happened at all.
    for (auto it = s.renames.rbegin(); it != s.renames.rend(); ++it) {
        if (s.random() % 2 == 0) {
            __real_rename(it->to.c_str(), it->from.c_str());
            if (!it->replaced.empty())
                __real_rename(it->replaced.c_str(), it->to.c_str());
        } else if (!it->replaced.empty()) {
            ::unlink(it->replaced.c_str());
        }
    }
    std::fprintf(stderr, "powerloss: power cut at event %llu\n",
                 static_cast<unsigned long long>(s.events));
    std::fflush(stderr);
    ::_exit(veldboek::test::PowerLossVfs::CutExitCode);
}

void event()
{
    auto &s = state();
    ++s.events;
    if (s.cutAt != 0 && s.events >= s.cutAt)
        cut();
}

std::vector<PendingOp> *pendingOf(File *file)
{
    if (file->path.empty())
        return nullptr;
    return &state().pending[file->path];
}

int fileSize(File *file, sqlite3_int64 *size)
{
    const int rc = file->real->pMethods->xFileSize(file->real, size);
    if (rc != SQLITE_OK)
        return rc;
    if (const auto *ops = pendingOf(file))
        for (const PendingOp &op : *ops)
            *size = op.truncate ? op.offset
                                : std::max(*size, op.offset + sqlite3_int64(op.data.size()));
    return SQLITE_OK;
}

int xClose(sqlite3_file *f)
{
    // Pending writes stay pending: closing a file does not sync it.
    auto *file = reinterpret_cast<File *>(f);
    const int rc = file->real->pMethods->xClose(file->real);
    file->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<File *>(f);
    int rc = file->real->pMethods->xRead(file->real, buffer, amount, offset);
    const auto *ops = pendingOf(file);
    if (!ops || ops->empty() || (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ))
        return rc;
    auto *bytes = static_cast<char *>(buffer);
    sqlite3_int64 size = 0;
    file->real->pMethods->xFileSize(file->real, &size);
    const sqlite3_int64 end = offset + amount;
    for (const PendingOp &op : *ops) {
        if (op.truncate) {
            size = op.offset;
            if (size < end) {
                const sqlite3_int64 from = std::max(size, offset);
                std::memset(bytes + (from - offset), 0, std::size_t(end - from));
            }
            continue;
        }
        const sqlite3_int64 opEnd = op.offset + sqlite3_int64(op.data.size());
        size = std::max(size, opEnd);
        const sqlite3_int64 from = std::max(op.offset, offset);
        const sqlite3_int64 to = std::min(opEnd, end);
        if (from < to)
            std::memcpy(bytes + (from - offset), op.data.data() + (from - op.offset),
                        std::size_t(to - from));
    }
    return end > size ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<File *>(f);
    auto *ops = pendingOf(file);
    if (!ops)
        return file->real->pMethods->xWrite(file->real, buffer, amount, offset);
    ops->push_back({false, offset, std::string(static_cast<const char *>(buffer), amount)});
    event();
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    auto *file = reinterpret_cast<File *>(f);
    auto *ops = pendingOf(file);
    if (!ops)
        return file->real->pMethods->xTruncate(file->real, size);
    ops->push_back({true, size, {}});
    event();
    return SQLITE_OK;
}

int xSync(sqlite3_file *f, int flags)
{
    auto *file = reinterpret_cast<File *>(f);
    auto *ops = pendingOf(file);
    if (ops) {
        event();
        for (const PendingOp &op : *ops) {
            const int rc = op.truncate
                               ? file->real->pMethods->xTruncate(file->real, op.offset)
                               : file->real->pMethods->xWrite(file->real, op.data.data(),
                                                              int(op.data.size()), op.offset);
            if (rc != SQLITE_OK)
                return rc;
        }
        ops->clear();
    }
    return file->real->pMethods->xSync(file->real, flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return fileSize(reinterpret_cast<File *>(f), size);
}

#define FORWARD(name, signature, ...)                                                              \
    int name signature                                                                             \
    {                                                                                              \
        auto *file = reinterpret_cast<File *>(f);                                                  \
        return file->real->pMethods->name(file->real, __VA_ARGS__);                                \
    }
FORWARD(xLock, (sqlite3_file * f, int level), level)
FORWARD(xUnlock, (sqlite3_file * f, int level), level)
FORWARD(xCheckReservedLock, (sqlite3_file * f, int *out), out)
FORWARD(xFileControl, (sqlite3_file * f, int op, void *arg), op, arg)
FORWARD(xShmMap, (sqlite3_file * f, int region, int size, int extend, void volatile **out), region,
        size, extend, out)
FORWARD(xShmLock, (sqlite3_file * f, int offset, int n, int flags), offset, n, flags)
FORWARD(xShmUnmap, (sqlite3_file * f, int deleteFlag), deleteFlag)
#undef FORWARD

int xSectorSize(sqlite3_file *f)
{
    auto *file = reinterpret_cast<File *>(f);
    return file->real->pMethods->xSectorSize(file->real);
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    // Nothing is atomic or safe to append here: the cut may tear any unsynced write.
    auto *file = reinterpret_cast<File *>(f);
    return file->real->pMethods->xDeviceCharacteristics(file->real) &
           ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC4K |
             SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL);
}

void xShmBarrier(sqlite3_file *f)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real->pMethods->xShmBarrier(file->real);
}

// Version 2: shared memory for WAL, but no memory-mapped reads (xFetch), which would bypass the
// cache kept here.
const sqlite3_io_methods Methods = {2,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    nullptr,
                                    nullptr};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto &s = state();
    auto *file = reinterpret_cast<File *>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = s.real->xOpen(s.real, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (file->real->pMethods)
            file->real->pMethods->xClose(file->real);
        return rc;
    }
    new (&file->path) std::string(name ? name : "");
    file->base.pMethods = &Methods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    auto &s = state();
    s.pending.erase(name);
    return s.real->xDelete(s.real, name, syncDirectory);
}

sqlite3_vfs &vfs()
{
    static sqlite3_vfs v;
    return v;
}

void markDirectorySynced(int fd)
{
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISDIR(info.st_mode))
        return;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t length = ::readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return;
    const std::string directory(target, std::size_t(length));
    auto &renames = state().renames;
    renames.erase(std::remove_if(renames.begin(), renames.end(),
                                 [&](const PendingRename &r) {
                                     if (directoryOf(r.to) != directory)
                                         return false;
                                     if (!r.replaced.empty())
                                         ::unlink(r.replaced.c_str());
                                     return true;
                                 }),
                  renames.end());
}

std::string absolute(const char *path)
{
    if (path[0] == '/')
        return path;
    char cwd[PATH_MAX];
    return std::string(::getcwd(cwd, sizeof cwd) ? cwd : ".") + "/" + path;
}

} // namespace

extern "C" int __wrap_rename(const char *from, const char *to)
{
    auto &s = state();
    if (!s.real)
        return __real_rename(from, to);
    PendingRename rename{absolute(from), absolute(to), {}};
    if (::access(to, F_OK) == 0) {
        rename.replaced = rename.to + ".powerloss-replaced-" + std::to_string(++s.renameCount);
        if (::link(to, rename.replaced.c_str()) != 0)
            rename.replaced.clear();
    }
    const int rc = __real_rename(from, to);
    if (rc != 0) {
        const int saved = errno;
        if (!rename.replaced.empty())
            ::unlink(rename.replaced.c_str());
        errno = saved;
        return rc;
    }
    auto node = s.pending.extract(rename.from);
    if (!node.empty()) {
        node.key() = rename.to;
        s.pending.erase(rename.to);
        s.pending.insert(std::move(node));
    }
    s.renames.push_back(std::move(rename));
    event();
    return rc;
}

extern "C" int __wrap_fsync(int fd)
{
    markDirectorySynced(fd);
    return __real_fsync(fd);
}

extern "C" int __wrap_fdatasync(int fd)
{
    markDirectorySynced(fd);
    return __real_fdatasync(fd);
}

namespace veldboek::test {

void PowerLossVfs::install(std::uint64_t cutAt, std::uint32_t seed)
{
    auto &s = state();
    s.real = sqlite3_vfs_find(nullptr);
    s.cutAt = cutAt;
    s.random.seed(seed);
    sqlite3_vfs &v = vfs();
    v = *s.real;
    v.zName = "powerloss";
    v.szOsFile = int(sizeof(File)) + s.real->szOsFile;
    v.pNext = nullptr;
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    sqlite3_vfs_register(&v, 1);
}

std::uint64_t PowerLossVfs::events()
{
    return state().events;
}

void PowerLossVfs::cleanUp()
{
    for (const PendingRename &rename : state().renames)
        if (!rename.replaced.empty())
            ::unlink(rename.replaced.c_str());
    state().renames.clear();
}

} // namespace veldboek::test
