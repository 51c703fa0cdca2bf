#include "ConnectionDialog.h"

#include "storage/Register.h"
#include "sync/ConnectionSettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace veldboek::gui {

ConnectionDialog::ConnectionDialog(Register &reg, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Endpoint connection"));
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_token->setObjectName(QStringLiteral("endpointToken"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_pin->setPlaceholderText(tr("optional: sha256/… of the public key"));

    const ConnectionSettings settings(reg);
    QString error;
    const EndpointProfile stored = settings.load(&error);
    m_url->setText(stored.url.toString());
    m_caFile->setText(stored.caFile);
    m_pin->setText(stored.pin);
    m_storedToken = stored.token;
    m_token->setPlaceholderText(m_storedToken.isEmpty()
                                    ? tr("the token you received from the endpoint")
                                    : tr("stored; leave empty to keep it"));

    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate of the endpoint"),
                                         m_caFile->text(), tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint &address:"), m_url);
    form->addRow(tr("T&oken:"), m_token);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(tr("Public-key &pin:"), m_pin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

EndpointProfile ConnectionDialog::profileFromFields(QString *error) const
{
    EndpointProfile profile;
    profile.url = QUrl(m_url->text().trimmed());
    profile.caFile = m_caFile->text().trimmed();
    profile.pin = m_pin->text().trimmed();
    profile.token = m_token->text().isEmpty() ? m_storedToken : m_token->text().trimmed().toUtf8();
    profile.isUsable(error);
    return profile;
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b71c1c;"));
}

QString ConnectionDialog::resultText() const
{
    return m_result->text();
}

void ConnectionDialog::testConnection()
{
    QString error;
    const EndpointProfile profile = profileFromFields(&error);
    if (!error.isEmpty()) {
        showResult(error, false);
        emit connectionTested(false);
        return;
    }
    showResult(tr("Testing the connection…"), true);
    m_test->setEnabled(false);
    m_client = std::make_unique<EndpointClient>(profile);
    connect(m_client.get(), &EndpointClient::connectionChecked, this,
            [this](const ConnectionCheck &check) {
                m_test->setEnabled(true);
                showResult(check.summary(), check.error.ok());
                emit connectionTested(check.error.ok());
            });
    m_client->checkConnection();
}

void ConnectionDialog::save()
{
    QString error;
    EndpointProfile profile = profileFromFields(&error);
    if (!error.isEmpty()) {
        showResult(error, false);
        return;
    }
    if (m_token->text().isEmpty())
        profile.token.clear(); // keep the stored token where it is
    if (!ConnectionSettings(m_register).save(profile, &error)) {
        showResult(error, false);
        return;
    }
    accept();
}

} // namespace veldboek::gui
