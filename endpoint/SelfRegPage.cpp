#include "SelfRegPage.h"

#include "ApiResponse.h"

namespace veldboek {

SelfRegPage::SelfRegPage(EndpointStore &store, SharedSpecs specs)
    : m_store(store)
    , m_specs(std::move(specs))
{}

bool SelfRegPage::handles(const QByteArray &path)
{
    return path.startsWith("/r/");
}

http::Admission SelfRegPage::admit(const http::RequestHead &head)
{
    http::Admission admission;
    admission.refusal = respond(head, {});
    return admission;
}

http::Response SelfRegPage::respond(const http::RequestHead &head, const QByteArray &)
{
    const QString lang = api::languageOf(head);
    return api::error(404, QStringLiteral("not-found"),
                      api::text(lang, "Niet gevonden.", "Not found."));
}

} // namespace veldboek
