#include "TlsCredentials.h"

#include <QFile>
#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

namespace veldboek::http {

struct TlsCredentials::Generation
{
    std::vector<gnutls_pcert_st> chain;
    gnutls_privkey_t key = nullptr;

    ~Generation()
    {
        for (gnutls_pcert_st &certificate : chain)
            gnutls_pcert_deinit(&certificate);
        if (key)
            gnutls_privkey_deinit(key);
    }
};

namespace {

std::atomic<TlsCredentials::Generation *> current{nullptr};

int retrieve(gnutls_session_t, const gnutls_datum_t *, int, const gnutls_pk_algorithm_t *, int,
             gnutls_pcert_st **chain, unsigned int *length, gnutls_privkey_t *key)
{
    TlsCredentials::Generation *generation = current.load();
    if (!generation)
        return -1;
    *chain = generation->chain.data();
    *length = static_cast<unsigned int>(generation->chain.size());
    *key = generation->key;
    return 0;
}

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    // A certificate or key file is small; anything larger is not one.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    *bytes = file.readAll();
    return true;
}

gnutls_datum_t datum(const QByteArray &bytes)
{
    return {reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData())),
            static_cast<unsigned int>(bytes.size())};
}

} // namespace

TlsCredentials::TlsCredentials(QString certificateFile, QString keyFile)
    : m_certificateFile(std::move(certificateFile))
    , m_keyFile(std::move(keyFile))
{}

TlsCredentials::~TlsCredentials()
{
    QMutexLocker locker(&m_mutex);
    for (const auto &generation : m_generations) {
        TlsCredentials::Generation *expected = generation.get();
        current.compare_exchange_strong(expected, nullptr);
    }
}

bool TlsCredentials::reload(QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(m_certificateFile, &certificatePem, error) ||
        !readFile(m_keyFile, &keyPem, error))
        return false;
    auto generation = std::make_unique<Generation>();
    generation->chain.resize(16);
    unsigned int count = 16;
    const gnutls_datum_t certificateDatum = datum(certificatePem);
    if (gnutls_pcert_list_import_x509_raw(generation->chain.data(), &count, &certificateDatum,
                                          GNUTLS_X509_FMT_PEM, 0) < 0 ||
        count == 0) {
        generation->chain.clear();
        *error = QStringLiteral("no PEM certificate in ") + m_certificateFile;
        return false;
    }
    generation->chain.resize(count);
    const gnutls_datum_t keyDatum = datum(keyPem);
    if (gnutls_privkey_init(&generation->key) < 0 ||
        gnutls_privkey_import_x509_raw(generation->key, &keyDatum, GNUTLS_X509_FMT_PEM, nullptr,
                                       0) < 0) {
        *error = QStringLiteral("no RSA or EC private key in ") + m_keyFile;
        return false;
    }
    // A key that does not belong to the certificate would fail every handshake: refuse it here.
    gnutls_pubkey_t privateKeyPublic = nullptr;
    gnutls_datum_t a{};
    gnutls_datum_t b{};
    const bool match =
        gnutls_pubkey_init(&privateKeyPublic) >= 0 &&
        gnutls_pubkey_import_privkey(privateKeyPublic, generation->key, 0, 0) == 0 &&
        gnutls_pubkey_export2(generation->chain.front().pubkey, GNUTLS_X509_FMT_DER, &a) == 0 &&
        gnutls_pubkey_export2(privateKeyPublic, GNUTLS_X509_FMT_DER, &b) == 0 && a.size == b.size &&
        std::equal(a.data, a.data + a.size, b.data);
    gnutls_free(a.data);
    gnutls_free(b.data);
    if (privateKeyPublic)
        gnutls_pubkey_deinit(privateKeyPublic);
    if (!match) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(m_keyFile, m_certificateFile);
        return false;
    }
    QMutexLocker locker(&m_mutex);
    current.store(generation.get());
    m_generations.push_back(std::move(generation));
    return true;
}

void *TlsCredentials::retrieveFunction()
{
    return reinterpret_cast<void *>(&retrieve);
}

const char *TlsCredentials::priorities()
{
    return "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:+AES-256-GCM:+AES-128-GCM:"
           "+CHACHA20-POLY1305:-MAC-ALL:+AEAD:-KX-ALL:+ECDHE-ECDSA:+ECDHE-RSA:%SERVER_PRECEDENCE";
}

} // namespace veldboek::http
