#pragma once

#include "sync/EndpointClient.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace veldboek {
class Register;
} // namespace veldboek

namespace veldboek::gui {

// The endpoint connection of a register: address (https only), token (entered once, then kept
// in the keychain or the encrypted register), optional CA file and public-key pin, and a
// "test connection" that says in plain words whether TLS, the certificate and the token are
// right. OK stores the settings (ConnectionSettings).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(Register &reg, QWidget *parent = nullptr);

    void testConnection();
    QString resultText() const;

signals:
    void connectionTested(bool ok);

private:
    EndpointProfile profileFromFields(QString *error) const;
    void save();
    void showResult(const QString &text, bool ok);

    Register &m_register;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QLineEdit *m_pin;
    QPushButton *m_test;
    QLabel *m_result;
    QByteArray m_storedToken;
    std::unique_ptr<EndpointClient> m_client; // one per tested profile
};

} // namespace veldboek::gui
