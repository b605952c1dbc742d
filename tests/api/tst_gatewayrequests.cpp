#include "api/gatewayrequests.h"

#include "model/secretcatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

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
