#include "SyncError.h"

namespace veldboek {

bool SyncError::retryable() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server;
}

int SyncError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::LocalCheck:
    case Kind::Refused:
        return 1;
    default:
        return 2;
    }
}

} // namespace veldboek
