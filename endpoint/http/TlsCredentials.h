#pragma once

#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace veldboek::http {

// The server's certificate chain and private key (PEM files), handed to GnuTLS per handshake, so
// that reload() (on SIGHUP) takes a renewed certificate without closing a single connection.
// Loaded generations are kept until the process ends: a handshake may still hold the previous one.
class TlsCredentials
{
public:
    TlsCredentials(QString certificateFile, QString keyFile);
    ~TlsCredentials();
    TlsCredentials(const TlsCredentials &) = delete;
    TlsCredentials &operator=(const TlsCredentials &) = delete;

    // Reads both files again; on failure the credentials in use stay and `error` says why.
    bool reload(QString *error);

    // GnuTLS's certificate retrieval callback (gnutls_certificate_retrieve_function2) for the
    // credentials made current last; it has no user pointer, so one instance serves a process.
    static void *retrieveFunction();

    // What the server accepts: TLS 1.3, and TLS 1.2 only with ephemeral ECDH key exchange and an
    // AEAD cipher (AES-GCM, ChaCha20-Poly1305). No CBC, no RSA key transport, no SHA-1 MACs.
    static const char *priorities();

    struct Generation; // one loaded chain and key

private:
    QString m_certificateFile;
    QString m_keyFile;
    QMutex m_mutex;
    std::vector<std::unique_ptr<Generation>> m_generations;
};

} // namespace veldboek::http
