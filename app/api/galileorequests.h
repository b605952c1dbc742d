#pragma once

#include "apiresult.h"
#include "connectionsettings.h"

#include "model/integrationconfig.h"
#include "model/integrationjson.h"
#include "net/wirerequest.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

// Where Galileo is and who the app is there: what every request to Galileo needs.
struct GalileoIdentity
{
    QUrl apiUrl;
    ConnectionSettings::AuthMethod authMethod = ConnectionSettings::AuthMethod::ApiKey;
    QString apiKeyHeader = ConnectionSettings::defaultApiKeyHeader();
    QString apiKey;
    QString username;
    QString password;
    QString bearer; // the access token of the last login

    static GalileoIdentity from(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    QUrl url(const QString &path) const;
};

// One call to Galileo's API, in the manner of KDE Ruqola's REST jobs: request() builds exactly
// what goes on the wire, and the answer is read by the class's parse(). Both are pure, so both
// are tested without a server; the request preview and "copy as curl" show the same object.
class GalileoRequest
{
public:
    virtual ~GalileoRequest() = default;
    [[nodiscard]] virtual WireRequest request(const GalileoIdentity &identity) const = 0;
    // Whether the request carries the credentials (a login may have to come first).
    [[nodiscard]] virtual bool authenticated() const { return true; }

protected:
    // Method, URL, the standard headers and, when authenticated(), the credentials.
    [[nodiscard]] WireRequest base(const GalileoIdentity &identity, const QByteArray &method,
                                   const QString &path) const;
};

// GET /v2/healthcheck: is this Galileo's API at all.
class HealthCheckRequest : public GalileoRequest
{
public:
    struct Health
    {
        bool isGalileo = false; // it named an API version or a build
        QString apiVersion;
        QString version;
    };

    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] bool authenticated() const override { return false; }
    [[nodiscard]] static Health parse(const QJsonObject &answer);
};

// GET /v2/current_user: do the credentials work, and whose are they.
class CurrentUserRequest : public GalileoRequest
{
public:
    struct User
    {
        QString email;
        QString role;
        QString organization;
    };

    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] static User parse(const QJsonObject &answer);
};

// POST /login with the username and password (OAuth2 password flow).
class LoginRequest : public GalileoRequest
{
public:
    struct Token
    {
        QString accessToken;
        QDateTime expiry; // the JWT's `exp`; invalid when it has none
    };

    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] bool authenticated() const override { return false; }
    // The token, or nullopt when the answer has none.
    [[nodiscard]] static std::optional<Token> parse(const QJsonObject &answer);
};

// PUT /v2/integrations/custom with a CustomIntegrationCreate body.
class SubmitIntegrationRequest : public GalileoRequest
{
public:
    static QString path() { return QStringLiteral("/v2/integrations/custom"); }

    // The body is compact on the wire; a preview may ask for it indented.
    explicit SubmitIntegrationRequest(
        IntegrationConfig config,
        IntegrationJson::Format format = IntegrationJson::Format::Compact);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    // The IntegrationDB Galileo stored, or nullopt with *problem.
    [[nodiscard]] static std::optional<StoredIntegration> parse(const QJsonObject &answer,
                                                                QString *problem);

private:
    IntegrationConfig m_config;
    IntegrationJson::Format m_format;
};

// GET /v2/integrations/custom: the integration Galileo holds now, without its secrets.
class FetchIntegrationRequest : public GalileoRequest
{
public:
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] static IntegrationJson::ReadResult parse(const QJsonObject &answer);
};
