#include "api/endpointprober.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using Status = ProbeStage::Status;

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below
// A model gateway on 127.0.0.1: an OAuth2 token endpoint, /models and /chat/completions.
class Gateway
{
public:
    Gateway()
    {
        server.listen();
        server.setHandler([this](const HttpRequest &request) { return answer(request); });
    }

    HttpResponse answer(const HttpRequest &request)
    {
        if (request.path() == "/oauth/token") {
            if (!requiredTokenHeader.isEmpty() && request.header(requiredTokenHeader).isEmpty())
                return HttpResponse::json(
                    401, R"({"error":{"message":"Tenant header X-Tenant is required",)"
                         R"("code":"missing_tenant"}})");
            QString id;
            QString secret;
            const QByteArray basic = request.header("Authorization");
            if (basic.startsWith("Basic ")) {
                const QList<QByteArray> parts = QByteArray::fromBase64(basic.mid(6)).split(':');
                id = QUrl::fromPercentEncoding(parts.value(0));
                secret = QUrl::fromPercentEncoding(parts.value(1));
                if (!acceptBasic)
                    return HttpResponse::json(401, R"({"error":"invalid_client"})");
            } else {
                const QUrlQuery form(QString::fromUtf8(request.body));
                id = form.queryItemValue("client_id", QUrl::FullyDecoded);
                secret = form.queryItemValue("client_secret", QUrl::FullyDecoded);
                if (!acceptBody)
                    return HttpResponse::json(401, R"({"error":"invalid_client"})");
            }
            if (id != "galileo" || secret != "s3cret")
                return HttpResponse::json(
                    401,
                    R"({"error":"invalid_client","error_description":"Bad client credentials"})");
            return HttpResponse::
                json(200,
                     R"({"access_token":"tok-xyz","token_type":"Bearer","expires_in":3600,"scope":"llm.invoke"})")
                    .after(tokenDelayMs);
        }
        if (!requiredHeader.isEmpty() && request.header(requiredHeader).isEmpty())
            return HttpResponse::json(
                401, R"({"error":{"message":"Tenant header X-Region is required",)"
                     R"("type":"invalid_request_error","code":"missing_header"}})");
        if (cloudflare)
            return HttpResponse::text(
                403, "text/html",
                "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title>"
                "</head><body><h1>Sorry, you have been blocked</h1></body></html>");
        if (!authorised(request))
            return HttpResponse::json(401, R"({"error":"unauthorized"})");
        if (request.path() == "/v1/models") {
            if (modelsStreamBytes > 0)
                return HttpResponse::stream(modelsStreamBytes);
            if (!hasModels)
                return HttpResponse::json(404, R"({"detail":"Not Found"})");
            return HttpResponse::json(
                200,
                R"({"object":"list","data":[{"id":"llama-3"},{"id":"mistral-large"},{"id":"qwen"}]})");
        }
        if (request.path() == "/v1/chat/completions") {
            completionBodies << request.body;
            if (rejectMaxTokens && request.body.contains("max_tokens"))
                return HttpResponse::json(
                    400, R"({"error":{"message":"Unsupported parameter: 'max_tokens'",)"
                         R"("code":"unsupported_parameter"}})");
            if (rateLimited)
                return HttpResponse::json(429, R"({"error":"rate limited"})");
            return HttpResponse::json(
                       200, R"({"choices":[{"message":{"role":"assistant","content":"OK"}}]})")
                .after(completionDelayMs);
        }
        return HttpResponse::json(404, "{}");
    }

    bool authorised(const HttpRequest &request) const
    {
        if (expectedAuthHeader.isEmpty())
            return true;
        return request.header(expectedAuthHeader) == expectedAuthValue;
    }

    QString endpoint() const { return server.url().toString() + "/v1"; }

    LoopbackServer server;
    QByteArray expectedAuthHeader;
    QByteArray expectedAuthValue;
    bool acceptBody = true;
    bool acceptBasic = true;
    bool hasModels = true;
    bool rateLimited = false;
    int completionDelayMs = 0;
    qint64 modelsStreamBytes = 0; // /models streams this much instead of a list
    int tokenDelayMs = 0;
    QByteArray requiredHeader;      // refused like an OpenAI gateway when missing
    QByteArray requiredTokenHeader; // the same at the token URL
    bool cloudflare = false;        // every gateway call meets Cloudflare's HTML block page
    bool rejectMaxTokens = false;
    QList<QByteArray> completionBodies;
};

#else
class Gateway;
#endif

class tst_EndpointProber : public QObject
{
    Q_OBJECT

private:
    IntegrationConfig config(AuthenticationType type) const
    {
        IntegrationConfig config;
        config.authenticationType = type;
        config.endpoint = m_gateway->endpoint();
        config.modelProperties = {{QStringLiteral("llama-3"), {}, {}, {}},
                                  {QStringLiteral("not-served"), {}, {}, {}}};
        config.defaultModel = QStringLiteral("llama-3");
        config.headers = {{QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
        config.headerMapping.jobId = QStringLiteral("X-Job");
        if (type == AuthenticationType::ApiKey) {
            config.apiKeyHeader = QStringLiteral("X-Api-Key");
            config.apiKeyValue = QStringLiteral("gw-key");
        } else if (type == AuthenticationType::OAuth2) {
            config.oauth2TokenUrl = m_gateway->server.url().toString() + "/oauth/token";
            config.authenticationScope = QStringLiteral("llm.invoke");
            config.token =
                ClientCredentials{QStringLiteral("galileo"), QStringLiteral("s3cret")}.toToken();
        }
        return config;
    }

    QList<Status> run(const IntegrationConfig &config, EndpointProber::Options options = {})
    {
        QSignalSpy finished(&m_prober, &EndpointProber::finished);
        if (!m_prober.start(config, options) || !finished.wait(20000))
            qFatal("the probe did not finish");
        QList<Status> statuses;
        for (const ProbeStage &stage : m_prober.stages())
            statuses << stage.status;
        return statuses;
    }

    Gateway *m_gateway = nullptr;
    EndpointProber m_prober;

private slots:
    void init() { m_gateway = new Gateway; }
    void cleanup() { delete m_gateway; }

    void noAuthentication();
    void apiKeyAndHeadersOnEveryCall();
    void oauth2TokenThenBearer();
    void basicAuthFirstWhenAsked();
    void fallsBackToTheOtherWayOnInvalidClient();
    void wrongSecretStopsAtTheTokenStage();
    void modelsNotFoundIsAWarning();
    void rateLimitedIsAWarning();
    void refusedCredentialsFail();
    void unreachableHost();
    void slowStageCancelled();
    void stageTimeout();
    void headerWithLineBreakIsNeverSent();
    void tokenSecretsAreMaskedBeforeTheyAreRecorded();
    void hugeModelListIsCutOff();
    void secretsAreDroppedWhenTheRunEnds();
    void gatewaysOwnWordsInTheDetail();
    void htmlRefusalAsPlainText();
    void aTokenRefusalDoesNotPointToTheHeadersPage();
    void maxTokensOnlyWhenSupported();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_EndpointProber::noAuthentication()
{
    const auto statuses = run(config(AuthenticationType::None));
    // reach over plain http is a warning; a configured model the gateway does not list too
    QCOMPARE(statuses, (QList<Status>{Status::Warning, Status::Warning, Status::Pass}));
    QCOMPARE(m_prober.discoveredModels(), QStringList({"llama-3", "mistral-large", "qwen"}));
    QVERIFY(m_prober.stages().at(1).detail.contains(QLatin1String("not-served")));
    QVERIFY(m_prober.stages().at(2).detail.contains(QLatin1String("\"OK\"")));
    QVERIFY(!m_prober.failed());
}

void tst_EndpointProber::apiKeyAndHeadersOnEveryCall()
{
    m_gateway->expectedAuthHeader = "X-Api-Key";
    m_gateway->expectedAuthValue = "gw-key";
    const auto statuses = run(config(AuthenticationType::ApiKey));
    QCOMPARE(statuses.last(), Status::Pass);
    const auto requests = m_gateway->server.requests();
    QCOMPARE(requests.size(), 2);
    for (const HttpRequest &request : requests) {
        QCOMPARE(request.header("X-Tenant"), QByteArray("acme"));
        QCOMPARE(request.header("X-Job"), QByteArray("galileo-test-job"));
        QCOMPARE(request.header("X-Api-Key"), QByteArray("gw-key"));
    }
    const QJsonObject completion = QJsonDocument::fromJson(requests.last().body).object();
    QCOMPARE(completion.value("max_tokens").toInt(), 1);
    QCOMPARE(completion.value("stream").toBool(true), false);
    QCOMPARE(completion.value("model").toString(), QStringLiteral("llama-3"));
    // The details never show the secrets.
    for (const ProbeStage &stage : m_prober.stages()) {
        for (const ProbeExchange &exchange : stage.exchanges) {
            for (const auto &[name, value] : exchange.requestHeaders)
                QVERIFY2(value != QLatin1String("gw-key") && value != QLatin1String("acme"),
                         qPrintable(name));
        }
    }
}

void tst_EndpointProber::oauth2TokenThenBearer()
{
    m_gateway->expectedAuthHeader = "Authorization";
    m_gateway->expectedAuthValue = "Bearer tok-xyz";
    const auto statuses = run(config(AuthenticationType::OAuth2));
    QCOMPARE(statuses,
             (QList<Status>{Status::Warning, Status::Pass, Status::Warning, Status::Pass}));
    const ProbeStage &token = m_prober.stages().at(1);
    QVERIFY(token.detail.contains(QLatin1String("expires in 3600 s")));
    QVERIFY2(token.detail.startsWith(QLatin1String("a token of type Bearer, ")),
             qPrintable(token.detail));
    QVERIFY(token.detail.contains(QLatin1String("scopes: llm.invoke")));
    QVERIFY(token.detail.contains(QLatin1String("in the body")));
    QVERIFY(!token.detail.contains(QLatin1String("tok-xyz"))); // never the token itself
    const HttpRequest request = m_gateway->server.requestsTo("/oauth/token").first();
    QVERIFY(request.body.contains("grant_type=client_credentials"));
    QVERIFY(request.body.contains("scope=llm.invoke"));
    QVERIFY(!token.exchanges.first().requestBody.contains("s3cret"));
}

void tst_EndpointProber::basicAuthFirstWhenAsked()
{
    EndpointProber::Options options;
    options.credentialsInBody = false;
    run(config(AuthenticationType::OAuth2), options);
    QCOMPARE(m_prober.stages().at(1).status, Status::Pass);
    QVERIFY(m_prober.stages().at(1).detail.contains(QLatin1String("HTTP Basic")));
    const HttpRequest request = m_gateway->server.requestsTo("/oauth/token").first();
    QVERIFY(request.header("Authorization").startsWith("Basic "));
    QVERIFY(!request.body.contains("client_secret"));
}

void tst_EndpointProber::fallsBackToTheOtherWayOnInvalidClient()
{
    m_gateway->acceptBody = false;
    run(config(AuthenticationType::OAuth2));
    QCOMPARE(m_prober.stages().at(1).status, Status::Pass);
    QVERIFY(m_prober.stages().at(1).detail.contains(QLatin1String("HTTP Basic")));
    QCOMPARE(m_gateway->server.requestsTo("/oauth/token").size(), 2);
}

void tst_EndpointProber::wrongSecretStopsAtTheTokenStage()
{
    IntegrationConfig wrong = config(AuthenticationType::OAuth2);
    wrong.token = ClientCredentials{QStringLiteral("galileo"), QStringLiteral("nope")}.toToken();
    const auto statuses = run(wrong);
    QCOMPARE(statuses,
             (QList<Status>{Status::Warning, Status::Fail, Status::Skipped, Status::Skipped}));
    QVERIFY(m_prober.stages().at(1).detail.contains(
        QLatin1String("invalid_client: Bad client credentials")));
    // No later call was made.
    QCOMPARE(m_gateway->server.requests().size(), 2); // body, then Basic
    QVERIFY(m_gateway->server.requestsTo("/v1/models").isEmpty());
    QVERIFY(m_prober.failed());
    QVERIFY(!m_prober.unreachable());
}

void tst_EndpointProber::modelsNotFoundIsAWarning()
{
    m_gateway->hasModels = false;
    const auto statuses = run(config(AuthenticationType::None));
    QCOMPARE(statuses, (QList<Status>{Status::Warning, Status::Warning, Status::Pass}));
    QCOMPARE(m_prober.stages().at(1).httpStatus, 404);
    QVERIFY(!m_prober.failed());
}

void tst_EndpointProber::rateLimitedIsAWarning()
{
    m_gateway->rateLimited = true;
    const auto statuses = run(config(AuthenticationType::None));
    QCOMPARE(statuses.last(), Status::Warning);
    QCOMPARE(m_prober.stages().last().httpStatus, 429);
}

void tst_EndpointProber::refusedCredentialsFail()
{
    m_gateway->expectedAuthHeader = "X-Api-Key";
    m_gateway->expectedAuthValue = "other";
    const auto statuses = run(config(AuthenticationType::ApiKey));
    QCOMPARE(statuses.at(1), Status::Fail);
    QCOMPARE(statuses.at(2), Status::Fail); // a models failure does not stop the completion
    QVERIFY(m_prober.stages().at(2).hint.contains(QLatin1String("credentials")));
}

void tst_EndpointProber::unreachableHost()
{
    IntegrationConfig config = this->config(AuthenticationType::None);
    QUrl closed = m_gateway->server.url();
    closed.setPort(LoopbackServer::closedPort());
    config.endpoint = closed.toString() + "/v1";
    const auto statuses = run(config);
    QCOMPARE(statuses, (QList<Status>{Status::Fail, Status::Skipped, Status::Skipped}));
    QVERIFY(m_prober.unreachable());
    QVERIFY(m_prober.stages().first().detail.contains(QLatin1String("refused")));
}

void tst_EndpointProber::slowStageCancelled()
{
    m_gateway->completionDelayMs = 10000;
    QSignalSpy finished(&m_prober, &EndpointProber::finished);
    QSignalSpy received(&m_gateway->server, &LoopbackServer::requestReceived);
    QVERIFY(m_prober.start(config(AuthenticationType::None), {}));
    QTRY_VERIFY_WITH_TIMEOUT(m_gateway->server.requestsTo("/v1/chat/completions").size() == 1,
                             10000);
    QElapsedTimer timer;
    timer.start();
    m_prober.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(3000));
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(m_prober.stages().last().detail, QStringLiteral("Cancelled."));
    // Stopped, not failed: no red mark for a stage the user did not let finish.
    QCOMPARE(m_prober.stages().last().status, Status::Skipped);
    QVERIFY(!m_prober.failed());
    QVERIFY(!m_prober.isRunning());
}

void tst_EndpointProber::stageTimeout()
{
    m_gateway->completionDelayMs = 5000;
    EndpointProber::Options options;
    options.stageTimeoutSeconds = 1;
    const auto statuses = run(config(AuthenticationType::None), options);
    QCOMPARE(statuses.last(), Status::Fail);
    QVERIFY(m_prober.stages().last().elapsedMs < 4000);
}
#endif

QTEST_GUILESS_MAIN(tst_EndpointProber)
#include "tst_endpointprober.moc"

// Finding 1 of issue 10: a header value "a\r\nX-Injected: 1" went out with the endpoint test.
void tst_EndpointProber::headerWithLineBreakIsNeverSent()
{
    IntegrationConfig injected = config(AuthenticationType::ApiKey);
    injected.headers << HeaderEntry{QStringLiteral("X-Route"),
                                    QStringLiteral("a\r\nX-Injected: 1")};
    const auto statuses = run(injected);
    QCOMPARE(statuses.at(0), Status::Warning); // reach: plain http, no HTTP request
    QCOMPARE(statuses.at(1), Status::Fail);
    QCOMPARE(statuses.at(2), Status::Fail);
    const ProbeStage &models = m_prober.stages().at(1);
    QVERIFY2(models.detail.contains(QLatin1String("X-Route")), qPrintable(models.detail));
    QVERIFY2(models.detail.contains(QLatin1String("line break")), qPrintable(models.detail));
    QVERIFY(!models.hint.isEmpty());
    // Not a byte of it reached the gateway: no request at all, so no X-Injected line either.
    QVERIFY(m_gateway->server.requests().isEmpty());
    QVERIFY(!m_gateway->server.received().contains("X-Injected"));

    // The same header name with a clean value goes out, one line per header.
    injected.headers.last().value = QStringLiteral("eu-west");
    run(injected);
    QVERIFY(!m_gateway->server.requests().isEmpty());
    for (const HttpRequest &request : m_gateway->server.requests()) {
        const QList<QByteArray> lines = request.headerLines();
        QCOMPARE(lines.count("X-Route: eu-west"), 1);
        for (const QByteArray &line : lines)
            QVERIFY2(!line.startsWith("X-Injected"), line.constData());
    }
}

// Finding 3: the token request's body showed client_secret while the stage ran, and the
// details showed the token server's access_token.
void tst_EndpointProber::tokenSecretsAreMaskedBeforeTheyAreRecorded()
{
    m_gateway->tokenDelayMs = 1500;
    QSignalSpy finished(&m_prober, &EndpointProber::finished);
    QVERIFY(m_prober.start(config(AuthenticationType::OAuth2), {}));
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_gateway->server.requestsTo("/oauth/token").isEmpty(); }));
    // While the token server still thinks, the recorded request shows no secret.
    const auto shownWhileRunning = [this] {
        QString shown;
        for (const ProbeStage &stage : m_prober.stages()) {
            for (const ProbeExchange &exchange : stage.exchanges) {
                shown += QString::fromUtf8(exchange.requestBody) + exchange.curl +
                         exchange.responseStart;
                for (const auto &[name, value] : exchange.requestHeaders)
                    shown += name + value;
                for (const auto &[name, value] : exchange.responseHeaders)
                    shown += name + value;
            }
        }
        return shown;
    };
    QString shown = shownWhileRunning();
    QVERIFY(shown.contains(QLatin1String("client_id=galileo")));
    QVERIFY2(!shown.contains(QLatin1String("s3cret")), qPrintable(shown));
    QVERIFY(finished.wait(10000));
    shown = shownWhileRunning();
    for (const char *secret : {"s3cret", "tok-xyz"})
        QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
    QVERIFY(shown.contains(QLatin1String("token_type"))); // the rest of the answer is there
    // The token did its work all the same.
    QCOMPARE(m_gateway->server.requestsTo("/v1/models").first().header("Authorization"),
             QByteArray("Bearer tok-xyz"));
}

// Finding 6: a /models answering 400 MB was read whole.
void tst_EndpointProber::hugeModelListIsCutOff()
{
    m_gateway->modelsStreamBytes = 400LL * 1024 * 1024;
    const auto statuses = run(config(AuthenticationType::None));
    QCOMPARE(statuses.at(1), Status::Fail);
    QVERIFY2(m_prober.stages().at(1).detail.contains(QLatin1String("larger than")),
             qPrintable(m_prober.stages().at(1).detail));
    QTest::qWait(100);
    QVERIFY2(m_gateway->server.streamedBytes() < 64LL * 1024 * 1024,
             qPrintable(QString::number(m_gateway->server.streamedBytes())));
    QCOMPARE(statuses.at(2), Status::Pass); // the completion still runs
}

void tst_EndpointProber::secretsAreDroppedWhenTheRunEnds()
{
    run(config(AuthenticationType::OAuth2));
    // Nothing but masked copies is kept: a new run without a config finds nothing to use.
    QVERIFY(!m_prober.isRunning());
    for (const ProbeStage &stage : m_prober.stages()) {
        for (const ProbeExchange &exchange : stage.exchanges) {
            QVERIFY(!exchange.curl.contains(QLatin1String("s3cret")));
            QVERIFY(!exchange.curl.contains(QLatin1String("tok-xyz")));
        }
    }
    QVERIFY(!m_prober.holdsSecrets());
}

// Issue 13: a 401 is reported with what the gateway said, and the hint names missing headers.
void tst_EndpointProber::gatewaysOwnWordsInTheDetail()
{
    m_gateway->requiredHeader = "X-Region";
    const auto statuses = run(config(AuthenticationType::ApiKey));
    QCOMPARE(statuses, (QList<Status>{Status::Warning, Status::Fail, Status::Fail}));
    for (const ProbeStage &stage : {m_prober.stages().at(1), m_prober.stages().at(2)}) {
        QCOMPARE(stage.httpStatus, 401);
        QCOMPARE(stage.gatewaySaid,
                 QStringLiteral("Tenant header X-Region is required (missing_header)"));
        QVERIFY2(stage.detail.contains(QLatin1String("HTTP 401: Tenant header X-Region is "
                                                     "required (missing_header)")),
                 qPrintable(stage.detail));
        QVERIFY(stage.hint.contains(QLatin1String("header of its own")));
        QVERIFY(stage.hint.contains(QLatin1String("Headers page")));
    }
    // A stage that passed has nothing of the gateway's to say.
    m_gateway->requiredHeader.clear();
    run(config(AuthenticationType::ApiKey));
    QVERIFY(m_prober.stages().at(1).gatewaySaid.isEmpty());
}

// The token server gets none of the integration's custom headers, so a 401 there says what to
// check rather than point to the Headers page, which would change nothing.
void tst_EndpointProber::aTokenRefusalDoesNotPointToTheHeadersPage()
{
    m_gateway->requiredTokenHeader = "X-Tenant";
    IntegrationConfig tenant = config(AuthenticationType::OAuth2);
    tenant.headers = {HeaderEntry{QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
    run(tenant);
    const ProbeStage &token = m_prober.stages().at(1);
    QCOMPARE(token.status, Status::Fail);
    QCOMPARE(token.gatewaySaid,
             QStringLiteral("Tenant header X-Tenant is required (missing_tenant)"));
    QVERIFY2(!token.hint.contains(QLatin1String("Headers page")), qPrintable(token.hint));
    QVERIFY2(token.hint.contains(QLatin1String("custom headers are not sent to it")),
             qPrintable(token.hint));
}

// open-webui #29868: Cloudflare's HTML 403 page is read as text, not parsed as an error object.
void tst_EndpointProber::htmlRefusalAsPlainText()
{
    m_gateway->cloudflare = true;
    const auto statuses = run(config(AuthenticationType::None));
    QCOMPARE(statuses.at(1), Status::Fail);
    const ProbeStage &models = m_prober.stages().at(1);
    QCOMPARE(models.httpStatus, 403);
    QCOMPARE(models.gatewaySaid,
             QStringLiteral("Attention Required! | Cloudflare Sorry, you have been blocked"));
    QVERIFY(!models.detail.contains(QLatin1Char('<')));
    QVERIFY(models.hint.contains(QLatin1String("Cloudflare Access")));
}

// LiteLLM #29266: max_tokens goes only to a model whose supported parameters allow it.
void tst_EndpointProber::maxTokensOnlyWhenSupported()
{
    m_gateway->rejectMaxTokens = true;
    IntegrationConfig config = this->config(AuthenticationType::None);
    config.modelProperties[0].supportedParameters = QStringList{QStringLiteral("temperature")};
    auto statuses = run(config);
    QCOMPARE(statuses.last(), Status::Pass);
    QVERIFY(!m_gateway->completionBodies.last().contains("max_tokens"));
    QVERIFY(m_gateway->completionBodies.last().contains("single word OK"));
    QVERIFY(m_prober.stages().last().detail.contains(QLatin1String("max_tokens not sent")));

    // The same gateway refuses a model that allows max_tokens, in its own words.
    config.modelProperties[0].supportedParameters = QStringList{QStringLiteral("max_tokens")};
    statuses = run(config);
    QCOMPARE(statuses.last(), Status::Fail);
    QVERIFY(m_gateway->completionBodies.last().contains("\"max_tokens\":1"));
    QVERIFY2(m_prober.stages().last().detail.contains(
                 QLatin1String("Unsupported parameter: 'max_tokens' (unsupported_parameter)")),
             qPrintable(m_prober.stages().last().detail));
}
