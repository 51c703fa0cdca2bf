#pragma once

#include "Command.h"
#include "storage/Register.h"

#include <memory>

namespace veldboek::cli {

// The one way a command opens the register it names: unlocked by the passphrase in
// --passphrase-file F when given, else by the keychain (storage/KeyStore.h). Every failure is
// the message of RegisterError or of readSecretFile (keys/SecretFile.h), never a value; the
// command then exits with Failure (docs/cli.md).

// Prints the reason on context.err and returns nullptr when the register cannot be opened, or
// when the user it was unlocked as may not do `action` (core/storage/Roles.h): a refused action
// exits with Failure (2), and the message says which role may do it.
std::unique_ptr<Register> openRegister(const QCommandLineParser &parser, CommandContext &context,
                                       const QString &path, Action action = Action::Read);

// For commands that parse their arguments by hand (validate REGISTER): --passphrase-file is
// looked up in `arguments`; the reason is returned in *error, for the caller to print.
std::unique_ptr<Register> openRegister(const QString &path, const QStringList &arguments,
                                       QString *error, Action action = Action::Read);

} // namespace veldboek::cli
