#include "galileorequests.h"

#include "storedconfig.h"

#include "model/secretcatalog.h"
#include "model/singleline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

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

// Every value percent-encoded in full: QUrlQuery leaves '+' and '&' alone, which a form
// decoder reads as a space and a new field.
QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

GalileoIdentity GalileoIdentity::from(const ConnectionSettings &settings,
                                      const GalileoSecrets &secrets)
{
    GalileoIdentity identity;
    identity.apiUrl = settings.apiUrl();
    identity.authMethod = settings.authMethod;
    identity.apiKeyHeader = settings.apiKeyHeader;
    identity.apiKey = secrets.apiKey;
    identity.username = settings.username;
    identity.password = secrets.password;
    return identity;
}

QUrl GalileoIdentity::url(const QString &path) const
{
    QUrl url = apiUrl;
    url.setPath(url.path() + path);
    return url;
}

WireRequest GalileoRequest::base(const GalileoIdentity &identity, const QByteArray &method,
                                 const QString &path) const
{
    WireRequest request;
    request.method = method;
    request.url = identity.url(path);
    request.addHeader("Accept", "application/json");
    request.addHeader("User-Agent", "galileo-integrations/" GALILEO_VERSION);
    if (!authenticated())
        return request;
    // A copied curl command leaves the credentials in the environment, named as the SDKs
    // name them.
    switch (identity.authMethod) {
    case ConnectionSettings::AuthMethod::ApiKey:
        request.addSecretHeader(identity.apiKeyHeader.toUtf8(), identity.apiKey.toUtf8(),
                                QStringLiteral("$GALILEO_API_KEY"));
        break;
    case ConnectionSettings::AuthMethod::Login:
        request.addSecretHeader("Authorization", "Bearer " + identity.bearer.toUtf8(),
                                QStringLiteral("Bearer $GALILEO_ACCESS_TOKEN"));
        break;
    case ConnectionSettings::AuthMethod::Basic:
        request.addSecretHeader(
            "Authorization",
            "Basic " +
                (identity.username + QLatin1Char(':') + identity.password).toUtf8().toBase64(),
            QStringLiteral("Basic $(printf '%s:%s' \"$GALILEO_USERNAME\" \"$GALILEO_PASSWORD\" "
                           "| base64 -w0)"));
        break;
    }
    return request;
}

WireRequest HealthCheckRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET", QStringLiteral("/v2/healthcheck"));
}

HealthCheckRequest::Health HealthCheckRequest::parse(const QJsonObject &answer)
{
    Health health;
    // Shown, never used: one line of plain text each, as every text of a server's shown.
    health.apiVersion =
        singleLine(answer.value(QLatin1String("api_version")).toVariant().toString());
    health.version = singleLine(answer.value(QLatin1String("version")).toVariant().toString());
    health.isGalileo = !health.apiVersion.isEmpty() || !health.version.isEmpty();
    return health;
}

WireRequest CurrentUserRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET", QStringLiteral("/v2/current_user"));
}

CurrentUserRequest::User CurrentUserRequest::parse(const QJsonObject &answer)
{
    return {singleLine(answer.value(QLatin1String("email")).toString()),
            singleLine(answer.value(QLatin1String("role")).toString()),
            singleLine(answer.value(QLatin1String("organization_name")).toString())};
}

WireRequest LoginRequest::request(const GalileoIdentity &identity) const
{
    WireRequest request = base(identity, "POST", QStringLiteral("/login"));
    request.addHeader("Content-Type", "application/x-www-form-urlencoded");
    const QByteArray start = formField("username", identity.username) + '&';
    const QByteArray end = '&' + formField("auth_method", QStringLiteral("email"));
    request.body = start + formField("password", identity.password) + end;
    request.maskedBody = start + "password=" + SecretCatalog::mask().toUtf8() + end;
    request.addSecretValue(identity.password.toUtf8());
    return request;
}

std::optional<LoginRequest::Token> LoginRequest::parse(const QJsonObject &answer)
{
    const QString token = answer.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return std::nullopt;
    return Token{token, jwtExpiry(token)};
}

namespace IntegrationName {

QString problem(const QString &name)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("IntegrationName", text);
    };
    if (name.isEmpty())
        return tr("The name is empty.");
    if (name.size() > MaxLength)
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(name.size())
            .arg(MaxLength);
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!slug.match(name).hasMatch()) {
        return name.front() == QLatin1Char('-')
                   ? tr("The name must start with a lower-case letter or a digit.")
                   : tr("Only lower-case letters, digits and '-' are allowed.");
    }
    // /integrations/custom/definition and .../status are the default integration's own routes:
    // an integration of that name could never be read back.
    if (name == QLatin1String("definition") || name == QLatin1String("status"))
        return tr("\"%1\" names one of Galileo's own routes (/integrations/custom/%1); choose "
                  "another name.")
            .arg(name);
    return {};
}

} // namespace IntegrationName

QString SubmitIntegrationRequest::path(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("/v2/integrations/custom")
                          : QStringLiteral("/integrations/custom/") + name;
}

SubmitIntegrationRequest::SubmitIntegrationRequest(IntegrationConfig config, QString name,
                                                   IntegrationJson::Format format)
    : m_config(std::move(config))
    , m_name(std::move(name))
    , m_format(format)
{}

WireRequest SubmitIntegrationRequest::request(const GalileoIdentity &identity) const
{
    WireRequest request = base(identity, "PUT", path(m_name));
    request.addHeader("Content-Type", "application/json");
    request.body = IntegrationJson::write(m_config, m_format);
    // Masking a body of a thousand models costs as much as writing it: only views pay for it.
    request.maskBody = [config = m_config, format = m_format] {
        return IntegrationJson::write(SecretCatalog::masked(config), format);
    };
    request.secretValues << SecretCatalog::sentValues(m_config);
    return request;
}

std::optional<StoredIntegration> SubmitIntegrationRequest::parse(const QJsonObject &answer,
                                                                 QString *problem)
{
    StoredIntegration stored;
    if (!StoredIntegration::fromJson(answer, &stored, problem))
        return std::nullopt;
    return stored;
}

FetchIntegrationRequest::FetchIntegrationRequest(QString name)
    : m_name(std::move(name))
{}

WireRequest FetchIntegrationRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET",
                m_name.isEmpty() ? QStringLiteral("/integrations/custom")
                                 : QStringLiteral("/integrations/custom/") + m_name);
}

std::optional<GalileoRequest::NewerCall> FetchIntegrationRequest::newerCall() const
{
    // A named one's 404 is classified by its name; a cluster without the default one answers
    // 404 from a route it has.
    if (!m_name.isEmpty())
        return std::nullopt;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FetchIntegrationRequest", text);
    };
    const QString path = QStringLiteral("/integrations/custom");
    NewerCall newer{path,
                    tr("This cluster cannot give its custom integration back (%1 on GET %2).")
                        .arg(QStringLiteral("%1"), path),
                    tr("It is an older Galileo; the integration can still be submitted.")};
    newer.missingSummary = tr("Galileo has no default custom integration to load (%1).");
    newer.missingHint = tr("Nothing has been stored as this cluster's custom integration yet: "
                           "submit one from the window or with apply, or name one with --name "
                           "(Galileo > Integrations in the window).");
    return newer;
}

IntegrationJson::ReadResult FetchIntegrationRequest::parse(const QJsonObject &answer)
{
    return StoredConfig::read(answer);
}

DefinitionRequest::DefinitionRequest(QString name)
    : m_name(std::move(name))
{}

WireRequest DefinitionRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET",
                m_name.isEmpty()
                    ? QStringLiteral("/integrations/custom/definition")
                    : QStringLiteral("/integrations/custom/%1/definition").arg(m_name));
}

IntegrationJson::ReadResult DefinitionRequest::parse(const QJsonObject &answer)
{
    return StoredConfig::read(answer);
}

WireRequest ListIntegrationsRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET", path());
}

std::optional<GalileoRequest::NewerCall> ListIntegrationsRequest::newerCall() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ListIntegrationsRequest", text);
    };
    return NewerCall{path(),
                     tr("This cluster has no list of integrations (%1 on GET /integrations)."),
                     tr("It is an older Galileo, with its one custom integration and no list; "
                        "for the list, ask for Galileo to be updated.")};
}

QList<StoredIntegration> ListIntegrationsRequest::parse(const QJsonArray &answer,
                                                        QStringList *problems)
{
    QList<StoredIntegration> integrations;
    for (qsizetype i = 0; i < answer.size(); ++i) {
        StoredIntegration stored;
        QString problem;
        if (StoredIntegration::fromJson(answer.at(i).toObject(), &stored, &problem))
            integrations << stored;
        else
            *problems << QStringLiteral("[%1]: %2").arg(i).arg(problem);
    }
    return integrations;
}

IntegrationStatusRequest::IntegrationStatusRequest(QString integration, bool named)
    : m_name(std::move(integration))
    , m_named(named)
{}

QString IntegrationStatusRequest::path() const
{
    return m_named ? QStringLiteral("/integrations/custom/%1/status").arg(m_name)
                   : QStringLiteral("/integrations/%1/status").arg(m_name);
}

WireRequest IntegrationStatusRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET", path());
}

std::optional<GalileoRequest::NewerCall> IntegrationStatusRequest::newerCall() const
{
    if (m_named)
        return std::nullopt;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("IntegrationStatusRequest", text);
    };
    NewerCall newer{path(),
                    tr("This cluster has no status of its integrations (%1 on GET %2).")
                        .arg(QStringLiteral("%1"), path()),
                    tr("It is an older Galileo, without the calls that read an integration's "
                       "status; for them, ask for Galileo to be updated.")};
    if (m_name == QLatin1String("custom")) {
        newer.missingSummary = tr("Galileo has no default custom integration to report on (%1).");
        newer.missingHint = tr("Nothing has been stored as this cluster's custom integration "
                               "yet: submit one from the window or with apply, or ask about a "
                               "named one.");
    }
    return newer;
}

QMap<QString, QString> IntegrationStatusRequest::parse(const QJsonObject &answer)
{
    QMap<QString, QString> status;
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isObject())
            text =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isNull())
            text = QStringLiteral("null");
        else
            text = value.toVariant().toString();
        // Shown as "key: value" lines: one line of plain text each.
        status.insert(singleLine(it.key()), singleLine(text));
    }
    return status;
}

DeleteIntegrationRequest::DeleteIntegrationRequest(QString name)
    : m_name(std::move(name))
{}

WireRequest DeleteIntegrationRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "DELETE", QStringLiteral("/integrations/custom/") + m_name);
}

RouteProbeRequest::RouteProbeRequest(QString path)
    : m_path(std::move(path))
{}

WireRequest RouteProbeRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "OPTIONS", m_path);
}

std::optional<bool> RouteProbeRequest::routeExists(int httpStatus)
{
    if (httpStatus == 0)
        return std::nullopt;
    return httpStatus != 404;
}

QStringList OpenApiRequest::paths()
{
    return {QStringLiteral("/openapi.json"), QStringLiteral("/public/v2/openapi.json")};
}

OpenApiRequest::OpenApiRequest(QString path)
    : m_path(std::move(path))
{}

WireRequest OpenApiRequest::request(const GalileoIdentity &identity) const
{
    return base(identity, "GET", m_path);
}

SchemaDrift OpenApiRequest::parse(const ApiResult &answer) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("OpenApiRequest", text);
    };
    if (!answer.ok())
        return SchemaDrift::unknown(tr("%1: %2").arg(m_path, answer.summary));
    if (answer.json.isEmpty()) {
        return SchemaDrift::unknown(
            tr("%1 answered with something that is not an OpenAPI document.").arg(m_path));
    }
    SchemaDrift drift = SchemaDrift::compare(answer.json);
    if (!drift.isKnown())
        return SchemaDrift::unknown(tr("%1: %2").arg(m_path, drift.reason));
    drift.source = m_path;
    return drift;
}
