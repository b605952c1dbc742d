#pragma once

#include "wirerequest.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslError;

// How long and how much one call may take, and how it is retried.
struct TransportPolicy
{
    // The whole call, retries and redirects included: past it the call ends, however slowly
    // bytes still trickle in.
    int deadlineMs = 30000;
    // No byte for this long ends an attempt.
    int idleTimeoutMs = 30000;
    // An answer larger than this is not read: the download stops once it passes the cap.
    qint64 maxAnswerBytes = 4 * 1024 * 1024;
    // How often a 502, 503, 504 or a reset connection is tried in all, and the first pause.
    int maxAttempts = 1;
    int firstRetryDelayMs = 500;
    // Extra CA certificates (PEM) for https; certificate errors are never ignored.
    QString caFile;
};

// How one call ended.
struct WireAnswer
{
    enum class Failure {
        None,     // an HTTP answer arrived, whatever its status
        Network,  // DNS, refused, reset, TLS: see `error` and `errorString`
        Timeout,  // the deadline or the idle timeout passed
        TooLarge, // the answer passed the size cap
        Cancelled,
        RefusedHeader,   // a header cannot be sent; nothing was sent
        RefusedRedirect, // to another origin, or one that would change the method
        BadUrl,          // not an absolute http(s) URL; nothing was sent
    };

    Failure failure = Failure::None;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    // Qt's words for a network error; ours, one sentence, for the other failures.
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList sslProblems; // each certificate problem, naming subject and issuer
    QUrl url;                // where the last attempt went
    QUrl redirectTarget;     // for RefusedRedirect
    int attempts = 1;
    qint64 elapsedMs = 0;
    int timeoutSeconds = 0; // for Timeout: the limit that passed

    bool hasAnswer() const { return failure == Failure::None; }
    QByteArray header(const QByteArray &name) const;
    QString contentType() const { return QString::fromLatin1(header("Content-Type")); }
    // Retry-After in seconds (either form), or -1.
    int retryAfterSeconds() const;
};

// The one way out to the network. Every request of the app, to Galileo or to a gateway, goes
// through send(), which checks every header before anything leaves, bounds the wait and the
// answer's size, retries what is safe to retry, and follows redirects only on the same origin.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const WireAnswer &)>;
    struct Observer
    {
        std::function<void()> sent;                       // an attempt left
        std::function<void(const QString &why)> retrying; // an attempt failed, another follows
    };

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // `done` runs exactly once, later, from the event loop. A header whose name is not an
    // RFC 9110 token, or whose value holds CR, LF, NUL or another control character, fails the
    // call before anything is sent, with a message naming the header (never its value).
    void send(const WireRequest &request, const TransportPolicy &policy, Done done,
              Observer observer = {});
    // Ends every call in flight with Failure::Cancelled.
    void cancel();
    bool isBusy() const { return !m_calls.isEmpty(); }
    // Connections are reused and keep the TLS settings they were made with: after a change of
    // CA file, new ones are needed.
    void clearConnectionCache();

    // Why a header cannot be sent, naming it, or empty when it can.
    static QString headerProblem(const QByteArray &name, const QByteArray &value);
    // A certificate problem in words, with the certificate's subject and issuer.
    static QString describeSslError(const QSslError &error);

private:
    struct Call;

    void attempt(const std::shared_ptr<Call> &call);
    void attemptFinished(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, WireAnswer answer);
    void fail(const std::shared_ptr<Call> &call, WireAnswer::Failure failure,
              const QString &message);

    QNetworkAccessManager *m_network;
    QList<std::shared_ptr<Call>> m_calls;
};
