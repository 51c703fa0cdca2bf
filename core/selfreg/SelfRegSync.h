#pragma once

#include "SelfRegInbox.h"
#include "sync/EndpointClient.h"

#include <QObject>
#include <QUrl>

namespace veldboek {

// The register's calls to the endpoint for self-registration links (issue 19, item 3;
// docs/api.md, "Self-registration"): make a link (a fresh key pair, its public half sent, its
// secret half kept in the register), close one, and pull the sealed entries of every link made
// at this endpoint into the inbox, acknowledging each page only after the register kept it, so
// the endpoint deletes nothing the register has not got. One operation at a time; finished()
// once per operation.
class SelfRegSync : public QObject
{
    Q_OBJECT
public:
    SelfRegSync(Register &reg, EndpointProfile profile, QObject *parent = nullptr);
    void setLanguage(const QString &language);

    void createLink(const QString &specId = {});
    void closeLink(const QString &linkId);
    // `participants`: the register's participants dataset, which the entries must fit.
    void pull(const DatasetSpec &participants);

    // The result of the last operation.
    bool ok() const { return m_ok; }
    QString message() const { return m_message; } // why it failed, for the user
    int exitCode() const { return m_exitCode; }   // for the command line: 1 refused, 2 other
    SelfRegLinkRecord link() const { return m_link; }
    QUrl linkUrl() const; // the address people open
    SelfRegInbox::Intake intake() const { return m_intake; }
    int linksPulled() const { return m_linksPulled; }

signals:
    void finished();
    void progress(const QString &text);

private:
    void pullNext();
    void pullLink(const SelfRegLinkRecord &link);
    void acknowledge(const SelfRegLinkRecord &link, const QStringList &entries, bool more);
    void fail(const QString &message, int exitCode = 2);
    void succeed();
    bool sameEndpoint(const SelfRegLinkRecord &link) const;

    Register &m_register;
    EndpointClient m_client;
    QString m_language = QStringLiteral("nl");
    bool m_ok = false;
    QString m_message;
    int m_exitCode = 0;
    SelfRegLinkRecord m_link;
    SelfRegInbox::Intake m_intake;
    QList<SelfRegLinkRecord> m_toPull;
    const DatasetSpec *m_participants = nullptr;
    int m_linksPulled = 0;
};

} // namespace veldboek
