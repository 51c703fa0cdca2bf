#include "WebDriver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace veldboek::test {

namespace {

// The W3C name of an element reference in a WebDriver answer.
const QString ElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

WebDriver::WebDriver() = default;

WebDriver::~WebDriver()
{
    stop();
}

QString WebDriver::chromedriver()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
}

QString WebDriver::chromium()
{
    // Debian's /usr/bin/chromium is a shell wrapper around this binary.
    const QString binary = QStringLiteral("/usr/lib/chromium/chromium");
    return QFile::exists(binary) ? binary
                                 : QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

bool WebDriver::start(QString *error)
{
    if (chromedriver().isEmpty() || chromium().isEmpty()) {
        *error = QStringLiteral("chromium and chromium-driver are not installed "
                                "(.ci/install-deps.sh)");
        return false;
    }
    m_port = freePort();
    m_driver = std::make_unique<QProcess>();
    // Its own process group: stop() kills chromedriver and every browser process it started.
    m_driver->setChildProcessModifier([]() { ::setpgid(0, 0); });
    m_driver->setProcessChannelMode(QProcess::MergedChannels);
    m_driver->start(chromedriver(), {QStringLiteral("--port=%1").arg(m_port)});
    if (!m_driver->waitForStarted(30000)) {
        *error = QStringLiteral("chromedriver did not start: ") + m_driver->errorString();
        return false;
    }
    const bool ready = waitFor(
        [this]() {
            return command("GET", QStringLiteral("/status"), {}, 2000)
                .toObject()
                .value(QStringLiteral("ready"))
                .toBool();
        },
        30000);
    if (!ready) {
        *error = QStringLiteral("chromedriver is not ready: ") + m_lastError;
        return false;
    }
    // --no-sandbox: the tests run as root here, and Chromium's sandbox refuses to start as root.
    const QJsonArray arguments = QJsonArray::fromStringList(
        {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
         QStringLiteral("--disable-dev-shm-usage"), QStringLiteral("--window-size=390,844"),
         QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("--no-first-run"),
         QStringLiteral("--lang=nl-NL")});
    const QJsonObject capabilities{
        {QStringLiteral("browserName"), QStringLiteral("chrome")},
        {QStringLiteral("acceptInsecureCerts"), true}, // the endpoint's self-signed test cert
        {QStringLiteral("goog:chromeOptions"),
         QJsonObject{{QStringLiteral("binary"), chromium()},
                     {QStringLiteral("args"), arguments},
                     // A phone's viewport: a headless window is never narrower than 500 px.
                     {QStringLiteral("mobileEmulation"),
                      QJsonObject{{QStringLiteral("deviceMetrics"),
                                   QJsonObject{{QStringLiteral("width"), 390},
                                               {QStringLiteral("height"), 844},
                                               {QStringLiteral("pixelRatio"), 1},
                                               {QStringLiteral("touch"), true}}}}},
                     {QStringLiteral("prefs"), QJsonObject{{QStringLiteral("intl.accept_languages"),
                                                            QStringLiteral("nl-NL,nl")}}}}}};
    const QJsonObject session =
        command("POST", QStringLiteral("/session"),
                {{QStringLiteral("capabilities"),
                  QJsonObject{{QStringLiteral("alwaysMatch"), capabilities}}}},
                120000)
            .toObject();
    m_session = session.value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        *error = QStringLiteral("no WebDriver session: ") + m_lastError +
                 QString::fromUtf8(m_driver->readAll().right(2000));
        return false;
    }
    return true;
}

void WebDriver::stop()
{
    if (!m_session.isEmpty()) {
        command("DELETE", QStringLiteral("/session/") + m_session, {}, 30000);
        m_session.clear();
    }
    if (m_driver && m_driver->state() != QProcess::NotRunning) {
        const auto group = static_cast<pid_t>(m_driver->processId());
        ::kill(-group, SIGTERM);
        if (!m_driver->waitForFinished(10000)) {
            ::kill(-group, SIGKILL);
            m_driver->waitForFinished(10000);
        }
        // Browser processes of the group that outlived chromedriver.
        ::kill(-group, SIGKILL);
    }
    m_driver.reset();
}

QJsonValue WebDriver::command(const QByteArray &method, const QString &path,
                              const QJsonObject &body, int timeoutMs)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray data =
        method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, data);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    const QJsonValue value = answer.value(QStringLiteral("value"));
    if (status != 200) {
        m_lastError = QStringLiteral("%1 %2: %3 %4")
                          .arg(QString::fromLatin1(method), path)
                          .arg(status)
                          .arg(QString::fromUtf8(
                              QJsonDocument(answer).toJson(QJsonDocument::Compact).left(600)));
        return {};
    }
    return value;
}

bool WebDriver::navigate(const QString &url)
{
    m_lastError.clear();
    command("POST", QStringLiteral("/session/%1/url").arg(m_session),
            {{QStringLiteral("url"), url}});
    return m_lastError.isEmpty();
}

QString WebDriver::find(const QString &css)
{
    const QJsonValue value = command(
        "POST", QStringLiteral("/session/%1/element").arg(m_session),
        {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}},
        10000);
    return value.toObject().value(ElementKey).toString();
}

bool WebDriver::click(const QString &css)
{
    const QString element = find(css);
    if (element.isEmpty())
        return false;
    m_lastError.clear();
    command("POST", QStringLiteral("/session/%1/element/%2/click").arg(m_session, element));
    return m_lastError.isEmpty();
}

bool WebDriver::type(const QString &css, const QString &text)
{
    const QString element = find(css);
    if (element.isEmpty())
        return false;
    m_lastError.clear();
    command("POST", QStringLiteral("/session/%1/element/%2/clear").arg(m_session, element));
    if (!text.isEmpty())
        command("POST", QStringLiteral("/session/%1/element/%2/value").arg(m_session, element),
                {{QStringLiteral("text"), text}});
    return m_lastError.isEmpty();
}

QString WebDriver::text(const QString &css)
{
    const QString element = find(css);
    if (element.isEmpty())
        return {};
    return command("GET", QStringLiteral("/session/%1/element/%2/text").arg(m_session, element))
        .toString();
}

QJsonValue WebDriver::execute(const QString &script, const QJsonArray &arguments)
{
    return command("POST", QStringLiteral("/session/%1/execute/sync").arg(m_session),
                   {{QStringLiteral("script"), script}, {QStringLiteral("args"), arguments}});
}

QByteArray WebDriver::screenshot()
{
    return QByteArray::fromBase64(
        command("GET", QStringLiteral("/session/%1/screenshot").arg(m_session))
            .toString()
            .toLatin1());
}

bool WebDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}

} // namespace veldboek::test
