#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace veldboek::test {

// A small W3C WebDriver client for real headless Chromium: starts Debian's chromedriver on a free
// port as a QProcess in a process group of its own, opens one session at phone size, and speaks
// the few commands a page test needs over chromedriver's HTTP API. The destructor ends the
// session and kills the whole group, so no chromedriver or chromium is left behind.
class WebDriver
{
public:
    WebDriver();
    ~WebDriver();
    WebDriver(const WebDriver &) = delete;
    WebDriver &operator=(const WebDriver &) = delete;

    static QString chromedriver(); // empty when not installed
    static QString chromium();

    bool start(QString *error);
    void stop();

    bool navigate(const QString &url);
    QString find(const QString &css); // the element's id; empty when absent
    bool click(const QString &css);
    bool type(const QString &css, const QString &text); // clears the field first
    QString text(const QString &css);                   // its rendered text
    QJsonValue execute(const QString &script, const QJsonArray &arguments = {});
    QByteArray screenshot(); // PNG of the viewport
    // Polls `condition` every 100 ms for at most `timeoutMs`.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);
    QString lastError() const { return m_lastError; }

private:
    QJsonValue command(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                       int timeoutMs = 60000);

    std::unique_ptr<QProcess> m_driver;
    QTemporaryDir m_profile; // the browser's --user-data-dir, removed afterwards
    QNetworkAccessManager m_manager;
    quint16 m_port = 0;
    QString m_session;
    QString m_lastError;
};

} // namespace veldboek::test
