#include "galileoclient.h"

#include "model/integrationjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GalileoClient", text);
}

constexpr int MaxRedirects = 5;
constexpr int MaxRetryAfterSeconds = 30;
constexpr qint64 ReloginMarginSeconds = 300;

// Everything that is known once a reply has finished, for interpret().
struct ReplyFacts
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QString contentType;
    QByteArray body;
    int retryAfter = -1;
    QStringList sslProblems;
    bool cancelled = false;
    bool tooLarge = false;
    QUrl url;
    int timeoutSeconds = 30;
};

QString startOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(600)).simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("...");
    return text;
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// What a finished reply means, in words a person can act on.
ApiResult interpret(const ReplyFacts &facts)
{
    ApiResult result;
    result.httpStatus = facts.status;
    if (facts.cancelled) {
        result.outcome = ApiResult::Outcome::Cancelled;
        result.summary = tr("Cancelled.");
        return result;
    }
    if (facts.tooLarge) {
        result.outcome = ApiResult::Outcome::ServerError;
        result.summary = tr("The answer was larger than %1 MB and was not read.")
                             .arg(GalileoClient::MaxAnswerBytes / (1024 * 1024));
        result.hint =
            tr("Galileo's answers are a few KB. Check that the base URL is Galileo's API.");
        return result;
    }
    if (facts.status == 0) {
        result.outcome = ApiResult::Outcome::NetworkError;
        const QString host = hostAndPort(facts.url);
        switch (facts.error) {
        case QNetworkReply::HostNotFoundError:
            result.summary = tr("The host %1 could not be found (DNS).").arg(facts.url.host());
            result.hint = tr("Check the base URL's spelling, your network, and any VPN the "
                             "cluster needs.");
            break;
        case QNetworkReply::ConnectionRefusedError:
            result.summary = tr("%1 refused the connection.").arg(host);
            result.hint = tr("Nothing answers on that port: check the base URL's port and that "
                             "the server runs.");
            break;
        case QNetworkReply::RemoteHostClosedError:
            result.summary = tr("%1 closed the connection before answering.").arg(host);
            result.hint = tr("A proxy or load balancer may be cutting the request; try again, "
                             "or check the proxy settings.");
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            result.summary =
                tr("No answer from %1 within %2 s.").arg(host).arg(facts.timeoutSeconds);
            result.hint = tr("The server or the network is slow or down. Try again, or raise the "
                             "timeout in the connection settings.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.summary = tr("The TLS connection to %1 failed: %2")
                                 .arg(host, facts.sslProblems.isEmpty()
                                                ? facts.errorString
                                                : facts.sslProblems.join(QLatin1String("; ")));
            result.hint =
                tr("The certificate is not trusted. For a self-hosted cluster with its own "
                   "certificate authority, choose its CA file in the connection "
                   "settings.");
            break;
        default:
            result.summary = tr("The request to %1 failed: %2").arg(host, facts.errorString);
            result.hint = tr("Check the network and the proxy settings.");
        }
        return result;
    }

    const QJsonDocument document = QJsonDocument::fromJson(facts.body);
    if (document.isObject())
        result.json = document.object();
    const bool isHtml =
        facts.contentType.contains(QLatin1String("html")) || facts.body.trimmed().startsWith('<');
    const QString detail = result.json.value(QLatin1String("detail")).isString()
                               ? result.json.value(QLatin1String("detail")).toString()
                               : QString();

    if (facts.status >= 200 && facts.status < 300) {
        if (!document.isObject()) {
            result.outcome = ApiResult::Outcome::ServerError;
            result.summary =
                isHtml ? tr("The server answered %1 with a web page, not JSON.").arg(facts.status)
                       : tr("The server answered %1 with something that is not a "
                            "JSON object.")
                             .arg(facts.status);
            result.hint = tr("This does not look like Galileo's API. Is the base URL the API URL "
                             "(api...), not the console's?");
            result.bodyStart = startOf(facts.body);
            return result;
        }
        result.outcome = ApiResult::Outcome::Success;
        return result;
    }
    result.bodyStart = document.isObject() ? QString() : startOf(facts.body);
    switch (facts.status) {
    case 401:
        result.outcome = ApiResult::Outcome::AuthRefused;
        result.summary = tr("Galileo refused the credentials (401)%1.")
                             .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
        result.hint = tr("Check the API key (or username and password) and the key's header name "
                         "in the connection settings.");
        return result;
    case 403:
        result.outcome = ApiResult::Outcome::AuthRefused;
        result.summary = tr("Galileo did not allow this (403)%1.")
                             .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
        result.hint = tr("Setting up a custom integration takes an admin of the organisation. "
                         "Use an admin's API key, or ask an admin.");
        return result;
    case 404:
        result.outcome = ApiResult::Outcome::NotFound;
        result.summary = tr("%1 has no such endpoint (404).").arg(facts.url.toDisplayString());
        result.hint = tr("Check the base URL: it should be the API URL (like "
                         "https://api.galileo.ai), not the console's.");
        return result;
    case 422:
        result.outcome = ApiResult::Outcome::Invalid;
        result.issues = ValidationIssue::fromDetail(result.json.value(QLatin1String("detail")));
        if (result.issues.isEmpty()) {
            result.issues << ValidationIssue::error(
                {QStringLiteral("body")}, QStringLiteral("server_error"), startOf(facts.body));
        }
        result.summary = tr("Galileo found problems in the integration (422).");
        result.hint = tr("Each problem is shown at the field it names.");
        return result;
    default:
        break;
    }
    result.retryAfterSeconds = facts.retryAfter;
    const QString retry =
        facts.retryAfter >= 0
            ? tr(" Galileo asks to wait %1 s before trying again.").arg(facts.retryAfter)
            : QString();
    if (facts.status == 413) {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary = tr("The request is too large for the server (413).");
        result.hint = tr("A proxy in front of Galileo limits the body size.") + retry;
    } else if (facts.status == 429) {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary = tr("Too many requests (429).");
        result.hint = tr("Wait a little and try again.") + retry;
    } else if (facts.status >= 500) {
        result.outcome = ApiResult::Outcome::ServerError;
        result.summary = tr("The server failed (%1)%2.")
                             .arg(facts.status)
                             .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
        result.hint = tr("This is on the server's side: try again later.") + retry;
    } else {
        result.outcome = ApiResult::Outcome::Refused;
        result.summary = tr("The server refused the request (%1)%2.")
                             .arg(facts.status)
                             .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
        result.hint = tr("Check the base URL and the connection settings.") + retry;
    }
    return result;
}

bool isRetryable(const ReplyFacts &facts)
{
    if (facts.cancelled || facts.tooLarge)
        return false;
    if (facts.status == 502 || facts.status == 503 || facts.status == 504)
        return true;
    return facts.status == 0 && facts.error == QNetworkReply::RemoteHostClosedError;
}

// The `exp` claim of a JWT, or an invalid time when there is none.
QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QLatin1String("exp"));
    return exp.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble())) : QDateTime();
}

int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

QString describeSslError(const QSslError &error)
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

} // namespace

struct GalileoClient::Call
{
    QByteArray method;
    QUrl url;
    QByteArray body;
    bool authenticated = true;
    bool reloggedIn = false;
    int attempt = 1;
    int redirects = 0;
    QStringList sslProblems;
    bool tooLarge = false;
    QElapsedTimer timer;
    Done done;
};

GalileoClient::GalileoClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_network->setAutoDeleteReplies(false);
    setConnection(ConnectionSettings{}, GalileoSecrets{});
}

GalileoClient::~GalileoClient()
{
    if (m_reply)
        m_reply->abort();
}

void GalileoClient::setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets)
{
    const bool sameIdentity =
        settings.authMethod == m_settings.authMethod && settings.username == m_settings.username &&
        secrets.password == m_secrets.password && settings.apiUrl() == m_settings.apiUrl();
    m_settings = settings;
    m_secrets = secrets;
    m_apiUrl = settings.apiUrl(&m_apiUrlProblem);
    // Open connections keep the TLS settings they were made with (a CA file, say); new settings
    // need new connections.
    m_network->clearConnectionCache();
    if (!sameIdentity) {
        m_bearer.clear();
        m_bearerExpiry = {};
    }
}

void GalileoClient::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = qMax(1, maxAttempts);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

QUrl GalileoClient::urlFor(const QString &path) const
{
    QUrl url = m_apiUrl;
    url.setPath(url.path() + path);
    return url;
}

QString GalileoClient::missingCredentials() const
{
    if (!m_apiUrlProblem.isEmpty())
        return m_apiUrlProblem;
    switch (m_settings.authMethod) {
    case ConnectionSettings::AuthMethod::ApiKey:
        return m_secrets.apiKey.isEmpty() ? tr("No Galileo API key is set.") : QString();
    case ConnectionSettings::AuthMethod::Login:
    case ConnectionSettings::AuthMethod::Basic:
        if (m_settings.username.isEmpty() || m_secrets.password.isEmpty())
            return tr("The Galileo username and password are both needed.");
        return {};
    }
    return {};
}

void GalileoClient::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool GalileoClient::beginOperation()
{
    // One operation at a time: a second one sends nothing.
    if (m_busy)
        return false;
    setBusy(true);
    return true;
}

void GalileoClient::finishOperation()
{
    m_reply = nullptr;
    setBusy(false);
}

bool GalileoClient::submit(const IntegrationConfig &config)
{
    if (!beginOperation())
        return false;
    const QByteArray body = IntegrationJson::write(config, IntegrationJson::Format::Compact);
    call("PUT", QStringLiteral("/v2/integrations/custom"), body, true, [this](ApiResult result) {
        if (result.ok()) {
            StoredIntegration stored;
            QString problem;
            if (!StoredIntegration::fromJson(result.json, &stored, &problem)) {
                result.outcome = ApiResult::Outcome::ServerError;
                result.summary = tr("The server accepted the request, but its answer is not a "
                                    "stored integration: %1.")
                                     .arg(problem);
                result.hint = tr("Check that the base URL is Galileo's API.");
            } else {
                result.summary = tr("Galileo stored the integration %1.").arg(stored.id);
            }
        }
        finishOperation();
        emit submitted(result);
    });
    return true;
}

bool GalileoClient::fetchIntegration()
{
    if (!beginOperation())
        return false;
    call("GET", QStringLiteral("/v2/integrations/custom"), {}, true,
         [this](const ApiResult &result) {
             finishOperation();
             emit fetched(result);
         });
    return true;
}

bool GalileoClient::checkConnection()
{
    if (!beginOperation())
        return false;
    CheckStep health;
    health.name = tr("Galileo API");
    CheckStep user;
    user.name = tr("Credentials");
    const QList<CheckStep> steps = {health, user};
    runCheckStep(0, steps);
    return true;
}

void GalileoClient::runCheckStep(int index, QList<CheckStep> steps)
{
    if (index >= steps.size()) {
        finishOperation();
        emit connectionChecked(steps);
        return;
    }
    const bool health = index == 0;
    call("GET", health ? QStringLiteral("/v2/healthcheck") : QStringLiteral("/v2/current_user"), {},
         !health, [this, index, steps, health](const ApiResult &result) mutable {
             CheckStep &step = steps[index];
             step.httpStatus = result.httpStatus;
             step.elapsedMs = result.elapsedMs;
             step.ok = result.ok();
             const QJsonObject &json = result.json;
             if (result.outcome == ApiResult::Outcome::Cancelled) {
                 step.detail = result.summary;
                 emit stepFinished(step);
                 finishOperation();
                 emit connectionChecked(steps);
                 return;
             }
             if (health && step.ok) {
                 const QString version =
                     json.value(QLatin1String("api_version")).toVariant().toString();
                 const QString build = json.value(QLatin1String("version")).toVariant().toString();
                 if (version.isEmpty() && build.isEmpty()) {
                     step.ok = false;
                     step.detail = tr("The server answered, but not as Galileo's API does.");
                     step.hint = tr("Check the base URL: it should be the API URL, like "
                                    "https://api.galileo.ai.");
                 } else {
                     step.detail = tr("Galileo API %1 (version %2)")
                                       .arg(version.isEmpty() ? QStringLiteral("?") : version,
                                            build.isEmpty() ? QStringLiteral("?") : build);
                 }
             } else if (step.ok) {
                 const QString email = json.value(QLatin1String("email")).toString();
                 step.detail = tr("%1, %2 in %3")
                                   .arg(email.isEmpty() ? tr("unknown user") : email,
                                        json.value(QLatin1String("role")).toString(tr("no role")),
                                        json.value(QLatin1String("organization_name"))
                                            .toString(tr("an unnamed organisation")));
             } else {
                 step.detail = result.summary;
                 step.hint = result.hint;
             }
             emit stepFinished(step);
             // Without an HTTP answer there is nobody to ask for the credentials.
             if (health && result.httpStatus == 0) {
                 CheckStep &next = steps[1];
                 next.skipped = true;
                 next.detail = tr("Skipped: the API could not be reached.");
                 emit stepFinished(next);
                 finishOperation();
                 emit connectionChecked(steps);
                 return;
             }
             runCheckStep(index + 1, steps);
         });
}

void GalileoClient::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_retryTimer->isActive()) {
        // The pending attempt fires now and reports the cancellation instead of sending.
        m_retryTimer->start(0);
        return;
    }
    if (m_reply)
        m_reply->abort();
}

bool GalileoClient::needsLogin() const
{
    if (m_settings.authMethod != ConnectionSettings::AuthMethod::Login)
        return false;
    if (m_bearer.isEmpty())
        return true;
    return m_bearerExpiry.isValid() &&
           QDateTime::currentDateTimeUtc().secsTo(m_bearerExpiry) < ReloginMarginSeconds;
}

QNetworkRequest GalileoClient::request(const QUrl &url, bool authenticated) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_settings.timeoutSeconds * 1000);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "galileo-integrations/" GALILEO_VERSION);
    if (url.scheme() == QLatin1String("https") && !m_settings.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    if (!authenticated)
        return request;
    switch (m_settings.authMethod) {
    case ConnectionSettings::AuthMethod::ApiKey:
        request.setRawHeader(m_settings.apiKeyHeader.toLatin1(), m_secrets.apiKey.toUtf8());
        break;
    case ConnectionSettings::AuthMethod::Login:
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
        break;
    case ConnectionSettings::AuthMethod::Basic:
        request.setRawHeader(
            "Authorization",
            "Basic " +
                (m_settings.username + QLatin1Char(':') + m_secrets.password).toUtf8().toBase64());
        break;
    }
    return request;
}

void GalileoClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                         bool authenticated, Done done)
{
    m_cancelled = false;
    auto call = std::make_shared<Call>();
    call->method = method;
    call->url = urlFor(path);
    call->body = body;
    call->authenticated = authenticated;
    call->done = std::move(done);
    call->timer.start();
    if (!m_apiUrlProblem.isEmpty()) {
        ApiResult result;
        result.summary = m_apiUrlProblem;
        result.hint = tr("Correct the Galileo base URL in the connection settings.");
        call->done(result);
        return;
    }
    if (authenticated && needsLogin()) {
        login([this, call](const ApiResult *error) {
            if (error)
                call->done(*error);
            else
                send(call);
        });
        return;
    }
    send(call);
}

void GalileoClient::login(const std::function<void(const ApiResult *error)> &then)
{
    emit progress(tr("Logging in to Galileo as %1...").arg(m_settings.username));
    // QUrlQuery leaves '+' and '&' alone, which a form decoder reads as a space and a new
    // field; every value is percent-encoded in full instead.
    const auto field = [](const char *name, const QString &value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray form = field("username", m_settings.username) + '&' +
                            field("password", m_secrets.password) + '&' +
                            field("auth_method", QStringLiteral("email"));
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->url = urlFor(QStringLiteral("/login"));
    call->body = form;
    call->authenticated = false;
    call->timer.start();
    call->done = [this, then](const ApiResult &answer) {
        if (answer.ok()) {
            m_bearer = answer.json.value(QLatin1String("access_token")).toString();
            m_bearerExpiry = jwtExpiry(m_bearer);
            if (!m_bearer.isEmpty()) {
                then(nullptr);
                return;
            }
        }
        ApiResult error = answer;
        if (answer.ok() || answer.outcome == ApiResult::Outcome::AuthRefused ||
            answer.outcome == ApiResult::Outcome::Invalid) {
            error.outcome = ApiResult::Outcome::AuthRefused;
            error.issues.clear();
            error.summary =
                answer.ok()
                    ? tr("Galileo's login answered without a token.")
                    : tr("Galileo refused the username or password (%1).").arg(answer.httpStatus);
            error.hint = tr("Check the username and password, or use an API key instead.");
        }
        then(&error);
    };
    send(call);
}

void GalileoClient::send(const std::shared_ptr<Call> &call)
{
    QNetworkRequest request = this->request(call->url, call->authenticated);
    if (call->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    else if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    call->sslProblems.clear();
    call->tooLarge = false;
    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method, call->body);
    m_reply = reply;
    if (call->method == "PUT")
        emit requestSent();
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->sslProblems << describeSslError(error);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, call](qint64 received, qint64 total) {
                if (received > MaxAnswerBytes || total > MaxAnswerBytes) {
                    call->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call] { finishReply(reply, call); });
}

void GalileoClient::finishReply(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    ReplyFacts facts;
    facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.error = reply->error();
    facts.errorString = reply->errorString();
    facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    facts.body = call->tooLarge ? QByteArray() : reply->read(MaxAnswerBytes);
    facts.retryAfter = retryAfterSeconds(reply);
    facts.sslProblems = call->sslProblems;
    facts.cancelled = m_cancelled;
    facts.tooLarge = call->tooLarge;
    facts.url = call->url;
    facts.timeoutSeconds = m_settings.timeoutSeconds;

    // Redirects are followed by hand: only on the same origin, so that credentials never go to
    // another host, and a PUT only where the method is kept (307, 308).
    if (facts.status >= 300 && facts.status < 400 && !facts.cancelled) {
        const QUrl target = call->url.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const bool sameOrigin = target.scheme() == call->url.scheme() &&
                                target.host().compare(call->url.host(), Qt::CaseInsensitive) == 0 &&
                                target.port() == call->url.port();
        const bool keepsMethod =
            call->method == "GET" || facts.status == 307 || facts.status == 308;
        if (sameOrigin && keepsMethod && call->redirects < MaxRedirects && target.isValid()) {
            ++call->redirects;
            call->url = target;
            send(call);
            return;
        }
        ApiResult result;
        result.outcome = ApiResult::Outcome::NetworkError;
        result.httpStatus = facts.status;
        result.elapsedMs = call->timer.elapsed();
        result.summary = sameOrigin ? tr("The server redirected the request (%1) in a way that "
                                         "cannot be followed safely.")
                                          .arg(facts.status)
                                    : tr("The server redirected to %1. Credentials are never sent "
                                         "to another host, so the request was not repeated there.")
                                          .arg(target.toDisplayString());
        result.hint = tr("Use the address it redirects to as the base URL if you trust it.");
        call->done(result);
        return;
    }

    if (isRetryable(facts) && call->attempt < m_maxAttempts) {
        const int seconds =
            facts.retryAfter >= 0 ? qMin(facts.retryAfter, MaxRetryAfterSeconds) : -1;
        const int delay = seconds >= 0 ? seconds * 1000 : m_firstDelayMs << (call->attempt - 1);
        const QString why =
            facts.status ? QStringLiteral("HTTP %1").arg(facts.status) : tr("connection closed");
        emit progress(tr("Attempt %1 of %2 failed (%3); trying again in %4 s...")
                          .arg(call->attempt)
                          .arg(m_maxAttempts)
                          .arg(why)
                          .arg(delay / 1000.0, 0, 'f', 1));
        ++call->attempt;
        m_retryTimer->disconnect();
        m_retryTimer->setInterval(delay);
        connect(m_retryTimer, &QTimer::timeout, this, [this, call] {
            if (m_cancelled) {
                ApiResult result;
                result.outcome = ApiResult::Outcome::Cancelled;
                result.summary = tr("Cancelled.");
                result.attempts = call->attempt - 1;
                result.elapsedMs = call->timer.elapsed();
                call->done(result);
                return;
            }
            send(call);
        });
        m_retryTimer->start();
        return;
    }

    // A login token may have expired on the server before its time: log in once more.
    if (facts.status == 401 && call->authenticated && !call->reloggedIn &&
        m_settings.authMethod == ConnectionSettings::AuthMethod::Login) {
        call->reloggedIn = true;
        m_bearer.clear();
        login([this, call](const ApiResult *error) {
            if (error)
                call->done(*error);
            else
                send(call);
        });
        return;
    }

    ApiResult result = interpret(facts);
    result.attempts = call->attempt;
    result.elapsedMs = call->timer.elapsed();
    if (result.attempts > 1 && !result.ok()) {
        result.summary = tr("%1 (after %2 attempts)").arg(result.summary).arg(result.attempts);
    }
    call->done(result);
}
