#pragma once

#include "SpecUpdate.h"
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
// right. OK stores the settings (ConnectionSettings). A test that reaches the endpoint also
// fetches its rules (SpecUpdate, issue 15): new ones are stored and reported (specsChanged), a
// failed fetch is said in one sentence below the result and leaves the register as it was.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(Register &reg, QWidget *parent = nullptr);

    void testConnection();
    QString resultText() const;
    // What the fetch of the rules said: empty when they were up to date.
    QString specText() const;

signals:
    // After the test and, when it reached the endpoint, the fetch of the rules.
    void connectionTested(bool ok);
    void specsChanged(const veldboek::gui::SpecUpdateResult &result);

private:
    EndpointProfile profileFromFields(QString *error) const;
    void save();
    void showResult(const QString &text, bool ok);
    // A wrapped message needs more height than the dialog had; a layout's minimum size does not
    // count wrapped text (height-for-width), so the dialog grows here instead of squeezing rows.
    void growToFit();
    void specsFetched();

    Register &m_register;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QLineEdit *m_pin;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_specResult;
    QByteArray m_storedToken;
    std::unique_ptr<EndpointClient> m_client; // one per tested profile
    std::unique_ptr<SpecUpdate> m_specUpdate; // uses m_client: declared after it, goes first
};

} // namespace veldboek::gui
