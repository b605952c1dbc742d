#include "gatewayrequests.h"

#include "model/fieldcatalog.h"
#include "model/secretcatalog.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QByteArray s_userAgent = "galileo-integrations/" GALILEO_VERSION " (endpoint test)";

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    // application/x-www-form-urlencoded leaves "*" as it is (the WHATWG URL standard's set),
    // so a masked value reads as the mask, not as %2A%2A%2A%2A%2A%2A%2A%2A.
    const QByteArray keep("*");
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name, keep) + '=' + QUrl::toPercentEncoding(value, keep);
    }
    return form;
}

// The client credentials as form fields: {"client_id", "client_secret"} or whatever string
// fields another credential shape has.
QList<QPair<QString, QString>> credentialFields(const QString &token)
{
    QList<QPair<QString, QString>> fields;
    const QJsonObject object = QJsonDocument::fromJson(token.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            fields.append({it.key(), it.value().toString()});
    }
    return fields;
}

void addValue(WireRequest *request, FieldId field, const QByteArray &name, const QByteArray &value)
{
    if (FieldCatalog::isSecret(field))
        request->addSecretHeader(name, value);
    else
        request->addHeader(name, value);
}

// Text of a JSON value that may be a string, a number or something structured.
QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// The readable start of a body that is not JSON: tags and runs of white space dropped, so an
// HTML error page reads as its title and first words.
QString startAsPlainText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|head)[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const QString pageTitle = title.match(text).captured(1).simplified();
    text = text.remove(hidden).replace(tag, QStringLiteral(" ")).simplified();
    // The title comes first, unless the page opens with it (nginx's "502 Bad Gateway" is both).
    if (!pageTitle.isEmpty() && !text.startsWith(pageTitle))
        text = pageTitle + QLatin1Char(' ') + text;
    constexpr int Shown = 200;
    if (text.size() > Shown)
        text = text.left(Shown) + QStringLiteral("...");
    return text;
}

} // namespace

QString GatewayError::text() const
{
    if (code.isEmpty() || message.contains(code))
        return message;
    return message.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(message, code);
}

GatewayError GatewayError::parse(const QByteArray &body)
{
    const QByteArray masked = SecretCatalog::maskAnswer(body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(masked, &parseError);
    GatewayError said;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        said.message = startAsPlainText(masked);
        return said;
    }
    const QJsonObject json = document.object();
    const QJsonValue error = json.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        said.message = plainText(object.value(QLatin1String("message")));
        said.code = plainText(object.value(QLatin1String("code")));
        if (said.code.isEmpty())
            said.code = plainText(object.value(QLatin1String("type")));
    } else if (!error.isUndefined() && !error.isNull()) {
        said.message = plainText(error);
        said.code = plainText(json.value(QLatin1String("code")));
    }
    for (const char *key : {"message", "detail", "error_description"}) {
        if (said.message.isEmpty())
            said.message = plainText(json.value(QLatin1String(key)));
    }
    if (said.isEmpty())
        said.message = startAsPlainText(masked);
    constexpr int Shown = 300;
    if (said.message.size() > Shown)
        said.message = said.message.left(Shown) + QStringLiteral("...");
    return said;
}

QString gatewaySampleValue(const QString &mappingKey)
{
    return QStringLiteral("galileo-test-") + QString(mappingKey).remove(QLatin1String("_id"));
}

QUrl gatewayUrl(const QString &endpoint, const QString &path)
{
    QString base = endpoint.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

void addGatewayHeaders(WireRequest *request, const IntegrationConfig &config,
                       const QString &accessToken)
{
    if (config.usesApiKey() && !config.apiKeyHeader.isEmpty())
        addValue(request, FieldId::ApiKeyValue, config.apiKeyHeader.toUtf8(),
                 config.apiKeyValue.toUtf8());
    // The access token is got with the token field's credentials: as secret as they are.
    if (config.usesOAuth2() && !accessToken.isEmpty())
        addValue(request, FieldId::Token, "Authorization", "Bearer " + accessToken.toUtf8());
    for (const HeaderEntry &header : config.headers)
        addValue(request, FieldId::HeaderValue, header.name.toUtf8(), header.value.toUtf8());
    for (const QString &key : FieldCatalog::headerMappingKeys()) {
        const QString name = config.headerMapping.value(key);
        if (!name.isEmpty())
            request->addHeader(name.toUtf8(), gatewaySampleValue(key).toUtf8());
    }
}

TokenRequest::TokenRequest(IntegrationConfig config, Placement placement)
    : m_config(std::move(config))
    , m_placement(placement)
{}

QString TokenRequest::problem() const
{
    return credentialFields(m_config.token).isEmpty()
               ? QCoreApplication::translate("EndpointProber",
                                             "The token field holds no client credentials.")
               : QString();
}

WireRequest TokenRequest::request() const
{
    WireRequest request;
    request.method = "POST";
    request.url = QUrl(m_config.oauth2TokenUrl.isEmpty() ? m_config.endpoint.trimmed()
                                                         : m_config.oauth2TokenUrl.trimmed());
    request.addHeader("User-Agent", s_userAgent);
    request.addHeader("Content-Type", "application/x-www-form-urlencoded");
    request.addHeader("Accept", "application/json");
    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!m_config.authenticationScope.isEmpty())
        form.append({QStringLiteral("scope"), m_config.authenticationScope});
    QList<QPair<QString, QString>> masked = form;
    const QList<QPair<QString, QString>> credentials = credentialFields(m_config.token);
    QString clientId;
    QString clientSecret;
    for (const auto &[name, value] : credentials) {
        if (name == QLatin1String("client_id"))
            clientId = value;
        else if (name == QLatin1String("client_secret"))
            clientSecret = value;
    }
    const bool secret = FieldCatalog::isSecret(FieldId::Token);
    if (m_placement == Placement::Body || clientId.isEmpty()) {
        for (const auto &[name, value] : credentials) {
            form.append({name, value});
            // The client ID names the credentials without giving them away.
            const bool shown = !secret || name == QLatin1String("client_id");
            masked.append({name, shown ? value : SecretCatalog::mask()});
            if (!shown)
                request.addSecretValue(value.toUtf8());
        }
    } else {
        request.addSecretHeader("Authorization",
                                "Basic " + (QUrl::toPercentEncoding(clientId) + ':' +
                                            QUrl::toPercentEncoding(clientSecret))
                                               .toBase64());
        request.addSecretValue(clientSecret.toUtf8());
    }
    request.body = formEncode(form);
    const QByteArray maskedBody = formEncode(masked);
    if (maskedBody != request.body)
        request.maskedBody = maskedBody;
    return request;
}

TokenRequest::Answer TokenRequest::parse(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const auto text = [&json](const char *key) {
        return json.value(QLatin1String(key)).toVariant().toString();
    };
    Answer answer;
    if (json.value(QLatin1String("access_token")).isString())
        answer.accessToken = text("access_token");
    answer.tokenType = text("token_type");
    answer.expiresIn = text("expires_in");
    answer.scope = text("scope");
    answer.error = text("error");
    answer.errorDescription = text("error_description");
    return answer;
}

ModelsRequest::ModelsRequest(IntegrationConfig config, QString accessToken)
    : m_config(std::move(config))
    , m_accessToken(std::move(accessToken))
{}

WireRequest ModelsRequest::request() const
{
    WireRequest request;
    request.url = gatewayUrl(m_config.endpoint, QStringLiteral("/models"));
    request.addHeader("User-Agent", s_userAgent);
    request.addHeader("Accept", "application/json");
    addGatewayHeaders(&request, m_config, m_accessToken);
    return request;
}

QStringList ModelsRequest::parse(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray data = document.isArray()
                                ? document.array()
                                : document.object().value(QLatin1String("data")).toArray();
    QStringList ids;
    for (const QJsonValue &item : data) {
        const QString id = item.isString() ? item.toString()
                                           : item.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

CompletionRequest::CompletionRequest(IntegrationConfig config, QString accessToken, QString model)
    : m_config(std::move(config))
    , m_accessToken(std::move(accessToken))
    , m_model(std::move(model))
{}

bool CompletionRequest::sendsMaxTokens() const
{
    for (const ModelProperty &property : m_config.modelProperties) {
        if (property.name == m_model && property.supportedParameters)
            return property.supportedParameters->contains(QLatin1String("max_tokens"));
    }
    return true;
}

WireRequest CompletionRequest::request() const
{
    WireRequest request;
    request.method = "POST";
    request.url = gatewayUrl(m_config.endpoint, QStringLiteral("/chat/completions"));
    request.addHeader("User-Agent", s_userAgent);
    request.addHeader("Content-Type", "application/json");
    addGatewayHeaders(&request, m_config, m_accessToken);
    const bool maxTokens = sendsMaxTokens();
    // Without a limit the message itself asks for the shortest answer there is.
    const QString prompt = maxTokens ? QStringLiteral("Reply with OK.")
                                     : QStringLiteral("Reply with the single word OK and nothing "
                                                      "else.");
    QJsonObject body{{QStringLiteral("model"), m_model},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), prompt}}}},
                     {QStringLiteral("stream"), false}};
    if (maxTokens)
        body.insert(QStringLiteral("max_tokens"), 1);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QString CompletionRequest::parse(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    return json.value(QLatin1String("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("message"))
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}
