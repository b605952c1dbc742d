#include "api/gatewayrequests.h"

#include "model/secretcatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

Q_DECLARE_METATYPE(std::optional<QStringList>)

using namespace Qt::StringLiterals;

// Building the endpoint test's requests and reading the gateway's answers, without a server.
class tst_GatewayRequests : public QObject
{
    Q_OBJECT

private:
    static IntegrationConfig oauth2()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::OAuth2;
        config.endpoint = u"https://gateway.example.org/v1/"_s;
        config.oauth2TokenUrl = u"https://login.example.org/token"_s;
        config.authenticationScope = u"llm"_s;
        config.token = ClientCredentials{u"app"_s, u"cs-secret-1"_s}.toToken();
        config.headers << HeaderEntry{u"X-Tenant"_s, u"acme-secret-2"_s};
        config.headerMapping.setValue(u"job_id"_s, u"X-Job"_s);
        return config;
    }

    static bool anySecretShown(const WireRequest &request, const QStringList &secrets)
    {
        QString shown = request.curl() + QString::fromUtf8(request.shownBody());
        for (const auto &[name, value] : request.shownHeaders())
            shown += name + value;
        for (const QString &secret : secrets) {
            if (shown.contains(secret))
                return true;
        }
        return false;
    }

private slots:
    void tokenInTheBodyShowsOnlyTheClientId()
    {
        const TokenRequest token(oauth2(), TokenRequest::Placement::Body);
        QVERIFY(token.problem().isEmpty());
        const WireRequest request = token.request();
        QCOMPARE(request.url, QUrl(u"https://login.example.org/token"_s));
        QVERIFY(request.body.contains("client_secret=cs-secret-1"));
        QVERIFY(request.body.contains("grant_type=client_credentials"));
        QVERIFY(request.body.contains("scope=llm"));
        QVERIFY(request.shownBody().contains("client_id=app"));
        // The mask reads as the mask, not as %2A%2A%2A%2A%2A%2A%2A%2A.
        QVERIFY2(request.shownBody().contains("client_secret=" + SecretCatalog::mask().toUtf8()),
                 request.shownBody().constData());
        QVERIFY(!anySecretShown(request, {u"cs-secret-1"_s}));
        // The gateway's own headers are not sent to the token server.
        QVERIFY(!request.hasHeader("X-Tenant"));
    }

    void tokenAsBasic()
    {
        const WireRequest request =
            TokenRequest(oauth2(), TokenRequest::Placement::Basic).request();
        QCOMPARE(request.header("Authorization"),
                 "Basic " + QByteArray("app:cs-secret-1").toBase64());
        QVERIFY(!request.body.contains("cs-secret-1"));
        QVERIFY(!anySecretShown(request,
                                {QString::fromLatin1(QByteArray("app:cs-secret-1").toBase64())}));
    }

    void tokenWithoutCredentials()
    {
        IntegrationConfig config = oauth2();
        config.token = u"not json"_s;
        QVERIFY(!TokenRequest(config, TokenRequest::Placement::Body).problem().isEmpty());
    }

    void tokenAnswer()
    {
        const auto answer = TokenRequest::parse(
            R"({"access_token":"at-1","token_type":"Bearer","expires_in":3600,"scope":"llm"})");
        QCOMPARE(answer.accessToken, u"at-1"_s);
        QCOMPARE(answer.expiresIn, u"3600"_s);
        const auto refused =
            TokenRequest::parse(R"({"error":"invalid_client","error_description":"bad secret"})");
        QVERIFY(refused.accessToken.isEmpty());
        QCOMPARE(refused.error, u"invalid_client"_s);
        QVERIFY(TokenRequest::parse(R"({"access_token": 5})").accessToken.isEmpty());
    }

    void modelsCarriesEveryGatewayHeader()
    {
        const WireRequest request = ModelsRequest(oauth2(), u"at-secret-3"_s).request();
        QCOMPARE(request.url, QUrl(u"https://gateway.example.org/v1/models"_s));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer at-secret-3"));
        QCOMPARE(request.header("X-Tenant"), QByteArray("acme-secret-2"));
        QCOMPARE(request.header("X-Job"), QByteArray("galileo-test-job"));
        QVERIFY(!anySecretShown(request, {u"at-secret-3"_s, u"acme-secret-2"_s}));
        QVERIFY(request.curl().contains(u"galileo-test-job"_s)); // not a secret
    }

    void apiKeyGoesInItsHeader()
    {
        IntegrationConfig config = oauth2();
        config.authenticationType = AuthenticationType::ApiKey;
        config.apiKeyHeader = u"api-key"_s;
        config.apiKeyValue = u"k-secret-4"_s;
        const WireRequest request = CompletionRequest(config, {}, u"m1"_s).request();
        QCOMPARE(request.header("api-key"), QByteArray("k-secret-4"));
        QVERIFY(!request.hasHeader("Authorization"));
        QVERIFY(!anySecretShown(request, {u"k-secret-4"_s}));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"model"_s).toString(), u"m1"_s);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 1);
        QCOMPARE(body.value(u"stream"_s).toBool(true), false);
    }

    // LiteLLM #29266: some models reject max_tokens; the model's supported_parameters decides.
    void maxTokensOnlyWhenTheModelSupportsIt_data()
    {
        QTest::addColumn<std::optional<QStringList>>("supported");
        QTest::addColumn<bool>("sent");
        QTest::newRow("unset: Galileo's defaults") << std::optional<QStringList>() << true;
        QTest::newRow("listed") << std::optional<QStringList>(
                                       QStringList{u"temperature"_s, u"max_tokens"_s})
                                << true;
        QTest::newRow("left out") << std::optional<QStringList>(QStringList{u"temperature"_s})
                                  << false;
        QTest::newRow("empty list") << std::optional<QStringList>(QStringList()) << false;
    }

    void maxTokensOnlyWhenTheModelSupportsIt()
    {
        QFETCH(std::optional<QStringList>, supported);
        QFETCH(bool, sent);
        IntegrationConfig config = oauth2();
        config.modelProperties = {{u"other"_s, {}, {}, QStringList{u"max_tokens"_s}},
                                  {u"m1"_s, {}, {}, supported}};
        const CompletionRequest completion(config, u"at"_s, u"m1"_s);
        QCOMPARE(completion.sendsMaxTokens(), sent);
        const QJsonObject body = QJsonDocument::fromJson(completion.request().body).object();
        QCOMPARE(body.contains(u"max_tokens"_s), sent);
        const QString prompt = body.value(u"messages"_s)[0][u"content"_s].toString();
        // Without a limit the message asks for the shortest answer.
        QCOMPARE(prompt.contains(u"single word"_s), !sent);
        QVERIFY(prompt.contains(u"OK"_s));
    }

    void gatewayErrorInItsOwnWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::newRow("OpenAI")
            << QByteArray(R"({"error":{"message":"Tenant header X-Tenant is required",)"
                          R"("type":"invalid_request_error","code":"missing_header"}})")
            << u"Tenant header X-Tenant is required"_s << u"missing_header"_s;
        QTest::newRow("OpenAI, type only")
            << QByteArray(R"({"error":{"message":"Bad key","type":"auth_error","code":null}})")
            << u"Bad key"_s << u"auth_error"_s;
        QTest::newRow("numeric code")
            << QByteArray(R"({"error":{"message":"Unauthorized","code":401}})") << u"Unauthorized"_s
            << u"401"_s;
        QTest::newRow("plain error string")
            << QByteArray(R"({"error":"no key"})") << u"no key"_s << QString();
        QTest::newRow("Kong") << QByteArray(R"({"message":"No API key found in request"})")
                              << u"No API key found in request"_s << QString();
        QTest::newRow("FastAPI") << QByteArray(R"({"detail":"Not authenticated"})")
                                 << u"Not authenticated"_s << QString();
        QTest::newRow("Cloudflare HTML")
            << QByteArray("<!DOCTYPE html><html><head><title>Access denied | Cloudflare</title>"
                          "<style>body{color:red}</style></head><body><h1>Error 1020</h1>"
                          "<p>Access   denied</p><script>var x=1;</script></body></html>")
            << u"Access denied | Cloudflare Error 1020 Access denied"_s << QString();
        // A page that opens with its title says it once.
        QTest::newRow("nginx HTML")
            << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                          "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>"
                          "nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n")
            << u"502 Bad Gateway nginx/1.25.3"_s << QString();
        QTest::newRow("plain text")
            << QByteArray("upstream connect error\n") << u"upstream connect error"_s << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString();
    }

    void gatewayErrorInItsOwnWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const GatewayError said = GatewayError::parse(body);
        QCOMPARE(said.message, message);
        QCOMPARE(said.code, code);
        QCOMPARE(said.isEmpty(), message.isEmpty());
    }

    void gatewayErrorText()
    {
        QCOMPARE((GatewayError{u"Tenant missing"_s, u"missing_header"_s}.text()),
                 u"Tenant missing (missing_header)"_s);
        QCOMPARE((GatewayError{u"invalid_api_key: bad"_s, u"invalid_api_key"_s}.text()),
                 u"invalid_api_key: bad"_s);
        QCOMPARE((GatewayError{QString(), u"forbidden"_s}.text()), u"forbidden"_s);
    }

    void gatewayErrorMasksSecretsAndStaysShort()
    {
        const GatewayError echoed = GatewayError::parse(
            R"({"error":{"message":"token rejected","access_token":"at-secret-5"}})");
        QVERIFY(!echoed.text().contains(u"at-secret-5"_s));
        const GatewayError text =
            GatewayError::parse(R"({"access_token":"at-secret-6","note":"refused"})");
        QVERIFY(!text.text().contains(u"at-secret-6"_s));
        const GatewayError page = GatewayError::parse(QByteArray(100000, 'x'));
        QVERIFY(page.message.size() < 400);
        QVERIFY(page.message.endsWith(u"..."_s));
    }

    void modelsAnswer()
    {
        QCOMPARE(
            ModelsRequest::parse(R"({"object":"list","data":[{"id":"a"},{"id":"b"},{"id":"a"}]})"),
            QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(ModelsRequest::parse(R"(["x", {"id": "y"}, 3])"), QStringList({u"x"_s, u"y"_s}));
        QVERIFY(ModelsRequest::parse("<html>").isEmpty());
    }

    void completionAnswer()
    {
        QCOMPARE(CompletionRequest::parse(
                     R"({"choices":[{"message":{"role":"assistant","content":"OK"}}]})"),
                 u"OK"_s);
        QVERIFY(CompletionRequest::parse(R"({"choices":[]})").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_GatewayRequests)
#include "tst_gatewayrequests.moc"
