#pragma once

#include "EndpointStore.h"
#include "RateLimiter.h"
#include "SelfRegForm.h"
#include "http/HttpServer.h"
#include "validation/SpecDocument.h"

#include <QDate>
#include <QHash>
#include <memory>

namespace veldboek {

// The public side of a self-registration link (issue 19, item 3; docs/api.md,
// "Self-registration page"): the page at /r/<link>, its form, the per-field check and the
// entries, without a login. An entry is sealed to the register's public key here and stored
// sealed: the endpoint never keeps or logs what a person filled in (docs/privacy.md).
// Used in the endpoint's request thread only, on the store that thread owns.
class SelfRegPage
{
public:
    // The limits (docs/api.md, "Self-registration page"). Per address: a class fills the form
    // at once behind one school network address, so these are set for thirty people at a
    // time, not one; per link: what one group sign-up can take before the beheerder pulls.
    static constexpr int RequestsPerAddressPerMinute = 600;
    static constexpr int EntriesPerAddressPer10Minutes = 60;
    static constexpr int EntriesPerLinkPerHour = 300;
    static constexpr int MaxWaitingEntries = 5000;
    static constexpr qint64 MaxBodyBytes = 16 * 1024;

    SelfRegPage(EndpointStore &store, SharedSpecs specs);

    static bool handles(const QByteArray &path); // "/r/..."
    // Decided from the headers: unknown or closed link, limits, how large a body may be.
    http::Admission admit(const http::RequestHead &head);
    http::Response respond(const http::RequestHead &head, const QByteArray &body);

private:
    enum class Route { Unknown, Script, Style, Page, Form, Check, Entries };
    struct Target
    {
        Route route = Route::Unknown;
        QString linkId;
        QString lang;
    };
    static Target target(const http::RequestHead &head);
    http::Admission admitHead(const http::RequestHead &head);
    http::Response answer(const http::RequestHead &head, const QByteArray &body);
    std::optional<http::Response> linkRefusal(const Target &target,
                                              std::optional<SelfRegLink> *link);
    std::optional<http::Response> limitRefusal(const Target &target, const http::RequestHead &head);
    std::shared_ptr<const SelfRegForm> form(const QString &specId, const QString &lang);
    http::Response page(const Target &target, int status, const QString &state,
                        const QString &notice) const;
    http::Response formJson(const Target &target, const SelfRegLink &link);
    http::Response check(const Target &target, const SelfRegLink &link, const QByteArray &body);
    http::Response addEntry(const Target &target, const SelfRegLink &link, const QByteArray &body);

    EndpointStore &m_store;
    SharedSpecs m_specs;
    // Kept in memory only, keyed by the client address or the link: never logged or stored.
    RateLimiter m_requestsPerAddress;
    RateLimiter m_entriesPerAddress;
    RateLimiter m_entriesPerLink;
    // One form per spec and language, made afresh on a new day (the engine's reference date).
    QHash<QString, std::shared_ptr<const SelfRegForm>> m_forms;
    QDate m_formsDate;
};

} // namespace veldboek
