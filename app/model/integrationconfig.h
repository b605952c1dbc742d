#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class AuthenticationType { None, ApiKey, OAuth2 };

QString authenticationTypeToString(AuthenticationType type);
std::optional<AuthenticationType> authenticationTypeFromString(const QString &text);

// One entry of model_properties.
struct ModelProperty
{
    QString name;
    QString alias;   // empty: defaults to name on the server
    QString basedOn; // empty: not set
    // Unset and empty differ on the wire ("null" vs "[]"), so both are kept apart.
    std::optional<QStringList> supportedParameters;

    bool operator==(const ModelProperty &other) const;
    bool operator!=(const ModelProperty &other) const { return !(*this == other); }
};

struct HeaderEntry
{
    QString name;
    QString value;

    bool operator==(const HeaderEntry &other) const;
    bool operator!=(const HeaderEntry &other) const { return !(*this == other); }
};

// custom_header_mapping: an internal field (job_id, ...) to the header that carries it.
struct HeaderMapping
{
    QString jobId;
    QString userId;
    QString projectId;
    QString runId;

    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &headerName);
    bool isEmpty() const;
    bool operator==(const HeaderMapping &other) const;
    bool operator!=(const HeaderMapping &other) const { return !(*this == other); }
};

struct CustomLlmConfig
{
    bool enabled = false; // off: custom_llm_config is not sent, but the values are kept
    QString fileName;
    QString className;
    std::optional<QJsonObject> initKwargs;

    bool operator==(const CustomLlmConfig &other) const;
    bool operator!=(const CustomLlmConfig &other) const { return !(*this == other); }
};

struct MultiModalConfig
{
    bool enabled = false;           // off: multi_modal_config is not sent, but the values are kept
    std::optional<qint64> maxFiles; // unset: no limit
    std::optional<qint64> maxFileSizeBytes; // unset: no limit

    bool operator==(const MultiModalConfig &other) const;
    bool operator!=(const MultiModalConfig &other) const { return !(*this == other); }
};

// The request body of PUT /v2/integrations/custom (CustomIntegrationCreate) as a value.
// Empty strings stand for unset optional fields. Values that the chosen authentication type does
// not use are kept (switching back restores them) but are not sent.
struct IntegrationConfig
{
    AuthenticationType authenticationType = AuthenticationType::OAuth2;
    QString endpoint;
    QString authenticationScope;
    QString oauth2TokenUrl;
    QString token;
    QString apiKeyHeader;
    QString apiKeyValue;
    QList<ModelProperty> modelProperties;
    QString defaultModel;
    QList<HeaderEntry> headers;
    HeaderMapping headerMapping;
    CustomLlmConfig customLlm;
    MultiModalConfig multiModal;
    // Top-level fields of an opened or pasted body that this app does not know: kept, and sent
    // after the known ones as they came (a newer Galileo may know them; FastAPI ignores them on
    // an older one).
    QJsonObject extra;

    bool usesOAuth2() const { return authenticationType == AuthenticationType::OAuth2; }
    bool usesApiKey() const { return authenticationType == AuthenticationType::ApiKey; }
    QStringList modelNames() const;

    bool operator==(const IntegrationConfig &other) const;
    bool operator!=(const IntegrationConfig &other) const { return !(*this == other); }
};

// The OAuth2 client credentials most gateways take, composed into and read from `token`.
struct ClientCredentials
{
    QString clientId;
    QString clientSecret;

    // Parses a token of the form {"client_id": "...", "client_secret": "..."} and nothing else;
    // any other shape returns nullopt (the form then offers raw editing).
    static std::optional<ClientCredentials> fromToken(const QString &token);
    QString toToken() const;
};
