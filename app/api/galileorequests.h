#pragma once

#include "apiresult.h"
#include "connectionsettings.h"
#include "schemadrift.h"

#include "model/integrationconfig.h"
#include "model/integrationjson.h"
#include "net/wirerequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

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
    // The slug of the named custom integration the call is about, or empty: a 404 on such a
    // call may mean the cluster has no named integrations at all.
    [[nodiscard]] virtual QString namedTarget() const { return {}; }
    // The most the answer may hold; 0: GalileoClient's cap for Galileo's few-KB answers.
    [[nodiscard]] virtual qint64 maxAnswerBytes() const { return 0; }

    // A call older clusters lack (the client API's list and statuses): where its route is, and
    // the words for a cluster without it, so that GalileoClient can tell an older Galileo from a
    // wrong base URL when it answers 404 or 405.
    struct NewerCall
    {
        QString path;    // the route, as RouteProbeRequest asks about it
        QString summary; // one sentence; %1 is the HTTP status
        QString hint;
        // For a 404 from a route the cluster has: what is missing is the thing asked about.
        // One sentence; %1 is the status and what the server said. Empty: reported as any 404.
        QString missingSummary = {};
        QString missingHint = {};
    };
    [[nodiscard]] virtual std::optional<NewerCall> newerCall() const { return std::nullopt; }

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

// The slug that names a custom integration: `[a-z0-9][a-z0-9-]*`, at most 63 characters.
namespace IntegrationName {
constexpr int MaxLength = 63;
// Why `name` is not a valid slug, or empty when it is.
QString problem(const QString &name);
} // namespace IntegrationName

// PUT /v2/integrations/custom with a CustomIntegrationCreate body, or, for a named integration,
// PUT /integrations/custom/{name} (the client API).
class SubmitIntegrationRequest : public GalileoRequest
{
public:
    static QString path(const QString &name = {});

    // The body is compact on the wire; a preview may ask for it indented.
    explicit SubmitIntegrationRequest(
        IntegrationConfig config, QString name = {},
        IntegrationJson::Format format = IntegrationJson::Format::Compact);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] QString namedTarget() const override { return m_name; }
    // The IntegrationDB Galileo stored, or nullopt with *problem.
    [[nodiscard]] static std::optional<StoredIntegration> parse(const QJsonObject &answer,
                                                                QString *problem);

private:
    IntegrationConfig m_config;
    QString m_name;
    IntegrationJson::Format m_format;
};

// GET /integrations/custom, or /integrations/custom/{name}: the stored fields of the custom
// integration, without its secrets.
class FetchIntegrationRequest : public GalileoRequest
{
public:
    explicit FetchIntegrationRequest(QString name = {});
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] QString namedTarget() const override { return m_name; }
    // The default one: a 404 from the route says that none is stored.
    [[nodiscard]] std::optional<NewerCall> newerCall() const override;
    [[nodiscard]] static IntegrationJson::ReadResult parse(const QJsonObject &answer);

private:
    QString m_name;
};

// GET /integrations/custom/definition, or /integrations/custom/{name}/definition: the full
// definition including its decrypted secrets. Only its creator and admins may read it (403 else).
class DefinitionRequest : public GalileoRequest
{
public:
    explicit DefinitionRequest(QString name = {});
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] QString namedTarget() const override { return m_name; }
    [[nodiscard]] static IntegrationJson::ReadResult parse(const QJsonObject &answer);

private:
    QString m_name;
};

// GET /integrations: every integration of the organisation, of every provider.
class ListIntegrationsRequest : public GalileoRequest
{
public:
    [[nodiscard]] static QString path() { return QStringLiteral("/integrations"); }
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] std::optional<NewerCall> newerCall() const override;
    // The integrations in the answer's order; items that are not an IntegrationDB are left
    // out and named in *problems.
    [[nodiscard]] static QList<StoredIntegration> parse(const QJsonArray &answer,
                                                        QStringList *problems);
};

// GET /integrations/{provider}/status, or /integrations/custom/{name}/status for a named
// custom integration: a string map saying whether it works.
class IntegrationStatusRequest : public GalileoRequest
{
public:
    // `integration` is a provider name (`custom`, `openai`) unless `named`.
    IntegrationStatusRequest(QString integration, bool named);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] QString namedTarget() const override { return m_named ? m_name : QString(); }
    // A provider's status (a named one's is about named integrations, see namedTarget()).
    [[nodiscard]] std::optional<NewerCall> newerCall() const override;
    [[nodiscard]] QString path() const;
    // Each entry as text; values that are not strings are written as compact JSON.
    [[nodiscard]] static QMap<QString, QString> parse(const QJsonObject &answer);

private:
    QString m_name;
    bool m_named;
};

// DELETE /integrations/custom/{name}.
class DeleteIntegrationRequest : public GalileoRequest
{
public:
    explicit DeleteIntegrationRequest(QString name);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] QString namedTarget() const override { return m_name; }

private:
    QString m_name;
};

// OPTIONS on a path, without credentials: FastAPI (Starlette) answers 405 where a route has the
// path but not the method and 404 where no route has it, so this tells whether the cluster has
// a call at all without changing or reading anything.
class RouteProbeRequest : public GalileoRequest
{
public:
    explicit RouteProbeRequest(QString path);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] bool authenticated() const override { return false; }
    // Whether an answer with this status means the path exists (0: no answer, so unknown).
    [[nodiscard]] static std::optional<bool> routeExists(int httpStatus);

private:
    QString m_path;
};

// GET of the cluster's OpenAPI document: FastAPI publishes its schema at /openapi.json, Galileo
// its public one at /public/v2/openapi.json. Its CustomIntegrationCreate tells the fields this
// cluster knows (see SchemaDrift).
class OpenApiRequest : public GalileoRequest
{
public:
    // The places tried, in order.
    static QStringList paths();
    // A whole API's schema is a few MB; anything past this is not one.
    static constexpr qint64 MaxDocumentBytes = 24 * 1024 * 1024;

    explicit OpenApiRequest(QString path);
    [[nodiscard]] WireRequest request(const GalileoIdentity &identity) const override;
    [[nodiscard]] qint64 maxAnswerBytes() const override { return MaxDocumentBytes; }
    [[nodiscard]] QString path() const { return m_path; }
    // The drift of an answer: Compared, with `source` set to the path, or Unknown with why
    // (no answer, a refusal, a web page, JSON that is not an object or has no schema).
    [[nodiscard]] SchemaDrift parse(const ApiResult &answer) const;

private:
    QString m_path;
};
