#include "api/galileoclient.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// The client API's calls around named custom integrations, against a current and an older
// Galileo: capabilities, the named PUT, GET, DELETE, status, definitions and the list.
class tst_NamedIntegrations : public QObject
{
    Q_OBJECT

private:
    void serve(FakeGalileo::Generation generation)
    {
        m_galileo = std::make_shared<FakeGalileo>(generation);
        m_server->setHandler(m_galileo->handler(m_galileo));
    }

    static IntegrationConfig config()
    {
        return IntegrationJson::read(TestSupport::readData(u"full.json"_s)).config;
    }

    ApiResult run(std::shared_ptr<const GalileoRequest> request)
    {
        ApiResult result;
        bool done = false;
        if (!m_client->run(std::move(request), [&](const ApiResult &answer) {
                result = answer;
                done = true;
            }))
            qFatal("client was busy");
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("no answer");
        return result;
    }

    ClusterCapabilities capabilities()
    {
        ClusterCapabilities found;
        bool done = false;
        m_client->detectCapabilities([&](const ClusterCapabilities &answer) {
            found = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("no answer");
        return found;
    }

    LoopbackServer *m_server = nullptr;
    GalileoClient *m_client = nullptr;
    std::shared_ptr<FakeGalileo> m_galileo;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        qRegisterMetaType<CheckStep>();
    }

    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        m_client = new GalileoClient(this);
        ConnectionSettings settings;
        settings.baseUrl = m_server->url().toString();
        settings.apiKeyHeader = ConnectionSettings::splunkApiKeyHeader();
        settings.timeoutSeconds = 5;
        m_client->setConnection(settings, {u"key-123"_s, {}});
        m_client->setRetryPolicy(1, 0);
        serve(FakeGalileo::Generation::Current);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void currentClusterOffersEverything()
    {
        m_galileo->defaultCustom = QJsonObject{{u"endpoint"_s, u"https://gw.example.org"_s}};
        const ClusterCapabilities found = capabilities();
        using Support = ClusterCapabilities::Support;
        QCOMPARE(found.seedPut, Support::Offered);
        QCOMPARE(found.named, Support::Offered);
        QCOMPARE(found.list, Support::Offered);
        QCOMPARE(found.definitions, Support::Offered);
        // The probes read nothing and change nothing: OPTIONS carries no credentials.
        for (const HttpRequest &request : m_server->requests()) {
            if (request.method == "OPTIONS")
                QVERIFY(request.header("Splunk-AO-API-Key").isEmpty());
            else
                QCOMPARE(request.header("Splunk-AO-API-Key"), QByteArray("key-123"));
        }
    }

    void capabilitiesReadNoDefinition()
    {
        // A definition holds decrypted secrets: whether its route exists is asked with OPTIONS,
        // and nothing with secrets is read, permitted or not.
        m_galileo->defaultCustom = QJsonObject{{u"endpoint"_s, u"https://gw.example.org"_s},
                                               {u"api_key_value"_s, u"stored-secret"_s}};
        m_galileo->named.insert(u"alpha"_s, m_galileo->defaultCustom);
        for (bool mayReadSecrets : {true, false}) {
            m_galileo->mayReadSecrets = mayReadSecrets;
            m_server->clearRequests();
            QCOMPARE(capabilities().definitions, ClusterCapabilities::Support::Offered);
            QStringList called;
            for (const HttpRequest &request : m_server->requests()) {
                called << QString::fromLatin1(request.method + ' ' + request.path());
                if (request.path().endsWith("/definition"))
                    QCOMPARE(request.method, QByteArray("OPTIONS"));
            }
            QCOMPARE(called, QStringList({u"OPTIONS /v2/integrations/custom"_s,
                                          u"OPTIONS /integrations/custom/"
                                          u"galileo-integrations-route-probe"_s,
                                          u"GET /integrations"_s,
                                          u"OPTIONS /integrations/custom/"
                                          u"galileo-integrations-route-probe/definition"_s}));
            QVERIFY(!m_server->received().contains("stored-secret"));
        }
    }

    SchemaDrift drift()
    {
        SchemaDrift found;
        bool done = false;
        if (!m_client->checkDrift([&](const SchemaDrift &answer) {
                found = answer;
                done = true;
            }))
            qFatal("client was busy");
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("no answer");
        return found;
    }

    void driftOfTheSeedIsNone()
    {
        m_galileo->openApi = FakeGalileo::seedOpenApi();
        const SchemaDrift found = drift();
        QVERIFY2(found.isKnown(), qPrintable(found.reason));
        QVERIFY(!found.hasDrift());
        QCOMPARE(found.source, u"/openapi.json"_s);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void driftFromGalileosPublicDocument()
    {
        m_galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
        });
        m_galileo->openApiPath = "/public/v2/openapi.json";
        const SchemaDrift found = drift();
        QVERIFY2(found.isKnown(), qPrintable(found.reason));
        QCOMPARE(found.source, u"/public/v2/openapi.json"_s);
        QCOMPARE(found.appOnly, QStringList{u"custom_header_mapping"_s});
        QCOMPARE(m_server->requestsTo("/openapi.json").size(), 1);
        QCOMPARE(m_server->requestsTo("/public/v2/openapi.json").size(), 1);
    }

    void driftOfHostileAnswersIsUnknown_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("web page") << 0 << u"web page"_s;
        QTest::newRow("array") << 1 << u"not an OpenAPI document"_s;
        QTest::newRow("huge") << 2 << u"larger than 24 MB"_s;
        QTest::newRow("no schema") << 3 << u"no CustomIntegrationCreate"_s;
        QTest::newRow("none published") << 4 << u"404"_s;
        QTest::newRow("refused") << 5 << u"401"_s;
    }

    void driftOfHostileAnswersIsUnknown()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        m_server->setHandler([kind](const HttpRequest &request) {
            if (!request.path().endsWith("openapi.json"))
                return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
            switch (kind) {
            case 0:
                return HttpResponse::text(200, "text/html", "<html><body>Sign in</body></html>");
            case 1:
                return HttpResponse::json(200, "[1, 2, 3]");
            case 2:
                // Announced: refused before its body is read (the transport's own tests
                // cover an unannounced one).
                return HttpResponse::stream(OpenApiRequest::MaxDocumentBytes + 1024 * 1024, true);
            case 3:
                return HttpResponse::json(200, "{\"openapi\":\"3.1.0\",\"paths\":{}}");
            case 4:
                return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
            default:
                return HttpResponse::json(401, "{\"detail\":\"Not authenticated\"}");
            }
        });
        const SchemaDrift found = drift();
        QVERIFY(!found.isKnown());
        QVERIFY(found.warningsFor(QJsonObject{{u"anything"_s, 1}}).isEmpty());
        QVERIFY2(found.reason.contains(reason), qPrintable(found.reason));
        QVERIFY(found.summary().startsWith(u"Field drift unknown"_s));
        // Both places were tried; a huge answer was not read.
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->streamedBytes() < OpenApiRequest::MaxDocumentBytes);
    }

    void connectionCheckShowsTheDrift()
    {
        serve(FakeGalileo::Generation::Older);
        m_galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"model_properties"_s, u"custom_header_mapping"_s});
        });
        QSignalSpy finished(m_client, &GalileoClient::stepFinished);
        QSignalSpy checked(m_client, &GalileoClient::connectionChecked);
        QVERIFY(m_client->checkConnection());
        QVERIFY(checked.wait(20000));
        const auto steps = checked.first().first().value<QList<CheckStep>>();
        QCOMPARE(steps.size(), 4);
        const CheckStep &step = steps.at(3);
        QCOMPARE(step.name, u"Field drift"_s);
        QVERIFY(!step.ok);
        QVERIFY(step.advisory);
        QVERIFY(step.drift.has_value());
        QCOMPARE(step.drift->appOnly,
                 QStringList({u"model_properties"_s, u"custom_header_mapping"_s}));
        QVERIFY2(step.detail.contains(u"only in this app: 2"_s), qPrintable(step.detail));
        QVERIFY(!step.hint.isEmpty());
        // Announced as it finished, like every step.
        QCOMPARE(finished.last().first().value<CheckStep>().name, u"Field drift"_s);

        // A cluster publishing the seed's schema: the step passes.
        m_galileo->openApi = FakeGalileo::seedOpenApi();
        checked.clear();
        QVERIFY(m_client->checkConnection());
        QVERIFY(checked.wait(20000));
        const CheckStep same = checked.first().first().value<QList<CheckStep>>().at(3);
        QVERIFY(same.ok);
        QVERIFY(!same.advisory);
    }

    void olderClusterHasOnlyTheSeedsPut()
    {
        serve(FakeGalileo::Generation::Older);
        const ClusterCapabilities found = capabilities();
        using Support = ClusterCapabilities::Support;
        QCOMPARE(found.seedPut, Support::Offered);
        QCOMPARE(found.named, Support::Missing);
        QCOMPARE(found.list, Support::Missing);
        QCOMPARE(found.definitions, Support::Missing);
        QVERIFY(found.describe().join(u'\n').contains(u"named custom integrations: not offered"_s));
    }

    void namedPutGoesToItsPath()
    {
        const ApiResult result =
            run(std::make_shared<SubmitIntegrationRequest>(config(), u"team-a"_s));
        QVERIFY2(result.ok(), qPrintable(result.summary));
        QCOMPARE(m_server->requests().last().method, QByteArray("PUT"));
        QCOMPARE(m_server->requests().last().path(), QByteArray("/integrations/custom/team-a"));
        QString problem;
        const auto stored = SubmitIntegrationRequest::parse(result.json, &problem);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"team-a"_s);
        QCOMPARE(stored->provider, u"custom"_s);
        QVERIFY(stored->isNamedCustom());
        QVERIFY(m_galileo->named.contains(u"team-a"_s));
    }

    void namedCallOnAnOlderClusterSaysSo_data()
    {
        QTest::addColumn<int>("call");
        QTest::newRow("put") << 0;
        QTest::newRow("get") << 1;
        QTest::newRow("delete") << 2;
        QTest::newRow("status") << 3;
    }

    void namedCallOnAnOlderClusterSaysSo()
    {
        QFETCH(int, call);
        serve(FakeGalileo::Generation::Older);
        const QString name = u"team-a"_s;
        std::shared_ptr<const GalileoRequest> request;
        switch (call) {
        case 0:
            request = std::make_shared<SubmitIntegrationRequest>(config(), name);
            break;
        case 1:
            request = std::make_shared<FetchIntegrationRequest>(name);
            break;
        case 2:
            request = std::make_shared<DeleteIntegrationRequest>(name);
            break;
        default:
            request = std::make_shared<IntegrationStatusRequest>(name, true);
        }
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, ApiResult::Outcome::Unsupported);
        QVERIFY2(result.summary.contains(u"This cluster has no named custom integrations"_s),
                 qPrintable(result.summary));
        QCOMPARE(result.exitCode(), 4);
    }

    void noIntegrationOfThatName_data()
    {
        QTest::addColumn<int>("call");
        QTest::newRow("get") << 1;
        QTest::newRow("delete") << 2;
        QTest::newRow("status") << 3;
    }

    void noIntegrationOfThatName()
    {
        QFETCH(int, call);
        m_galileo->named.insert(u"team-b"_s, QJsonObject{{u"endpoint"_s, u"https://b"_s}});
        const QString name = u"nobody"_s;
        std::shared_ptr<const GalileoRequest> request;
        if (call == 1)
            request = std::make_shared<FetchIntegrationRequest>(name);
        else if (call == 2)
            request = std::make_shared<DeleteIntegrationRequest>(name);
        else
            request = std::make_shared<IntegrationStatusRequest>(name, true);
        const ApiResult result = run(request);
        QCOMPARE(result.outcome, ApiResult::Outcome::NotFound);
        QVERIFY2(result.summary.contains(u"no custom integration named \"nobody\""_s),
                 qPrintable(result.summary));
        QVERIFY(m_galileo->named.contains(u"team-b"_s)); // nothing else was touched
    }

    void fetchReadsTheDefinitionWithSecrets()
    {
        m_galileo->named.insert(u"team-a"_s,
                                QJsonObject{{u"authentication_type"_s, u"api_key"_s},
                                            {u"endpoint"_s, u"https://gw.example.org/v1"_s},
                                            {u"api_key_header"_s, u"X-Key"_s},
                                            {u"api_key_value"_s, u"gw-secret"_s}});
        QSignalSpy fetched(m_client, &GalileoClient::fetched);
        QVERIFY(m_client->fetchIntegration(u"team-a"_s));
        QVERIFY(fetched.wait());
        const ApiResult result = fetched.first().at(0).value<ApiResult>();
        QVERIFY(result.ok());
        QVERIFY(fetched.first().at(1).toBool()); // with secrets
        QCOMPARE(m_server->requests().last().path(),
                 QByteArray("/integrations/custom/team-a/definition"));
        QCOMPARE(DefinitionRequest::parse(result.json).config.apiKeyValue, u"gw-secret"_s);
    }

    void fetchFallsBackToTheStoredFields()
    {
        m_galileo->mayReadSecrets = false;
        m_galileo->named.insert(u"team-a"_s,
                                QJsonObject{{u"authentication_type"_s, u"api_key"_s},
                                            {u"endpoint"_s, u"https://gw.example.org/v1"_s},
                                            {u"api_key_header"_s, u"X-Key"_s},
                                            {u"api_key_value"_s, u"gw-secret"_s}});
        QSignalSpy fetched(m_client, &GalileoClient::fetched);
        QVERIFY(m_client->fetchIntegration(u"team-a"_s));
        QVERIFY(fetched.wait());
        const ApiResult result = fetched.first().at(0).value<ApiResult>();
        QVERIFY(result.ok());
        QVERIFY(!fetched.first().at(1).toBool());
        QCOMPARE(m_server->requests().last().path(), QByteArray("/integrations/custom/team-a"));
        const IntegrationConfig read = FetchIntegrationRequest::parse(result.json).config;
        QCOMPARE(read.endpoint, u"https://gw.example.org/v1"_s);
        QVERIFY(read.apiKeyValue.isEmpty());
    }

    void fetchOfANamedOneOnAnOlderCluster()
    {
        serve(FakeGalileo::Generation::Older);
        QSignalSpy fetched(m_client, &GalileoClient::fetched);
        QVERIFY(m_client->fetchIntegration(u"team-a"_s));
        QVERIFY(fetched.wait());
        const ApiResult result = fetched.first().at(0).value<ApiResult>();
        QCOMPARE(result.outcome, ApiResult::Outcome::Unsupported);
        // The definition and the route probe; no pointless read of stored fields after them.
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().method, QByteArray("OPTIONS"));
    }

    void listReadsEveryProvider()
    {
        m_galileo->named.insert(u"team-a"_s, QJsonObject{{u"endpoint"_s, u"https://a"_s}});
        const ApiResult result = run(std::make_shared<ListIntegrationsRequest>());
        QVERIFY(result.ok());
        QStringList problems;
        const QList<StoredIntegration> list =
            ListIntegrationsRequest::parse(result.array, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).provider, u"openai"_s);
        QVERIFY(!list.at(0).isCustom());
        QVERIFY(list.at(0).selected);
        QCOMPARE(list.at(1).name, u"team-a"_s);
        QVERIFY(list.at(1).isNamedCustom());
    }

    void deleteAndStatus()
    {
        m_galileo->named.insert(u"team-a"_s, QJsonObject{{u"endpoint"_s, u"https://a"_s}});
        const ApiResult status = run(std::make_shared<IntegrationStatusRequest>(u"team-a"_s, true));
        QVERIFY(status.ok());
        QCOMPARE(IntegrationStatusRequest::parse(status.json).value(u"status"_s), u"ok"_s);
        const ApiResult deleted = run(std::make_shared<DeleteIntegrationRequest>(u"team-a"_s));
        QVERIFY2(deleted.ok(), qPrintable(deleted.summary)); // 204, no body
        QVERIFY(m_galileo->named.isEmpty());
    }

    void connectionCheckShowsTheCapabilities()
    {
        serve(FakeGalileo::Generation::Older);
        QSignalSpy checked(m_client, &GalileoClient::connectionChecked);
        QVERIFY(m_client->checkConnection());
        QVERIFY(checked.wait());
        const auto steps = checked.first().first().value<QList<CheckStep>>();
        QCOMPARE(steps.size(), 4);
        QVERIFY(steps.at(2).ok);
        QVERIFY(steps.at(2).capabilities.has_value());
        QCOMPARE(steps.at(2).capabilities->named, ClusterCapabilities::Support::Missing);
        QVERIFY2(steps.at(2).detail.contains(u"named custom integrations: not offered"_s),
                 qPrintable(steps.at(2).detail));
    }
};

QTEST_GUILESS_MAIN(tst_NamedIntegrations)
#include "tst_namedintegrations.moc"
