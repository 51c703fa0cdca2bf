#pragma once

#include "EndpointStore.h"
#include "http/HttpServer.h"
#include "validation/SpecDocument.h"

namespace veldboek {

// The public side of a self-registration link (issue 19, item 3; docs/api.md,
// "Self-registration"): the page at /r/<link>, its form, the per-field check and the entries,
// without a login. Used in the endpoint's request thread only, on the store that thread owns.
class SelfRegPage
{
public:
    SelfRegPage(EndpointStore &store, SharedSpecs specs);

    static bool handles(const QByteArray &path); // "/r/..."
    // Decided from the headers: unknown or closed link, limits, how large a body may be.
    http::Admission admit(const http::RequestHead &head);
    http::Response respond(const http::RequestHead &head, const QByteArray &body);

private:
    EndpointStore &m_store;
    SharedSpecs m_specs;
};

} // namespace veldboek
