#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <QUrl>
#include <memory>

#include <functional>

// A small HTTP/1.1 server on 127.0.0.1 for tests, answering as Galileo or a model gateway would,
// and misbehaving on request: slow answers, reset connections, answers that never come.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;                    // path and query, as sent
    QByteArray head;                      // the request line and header lines, byte for byte
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The header lines as they came on the wire, without the request line.
    QList<QByteArray> headerLines() const
    {
        QList<QByteArray> lines = head.split('\n');
        lines.removeFirst();
        for (QByteArray &line : lines)
            line = line.trimmed();
        lines.removeAll(QByteArray());
        return lines;
    }
};

struct HttpResponse
{
    enum class Action { Respond, Reset, Hang, Stream, Trickle };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Respond;
    qint64 streamBytes = 0; // Stream: this many bytes of JSON-ish filler, as fast as read
    int trickleMs = 0;      // Trickle: one byte of the body this often, never ending

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse reset();
    static HttpResponse hang();
    // A 200 whose body of `bytes` bytes is written in chunks as the client reads it, with or
    // without announcing its length.
    static HttpResponse stream(qint64 bytes, bool announceLength = false);
    // A 200 that sends its body one byte every `intervalMs`, for ever.
    static HttpResponse trickle(int intervalMs);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse &after(int milliseconds);
};

class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 at an ephemeral port.
    bool listen();
    // The same over TLS with this certificate: url() then says https.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers keep the connection open for the next request, as a real server does (by
    // default each answer closes it).
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

    const QList<HttpRequest> &requests() const { return m_requests; }
    // Every byte that arrived on any connection, requests complete or not.
    const QByteArray &received() const { return m_received; }
    // Bytes written by Stream answers so far.
    qint64 streamedBytes() const { return m_streamed; }
    // The requests to one path, e.g. "/v2/integrations/custom".
    QList<HttpRequest> requestsTo(const QByteArray &path) const;
    void clearRequests()
    {
        m_requests.clear();
        m_received.clear();
    }

    // A port on this machine where nothing listens.
    static quint16 closedPort();

signals:
    // The first bytes of a request arrived (the rest may follow later).
    void bytesArrived();
    void requestReceived(const HttpRequest &request);

private:
    void serve(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    bool m_keepAlive = false;
    Handler m_handler;
    void stream(QTcpSocket *socket, const HttpResponse &response);
    void trickle(QTcpSocket *socket, const HttpResponse &response);

    QList<HttpRequest> m_requests;
    QByteArray m_received;
    qint64 m_streamed = 0;
};
