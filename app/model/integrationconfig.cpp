#include "integrationconfig.h"

#include <QJsonDocument>

QString authenticationTypeToString(AuthenticationType type)
{
    switch (type) {
    case AuthenticationType::None:
        return QStringLiteral("none");
    case AuthenticationType::ApiKey:
        return QStringLiteral("api_key");
    case AuthenticationType::OAuth2:
        return QStringLiteral("oauth2");
    }
    return QStringLiteral("oauth2");
}

std::optional<AuthenticationType> authenticationTypeFromString(const QString &text)
{
    if (text == QLatin1String("none"))
        return AuthenticationType::None;
    if (text == QLatin1String("api_key"))
        return AuthenticationType::ApiKey;
    if (text == QLatin1String("oauth2"))
        return AuthenticationType::OAuth2;
    return std::nullopt;
}

bool ModelProperty::operator==(const ModelProperty &other) const
{
    return name == other.name && alias == other.alias && basedOn == other.basedOn &&
           supportedParameters == other.supportedParameters;
}

bool HeaderEntry::operator==(const HeaderEntry &other) const
{
    return name == other.name && value == other.value;
}

QString HeaderMapping::value(const QString &key) const
{
    if (key == QLatin1String("job_id"))
        return jobId;
    if (key == QLatin1String("user_id"))
        return userId;
    if (key == QLatin1String("project_id"))
        return projectId;
    if (key == QLatin1String("run_id"))
        return runId;
    return {};
}

void HeaderMapping::setValue(const QString &key, const QString &headerName)
{
    if (key == QLatin1String("job_id"))
        jobId = headerName;
    else if (key == QLatin1String("user_id"))
        userId = headerName;
    else if (key == QLatin1String("project_id"))
        projectId = headerName;
    else if (key == QLatin1String("run_id"))
        runId = headerName;
}

bool HeaderMapping::isEmpty() const
{
    return jobId.isEmpty() && userId.isEmpty() && projectId.isEmpty() && runId.isEmpty();
}

bool HeaderMapping::operator==(const HeaderMapping &other) const
{
    return jobId == other.jobId && userId == other.userId && projectId == other.projectId &&
           runId == other.runId;
}

bool CustomLlmConfig::operator==(const CustomLlmConfig &other) const
{
    return enabled == other.enabled && fileName == other.fileName && className == other.className &&
           initKwargs == other.initKwargs;
}

bool MultiModalConfig::operator==(const MultiModalConfig &other) const
{
    return enabled == other.enabled && maxFiles == other.maxFiles &&
           maxFileSizeBytes == other.maxFileSizeBytes;
}

QStringList IntegrationConfig::modelNames() const
{
    QStringList names;
    names.reserve(modelProperties.size());
    for (const ModelProperty &model : modelProperties)
        names << model.name;
    return names;
}

bool IntegrationConfig::operator==(const IntegrationConfig &other) const
{
    return authenticationType == other.authenticationType && endpoint == other.endpoint &&
           authenticationScope == other.authenticationScope &&
           oauth2TokenUrl == other.oauth2TokenUrl && token == other.token &&
           apiKeyHeader == other.apiKeyHeader && apiKeyValue == other.apiKeyValue &&
           modelProperties == other.modelProperties && defaultModel == other.defaultModel &&
           headers == other.headers && headerMapping == other.headerMapping &&
           customLlm == other.customLlm && multiModal == other.multiModal && extra == other.extra;
}

std::optional<ClientCredentials> ClientCredentials::fromToken(const QString &token)
{
    if (token.isEmpty())
        return ClientCredentials{};
    const QJsonDocument document = QJsonDocument::fromJson(token.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.size() != 2 || !object.value(QLatin1String("client_id")).isString() ||
        !object.value(QLatin1String("client_secret")).isString()) {
        return std::nullopt;
    }
    return ClientCredentials{object.value(QLatin1String("client_id")).toString(),
                             object.value(QLatin1String("client_secret")).toString()};
}

QString ClientCredentials::toToken() const
{
    if (clientId.isEmpty() && clientSecret.isEmpty())
        return {};
    const QJsonObject object{{QStringLiteral("client_id"), clientId},
                             {QStringLiteral("client_secret"), clientSecret}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
