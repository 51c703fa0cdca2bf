#pragma once

class QCoreApplication;

namespace veldboek {

// Runs the command named by the process's arguments (serve, account, deletion-requests,
// release, --version, --help; docs/endpoint.md) and returns the exit code: 0 success, 2 usage
// or I/O failure. `serve` returns when the server was told to stop. The library's entry, so
// endpoint/main.cpp only sets the process up.
int runEndpointCommand(QCoreApplication &app);

} // namespace veldboek
