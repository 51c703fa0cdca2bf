#include "ConnectionDialog.h"

#include "GuiLocalization.h"
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
    , m_specResult(new QLabel(this))
{
    setWindowTitle(tr("Endpoint connection"));
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_token->setObjectName(QStringLiteral("endpointToken"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_specResult->setObjectName(QStringLiteral("specResult"));
    m_specResult->setWordWrap(true);
    m_specResult->hide();
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
    // A row of a layout gets no buddy from addRow(), so its "&C" would show as text.
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Public-key &pin:"), m_pin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_specResult);
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
    growToFit();
}

void ConnectionDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString ConnectionDialog::resultText() const
{
    return m_result->text();
}

QString ConnectionDialog::specText() const
{
    return m_specResult->text();
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
    m_specResult->clear();
    m_specResult->hide();
    m_test->setEnabled(false);
    m_specUpdate.reset();
    m_client = std::make_unique<EndpointClient>(profile);
    m_client->setLanguage(currentLanguage());
    connect(m_client.get(), &EndpointClient::connectionChecked, this,
            [this](const ConnectionCheck &check) {
                showResult(check.summary(), check.error.ok());
                if (!check.error.ok()) {
                    m_test->setEnabled(true);
                    emit connectionTested(false);
                    return;
                }
                // The endpoint answers: its rules, with If-None-Match (unchanged ones cost a
                // 304 and say nothing).
                m_specUpdate =
                    std::make_unique<SpecUpdate>(m_register, *m_client, currentLanguage());
                connect(m_specUpdate.get(), &SpecUpdate::finished, this,
                        &ConnectionDialog::specsFetched);
                // Checked on a worker thread; said while it runs.
                connect(m_specUpdate.get(), &SpecUpdate::comparing, this, [this]() {
                    m_specResult->setStyleSheet(QString());
                    m_specResult->setText(tr("Working out what the new rules change…"));
                    m_specResult->show();
                });
                m_specUpdate->start();
            });
    m_client->checkConnection();
}

void ConnectionDialog::specsFetched()
{
    m_test->setEnabled(true);
    const SpecUpdateResult &result = m_specUpdate->result();
    QString text = result.failure;
    if (!result.changed.isEmpty()) {
        QStringList versions;
        for (const ChangedSpec &spec : result.changed)
            versions.append(tr("%1 version %2").arg(spec.name, spec.after));
        text = (text.isEmpty() ? QString() : text + QLatin1Char('\n')) +
               tr("New rules are in force: %1.").arg(versions.join(QStringLiteral(", ")));
    }
    m_specResult->setText(text);
    m_specResult->setStyleSheet(result.failure.isEmpty() ? QStringLiteral("color: #1b5e20;")
                                                         : QStringLiteral("color: #b71c1c;"));
    m_specResult->setVisible(!text.isEmpty());
    growToFit();
    if (!result.changed.isEmpty())
        emit specsChanged(result);
    emit connectionTested(true);
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
