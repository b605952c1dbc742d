#include "api/galileorequests.h"
#include "model/secretcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::shared_ptr<GalileoRequest>)

// Building Galileo's requests and reading its answers, without a server.
class tst_GalileoRequests : public QObject
{
    Q_OBJECT

private:
    static GalileoIdentity identity(ConnectionSettings::AuthMethod method)
    {
        ConnectionSettings settings;
        settings.baseUrl = u"https://console.example.org"_s;
        settings.authMethod = method;
        settings.apiKeyHeader = u"Splunk-AO-API-Key"_s;
        settings.username = u"ada@example.org"_s;
        GalileoIdentity identity =
            GalileoIdentity::from(settings, {u"gk-secret-1"_s, u"pa+ss&word"_s});
        identity.bearer = u"jwt-abc"_s;
        return identity;
    }

    static IntegrationConfig config()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::ApiKey;
        config.endpoint = u"https://gateway.example.org/v1"_s;
        config.apiKeyHeader = u"X-Key"_s;
        config.apiKeyValue = u"gw-secret-2"_s;
        config.headers << HeaderEntry{u"X-Tenant"_s, u"acme-secret-3"_s};
        return config;
    }

    // What the shell makes of a curl command: each argument on its own line.
    static QStringList shellWords(const QString &curl, const QProcessEnvironment &environment)
    {
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.start(u"sh"_s, {u"-c"_s, u"curl() { printf '%s\\n' \"$@\"; }\n"_s + curl});
        if (!shell.waitForFinished())
            return {};
        return QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n');
    }

private slots:
    // The key header's value is masked in every view; a key not set is shown empty, since a
    // mask would say one is there.
    void aKeyNotSetIsShownEmptyNotMasked()
    {
        ConnectionSettings settings;
        settings.baseUrl = u"https://api.example.org"_s;
        const auto shownKey = [&settings](const QString &key) {
            const WireRequest request = SubmitIntegrationRequest(config()).request(
                GalileoIdentity::from(settings, {key, {}}));
            for (const auto &[name, value] : request.shownHeaders())
                if (name == settings.apiKeyHeader)
                    return value;
            return u"(no header)"_s;
        };
        QCOMPARE(shownKey(u"gk-secret-1"_s), SecretCatalog::mask());
        QCOMPARE(shownKey(QString()), QString());
    }

    void submitIsAPutOfTheBody()
    {
        const WireRequest request = SubmitIntegrationRequest(config()).request(
            identity(ConnectionSettings::AuthMethod::ApiKey));
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.url, QUrl(u"https://api.example.org/v2/integrations/custom"_s));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Splunk-AO-API-Key"), QByteArray("gk-secret-1"));
        QVERIFY(request.body.contains("gw-secret-2"));
        QVERIFY(!request.body.contains('\n')); // compact on the wire
        // Every view of it is masked.
        const QString shown = request.curl();
        for (const char *secret : {"gk-secret-1", "gw-secret-2", "acme-secret-3"})
            QVERIFY2(!shown.contains(QLatin1String(secret)), secret);
        QVERIFY(request.curl(true).contains(u"gw-secret-2"_s));
    }

    // Copy as curl names Galileo's credentials as the SDKs do, whatever the sign-in: the
    // command works once they are in the environment, and holds none of them.
    void curlLeavesCredentialsInTheEnvironment_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("expected");
        QTest::newRow("API key, own header")
            << int(ConnectionSettings::AuthMethod::ApiKey) << u"Splunk-AO-API-Key: env-key"_s;
        QTest::newRow("login") << int(ConnectionSettings::AuthMethod::Login)
                               << u"Authorization: Bearer env-token"_s;
        QTest::newRow("basic") << int(ConnectionSettings::AuthMethod::Basic)
                               << u"Authorization: Basic "_s +
                                      QString::fromLatin1(QByteArray("env-user:env-pw").toBase64());
    }

    void curlLeavesCredentialsInTheEnvironment()
    {
        QFETCH(int, method);
        QFETCH(QString, expected);
        const WireRequest request = SubmitIntegrationRequest(config()).request(
            identity(ConnectionSettings::AuthMethod(method)));
        const QString curl = request.curl();
        for (const char *secret : {"gk-secret-1", "jwt-abc", "pa+ss&word", "gw-secret-2"})
            QVERIFY2(!curl.contains(QLatin1String(secret)), secret);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GALILEO_API_KEY"_s, u"env-key"_s);
        environment.insert(u"GALILEO_ACCESS_TOKEN"_s, u"env-token"_s);
        environment.insert(u"GALILEO_USERNAME"_s, u"env-user"_s);
        environment.insert(u"GALILEO_PASSWORD"_s, u"env-pw"_s);
        const QStringList words = shellWords(curl, environment);
        QVERIFY2(words.contains(expected), qPrintable(words.join(u" | "_s)));
        QVERIFY(words.contains(u"https://api.example.org/v2/integrations/custom"_s));
    }

    void loginSendsTheFormAndShowsNoPassword()
    {
        const LoginRequest login;
        QVERIFY(!login.authenticated());
        const WireRequest request = login.request(identity(ConnectionSettings::AuthMethod::Login));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.path(), u"/login"_s);
        QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(request.body, QByteArray("username=ada%40example.org&password=pa%2Bss%26word"
                                          "&auth_method=email"));
        QVERIFY(!request.shownBody().contains("pa%2Bss"));
        QVERIFY(!request.curl().contains(u"pa%2Bss"_s));
    }

    void loginAnswer()
    {
        // {"exp": 2000000000}
        const QString jwt = u"x."_s +
                            QString::fromLatin1(QByteArray(R"({"exp":2000000000})")
                                                    .toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals)) +
                            u".y"_s;
        const auto token = LoginRequest::parse({{u"access_token"_s, jwt}});
        QVERIFY(token);
        QCOMPARE(token->expiry.toSecsSinceEpoch(), 2000000000);
        QVERIFY(!LoginRequest::parse({{u"token_type"_s, u"bearer"_s}}));
    }

    void healthAndUser()
    {
        const WireRequest health =
            HealthCheckRequest().request(identity(ConnectionSettings::AuthMethod::ApiKey));
        QCOMPARE(health.url.path(), u"/v2/healthcheck"_s);
        QVERIFY(!health.hasHeader("Splunk-AO-API-Key")); // no credentials where none are needed
        QVERIFY(HealthCheckRequest::parse({{u"api_version"_s, u"v2"_s}}).isGalileo);
        QVERIFY(!HealthCheckRequest::parse({{u"status"_s, u"ok"_s}}).isGalileo);

        const WireRequest user =
            CurrentUserRequest().request(identity(ConnectionSettings::AuthMethod::Login));
        QCOMPARE(user.header("Authorization"), QByteArray("Bearer jwt-abc"));
        const auto parsed = CurrentUserRequest::parse(
            {{u"email"_s, u"a@b"_s}, {u"role"_s, u"admin"_s}, {u"organization_name"_s, u"Org"_s}});
        QCOMPARE(parsed.email, u"a@b"_s);
        QCOMPARE(parsed.organization, u"Org"_s);
    }

    void submitAnswer()
    {
        QString problem;
        QVERIFY(!SubmitIntegrationRequest::parse({{u"id"_s, u"1"_s}}, &problem));
        QVERIFY(problem.contains(u"created_at"_s));
        const auto stored =
            SubmitIntegrationRequest::parse({{u"id"_s, u"i-1"_s},
                                             {u"name"_s, u"custom"_s},
                                             {u"created_at"_s, u"2026-01-01T00:00:00Z"_s},
                                             {u"updated_at"_s, u"2026-01-01T00:00:00Z"_s},
                                             {u"created_by"_s, u"u"_s},
                                             {u"provider"_s, u"custom"_s}},
                                            &problem);
        QVERIFY(stored);
        QCOMPARE(stored->id, u"i-1"_s);
    }

    void eachCallHasItsMethodAndPath_data()
    {
        QTest::addColumn<std::shared_ptr<GalileoRequest>>("request");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withCredentials");
        QTest::newRow("put default")
            << std::shared_ptr<GalileoRequest>(new SubmitIntegrationRequest(config()))
            << QByteArray("PUT") << u"/v2/integrations/custom"_s << true;
        QTest::newRow("put named")
            << std::shared_ptr<GalileoRequest>(new SubmitIntegrationRequest(config(), u"team-a"_s))
            << QByteArray("PUT") << u"/integrations/custom/team-a"_s << true;
        QTest::newRow("stored default")
            << std::shared_ptr<GalileoRequest>(new FetchIntegrationRequest) << QByteArray("GET")
            << u"/integrations/custom"_s << true;
        QTest::newRow("stored named")
            << std::shared_ptr<GalileoRequest>(new FetchIntegrationRequest(u"team-a"_s))
            << QByteArray("GET") << u"/integrations/custom/team-a"_s << true;
        QTest::newRow("definition default")
            << std::shared_ptr<GalileoRequest>(new DefinitionRequest) << QByteArray("GET")
            << u"/integrations/custom/definition"_s << true;
        QTest::newRow("definition named")
            << std::shared_ptr<GalileoRequest>(new DefinitionRequest(u"team-a"_s))
            << QByteArray("GET") << u"/integrations/custom/team-a/definition"_s << true;
        QTest::newRow("list") << std::shared_ptr<GalileoRequest>(new ListIntegrationsRequest)
                              << QByteArray("GET") << u"/integrations"_s << true;
        QTest::newRow("status provider")
            << std::shared_ptr<GalileoRequest>(new IntegrationStatusRequest(u"openai"_s, false))
            << QByteArray("GET") << u"/integrations/openai/status"_s << true;
        QTest::newRow("status named")
            << std::shared_ptr<GalileoRequest>(new IntegrationStatusRequest(u"team-a"_s, true))
            << QByteArray("GET") << u"/integrations/custom/team-a/status"_s << true;
        QTest::newRow("delete") << std::shared_ptr<GalileoRequest>(
                                       new DeleteIntegrationRequest(u"team-a"_s))
                                << QByteArray("DELETE") << u"/integrations/custom/team-a"_s << true;
        QTest::newRow("route probe")
            << std::shared_ptr<GalileoRequest>(new RouteProbeRequest(u"/integrations/custom/x"_s))
            << QByteArray("OPTIONS") << u"/integrations/custom/x"_s << false;
    }

    void eachCallHasItsMethodAndPath()
    {
        QFETCH(std::shared_ptr<GalileoRequest>, request);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, withCredentials);
        const WireRequest wire = request->request(identity(ConnectionSettings::AuthMethod::ApiKey));
        QCOMPARE(wire.method, method);
        QCOMPARE(wire.url, QUrl(u"https://api.example.org"_s + path));
        QCOMPARE(wire.header("Splunk-AO-API-Key"),
                 withCredentials ? QByteArray("gk-secret-1") : QByteArray());
        // Only calls about a named integration can meet "no such name" or an older cluster.
        QCOMPARE(!request->namedTarget().isEmpty(), path.contains(u"team-a"_s));
    }

    void integrationNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("slug") << u"team-a"_s << true;
        QTest::newRow("digits") << u"0llama-3"_s << true;
        QTest::newRow("one") << u"a"_s << true;
        QTest::newRow("63") << QString(63, u'a') << true;
        QTest::newRow("64") << QString(64, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-team"_s << false;
        QTest::newRow("upper case") << u"Team"_s << false;
        QTest::newRow("underscore") << u"team_a"_s << false;
        QTest::newRow("slash") << u"team/a"_s << false;
        QTest::newRow("space") << u"team a"_s << false;
        // The default integration's own routes.
        QTest::newRow("definition") << u"definition"_s << false;
        QTest::newRow("status") << u"status"_s << false;
        QTest::newRow("definitions") << u"definitions"_s << true;
    }

    void integrationNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(IntegrationName::problem(name).isEmpty(), valid);
    }

    // Newer servers make `name` any slug and add `provider`; older ones name the provider.
    void listToleratesEveryShape()
    {
        const QJsonArray answer = QJsonDocument::fromJson(R"([
            {"id":"1","name":"openai","created_at":"2026-01-01T00:00:00Z",
             "updated_at":"2026-01-02T00:00:00Z","created_by":"u"},
            {"id":"2","name":"team-a","provider":"custom","created_at":"2026-01-01T00:00:00Z",
             "updated_at":"2026-01-02T00:00:00Z","created_by":"u","is_disabled":true,
             "organization_id":"o","a_new_field":[1]},
            {"id":"3","name":"vertex","provider":"vertex_ai","created_at":"2026-01-01T00:00:00Z",
             "updated_at":"2026-01-02T00:00:00Z","created_by":"u"},
            {"oops":true}])")
                                      .array();
        QStringList problems;
        const QList<StoredIntegration> list = ListIntegrationsRequest::parse(answer, &problems);
        QCOMPARE(list.size(), 3);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(u"[3]"_s));
        QCOMPARE(list.at(0).provider, u"openai"_s);
        QVERIFY(!list.at(0).isCustom());
        QCOMPARE(list.at(1).provider, u"custom"_s);
        QVERIFY(list.at(1).isNamedCustom());
        QVERIFY(list.at(1).disabled);
        QVERIFY(list.at(1).toLines().contains(u"provider: custom"_s));
        QCOMPARE(list.at(2).provider, u"vertex_ai"_s);
    }

    void statusIsAStringMap()
    {
        const QMap<QString, QString> status = IntegrationStatusRequest::parse(
            QJsonDocument::fromJson(R"({"status":"ok","checked":3,"details":{"a":1},
                                        "error":null})")
                .object());
        QCOMPARE(status.value(u"status"_s), u"ok"_s);
        QCOMPARE(status.value(u"checked"_s), u"3"_s);
        QCOMPARE(status.value(u"details"_s), u"{\"a\":1}"_s);
        QCOMPARE(status.value(u"error"_s), u"null"_s);
    }

    void routeProbe()
    {
        QCOMPARE(RouteProbeRequest::routeExists(405), std::optional<bool>(true));
        QCOMPARE(RouteProbeRequest::routeExists(404), std::optional<bool>(false));
        QCOMPARE(RouteProbeRequest::routeExists(0), std::optional<bool>());
    }
};

QTEST_GUILESS_MAIN(tst_GalileoRequests)
#include "tst_galileorequests.moc"
