#include "api/galileoclient.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

// GalileoClient against a real HTTP server on 127.0.0.1 answering as Galileo does.
class tst_GalileoClient : public QObject
{
    Q_OBJECT

public:
    static QByteArray storedJson()
    {
        return R"({"id":"5b0c2f4e-8f51-4c55-9d0e-3c1f1f1f1f1f","name":"custom",
                  "created_at":"2026-11-26T10:00:00.123456+00:00",
                  "updated_at":"2026-11-26T10:05:00+00:00",
                  "created_by":"8d1c2f4e-8f51-4c55-9d0e-3c1f1f1f1f1f",
                  "is_selected":true,"is_disabled":false,"provider":"custom",
                  "permissions":[{"action":"update","allowed":true},
                                 {"action":"delete","allowed":false,"message":"only admins"}]})";
    }

private:
    IntegrationConfig config() const
    {
        return IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config;
    }

    void
    connectClient(ConnectionSettings::AuthMethod method = ConnectionSettings::AuthMethod::ApiKey,
                  const QUrl &url = {})
    {
        ConnectionSettings settings;
        settings.baseUrl = (url.isEmpty() ? m_server->url() : url).toString();
        settings.authMethod = method;
        settings.username = QStringLiteral("admin@example.org");
        settings.timeoutSeconds = 5;
        m_client->setConnection(settings, {QStringLiteral("key-123"), password()});
    }

    ApiResult submitAndWait(int timeoutMs = 10000)
    {
        QSignalSpy done(m_client, &GalileoClient::submitted);
        if (!m_client->submit(config()))
            qFatal("client was busy");
        if (!done.wait(timeoutMs))
            qFatal("no result");
        return done.first().first().value<ApiResult>();
    }

    static QString password() { return QStringLiteral("p@ss+w&rd=1 \u00e9"); }

    LoopbackServer *m_server = nullptr;
    GalileoClient *m_client = nullptr;

private slots:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init();
    void cleanup();
    void successSendsTheBodyAndReadsTheStoredIntegration();
    void answers422_data();
    void answers422();
    void refusedCredentials_data();
    void refusedCredentials();
    void loginThenReloginAfter401();
    void loginRefused();
    void basicAuth();
    void notFoundHintsAtTheBaseUrl();
    void serverErrorWithHtml();
    void okWithHtmlIsNotGalileo();
    void badGatewayIsRetried();
    void retriesAreBounded();
    void resetConnectionIsRetried();
    void slowAnswerCancelled();
    void cancelDuringRetryPause();
    void timeout();
    void refusedPort();
    void redirectToAnotherHostKeepsTheCredentials();
    void redirectOnTheSameOriginIsFollowed();
    void hugeAnswerIsNotRead();
    void rateLimitedSaysWhenToRetry();
    void secondSubmitWhileBusySendsNothing();
    void fetchReadsTheIntegration();
    void checkConnectionSteps();
    void checkConnectionOnSomethingElse();
    void untrustedCertificateIsNamed();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_GalileoClient::init()
{
    m_server = new LoopbackServer;
    QVERIFY(m_server->listen());
    m_client = new GalileoClient;
    m_client->setRetryPolicy(3, 50);
    connectClient();
}

void tst_GalileoClient::cleanup()
{
    delete m_client;
    delete m_server;
}

void tst_GalileoClient::successSendsTheBodyAndReadsTheStoredIntegration()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });
    const ApiResult result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QCOMPARE(m_server->requests().size(), 1);
    const HttpRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path(), QByteArray("/v2/integrations/custom"));
    QCOMPARE(request.header("Galileo-API-Key"), QByteArray("key-123"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(IntegrationJson::read(request.body).config, config());
    StoredIntegration stored;
    QString problem;
    QVERIFY(StoredIntegration::fromJson(result.json, &stored, &problem));
    QCOMPARE(stored.id, QStringLiteral("5b0c2f4e-8f51-4c55-9d0e-3c1f1f1f1f1f"));
    QVERIFY(stored.selected);
    QCOMPARE(stored.permissions.size(), 2);
    QCOMPARE(stored.permissions.at(1).message, QStringLiteral("only admins"));
    QVERIFY(stored.createdAt.isValid());
    QCOMPARE(result.json.value("provider").toString(), QStringLiteral("custom")); // tolerated
    QCOMPARE(result.exitCode(), 0);
}

void tst_GalileoClient::answers422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstPath");
    const QJsonObject samples =
        QJsonDocument::fromJson(TestSupport::readData("fastapi-422-samples.json")).object();
    const QJsonArray v1 = samples.value("pydantic_v1").toArray();
    for (const QJsonValue &sample : v1) {
        const QJsonObject response = sample["response"].toObject();
        QTest::newRow(qPrintable(sample["case"].toString()))
            << QJsonDocument(response).toJson() << int(response["detail"].toArray().size())
            << ValidationIssue::fromDetail(response["detail"]).first().path();
    }
    QTest::newRow("pydantic v2")
        << QJsonDocument(samples["pydantic_v2_example"]["response"].toObject()).toJson() << 3
        << "endpoint";
    QTest::newRow("plain string") << QByteArray(R"({"detail":"bad body"})") << 1 << "body";
    QTest::newRow("not json") << QByteArray("oops") << 1 << "body";
}

void tst_GalileoClient::answers422()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, firstPath);
    m_server->setHandler([body](const HttpRequest &) { return HttpResponse::json(422, body); });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::Invalid);
    QCOMPARE(result.issues.size(), count);
    QCOMPARE(result.issues.first().path(), firstPath);
    QCOMPARE(result.exitCode(), 1);
}

void tst_GalileoClient::refusedCredentials_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("hint");
    QTest::newRow("401") << 401 << "API key";
    QTest::newRow("403") << 403 << "admin";
}

void tst_GalileoClient::refusedCredentials()
{
    QFETCH(int, status);
    QFETCH(QString, hint);
    m_server->setHandler([status](const HttpRequest &) {
        return HttpResponse::json(status, R"({"detail":"Invalid API key"})");
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::AuthRefused);
    QVERIFY(result.summary.contains(QLatin1String("Invalid API key")));
    QVERIFY2(result.hint.contains(hint), qPrintable(result.hint));
    QCOMPARE(result.exitCode(), 3);

    // Words that end a sentence already get no second full stop (a review saw "..").
    m_server->setHandler([status](const HttpRequest &) {
        return HttpResponse::json(status, R"({"detail":"Not allowed to change integrations."})");
    });
    const ApiResult sentence = submitAndWait();
    QVERIFY2(sentence.summary.endsWith(QLatin1String(": Not allowed to change integrations.")),
             qPrintable(sentence.summary));
}

void tst_GalileoClient::loginThenReloginAfter401()
{
    int logins = 0;
    int puts = 0;
    m_server->setHandler([&](const HttpRequest &request) {
        if (request.path() == "/login") {
            ++logins;
            const QUrlQuery form(QString::fromUtf8(request.body).replace('+', ' '));
            if (form.queryItemValue("username", QUrl::FullyDecoded) != "admin@example.org" ||
                form.queryItemValue("password", QUrl::FullyDecoded) != password())
                return HttpResponse::json(401, R"({"detail":"bad"})");
            return HttpResponse::json(200, QByteArray(R"({"access_token":"tok-)") +
                                               QByteArray::number(logins) +
                                               R"(","token_type":"bearer"})");
        }
        ++puts;
        // The first token is refused, as if it had expired.
        if (request.header("Authorization") != "Bearer tok-2")
            return HttpResponse::json(401, R"({"detail":"expired"})");
        return HttpResponse::json(200, storedJson());
    });
    connectClient(ConnectionSettings::AuthMethod::Login);
    const ApiResult result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QCOMPARE(logins, 2);
    QCOMPARE(puts, 2);
    QCOMPARE(m_server->requestsTo("/login").first().header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded"));
}

void tst_GalileoClient::loginRefused()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(401, R"({"detail":"Incorrect username or password"})");
    });
    connectClient(ConnectionSettings::AuthMethod::Login);
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::AuthRefused);
    QVERIFY(m_server->requestsTo("/v2/integrations/custom").isEmpty());
}

void tst_GalileoClient::basicAuth()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });
    connectClient(ConnectionSettings::AuthMethod::Basic);
    QVERIFY(submitAndWait().ok());
    QCOMPARE(m_server->requests().first().header("Authorization"),
             "Basic " + QStringLiteral("admin@example.org:%1").arg(password()).toUtf8().toBase64());
}

void tst_GalileoClient::notFoundHintsAtTheBaseUrl()
{
    const ApiResult result = submitAndWait(); // the default handler answers 404
    QCOMPARE(result.outcome, ApiResult::Outcome::NotFound);
    QVERIFY(result.hint.contains(QLatin1String("base URL")));
    QCOMPARE(result.exitCode(), 4);
}

void tst_GalileoClient::serverErrorWithHtml()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::text(500, "text/html",
                                  "<html><body><h1>Internal Server Error</h1></body></html>");
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::ServerError);
    QCOMPARE(result.httpStatus, 500);
    QVERIFY(result.bodyStart.contains(QLatin1String("Internal Server Error")));
    QCOMPARE(result.attempts, 1); // 500 is not retried
}

void tst_GalileoClient::okWithHtmlIsNotGalileo()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::text(200, "text/html", "<!doctype html><title>Galileo</title>");
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::ServerError);
    QVERIFY(result.summary.contains(QLatin1String("web page")));
}

void tst_GalileoClient::badGatewayIsRetried()
{
    int calls = 0;
    m_server->setHandler([&](const HttpRequest &) {
        return ++calls == 1 ? HttpResponse::text(502, "text/plain", "bad gateway")
                            : HttpResponse::json(200, storedJson());
    });
    QSignalSpy progress(m_client, &GalileoClient::progress);
    const ApiResult result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(progress.count(), 1);
    QVERIFY(progress.first().first().toString().contains(QLatin1String("Attempt 1 of 3")));
}

void tst_GalileoClient::retriesAreBounded()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(503, "{}"); });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::ServerError);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server->requests().size(), 3);
    QVERIFY(result.summary.contains(QLatin1String("after 3 attempts")));
}

void tst_GalileoClient::resetConnectionIsRetried()
{
    int calls = 0;
    m_server->setHandler([&](const HttpRequest &) {
        return ++calls == 1 ? HttpResponse::reset() : HttpResponse::json(200, storedJson());
    });
    const ApiResult result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QVERIFY(calls >= 2);
}

void tst_GalileoClient::slowAnswerCancelled()
{
    m_server->setHandler(
        [](const HttpRequest &) { return HttpResponse::json(200, storedJson()).after(5000); });
    QSignalSpy done(m_client, &GalileoClient::submitted);
    QSignalSpy received(m_server, &LoopbackServer::requestReceived);
    QVERIFY(m_client->submit(config()));
    QVERIFY(received.wait());
    // From the click on Cancel, not from the start: a loaded machine (ASan) may take a while
    // to get the request out, and that is not what is measured here.
    QElapsedTimer timer;
    timer.start();
    m_client->cancel();
    QVERIFY(done.count() == 1 || done.wait(2000)); // the abort may report at once
    QCOMPARE(done.first().first().value<ApiResult>().outcome, ApiResult::Outcome::Cancelled);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_client->isBusy());
}

void tst_GalileoClient::cancelDuringRetryPause()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(503, "{}"); });
    // A pause well inside the call's 5 s deadline, which retries never outlast.
    m_client->setRetryPolicy(3, 3000);
    QSignalSpy done(m_client, &GalileoClient::submitted);
    QSignalSpy progress(m_client, &GalileoClient::progress);
    QVERIFY(m_client->submit(config()));
    QVERIFY(progress.wait());
    m_client->cancel();
    QVERIFY(done.count() == 1 || done.wait(2000)); // well before the 3 s pause ends
    QCOMPARE(done.first().first().value<ApiResult>().outcome, ApiResult::Outcome::Cancelled);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_GalileoClient::timeout()
{
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::hang(); });
    ConnectionSettings settings = m_client->settings();
    settings.timeoutSeconds = 1;
    m_client->setConnection(settings, {QStringLiteral("key-123"), {}});
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::NetworkError);
    QVERIFY2(result.summary.contains(QLatin1String("within 1 s")), qPrintable(result.summary));
    QCOMPARE(result.exitCode(), 4);
}

void tst_GalileoClient::refusedPort()
{
    QUrl url = m_server->url();
    url.setPort(LoopbackServer::closedPort());
    connectClient(ConnectionSettings::AuthMethod::ApiKey, url);
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::NetworkError);
    QVERIFY2(result.summary.contains(QLatin1String("refused")), qPrintable(result.summary));
}

void tst_GalileoClient::redirectToAnotherHostKeepsTheCredentials()
{
    LoopbackServer other;
    QVERIFY(other.listen());
    other.setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });
    const QByteArray target = other.url().toString().toLatin1() + "/v2/integrations/custom";
    m_server->setHandler([target](const HttpRequest &) {
        return HttpResponse::json(307, "{}").withHeader("Location", target);
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::NetworkError);
    QVERIFY(result.summary.contains(QLatin1String("redirected")));
    QVERIFY(other.requests().isEmpty()); // nothing, least of all the key, went there
}

void tst_GalileoClient::redirectOnTheSameOriginIsFollowed()
{
    m_server->setHandler([](const HttpRequest &request) {
        if (request.path() == "/v2/integrations/custom")
            return HttpResponse::json(307, "{}").withHeader("Location",
                                                            "/api/v2/integrations/custom");
        return HttpResponse::json(200, storedJson());
    });
    const ApiResult result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QCOMPARE(m_server->requests().last().header("Galileo-API-Key"), QByteArray("key-123"));
    QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
}

void tst_GalileoClient::hugeAnswerIsNotRead()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(200, "{\"id\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}");
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::ServerError);
    QVERIFY(result.summary.contains(QLatin1String("larger than")));
}

void tst_GalileoClient::rateLimitedSaysWhenToRetry()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(429, R"({"detail":"slow down"})").withHeader("Retry-After", "7");
    });
    const ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::Refused);
    QCOMPARE(result.retryAfterSeconds, 7);
    QVERIFY(result.hint.contains(QLatin1String("7 s")));
}

void tst_GalileoClient::secondSubmitWhileBusySendsNothing()
{
    m_server->setHandler(
        [](const HttpRequest &) { return HttpResponse::json(200, storedJson()).after(200); });
    QSignalSpy done(m_client, &GalileoClient::submitted);
    QVERIFY(m_client->submit(config()));
    QVERIFY(!m_client->submit(config()));
    QVERIFY(done.wait());
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(done.count(), 1);
}

void tst_GalileoClient::fetchReadsTheIntegration()
{
    // The definition first; without permission to read secrets, the stored fields.
    m_server->setHandler([](const HttpRequest &request) {
        if (request.path() == "/integrations/custom/definition")
            return HttpResponse::json(403, R"({"detail":"Not allowed"})");
        return HttpResponse::json(200, TestSupport::readData("seed-none.json"));
    });
    QSignalSpy fetched(m_client, &GalileoClient::fetched);
    QVERIFY(m_client->fetchIntegration());
    QVERIFY(fetched.wait());
    const ApiResult result = fetched.first().first().value<ApiResult>();
    QVERIFY(result.ok());
    QVERIFY(!fetched.first().at(1).toBool());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));
    QCOMPARE(m_server->requests().last().path(), QByteArray("/integrations/custom"));
    QCOMPARE(result.json.value("endpoint").toString(),
             QStringLiteral("https://internal-gateway.local/v1"));
}

void tst_GalileoClient::checkConnectionSteps()
{
    m_server->setHandler([](const HttpRequest &request) {
        if (request.path() == "/v2/healthcheck")
            return HttpResponse::json(200,
                                      R"({"api_version":"v2","message":"ok","version":"1.421.0"})");
        if (request.header("Galileo-API-Key") != "key-123")
            return HttpResponse::json(401, R"({"detail":"Invalid API key"})");
        return HttpResponse::json(200, R"({"id":"u1","email":"ada@example.org","role":"admin",
                                          "organization_id":"o1","organization_name":"Acme"})");
    });
    QSignalSpy checked(m_client, &GalileoClient::connectionChecked);
    QVERIFY(m_client->checkConnection());
    QVERIFY(checked.wait());
    auto steps = checked.first().first().value<QList<CheckStep>>();
    QCOMPARE(steps.size(), 4);
    QVERIFY(steps.at(2).capabilities.has_value());
    // This server publishes no schema: the drift is unknown, which is no failure.
    QVERIFY(steps.at(3).drift.has_value());
    QVERIFY(!steps.at(3).drift->isKnown());
    QVERIFY(steps.at(3).advisory);
    QVERIFY(steps.at(0).ok);
    QVERIFY(steps.at(0).detail.contains(QLatin1String("1.421.0")));
    QVERIFY(steps.at(1).ok);
    QCOMPARE(steps.at(1).detail, QStringLiteral("ada@example.org, admin in Acme"));
    QVERIFY(m_server->requestsTo("/v2/healthcheck").first().header("Galileo-API-Key").isEmpty());

    m_client->setConnection(m_client->settings(), {QStringLiteral("wrong"), {}});
    checked.clear();
    QVERIFY(m_client->checkConnection());
    QVERIFY(checked.wait());
    steps = checked.first().first().value<QList<CheckStep>>();
    QVERIFY(steps.at(0).ok);
    QVERIFY(!steps.at(1).ok);
    QCOMPARE(steps.at(1).httpStatus, 401);
    QVERIFY(!steps.at(1).hint.isEmpty());
    // Refused credentials say nothing about the capabilities: that step is skipped.
    QVERIFY(steps.at(2).skipped);
    QVERIFY(!steps.at(2).capabilities.has_value());
    QVERIFY(steps.at(3).skipped);
}

void tst_GalileoClient::checkConnectionOnSomethingElse()
{
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::text(200, "text/html", "<html>router login</html>");
    });
    QSignalSpy checked(m_client, &GalileoClient::connectionChecked);
    QVERIFY(m_client->checkConnection());
    QVERIFY(checked.wait());
    const auto steps = checked.first().first().value<QList<CheckStep>>();
    QVERIFY(!steps.at(0).ok);
    QVERIFY(steps.at(0).hint.contains(QLatin1String("base URL")));

    QUrl url = m_server->url();
    url.setPort(LoopbackServer::closedPort());
    connectClient(ConnectionSettings::AuthMethod::ApiKey, url);
    checked.clear();
    QVERIFY(m_client->checkConnection());
    QVERIFY(checked.wait());
    const auto refused = checked.first().first().value<QList<CheckStep>>();
    QVERIFY(!refused.at(0).ok);
    QVERIFY(refused.at(1).detail.startsWith(QLatin1String("Skipped")));
}

void tst_GalileoClient::untrustedCertificateIsNamed()
{
    // A self-signed certificate for 127.0.0.1, as a self-hosted cluster with a private CA has.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                   "/CN=galileo.test/O=Acme Private CA", "-addext", "subjectAltName=IP:127.0.0.1",
                   "-keyout", dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a certificate");
    QFile certFile(dir.filePath("cert.pem"));
    QFile keyFile(dir.filePath("key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    LoopbackServer tls;
    QVERIFY(tls.listenTls(QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Rsa)));
    tls.setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });

    connectClient(ConnectionSettings::AuthMethod::ApiKey, tls.url());
    ApiResult result = submitAndWait();
    QCOMPARE(result.outcome, ApiResult::Outcome::NetworkError);
    QVERIFY2(result.summary.contains(QLatin1String("galileo.test")), qPrintable(result.summary));
    QVERIFY(result.hint.contains(QLatin1String("CA file")));
    QVERIFY(tls.requests().isEmpty()); // the key never left

    // Trusting the cluster's CA file makes it work, and only for this connection.
    ConnectionSettings settings = m_client->settings();
    settings.caFile = dir.filePath("cert.pem");
    m_client->setConnection(settings, {QStringLiteral("key-123"), {}});
    result = submitAndWait();
    QVERIFY2(result.ok(), qPrintable(result.summary));
    QCOMPARE(tls.requests().first().header("Galileo-API-Key"), QByteArray("key-123"));
}
#endif

QTEST_GUILESS_MAIN(tst_GalileoClient)
#include "tst_galileoclient.moc"
