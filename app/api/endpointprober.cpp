#include "endpointprober.h"

#include "model/fieldcatalog.h"
#include "model/integrationjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointProber", text);
}

QString startOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(2000));
    if (body.size() > 2000)
        text += QStringLiteral("...");
    return text;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

// The client credentials as form fields: {"client_id", "client_secret"} or whatever string
// fields another credential shape has.
bool credentialFields(const QString &token, QList<QPair<QString, QString>> *fields)
{
    const QJsonDocument document = QJsonDocument::fromJson(token.toUtf8());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            fields->append({it.key(), it.value().toString()});
    }
    return !fields->isEmpty();
}

QString statusHint(int status)
{
    switch (status) {
    case 401:
        return tr("The gateway refused the credentials: check the API key or the OAuth2 client.");
    case 403:
        return tr("The credentials are known but may not do this: check the client's scopes or "
                  "permissions.");
    case 404:
        return tr("Nothing at this path: check the endpoint URL (it usually ends in /v1).");
    case 429:
        return tr("Rate limited: the credentials work, the gateway asks to slow down.");
    default:
        return status >= 500 ? tr("The gateway failed; try again later or check its logs.")
                             : QString();
    }
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
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

EndpointProber::~EndpointProber()
{
    m_running = false;
    if (m_reply)
        m_reply->abort();
}

QString EndpointProber::sampleValue(const QString &mappingKey)
{
    return QStringLiteral("galileo-test-") + QString(mappingKey).remove(QLatin1String("_id"));
}

bool EndpointProber::failed() const
{
    return std::any_of(m_stages.cbegin(), m_stages.cend(), [](const ProbeStage &stage) {
        return stage.status == ProbeStage::Status::Fail;
    });
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

QUrl EndpointProber::endpointUrl(const QString &path) const
{
    QString base = m_config.endpoint.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
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
    m_stages << ProbeStage{ProbeStage::Kind::Reach, {}, 0, 0, {}, {}, {}};
    if (config.usesOAuth2())
        m_stages << ProbeStage{ProbeStage::Kind::Token, {}, 0, 0, {}, {}, {}};
    m_stages << ProbeStage{ProbeStage::Kind::Models, {}, 0, 0, {}, {}, {}}
             << ProbeStage{ProbeStage::Kind::Completion, {}, 0, 0, {}, {}, {}};
    m_network->clearConnectionCache();
    QTimer::singleShot(0, this, [this] { runStage(0); });
    return true;
}

void EndpointProber::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_socket)
        m_socket->abort();
}

void EndpointProber::runStage(int index)
{
    if (index >= m_stages.size()) {
        m_running = false;
        emit finished();
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
    stage.status = m_cancelled ? ProbeStage::Status::Fail : status;
    stage.detail = m_cancelled ? tr("Cancelled.") : detail;
    stage.hint = m_cancelled ? QString() : hint;
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
    m_running = false;
    emit finished();
}

void EndpointProber::reach()
{
    const int index = m_current;
    const QUrl url = endpointUrl(QString());
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
            for (const QSslError &error : errors) {
                const QSslCertificate certificate = error.certificate();
                sslProblems->append(
                    certificate.isNull()
                        ? error.errorString()
                        : tr("%1 (certificate for %2, issued by %3)")
                              .arg(error.errorString(),
                                   certificate.subjectInfo(QSslCertificate::CommonName)
                                       .join(QLatin1String(", ")),
                                   certificate.issuerInfo(QSslCertificate::CommonName)
                                       .join(QLatin1String(", "))));
            }
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

QList<QPair<QByteArray, QByteArray>> EndpointProber::gatewayHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (m_config.usesApiKey() && !m_config.apiKeyHeader.isEmpty())
        headers.append({m_config.apiKeyHeader.toLatin1(), m_config.apiKeyValue.toUtf8()});
    if (m_config.usesOAuth2() && !m_accessToken.isEmpty())
        headers.append({"Authorization", "Bearer " + m_accessToken.toUtf8()});
    for (const HeaderEntry &header : m_config.headers)
        headers.append({header.name.toLatin1(), header.value.toUtf8()});
    for (const QString &key : FieldCatalog::headerMappingKeys()) {
        const QString name = m_config.headerMapping.value(key);
        if (!name.isEmpty())
            headers.append({name.toLatin1(), sampleValue(key).toUtf8()});
    }
    return headers;
}

void EndpointProber::send(const QByteArray &method, const QUrl &url,
                          QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body,
                          const QList<QByteArray> &secretHeaders,
                          std::function<void(int, const QByteArray &, QNetworkReply *)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.stageTimeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", "galileo-integrations/" GALILEO_VERSION " (endpoint test)");
    ProbeExchange exchange;
    exchange.method = method;
    exchange.url = url;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        const bool secret = std::any_of(secretHeaders.cbegin(), secretHeaders.cend(),
                                        [&name = name](const QByteArray &s) {
                                            return s.compare(name, Qt::CaseInsensitive) == 0;
                                        });
        exchange.requestHeaders.append(
            {QString::fromLatin1(name),
             secret ? IntegrationJson::maskedSecret() : QString::fromUtf8(value)});
    }
    // Bodies here carry no secrets, except the token request's, which is masked by the caller.
    exchange.requestBody = body;
    ProbeStage &current = m_stages[m_current];
    current.exchanges << exchange;
    const int exchangeIndex = int(current.exchanges.size()) - 1;
    const int stageIndex = m_current;

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, stageIndex, exchangeIndex] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->read(1024 * 1024);
        ProbeExchange &record = m_stages[stageIndex].exchanges[exchangeIndex];
        record.status = status;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            record.responseHeaders.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        record.responseStart = startOf(answer);
        m_stages[stageIndex].httpStatus = status;
        done(status, answer, reply);
    });
}

void EndpointProber::requestToken(bool inBody, bool isRetry)
{
    const int index = m_current;
    QList<QPair<QString, QString>> credentials;
    if (!credentialFields(m_config.token, &credentials)) {
        finishStage(index, ProbeStage::Status::Fail,
                    tr("The token field holds no client credentials."),
                    tr("Enter the client ID and secret on the first page."));
        return;
    }
    const QUrl url(m_config.oauth2TokenUrl.isEmpty() ? m_config.endpoint : m_config.oauth2TokenUrl);
    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!m_config.authenticationScope.isEmpty())
        form.append({QStringLiteral("scope"), m_config.authenticationScope});
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    QList<QPair<QString, QString>> masked = form;
    QString clientId;
    QString clientSecret;
    for (const auto &[name, value] : credentials) {
        if (name == QLatin1String("client_id"))
            clientId = value;
        else if (name == QLatin1String("client_secret"))
            clientSecret = value;
    }
    if (inBody || clientId.isEmpty()) {
        for (const auto &[name, value] : credentials) {
            form.append({name, value});
            masked.append({name, name == QLatin1String("client_id")
                                     ? value
                                     : IntegrationJson::maskedSecret()});
        }
    } else {
        headers.append({"Authorization", "Basic " + (QUrl::toPercentEncoding(clientId) + ':' +
                                                     QUrl::toPercentEncoding(clientSecret))
                                                        .toBase64()});
    }
    send(
        "POST", url, headers, formEncode(form), {"Authorization"},
        [this, index, inBody, isRetry, masked](int status, const QByteArray &body,
                                               QNetworkReply *reply) {
            m_stages[index].exchanges.last().requestBody = formEncode(masked);
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const QString how = inBody ? tr("credentials in the body") : tr("HTTP Basic");
            if (status == 200 && json.value(QLatin1String("access_token")).isString()) {
                m_accessToken = json.value(QLatin1String("access_token")).toString();
                QStringList facts{json.value(QLatin1String("token_type")).toString(tr("unknown")) +
                                  tr(" token")};
                if (json.contains(QLatin1String("expires_in")))
                    facts
                        << tr("expires in %1 s")
                               .arg(json.value(QLatin1String("expires_in")).toVariant().toString());
                if (json.contains(QLatin1String("scope")))
                    facts << tr("scopes: %1").arg(json.value(QLatin1String("scope")).toString());
                facts << tr("sent with %1").arg(how);
                finishStage(index, ProbeStage::Status::Pass, facts.join(QLatin1String(", ")));
                return;
            }
            const QString error = json.value(QLatin1String("error")).toString();
            // Servers differ in where they want the client's credentials: try the other way once.
            if (error == QLatin1String("invalid_client") && !isRetry) {
                requestToken(!inBody, true);
                return;
            }
            QString detail;
            if (!error.isEmpty()) {
                detail = json.contains(QLatin1String("error_description"))
                             ? QStringLiteral("%1: %2").arg(
                                   error, json.value(QLatin1String("error_description")).toString())
                             : error;
            } else if (status == 0) {
                detail = reply->errorString();
            } else {
                detail = tr("HTTP %1 without a token").arg(status);
            }
            QString hint = error == QLatin1String("invalid_client")
                               ? tr("The client ID or secret is wrong (tried in the body and as "
                                    "HTTP Basic).")
                               : statusHint(status);
            if (hint.isEmpty())
                hint = tr("Check the token URL: it must accept the client-credentials grant.");
            finishStage(index, ProbeStage::Status::Fail, detail, hint);
        });
}

void EndpointProber::listModels()
{
    const int index = m_current;
    QList<QPair<QByteArray, QByteArray>> headers = gatewayHeaders();
    headers.prepend({"Accept", "application/json"});
    QList<QByteArray> secret{"Authorization", m_config.apiKeyHeader.toLatin1()};
    for (const HeaderEntry &header : m_config.headers)
        secret << header.name.toLatin1();
    send("GET", endpointUrl(QStringLiteral("/models")), headers, {}, secret,
         [this, index](int status, const QByteArray &body, QNetworkReply *reply) {
             if (status == 404) {
                 finishStage(index, ProbeStage::Status::Warning,
                             tr("The gateway has no /models list (404)."),
                             tr("Many gateways lack it; Galileo does not need it."));
                 return;
             }
             if (status != 200) {
                 finishStage(index, ProbeStage::Status::Fail,
                             status ? tr("HTTP %1").arg(status) : reply->errorString(),
                             statusHint(status));
                 return;
             }
             const QJsonDocument document = QJsonDocument::fromJson(body);
             const QJsonArray data = document.isArray()
                                         ? document.array()
                                         : document.object().value(QLatin1String("data")).toArray();
             for (const QJsonValue &item : data) {
                 const QString id =
                     item.isString() ? item.toString() : item[QLatin1String("id")].toString();
                 if (!id.isEmpty() && !m_discovered.contains(id))
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
    const QJsonObject request{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("Reply with OK.")}}}},
        {QStringLiteral("max_tokens"), 1},
        {QStringLiteral("stream"), false}};
    QList<QPair<QByteArray, QByteArray>> headers = gatewayHeaders();
    headers.prepend({"Content-Type", "application/json"});
    QList<QByteArray> secret{"Authorization", m_config.apiKeyHeader.toLatin1()};
    for (const HeaderEntry &header : m_config.headers)
        secret << header.name.toLatin1();
    send("POST", endpointUrl(QStringLiteral("/chat/completions")), headers,
         QJsonDocument(request).toJson(QJsonDocument::Compact), secret,
         [this, index, model](int status, const QByteArray &body, QNetworkReply *reply) {
             if (status == 200) {
                 const QJsonObject json = QJsonDocument::fromJson(body).object();
                 const QString answer = json[QLatin1String("choices")][0][QLatin1String("message")]
                                            [QLatin1String("content")]
                                                .toString();
                 finishStage(index, ProbeStage::Status::Pass,
                             tr("%1 answered \"%2\".").arg(model, answer.left(80)));
             } else if (status == 429) {
                 finishStage(index, ProbeStage::Status::Warning,
                             tr("%1: rate limited (429).").arg(model), statusHint(429));
             } else {
                 finishStage(index, ProbeStage::Status::Fail,
                             status ? tr("%1: HTTP %2").arg(model).arg(status)
                                    : reply->errorString(),
                             status == 404 ? tr("The gateway does not know the model %1, or the "
                                                "path: check both.")
                                                 .arg(model)
                                           : statusHint(status));
             }
         });
}
