#include "loopbackserver.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// The status line and the response's own headers; the caller ends the head.
QByteArray headOf(const HttpResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    return head;
}

} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    return text(status, "application/json", body);
}

HttpResponse HttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers << qMakePair(QByteArray("Content-Type"), contentType);
    return response;
}

HttpResponse HttpResponse::reset()
{
    HttpResponse response;
    response.action = Action::Reset;
    return response;
}

HttpResponse HttpResponse::hang()
{
    HttpResponse response;
    response.action = Action::Hang;
    return response;
}

HttpResponse HttpResponse::stream(qint64 bytes, bool announceLength)
{
    HttpResponse response = json(200, {});
    response.action = Action::Stream;
    response.streamBytes = bytes;
    if (announceLength)
        response.headers << qMakePair(QByteArray("Content-Length"), QByteArray::number(bytes));
    return response;
}

HttpResponse HttpResponse::trickle(int intervalMs)
{
    HttpResponse response = json(200, {});
    response.action = Action::Trickle;
    response.trickleMs = intervalMs;
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers << qMakePair(name, value);
    return *this;
}

HttpResponse &HttpResponse::after(int milliseconds)
{
    delayMs = milliseconds;
    return *this;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const HttpRequest &) {
        return HttpResponse::json(404, R"({"detail":"Not Found"})");
    };
}

bool LoopbackServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LoopbackServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(tls);
    m_server = std::move(server);
    m_tls = true;
    // Connections become available once their handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

QList<HttpRequest> LoopbackServer::requestsTo(const QByteArray &path) const
{
    QList<HttpRequest> result;
    for (const HttpRequest &request : m_requests) {
        if (request.path() == path)
            result << request;
    }
    return result;
}

quint16 LoopbackServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        if (buffer->isEmpty())
            emit bytesArrived();
        const QByteArray bytes = socket->readAll();
        m_received += bytes;
        buffer->append(bytes);
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.head = buffer->left(headerEnd);
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer->size() < headerEnd + 4 + length)
            return;
        request.body = buffer->mid(headerEnd + 4, length);
        buffer->remove(0, headerEnd + 4 + length);
        m_requests << request;
        emit requestReceived(request);

        const HttpResponse response = m_handler(request);
        if (response.action == HttpResponse::Action::Hang)
            return;
        if (response.action == HttpResponse::Action::Stream) {
            stream(socket, response);
            return;
        }
        if (response.action == HttpResponse::Action::Trickle) {
            trickle(socket, response);
            return;
        }
        const QPointer<QTcpSocket> guarded(socket);
        const bool keepAlive = m_keepAlive;
        auto answer = [guarded, response, keepAlive] {
            if (!guarded)
                return;
            if (response.action == HttpResponse::Action::Reset) {
                guarded->abort();
                return;
            }
            QByteArray head = headOf(response);
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
            // One write, as servers answer small requests.
            guarded->write(head + response.body);
            if (!keepAlive)
                guarded->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, answer);
        else
            answer();
    });
}

void LoopbackServer::stream(QTcpSocket *socket, const HttpResponse &response)
{
    socket->write(headOf(response) + "Connection: close\r\n\r\n");
    // The body goes out as the client reads it, so that the server's memory stays small too.
    auto left = std::make_shared<qint64>(response.streamBytes);
    const QByteArray chunk(64 * 1024, 'x');
    const auto more = [this, socket, left, chunk] {
        while (*left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
            const QByteArray piece = chunk.left(int(qMin<qint64>(*left, chunk.size())));
            socket->write(piece);
            *left -= piece.size();
            m_streamed += piece.size();
        }
        if (*left == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void LoopbackServer::trickle(QTcpSocket *socket, const HttpResponse &response)
{
    socket->write(headOf(response) + "Content-Length: 1000000\r\nConnection: close\r\n\r\n");
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
    timer->start(response.trickleMs);
}
