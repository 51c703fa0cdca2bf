#pragma once

#include "Command.h"
#include "sync/ConnectionSettings.h"

namespace veldboek::cli {

// The options every command that talks to the endpoint takes: --endpoint URL, --ca CERT,
// --pin PIN, --token-file F, and --passphrase-file F for the register.
void addConnectionOptions(QCommandLineParser &parser);

// The connection a command uses: the profile stored in the register, with --endpoint, --ca,
// --pin and --token-file taking precedence (docs/cli.md, `sync`). False, with the message
// printed, when it is unusable. Shared by `sync`, `history`, `withdraw` and `deletion-requests`.
bool profileFrom(const QCommandLineParser &parser, const ConnectionSettings &settings,
                 CommandContext &context, EndpointProfile *profile);

} // namespace veldboek::cli
