#pragma once

#include <QString>

namespace veldboek {

// Why a call to the endpoint, or a submission as a whole, did not succeed. The kind decides
// whether it is retried and what the command line returns; the message is for the user.
struct SyncError
{
    enum class Kind {
        None,
        Network,     // no connection, connection cut off: retried
        Timeout,     // no answer in time: retried
        Server,      // 5xx: retried
        Tls,         // the TLS handshake failed for a reason other than the certificate
        Certificate, // the certificate is not trusted, or does not match the pin
        Token,       // 401/403: the token is wrong or revoked
        Refused,     // another 4xx: the endpoint refused the package or the request
        NotAReceipt, // an answer that is not the endpoint's JSON (a captive portal's page)
        Cancelled,
        LocalCheck, // the full-register check found errors; nothing was sent
        Local,      // the register could not be read or written, or the settings are unusable
    };

    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;

    bool ok() const { return kind == Kind::None; }
    // Worth trying again with the same request: the endpoint may not have seen it, or failed.
    bool retryable() const;
    // docs/api.md: 1 when the data has errors or the endpoint refused it, 2 otherwise.
    int exitCode() const;
};

} // namespace veldboek
