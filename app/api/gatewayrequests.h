#pragma once

#include "model/integrationconfig.h"
#include "net/wirerequest.h"

#include <QStringList>

#include <optional>

// The calls the endpoint test makes to the custom gateway, one class each, as Galileo would make
// them: request() builds exactly what goes on the wire with every secret marked (the field
// catalog says which), and parse() reads the answer. Both are pure.

// The headers every call to the gateway carries: the API key or the OAuth2 access token, the
// custom headers, and the mapped headers with sample values.
void addGatewayHeaders(WireRequest *request, const IntegrationConfig &config,
                       const QString &accessToken);

// The value a mapped header carries in a test request, e.g. "galileo-test-job".
QString gatewaySampleValue(const QString &mappingKey);

// What a gateway said when it refused a call, in its own words: OpenAI's
// {"error": {"message": ..., "code": ...}}, {"error": "..."}, FastAPI's {"detail": ...} or a plain
// {"message": ...}; any other body (an HTML error page, plain text) as the start of its text.
// Secrets in it are masked before anything is kept.
struct GatewayError
{
    QString message;
    QString code; // error.code or error.type, when the gateway names one

    bool isEmpty() const { return message.isEmpty() && code.isEmpty(); }
    // "message (code)", or whichever of the two there is.
    [[nodiscard]] QString text() const;
    [[nodiscard]] static GatewayError parse(const QByteArray &body);
};

// POST to the token URL with the client-credentials grant.
class TokenRequest
{
public:
    enum class Placement { Body, Basic };

    struct Answer
    {
        QString accessToken;
        QString tokenType;
        QString expiresIn;
        QString scope;
        QString error; // OAuth2's error code, e.g. invalid_client
        QString errorDescription;
    };

    TokenRequest(IntegrationConfig config, Placement placement);
    // Empty when the token field holds client credentials; else what is wrong.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] WireRequest request() const;
    [[nodiscard]] static Answer parse(const QByteArray &body);

private:
    IntegrationConfig m_config;
    Placement m_placement;
};

// GET {endpoint}/models.
class ModelsRequest
{
public:
    ModelsRequest(IntegrationConfig config, QString accessToken);
    [[nodiscard]] WireRequest request() const;
    // The model ids of an OpenAI list ({"data": [{"id": ...}]}) or a plain array.
    [[nodiscard]] static QStringList parse(const QByteArray &body);

private:
    IntegrationConfig m_config;
    QString m_accessToken;
};

// POST {endpoint}/chat/completions: one tiny completion. max_tokens is sent only when the model
// may take it: a model whose supported_parameters leaves it out is asked for the shortest answer
// in the message instead, since some models reject parameters they do not support.
class CompletionRequest
{
public:
    CompletionRequest(IntegrationConfig config, QString accessToken, QString model);
    // Whether max_tokens goes with the request.
    [[nodiscard]] bool sendsMaxTokens() const;
    [[nodiscard]] WireRequest request() const;
    // The first choice's message content.
    [[nodiscard]] static QString parse(const QByteArray &body);

private:
    IntegrationConfig m_config;
    QString m_accessToken;
    QString m_model;
};

// The endpoint with `path` appended ("/models"), trailing slashes of the endpoint dropped.
QUrl gatewayUrl(const QString &endpoint, const QString &path);
