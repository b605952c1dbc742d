#include "endpointprober.h"

#include "gatewayrequests.h"

#include "model/secretcatalog.h"
#include "model/singleline.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

QString startOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(2000));
    if (body.size() > 2000)
        text += QStringLiteral("...");
    return text;
}

// A gateway's answers: a token, a model list (some list thousands), one short completion.
constexpr qint64 MaxGatewayAnswerBytes = 8 * 1024 * 1024;

QString statusHint(int status)
{
    switch (status) {
    case 401:
        return EndpointProber::tr(
            "The gateway refused the request: check the credentials (API key or OAuth2 "
            "client) and "
            "whether it needs a header of its own (gateways such as Kong, Azure API "
            "Management or Cloudflare Access do): add it on the Headers page.");
    case 403:
        return EndpointProber::tr(
            "The gateway may not let this through: check the client's scopes or "
            "permissions, and whether it needs a header of its own (gateways such as Kong, "
            "Azure API Management or Cloudflare Access do): add it on the Headers page.");
    case 404:
        return EndpointProber::tr(
            "Nothing at this path: check the endpoint URL (it usually ends in /v1).");
    case 429:
        return EndpointProber::tr(
            "Rate limited: the credentials work, the gateway asks to slow down.");
    default:
        return status >= 500
                   ? EndpointProber::tr("The gateway failed; try again later or check its logs.")
                   : QString();
    }
}

// What to do about a failed call: by its status, or by why there was none.
QString hintFor(const WireAnswer &reply)
{
    switch (reply.failure) {
    case WireAnswer::Failure::None:
        return statusHint(reply.status);
    case WireAnswer::Failure::RefusedHeader:
        return EndpointProber::tr(
            "Correct that header (in the window: the Headers page or the API key settings): a "
            "name must be a plain token, and a value with a line break could smuggle in headers "
            "of its own.");
    case WireAnswer::Failure::Timeout:
        return EndpointProber::tr(
            "The gateway is slow or unreachable from here; a longer timeout may help.");
    case WireAnswer::Failure::TooLarge:
        return EndpointProber::tr(
            "No OpenAI-compatible answer is that large: check the endpoint URL.");
    case WireAnswer::Failure::RefusedRedirect:
        return EndpointProber::tr(
            "Use the address it redirects to as the endpoint if you trust it.");
    default:
        return {};
    }
}

// "HTTP 401: Tenant header X-Tenant is required (missing_header)", or the status alone when the
// gateway said nothing.
QString refusal(const WireAnswer &reply, const QString &said)
{
    if (!reply.hasAnswer())
        return reply.errorString;
    return said.isEmpty() ? EndpointProber::tr("HTTP %1").arg(reply.status)
                          : EndpointProber::tr("HTTP %1: %2").arg(reply.status).arg(said);
}

} // namespace

QString ProbeStage::name(Kind kind)
{
    switch (kind) {
    case Kind::Reach:
        return tr("reach");
    case Kind::Token:
        return tr("token");
    case Kind::Models:
        return tr("models");
    case Kind::Completion:
        return tr("completion");
    }
    return {};
}

QString ProbeStage::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("pending");
    case Status::Running:
        return tr("running");
    case Status::Pass:
        return tr("pass");
    case Status::Warning:
        return tr("warning");
    case Status::Fail:
        return tr("fail");
    case Status::Skipped:
        return tr("skipped");
    }
    return {};
}

EndpointProber::EndpointProber(QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(this))
{}

EndpointProber::~EndpointProber()
{
    m_running = false;
}

QString EndpointProber::sampleValue(const QString &mappingKey)
{
    return gatewaySampleValue(mappingKey);
}

bool EndpointProber::failed() const
{
    return std::any_of(m_stages.cbegin(), m_stages.cend(), [](const ProbeStage &stage) {
        return stage.status == ProbeStage::Status::Fail;
    });
}

bool EndpointProber::holdsSecrets() const
{
    return !m_accessToken.isEmpty() || !SecretCatalog::filledSlots(m_config, {}).isEmpty();
}

bool EndpointProber::unreachable() const
{
    return !m_stages.isEmpty() && m_stages.first().status == ProbeStage::Status::Fail;
}

int EndpointProber::indexOf(ProbeStage::Kind kind) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).kind == kind)
            return i;
    }
    return -1;
}

ProbeStage &EndpointProber::stage(ProbeStage::Kind kind)
{
    return m_stages[indexOf(kind)];
}

bool EndpointProber::start(const IntegrationConfig &config, const Options &options)
{
    if (m_running)
        return false;
    m_config = config;
    m_options = options;
    m_discovered.clear();
    m_accessToken.clear();
    m_cancelled = false;
    m_running = true;
    m_stages.clear();
    const auto pending = [](ProbeStage::Kind kind) {
        ProbeStage stage;
        stage.kind = kind;
        return stage;
    };
    m_stages << pending(ProbeStage::Kind::Reach);
    if (config.usesOAuth2())
        m_stages << pending(ProbeStage::Kind::Token);
    m_stages << pending(ProbeStage::Kind::Models) << pending(ProbeStage::Kind::Completion);
    m_transport->clearConnectionCache();
    QTimer::singleShot(0, this, [this] { runStage(0); });
    return true;
}

void EndpointProber::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_transport->cancel();
    if (m_socket)
        m_socket->abort();
}

void EndpointProber::runStage(int index)
{
    if (index >= m_stages.size()) {
        endRun();
        return;
    }
    if (m_cancelled) {
        skipRest(index, tr("Cancelled."));
        return;
    }
    m_current = index;
    m_stages[index].status = ProbeStage::Status::Running;
    emit stageChanged(index);
    m_stageTimer.start();
    switch (m_stages.at(index).kind) {
    case ProbeStage::Kind::Reach:
        reach();
        break;
    case ProbeStage::Kind::Token:
        requestToken(m_options.credentialsInBody, false);
        break;
    case ProbeStage::Kind::Models:
        listModels();
        break;
    case ProbeStage::Kind::Completion:
        completion();
        break;
    }
}

void EndpointProber::finishStage(int index, ProbeStage::Status status, const QString &detail,
                                 const QString &hint)
{
    ProbeStage &stage = m_stages[index];
    // A stage the user stopped did not fail: it was not let finish.
    stage.status = m_cancelled ? ProbeStage::Status::Skipped : status;
    // Details quote the gateway (its messages, model ids, certificate names): one line of
    // plain text each, wherever they are shown.
    stage.detail = m_cancelled ? tr("Cancelled.") : singleLine(detail);
    stage.hint = m_cancelled ? QString() : singleLine(hint);
    stage.elapsedMs = m_stageTimer.elapsed();
    emit stageChanged(index);
    if (m_cancelled) {
        skipRest(index + 1, tr("Cancelled."));
        return;
    }
    // Without the host or a token, nothing later can run.
    const bool blocking =
        status == ProbeStage::Status::Fail &&
        (stage.kind == ProbeStage::Kind::Reach || stage.kind == ProbeStage::Kind::Token);
    if (blocking) {
        skipRest(index + 1, tr("Skipped: the %1 stage failed.").arg(ProbeStage::name(stage.kind)));
        return;
    }
    runStage(index + 1);
}

void EndpointProber::skipRest(int from, const QString &why)
{
    for (int i = from; i < m_stages.size(); ++i) {
        m_stages[i].status = ProbeStage::Status::Skipped;
        m_stages[i].detail = why;
        emit stageChanged(i);
    }
    endRun();
}

void EndpointProber::endRun()
{
    // The run's secrets go with it: only masked copies stay, in the stages' exchanges.
    m_config = IntegrationConfig();
    m_accessToken.clear();
    m_running = false;
    emit finished();
}

void EndpointProber::reach()
{
    const int index = m_current;
    const QUrl url = gatewayUrl(m_config.endpoint, QString());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        finishStage(index, ProbeStage::Status::Fail, tr("The endpoint URL is not usable."),
                    tr("Enter an absolute http(s) URL on the first page."));
        return;
    }
    const bool tls = url.scheme() == QLatin1String("https");
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    auto *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto sslProblems = std::make_shared<QStringList>();
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, index, socket, done](ProbeStage::Status status,
                                                    const QString &detail, const QString &hint) {
        if (*done)
            return;
        *done = true;
        m_socket = nullptr;
        socket->abort();
        socket->deleteLater();
        finishStage(index, status, detail, hint);
    };
    const QString where = QStringLiteral("%1:%2").arg(url.host()).arg(port);
    connect(timer, &QTimer::timeout, socket, [finish, where, this] {
        finish(ProbeStage::Status::Fail,
               tr("No connection to %1 within %2 s.").arg(where).arg(m_options.stageTimeoutSeconds),
               tr("A firewall may drop the packets, or the host is down."));
    });
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::sslErrors, ssl, [sslProblems](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                sslProblems->append(HttpTransport::describeSslError(error));
        });
        connect(ssl, &QSslSocket::encrypted, ssl, [finish, ssl, where] {
            finish(ProbeStage::Status::Pass,
                   tr("Connected to %1 over TLS (%2).")
                       .arg(where, ssl->sessionCipher().protocolString()),
                   QString());
        });
    } else {
        connect(socket, &QTcpSocket::connected, socket, [finish, where] {
            finish(ProbeStage::Status::Warning, tr("Connected to %1 without TLS.").arg(where),
                   tr("Everything Galileo sends to this endpoint, credentials included, travels "
                      "unencrypted."));
        });
    }
    connect(socket, &QAbstractSocket::errorOccurred, socket,
            [finish, socket, sslProblems, where](QAbstractSocket::SocketError error) {
                QString hint;
                QString detail = socket->errorString();
                switch (error) {
                case QAbstractSocket::HostNotFoundError:
                    detail = tr("The host name could not be resolved (DNS).");
                    hint = tr("Check the spelling of the endpoint's host.");
                    break;
                case QAbstractSocket::ConnectionRefusedError:
                    detail = tr("%1 refused the connection.").arg(where);
                    hint = tr("Nothing listens on that port: check the port and that the gateway "
                              "runs.");
                    break;
                case QAbstractSocket::SslHandshakeFailedError:
                    detail = tr("The TLS handshake with %1 failed: %2")
                                 .arg(where, sslProblems->isEmpty()
                                                 ? socket->errorString()
                                                 : sslProblems->join(QLatin1String("; ")));
                    hint =
                        tr("Galileo will refuse this certificate too: the gateway needs one from "
                           "a public certificate authority.");
                    break;
                default:
                    break;
                }
                finish(ProbeStage::Status::Fail, detail, hint);
            });
    timer->start(m_options.stageTimeoutSeconds * 1000);
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
}

void EndpointProber::send(const WireRequest &request,
                          std::function<void(const WireAnswer &answer)> done)
{
    // Recorded as views show it, before it leaves: masked, whatever happens next.
    ProbeExchange exchange;
    exchange.method = request.method;
    exchange.url = request.url;
    exchange.requestHeaders = request.shownHeaders();
    exchange.requestBody = request.shownBody();
    exchange.curl = request.curl();
    const int stageIndex = m_current;
    m_stages[stageIndex].exchanges << exchange;
    const int exchangeIndex = int(m_stages[stageIndex].exchanges.size()) - 1;

    TransportPolicy policy;
    policy.deadlineMs = m_options.stageTimeoutSeconds * 1000;
    policy.idleTimeoutMs = m_options.stageTimeoutSeconds * 1000;
    policy.maxAnswerBytes = MaxGatewayAnswerBytes;
    m_transport->send(
        request, policy, [this, done, stageIndex, exchangeIndex](const WireAnswer &answer) {
            if (!m_running)
                return;
            ProbeExchange &record = m_stages[stageIndex].exchanges[exchangeIndex];
            record.status = answer.status;
            record.failure = answer.failure;
            for (const auto &[name, value] : answer.headers) {
                record.responseHeaders.append(
                    {QString::fromLatin1(name), SecretCatalog::isSecretAnswerHeader(name)
                                                    ? SecretCatalog::mask()
                                                    : QString::fromUtf8(value)});
            }
            record.responseStart = startOf(SecretCatalog::maskAnswer(answer.body));
            m_stages[stageIndex].httpStatus = answer.status;
            done(answer);
        });
}

QString EndpointProber::recordRefusal(int index, const WireAnswer &reply)
{
    if (!reply.hasAnswer())
        return {};
    m_stages[index].gatewaySaid = singleLine(GatewayError::parse(reply.body).text());
    return m_stages[index].gatewaySaid;
}

void EndpointProber::requestToken(bool inBody, bool isRetry)
{
    const int index = m_current;
    const TokenRequest token(m_config, inBody ? TokenRequest::Placement::Body
                                              : TokenRequest::Placement::Basic);
    if (!token.problem().isEmpty()) {
        finishStage(index, ProbeStage::Status::Fail, token.problem(),
                    tr("Enter the client ID and secret on the first page."));
        return;
    }
    send(token.request(), [this, index, inBody, isRetry](const WireAnswer &reply) {
        const TokenRequest::Answer answer = TokenRequest::parse(reply.body);
        const QString how = inBody ? tr("credentials in the body") : tr("HTTP Basic");
        if (reply.status == 200 && !answer.accessToken.isEmpty()) {
            m_accessToken = answer.accessToken;
            QStringList facts{answer.tokenType.isEmpty()
                                  ? tr("a token of no stated type")
                                  : tr("a token of type %1").arg(answer.tokenType)};
            if (!answer.expiresIn.isEmpty())
                facts << tr("expires in %1 s").arg(answer.expiresIn);
            if (!answer.scope.isEmpty())
                facts << tr("scopes: %1").arg(answer.scope);
            facts << tr("sent with %1").arg(how);
            finishStage(index, ProbeStage::Status::Pass, facts.join(QLatin1String(", ")));
            return;
        }
        // Servers differ in where they want the client's credentials: try the other way once.
        if (answer.error == QLatin1String("invalid_client") && !isRetry) {
            requestToken(!inBody, true);
            return;
        }
        QString detail;
        if (!answer.error.isEmpty()) {
            detail = answer.errorDescription.isEmpty()
                         ? answer.error
                         : QStringLiteral("%1: %2").arg(answer.error, answer.errorDescription);
        } else if (!reply.hasAnswer()) {
            detail = reply.errorString;
        } else {
            const QString said = recordRefusal(index, reply);
            detail = said.isEmpty() ? tr("HTTP %1 without a token").arg(reply.status)
                                    : tr("HTTP %1 without a token: %2").arg(reply.status).arg(said);
        }
        // The token server gets none of the integration's custom headers (it may be another
        // host, an identity provider): the Headers page cannot help with a refusal there.
        const bool refused = reply.hasAnswer() && (reply.status == 401 || reply.status == 403);
        QString hint = answer.error == QLatin1String("invalid_client")
                           ? tr("The client ID or secret is wrong (tried in the body and as "
                                "HTTP Basic).")
                       : refused ? tr("The token server refused the client: check the client ID "
                                      "and secret, the scope and the token URL. The integration's "
                                      "custom headers are not sent to it.")
                                 : hintFor(reply);
        if (hint.isEmpty())
            hint = tr("Check the token URL: it must accept the client-credentials grant.");
        finishStage(index, ProbeStage::Status::Fail, detail, hint);
    });
}

void EndpointProber::listModels()
{
    const int index = m_current;
    send(ModelsRequest(m_config, m_accessToken).request(), [this, index](const WireAnswer &reply) {
        const int status = reply.status;
        if (status == 404) {
            finishStage(index, ProbeStage::Status::Warning,
                        tr("The gateway has no /models list (404)."),
                        tr("Many gateways lack it; Galileo does not need it."));
            return;
        }
        if (status != 200 || !reply.hasAnswer()) {
            const QString said = recordRefusal(index, reply);
            finishStage(index, ProbeStage::Status::Fail, refusal(reply, said), hintFor(reply));
            return;
        }
        for (const QString &id : ModelsRequest::parse(reply.body)) {
            if (!m_discovered.contains(id))
                m_discovered << id;
        }
        QStringList unlisted;
        for (const QString &name : m_config.modelNames()) {
            if (!m_discovered.contains(name))
                unlisted << name;
        }
        if (!unlisted.isEmpty()) {
            finishStage(index, ProbeStage::Status::Warning,
                        tr("The gateway lists %1 models; not among them: %2")
                            .arg(m_discovered.size())
                            .arg(unlisted.join(QLatin1String(", "))),
                        tr("Check these names: Galileo calls the gateway with them."));
            return;
        }
        finishStage(index, ProbeStage::Status::Pass,
                    tr("The gateway lists %1 models, all configured ones among them.")
                        .arg(m_discovered.size()));
    });
}

void EndpointProber::completion()
{
    const int index = m_current;
    QString model = m_options.completionModel;
    if (model.isEmpty())
        model = m_config.defaultModel;
    if (model.isEmpty() && !m_config.modelProperties.isEmpty())
        model = m_config.modelProperties.first().name;
    if (model.isEmpty()) {
        finishStage(index, ProbeStage::Status::Skipped, tr("No model to ask."),
                    tr("Add a model on the Models page."));
        return;
    }
    const CompletionRequest request(m_config, m_accessToken, model);
    // Said in the detail, since a parameter left out is a reason an answer may run long.
    const QString without =
        request.sendsMaxTokens()
            ? QString()
            : tr(" (max_tokens not sent: the model's supported parameters leave it out)");
    send(request.request(), [this, index, model, without](const WireAnswer &reply) {
        const int status = reply.status;
        if (status == 200 && reply.hasAnswer()) {
            finishStage(index, ProbeStage::Status::Pass,
                        tr("%1 answered \"%2\".")
                                .arg(model, CompletionRequest::parse(reply.body).left(80)) +
                            without);
            return;
        }
        const QString said = recordRefusal(index, reply);
        if (status == 429) {
            finishStage(index, ProbeStage::Status::Warning,
                        (said.isEmpty() ? tr("%1: rate limited (429).").arg(model)
                                        : tr("%1: rate limited (429): %2").arg(model, said)) +
                            without,
                        statusHint(429));
        } else {
            finishStage(index, ProbeStage::Status::Fail,
                        (reply.hasAnswer() ? tr("%1: %2").arg(model, refusal(reply, said))
                                           : reply.errorString) +
                            without,
                        status == 404 ? tr("The gateway does not know the model %1, or the "
                                           "path: check both.")
                                            .arg(model)
                                      : hintFor(reply));
        }
    });
}
