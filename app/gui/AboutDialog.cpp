#include "AboutDialog.h"

#include "storage/LibraryVersions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace veldboek::gui {

QIcon applicationIcon()
{
    QIcon embedded;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/nl.veldboek.Veldboek-%1.png").arg(size),
                         QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("nl.veldboek.Veldboek"), embedded);
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Veldboek"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>Veldboek %1</h2>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));

    auto *description = new QLabel(
        tr("The encrypted register of participants and outcome data: it checks every field as "
           "you type and submits the register to the central endpoint."),
        this);
    description->setWordWrap(true);

    const LibraryVersions v = libraryVersions();
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setTextFormat(Qt::RichText);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setText(QLatin1String("<table>") +
                        row(tr("Qt"), tr("%1 (built with %2)").arg(v.qtRuntime, v.qtBuild)) +
                        row(tr("SQLCipher"), tr("%1 (SQLite %2)").arg(v.sqlcipher, v.sqlite)) +
                        row(tr("OpenSSL"), v.openssl) + row(tr("TLS (Qt Network)"), v.tlsBackend) +
                        QLatin1String("</table>"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(8);
    text->addWidget(m_versions);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionsText() const
{
    return m_versions->text();
}

} // namespace veldboek::gui
