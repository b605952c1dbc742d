#include "httptransport.h"

#include "lowdelay.h"

#include "model/secretcatalog.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace {

constexpr int MaxRedirects = 5;
constexpr int MaxRetryAfterSeconds = 30;
// Enough to keep the socket busy, little enough that a huge answer never piles up in memory.
constexpr qint64 ReadBufferBytes = 256 * 1024;

bool isTokenChar(char c)
{
    // RFC 9110, 5.6.2: tchar.
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           extra.contains(c);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port() == b.port();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

} // namespace

struct HttpTransport::Call
{
    WireRequest request;
    TransportPolicy policy;
    Done done;
    Observer observer;
    QUrl url;
    QElapsedTimer clock;
    QTimer deadline;
    QTimer retryTimer;
    QPointer<QNetworkReply> reply;
    QByteArray buffer;
    QStringList sslProblems;
    int attempt = 1;
    int redirects = 0;
    bool tooLarge = false;
    bool timedOut = false;
    bool cancelled = false;
    bool finished = false;
};

QByteArray WireAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int WireAnswer::retryAfterSeconds() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

HttpTransport::~HttpTransport()
{
    // The callbacks may point at objects that are going away too: none runs any more.
    const auto calls = m_calls;
    for (const std::shared_ptr<Call> &call : calls) {
        call->finished = true;
        if (call->reply)
            call->reply->abort();
    }
}

QString HttpTransport::headerProblem(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return tr("A header has no name.");
    for (const char c : name) {
        if (!isTokenChar(c)) {
            return tr("The header name \"%1\" is not a valid HTTP header name (letters, digits "
                      "and !#$%&'*+-.^_`|~ only).")
                .arg(QString::fromUtf8(name).toHtmlEscaped().left(80));
        }
    }
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\r' || byte == '\n')
            return tr("The value of the header %1 contains a line break.")
                .arg(QString::fromLatin1(name));
        if (byte == 0)
            return tr("The value of the header %1 contains a NUL character.")
                .arg(QString::fromLatin1(name));
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return tr("The value of the header %1 contains a control character.")
                .arg(QString::fromLatin1(name));
    }
    return {};
}

QString HttpTransport::describeSslError(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    const auto names = [](const QStringList &list) {
        return list.isEmpty() ? QStringLiteral("?") : list.join(QLatin1String(", "));
    };
    return tr("%1 (certificate for %2, issued by %3)")
        .arg(error.errorString(), names(certificate.subjectInfo(QSslCertificate::CommonName)),
             names(certificate.issuerInfo(QSslCertificate::CommonName)));
}

void HttpTransport::clearConnectionCache()
{
    m_network->clearConnectionCache();
}

void HttpTransport::send(const WireRequest &request, const TransportPolicy &policy, Done done,
                         Observer observer)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->policy = policy;
    call->done = std::move(done);
    call->observer = std::move(observer);
    call->url = request.url;
    call->clock.start();
    m_calls.append(call);

    const QUrl &url = request.url;
    const bool http =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !http || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this, call, url] {
            fail(call, WireAnswer::Failure::BadUrl,
                 tr("\"%1\" is not an absolute http(s) URL.").arg(url.toDisplayString()));
        });
        return;
    }
    for (const WireHeader &header : request.headers) {
        const QString problem = headerProblem(header.name, header.value);
        if (!problem.isEmpty()) {
            QTimer::singleShot(0, this, [this, call, problem] {
                fail(call, WireAnswer::Failure::RefusedHeader,
                     problem + QLatin1Char(' ') + tr("Nothing was sent."));
            });
            return;
        }
    }

    call->deadline.setSingleShot(true);
    // A coarse timer may fire 5 % early: "no answer within 3 s" after 2.85 s.
    call->deadline.setTimerType(Qt::PreciseTimer);
    connect(&call->deadline, &QTimer::timeout, this, [this, call] {
        call->timedOut = true;
        if (call->reply)
            call->reply->abort(); // attemptFinished() reports it
        else
            fail(call, WireAnswer::Failure::Timeout, {});
    });
    call->deadline.start(policy.deadlineMs);
    call->retryTimer.setSingleShot(true);
    connect(&call->retryTimer, &QTimer::timeout, this, [this, call] { attempt(call); });
    attempt(call);
}

void HttpTransport::attempt(const std::shared_ptr<Call> &call)
{
    QNetworkRequest request(call->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Qt's own idle timer is a coarse one: when it is no shorter than the deadline, the
    // deadline alone ends the call, on time.
    if (call->policy.idleTimeoutMs < call->policy.deadlineMs)
        request.setTransferTimeout(call->policy.idleTimeoutMs);
    // The only place in the app where headers are put on a request: each was checked in send().
    for (const WireHeader &header : std::as_const(call->request.headers))
        request.setRawHeader(header.name, header.value);
    if (call->url.scheme() == QLatin1String("https") && !call->policy.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(call->policy.caFile, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    call->buffer.clear();
    call->sslProblems.clear();
    LowDelay::applyToOpenConnections(); // a kept-alive connection this request may reuse
    QNetworkReply *reply =
        m_network->sendCustomRequest(request, call->request.method, call->request.body);
    reply->setReadBufferSize(ReadBufferBytes);
    // A new connection: once it is there, the body's pieces must not wait for Nagle either.
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            &LowDelay::applyToOpenConnections);
    call->reply = reply;
    if (call->observer.sent)
        call->observer.sent();

    const qint64 cap = call->policy.maxAnswerBytes;
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->sslProblems << describeSslError(error);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    // Read as the bytes come, so that the cap holds while downloading, not after buffering.
    connect(reply, &QNetworkReply::readyRead, this, [call, reply, cap] {
        if (call->tooLarge)
            return;
        call->buffer += reply->read(cap + 1 - call->buffer.size());
        if (call->buffer.size() > cap) {
            call->tooLarge = true;
            call->buffer.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call] { attemptFinished(reply, call); });
}

void HttpTransport::attemptFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    call->reply = nullptr;
    if (call->finished)
        return;
    const qint64 cap = call->policy.maxAnswerBytes;
    // An aborted reply (a timeout, a cancel) is closed: there is nothing left to read.
    if (!call->tooLarge && reply->isOpen()) {
        call->buffer += reply->read(cap + 1 - call->buffer.size());
        if (call->buffer.size() > cap) {
            call->tooLarge = true;
            call->buffer.clear();
        }
    }

    WireAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.headers = reply->rawHeaderPairs();
    answer.body = call->buffer;
    answer.sslProblems = call->sslProblems;
    answer.url = call->url;
    answer.attempts = call->attempt;

    if (call->cancelled) {
        fail(call, WireAnswer::Failure::Cancelled, {});
        return;
    }
    if (call->timedOut) {
        fail(call, WireAnswer::Failure::Timeout, {});
        return;
    }
    if (call->tooLarge) {
        fail(call, WireAnswer::Failure::TooLarge,
             tr("The answer from %1 was larger than %2 MB and was not read.")
                 .arg(call->url.host(), megabytes(cap)));
        return;
    }
    if (answer.status == 0) {
        const bool idle = answer.error == QNetworkReply::OperationCanceledError ||
                          answer.error == QNetworkReply::TimeoutError;
        answer.failure = idle ? WireAnswer::Failure::Timeout : WireAnswer::Failure::Network;
        if (idle) {
            answer.timeoutSeconds = call->policy.idleTimeoutMs / 1000;
            answer.errorString = tr("No data from %1 for %2 s.")
                                     .arg(call->url.host())
                                     .arg(call->policy.idleTimeoutMs / 1000.0, 0, 'g', 3);
        }
    }

    // Redirects are followed by hand: only on the same origin, so that credentials never go to
    // another host, and a request with a body only where the method is kept (307, 308).
    if (answer.status >= 300 && answer.status < 400 &&
        reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid()) {
        const QUrl target = call->url.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const bool keepsMethod =
            call->request.method == "GET" || answer.status == 307 || answer.status == 308;
        if (sameOrigin(target, call->url) && keepsMethod && call->redirects < MaxRedirects &&
            target.isValid()) {
            ++call->redirects;
            call->url = target;
            attempt(call);
            return;
        }
        answer.failure = WireAnswer::Failure::RefusedRedirect;
        answer.redirectTarget = target;
        answer.errorString =
            sameOrigin(target, call->url)
                ? tr("The server redirected the request (%1) in a way that cannot be followed "
                     "safely.")
                      .arg(answer.status)
                : tr("The server redirected to %1. Credentials are never sent to another host, "
                     "so the request was not repeated there.")
                      .arg(target.toDisplayString());
        finish(call, answer);
        return;
    }

    const bool retryable =
        answer.status == 502 || answer.status == 503 || answer.status == 504 ||
        (answer.status == 0 && answer.error == QNetworkReply::RemoteHostClosedError);
    if (retryable && call->attempt < call->policy.maxAttempts) {
        const int retryAfter = answer.retryAfterSeconds();
        const int delay = retryAfter >= 0 ? qMin(retryAfter, MaxRetryAfterSeconds) * 1000
                                          : call->policy.firstRetryDelayMs << (call->attempt - 1);
        // A pause that outlasts the deadline would only end in a timeout: report this answer.
        if (call->clock.elapsed() + delay < call->policy.deadlineMs) {
            if (call->observer.retrying) {
                const QString why = answer.status ? QStringLiteral("HTTP %1").arg(answer.status)
                                                  : tr("connection closed");
                call->observer.retrying(tr("Attempt %1 of %2 failed (%3); trying again in %4 s...")
                                            .arg(call->attempt)
                                            .arg(call->policy.maxAttempts)
                                            .arg(why)
                                            .arg(delay / 1000.0, 0, 'f', 1));
            }
            ++call->attempt;
            call->retryTimer.start(delay);
            return;
        }
    }
    finish(call, answer);
}

void HttpTransport::fail(const std::shared_ptr<Call> &call, WireAnswer::Failure failure,
                         const QString &message)
{
    WireAnswer answer;
    answer.failure = failure;
    answer.url = call->url;
    answer.attempts = call->attempt;
    answer.errorString = message;
    answer.sslProblems = call->sslProblems;
    if (failure == WireAnswer::Failure::Timeout) {
        answer.timeoutSeconds = call->policy.deadlineMs / 1000;
        answer.errorString = tr("No complete answer from %1 within %2 s.")
                                 .arg(call->url.host())
                                 .arg(call->policy.deadlineMs / 1000.0, 0, 'g', 3);
    } else if (failure == WireAnswer::Failure::Cancelled) {
        answer.errorString = tr("Cancelled.");
    }
    finish(call, answer);
}

void HttpTransport::finish(const std::shared_ptr<Call> &call, WireAnswer answer)
{
    if (call->finished)
        return;
    call->finished = true;
    call->deadline.stop();
    call->retryTimer.stop();
    m_calls.removeOne(call);
    answer.elapsedMs = call->clock.elapsed();
    // Before anyone reads it: what the request carried does not come back in the answer.
    if (!call->request.secretValues.isEmpty()) {
        answer.body = SecretCatalog::redact(answer.body, call->request.secretValues);
        for (auto &[name, value] : answer.headers)
            value = SecretCatalog::redact(value, call->request.secretValues);
    }
    call->done(answer);
}

void HttpTransport::cancel()
{
    const auto calls = m_calls;
    for (const std::shared_ptr<Call> &call : calls) {
        call->cancelled = true;
        call->retryTimer.stop();
        if (call->reply) {
            call->reply->abort();
        } else {
            // Between attempts: reported from the event loop, as every ending is.
            QTimer::singleShot(0, this,
                               [this, call] { fail(call, WireAnswer::Failure::Cancelled, {}); });
        }
    }
}
