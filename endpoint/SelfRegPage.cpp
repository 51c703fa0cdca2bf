#include "SelfRegPage.h"

#include "ApiResponse.h"
#include "keys/Sealing.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

// The page, its script and its style are files of their own (endpoint/selfreg/), embedded by
// endpoint/CMakeLists.txt; the resource of a static library must be registered by hand.
static void initSelfRegResources()
{
    Q_INIT_RESOURCE(selfreg);
}

namespace veldboek {

namespace {

using api::error;
using api::text;

// The page may load and call only itself: no inline script, no third party, no framing; the
// link id in the URL is the secret of the link, so no Referer may carry it anywhere.
const QList<http::Header> PageHeaders = {
    {"Content-Security-Policy",
     "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
     "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
    {"Referrer-Policy", "no-referrer"}};

http::Response withPageHeaders(http::Response response)
{
    response.headers.append(PageHeaders);
    return response;
}

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/selfreg/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString closedText(const QString &lang)
{
    return text(lang, "Deze link is gesloten. Vraag je begeleider om een nieuwe link.",
                "This link is closed. Ask your supervisor for a new link.");
}

QString unknownText(const QString &lang)
{
    return text(lang,
                "Deze link bestaat niet. Kijk of je de hele link hebt overgenomen, of vraag je "
                "begeleider om een nieuwe link.",
                "This link does not exist. Check that you copied the whole link, or ask your "
                "supervisor for a new link.");
}

bool isLinkId(const QString &id)
{
    // createSelfRegLink's ids (EndpointSelfRegStore.cpp): 22 characters of base64url.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    return pattern.match(id).hasMatch();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// The texts of the page around the spec's questions, in plain language (B1).
QJsonObject selfRegPageTexts(const QString &lang)
{
    auto t = [&](const char *nl, const char *en) {
        return text(lang, nl, en);
    };
    return {
        {QStringLiteral("title"), t("Aanmelden voor je MDT", "Sign up for your MDT")},
        {QStringLiteral("intro"),
         t("Vul hieronder je gegevens in. Een vraag met een * moet je invullen. Je begeleider "
           "krijgt je gegevens versleuteld: niemand anders kan ze lezen.",
           "Fill in your details below. You must answer a question with a *. Your supervisor "
           "gets your details encrypted: nobody else can read them.")},
        {QStringLiteral("required"), t("verplicht", "required")},
        {QStringLiteral("choose"), t("Kies…", "Choose…")},
        {QStringLiteral("submit"), t("Versturen", "Send")},
        {QStringLiteral("sending"), t("Bezig met versturen…", "Sending…")},
        {QStringLiteral("fix"),
         t("Er klopt nog iets niet. Kijk bij de vragen met een melding.",
           "Something is not right yet. Look at the questions with a message.")},
        {QStringLiteral("thanksTitle"),
         t("Bedankt, je bent aangemeld!", "Thank you, you are signed up!")},
        {QStringLiteral("thanksBody"),
         t("Je begeleider zet je gegevens in het register. Je kunt deze pagina nu sluiten.",
           "Your supervisor will put your details in the register. You can close this page "
           "now.")},
        {QStringLiteral("network"),
         t("Het versturen lukte niet. Kijk of je internet hebt en probeer het opnieuw.",
           "Sending did not work. Check your internet connection and try again.")},
    };
}

SelfRegPage::SelfRegPage(EndpointStore &store, SharedSpecs specs)
    : m_store(store)
    , m_specs(std::move(specs))
    , m_requestsPerAddress(RequestsPerAddressPerMinute)
    , m_entriesPerAddress(EntriesPerAddressPer10Minutes, 10 * 60 * 1000)
    , m_entriesPerLink(EntriesPerLinkPerHour, 60 * 60 * 1000)
{
    initSelfRegResources();
}

bool SelfRegPage::handles(const QByteArray &path)
{
    return path.startsWith("/r/");
}

SelfRegPage::Target SelfRegPage::target(const http::RequestHead &head)
{
    Target t;
    const QByteArray asked = head.argument("lang");
    t.lang = asked == "en" || asked == "nl" ? QString::fromLatin1(asked) : api::languageOf(head);
    const QList<QByteArray> parts = head.path.mid(3).split('/');
    if (parts.size() == 1 && parts.at(0) == "selfreg.js") {
        t.route = Route::Script;
        return t;
    }
    if (parts.size() == 1 && parts.at(0) == "selfreg.css") {
        t.route = Route::Style;
        return t;
    }
    const QString id = QString::fromUtf8(parts.at(0));
    if (!isLinkId(id))
        return t;
    t.linkId = id;
    if (parts.size() == 1 || (parts.size() == 2 && parts.at(1).isEmpty()))
        t.route = Route::Page;
    else if (parts.size() == 2 && parts.at(1) == "form")
        t.route = Route::Form;
    else if (parts.size() == 2 && parts.at(1) == "check")
        t.route = Route::Check;
    else if (parts.size() == 2 && parts.at(1) == "entries")
        t.route = Route::Entries;
    return t;
}

http::Response SelfRegPage::page(const Target &target, int status, const QString &state,
                                 const QString &notice) const
{
    const QString lang = target.lang;
    const QString other = lang == QLatin1String("en") ? QStringLiteral("nl") : QStringLiteral("en");
    QString html = QString::fromUtf8(resource(QStringLiteral("page.html")));
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("%LANG%"), lang},
        {QStringLiteral("%OTHERLANG%"), other},
        {QStringLiteral("%OTHERNAME%"),
         lang == QLatin1String("en") ? QStringLiteral("Nederlands") : QStringLiteral("English")},
        {QStringLiteral("%STATE%"), state},
        {QStringLiteral("%TITLE%"),
         selfRegPageTexts(lang).value(QStringLiteral("title")).toString()},
        {QStringLiteral("%NOTICE%"), notice},
        {QStringLiteral("%NOSCRIPT%"),
         text(lang, "Zet JavaScript aan in je browser om dit formulier in te vullen.",
              "Turn on JavaScript in your browser to fill in this form.")}};
    for (const auto &[name, value] : values)
        html.replace(name, htmlEscaped(value));
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), {}};
}

std::optional<http::Response> SelfRegPage::limitRefusal(const Target &target,
                                                        const http::RequestHead &head)
{
    // Per address before anything else, so that guessing link ids costs no database look-up.
    const QString address = head.clientAddress.toString();
    int retryAfter = 0;
    bool allowed = m_requestsPerAddress.allow(address, nowMs(), &retryAfter);
    if (allowed && target.route == Route::Entries && head.method == "POST") {
        allowed = m_entriesPerAddress.allow(address, nowMs(), &retryAfter) &&
                  m_entriesPerLink.allow(target.linkId, nowMs(), &retryAfter);
    }
    if (allowed)
        return std::nullopt;
    http::Response response =
        error(429, QStringLiteral("too-many-requests"),
              text(target.lang, "Te veel verzoeken; probeer het over %1 seconden opnieuw.",
                   "Too many requests; try again in %1 seconds.")
                  .arg(retryAfter));
    response.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return response;
}

std::optional<http::Response> SelfRegPage::linkRefusal(const Target &target,
                                                       std::optional<SelfRegLink> *link)
{
    const bool isPage = target.route == Route::Page;
    if (target.route == Route::Unknown)
        return error(404, QStringLiteral("not-found"),
                     text(target.lang, "Niet gevonden.", "Not found."));
    *link = m_store.selfRegLink(target.linkId);
    if (!*link) {
        if (!m_store.lastError().isEmpty())
            qWarning("selfreg: cannot read a link: %s", qUtf8Printable(m_store.lastError()));
        return isPage ? page(target, 404, QStringLiteral("unknown"), unknownText(target.lang))
                      : error(404, QStringLiteral("not-found"), unknownText(target.lang));
    }
    if (!(*link)->closedAt.isEmpty())
        return isPage ? page(target, 410, QStringLiteral("closed"), closedText(target.lang))
                      : error(410, QStringLiteral("closed"), closedText(target.lang));
    return std::nullopt;
}

http::Admission SelfRegPage::admit(const http::RequestHead &head)
{
    http::Admission admission = admitHead(head);
    if (admission.refusal)
        admission.refusal = withPageHeaders(*admission.refusal);
    return admission;
}

http::Admission SelfRegPage::admitHead(const http::RequestHead &head)
{
    http::Admission admission;
    const Target t = target(head);
    // Not even a link id mistyped by one character goes into the log.
    if (t.route == Route::Script || t.route == Route::Style)
        admission.logPath = head.path;
    else if (t.linkId.isEmpty())
        admission.logPath = QByteArrayLiteral("/r/<not-a-link>");
    else
        admission.logPath = "/r/<link>" + head.path.mid(3 + t.linkId.size());
    if (auto refused = limitRefusal(t, head)) {
        admission.refusal = refused;
        return admission;
    }
    const bool post = t.route == Route::Check || t.route == Route::Entries;
    if (t.route != Route::Unknown && head.method != (post ? "POST" : "GET")) {
        admission.refusal =
            error(405, QStringLiteral("method-not-allowed"),
                  text(t.lang, "Deze methode kan hier niet.", "This method is not allowed here."));
        return admission;
    }
    if (t.route == Route::Script || t.route == Route::Style)
        return admission;
    std::optional<SelfRegLink> link;
    if (auto refused = linkRefusal(t, &link)) {
        admission.refusal = refused;
        return admission;
    }
    if (post && head.contentLength > MaxBodyBytes) {
        admission.refusal =
            error(413, QStringLiteral("too-large"),
                  text(t.lang, "Er is te veel tekst verstuurd.", "Too much text was sent."));
        return admission;
    }
    if (post && !head.header("Content-Type").trimmed().toLower().startsWith("application/json")) {
        admission.refusal =
            error(415, QStringLiteral("unsupported-media-type"),
                  text(t.lang, "Stuur JSON (application/json).", "Send JSON (application/json)."));
        return admission;
    }
    admission.bodyLimit = post ? MaxBodyBytes : 0;
    return admission;
}

http::Response SelfRegPage::respond(const http::RequestHead &head, const QByteArray &body)
{
    return withPageHeaders(answer(head, body));
}

http::Response SelfRegPage::answer(const http::RequestHead &head, const QByteArray &body)
{
    const Target t = target(head);
    if (t.route == Route::Script)
        return {200,
                QByteArrayLiteral("text/javascript; charset=utf-8"),
                resource(QStringLiteral("selfreg.js")),
                {}};
    if (t.route == Route::Style)
        return {200,
                QByteArrayLiteral("text/css; charset=utf-8"),
                resource(QStringLiteral("selfreg.css")),
                {}};
    // Again after the body: the link may have been closed while it was read.
    std::optional<SelfRegLink> link;
    if (auto refused = linkRefusal(t, &link))
        return *refused;
    switch (t.route) {
    case Route::Page:
        return page(t, 200, QStringLiteral("open"),
                    text(t.lang, "Het formulier wordt geladen…", "The form is loading…"));
    case Route::Form:
        return formJson(t, *link);
    case Route::Check:
        return check(t, *link, body);
    case Route::Entries:
        return addEntry(t, *link, body);
    default:
        return error(404, QStringLiteral("not-found"),
                     text(t.lang, "Niet gevonden.", "Not found."));
    }
}

std::shared_ptr<const SelfRegForm> SelfRegPage::form(const QString &specId, const QString &lang)
{
    const QDate today = QDate::currentDate();
    if (today != m_formsDate) {
        m_forms.clear();
        m_formsDate = today;
    }
    const QString key = specId + QLatin1Char('/') + lang;
    if (auto found = m_forms.value(key))
        return found;
    for (const SpecDocument &document : std::as_const(*m_specs)) {
        if (document.spec.id == specId) {
            auto made = std::make_shared<const SelfRegForm>(document.spec, lang, today);
            m_forms.insert(key, made);
            return made;
        }
    }
    return nullptr;
}

} // namespace veldboek
