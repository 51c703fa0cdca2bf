#pragma once

#include "RegisterError.h"

#include <QString>

namespace veldboek {

// What can be told about a register file without its key. An encrypted register has no plain
// header: its first 16 bytes are SQLCipher's random salt, which also serves as the file's id
// (the keychain account of its key).
class RegisterFile
{
public:
    static constexpr const char *Suffix = ".veldboek";

    // The file's id: the hex of its salt. Empty when the file cannot be read or is too short.
    static QString fileId(const QString &path);
    // Checks that can be made before the key is tried: presence, size, a plain SQLite header,
    // text. Returns RegisterError::None when the file may be a register.
    static RegisterError inspect(const QString &path);
    // Removes the write-ahead log and shared-memory files that belong to a register.
    static void removeCompanions(const QString &path);
    // Removes a register and its companion files (used to clean up after a failed create).
    static void removeWithCompanions(const QString &path);
    // Makes a rename or a new file in the folder of `path` durable: a rename is only in the
    // folder's entries until the folder itself is synced, and a power cut before that undoes it
    // (tests/storage/powerloss_test.cpp cuts there). POSIX fsync of the folder; a no-op on
    // Windows, where NTFS journals its folder entries.
    static bool syncFolder(const QString &path);
};

} // namespace veldboek
