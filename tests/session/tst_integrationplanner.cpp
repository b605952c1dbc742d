#include "api/galileoclient.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "session/integrationplanner.h"
#include "session/integrationsession.h"
#include "storage/secretfingerprints.h"

#include "fakegalileo.h"
#include "faultysecretstore.h"
#include "loopbackserver.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

// The plan's use case against a loopback Galileo: each source of Galileo's side, the
// fingerprint key from the store (or its absence), failures, and the session around it.
class tst_IntegrationPlanner : public QObject
{
    Q_OBJECT

private:
    using Plan = IntegrationPlan;
    using Outcome = IntegrationPlanner::Outcome;

    static IntegrationConfig config()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::ApiKey;
        config.endpoint = u"https://gateway.example.org/v1"_s;
        config.apiKeyHeader = u"X-Api-Key"_s;
        config.apiKeyValue = u"sk-plan-secret-1"_s;
        config.modelProperties = {{u"llama-3"_s, {}, {}, {}}};
        config.headers = {{u"X-Team"_s, u"team-plan-secret"_s}};
        return config;
    }

    static QJsonObject body(const IntegrationConfig &config)
    {
        return QJsonDocument::fromJson(IntegrationJson::write(config)).object();
    }

    static Plan::Change at(const Plan &plan, const QString &path)
    {
        for (const Plan::Change &change : plan.changes()) {
            if (change.path == path)
                return change;
        }
        return {};
    }

    Outcome plan(const IntegrationConfig &desired, const QString &name,
                 const std::optional<SecretFingerprints::Fingerprints> &applied = std::nullopt)
    {
        IntegrationPlanner planner(&m_client, &m_keys);
        QSignalSpy finished(&planner, &IntegrationPlanner::finished);
        Outcome outcome;
        connect(&planner, &IntegrationPlanner::finished, this,
                [&outcome](const Outcome &result) { outcome = result; });
        if (!planner.start(desired, name, applied))
            qFatal("the planner did not start");
        if (!finished.wait(5000))
            qFatal("no plan");
        return outcome;
    }

    LoopbackServer m_server;
    std::shared_ptr<FakeGalileo> m_galileo;
    GalileoClient m_client;
    FaultySecretStore m_keys;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        ConnectionSettings settings;
        settings.baseUrl = m_server.url().toString();
        settings.timeoutSeconds = 5;
        m_client.setConnection(settings, {u"galileo-key"_s, {}});
        m_client.setRetryPolicy(1, 0);
    }

    void init()
    {
        m_server.clearRequests();
        m_galileo = std::make_shared<FakeGalileo>();
        m_galileo->named.insert(u"team-a"_s, body(config()));
        m_server.setHandler(m_galileo->handler(m_galileo));
    }

    void definitionComparesSecretsWithTheStoredKey()
    {
        IntegrationConfig desired = config();
        desired.headers[0].value = u"team-plan-secret-2"_s;
        const Outcome outcome = plan(desired, u"team-a"_s);
        QVERIFY(outcome.ok);
        QVERIFY(outcome.keyProblem.isEmpty());
        QCOMPARE(outcome.plan.source(), Plan::Remote::Source::Definition);
        QCOMPARE(at(outcome.plan, u"api_key_value"_s).secret, Plan::Secret::Unchanged);
        QCOMPARE(at(outcome.plan, u"headers[X-Team]"_s).secret, Plan::Secret::Changed);
        QCOMPARE(outcome.plan.changeCount(), 1);
        // The key was made once and kept; the next plan uses the same one.
        const QString key = m_keys.values().value(SecretFingerprints::keychainKey());
        QVERIFY(!key.isEmpty());
        QCOMPARE(plan(desired, u"team-a"_s).plan.changeCount(), 1);
        QCOMPARE(m_keys.values().value(SecretFingerprints::keychainKey()), key);
        for (const HttpRequest &request : m_server.requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void storedFieldsUseTheAppliedFingerprints()
    {
        m_galileo->mayReadSecrets = false;
        // The fingerprints the history would hold, made with this user's key.
        const QByteArray key = QByteArray::fromBase64(
            m_keys.values().value(SecretFingerprints::keychainKey()).toLatin1());
        QVERIFY(!key.isEmpty());
        IntegrationConfig applied = config();
        const SecretFingerprints::Fingerprints fingerprints =
            SecretFingerprints::ofAll(key, SecretCatalog::extract(&applied, nullptr));

        Outcome outcome = plan(config(), u"team-a"_s, fingerprints);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.plan.source(), Plan::Remote::Source::StoredFields);
        QVERIFY(!outcome.plan.hasChanges());
        QCOMPARE(at(outcome.plan, u"headers[X-Team]"_s).secret, Plan::Secret::Unchanged);

        IntegrationConfig desired = config();
        desired.apiKeyValue = u"sk-plan-secret-2"_s;
        outcome = plan(desired, u"team-a"_s, fingerprints);
        QCOMPARE(at(outcome.plan, u"api_key_value"_s).secret, Plan::Secret::Changed);

        // Without a record of the last apply, they cannot be known.
        outcome = plan(config(), u"team-a"_s);
        QCOMPARE(at(outcome.plan, u"api_key_value"_s).secret, Plan::Secret::Unknown);
        QCOMPARE(at(outcome.plan, u"headers[X-Team]"_s).secret, Plan::Secret::Unknown);
    }

    // Without a keychain: against a definition both sides are here, and a key for that one
    // comparison does; the history's fingerprints need the kept key, so those stay unknown.
    void withoutAKeyOnlyTheDefinitionIsCompared()
    {
        FaultySecretStore broken;
        broken.failWrite(1); // no key yet, and none can be kept
        IntegrationPlanner planner(&m_client, &broken);
        QSignalSpy finished(&planner, &IntegrationPlanner::finished);
        QVERIFY(planner.start(config(), u"team-a"_s));
        QVERIFY(finished.wait());
        Outcome outcome = finished.takeFirst().first().value<Outcome>();
        QVERIFY(outcome.ok);
        QVERIFY(outcome.keyProblem.isEmpty());
        QCOMPARE(at(outcome.plan, u"api_key_value"_s).secret, Plan::Secret::Unchanged);
        QVERIFY(!broken.values().contains(SecretFingerprints::keychainKey()));

        m_galileo->mayReadSecrets = false;
        broken.failWrite(1);
        QVERIFY(planner.start(config(), u"team-a"_s,
                              SecretFingerprints::Fingerprints{{u"api_key_value"_s, u"x"_s}}));
        QVERIFY(finished.wait());
        outcome = finished.takeFirst().first().value<Outcome>();
        QVERIFY(outcome.ok);
        QVERIFY(outcome.keyProblem.contains(u"injected"_s));
        QCOMPARE(at(outcome.plan, u"api_key_value"_s).secret, Plan::Secret::Unknown);
    }

    void nothingStoredYet()
    {
        const Outcome named = plan(config(), u"team-b"_s);
        QVERIFY(named.ok);
        QCOMPARE(named.plan.source(), Plan::Remote::Source::Nothing);
        QCOMPARE(at(named.plan, u"endpoint"_s).kind, Plan::Kind::Added);
        // The default integration, never applied.
        const Outcome unnamed = plan(config(), QString());
        QVERIFY(unnamed.ok);
        QCOMPARE(unnamed.plan.source(), Plan::Remote::Source::Nothing);
    }

    void failuresGiveNoPlan()
    {
        m_server.setHandler(
            [](const HttpRequest &) { return HttpResponse::json(403, "{\"detail\":\"no\"}"); });
        Outcome outcome = plan(config(), u"team-a"_s);
        // A 403 on the definition falls back to the stored fields, refused too.
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.fetch.outcome, ApiResult::Outcome::AuthRefused);

        m_server.setHandler([](const HttpRequest &) { return HttpResponse::json(500, "{}"); });
        outcome = plan(config(), u"team-a"_s);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.fetch.outcome, ApiResult::Outcome::ServerError);
    }

    void busyClientStartsNothing()
    {
        m_server.setHandler([](const HttpRequest &) { return HttpResponse::hang(); });
        QVERIFY(m_client.fetchIntegration(u"team-a"_s));
        IntegrationPlanner planner(&m_client, &m_keys);
        QVERIFY(!planner.start(config(), u"team-a"_s));
        QVERIFY(!planner.isRunning());
        QSignalSpy fetched(&m_client, &GalileoClient::fetched);
        m_client.cancel();
        QVERIFY(fetched.count() == 1 || fetched.wait());
    }

    // The session's plan reads Galileo without putting its copy in the form; a load still does.
    void sessionPlanLeavesTheFormAlone()
    {
        MemorySecretStore secrets;
        IntegrationSession session(&secrets);
        ConnectionSettings settings;
        settings.baseUrl = m_server.url().toString();
        settings.timeoutSeconds = 5;
        session.setConnection(settings, {u"galileo-key"_s, {}});
        session.setIntegrationName(u"team-a"_s);
        IntegrationConfig desired = config();
        desired.endpoint = u"https://gateway.example.org/v9"_s;
        session.showIntegration(desired, u"test"_s, {});

        QSignalSpy planned(&session, &IntegrationSession::planned);
        QSignalSpy fetched(&session, &IntegrationSession::fetched);
        QCOMPARE(session.plan(), IntegrationSession::Blocked::No);
        QVERIFY(planned.wait());
        const Outcome outcome = planned.first().first().value<Outcome>();
        QCOMPARE(at(outcome.plan, u"endpoint"_s).kind, Plan::Kind::Changed);
        QCOMPARE(session.model()->config().endpoint, desired.endpoint);
        QCOMPARE(session.plannedConfig(), desired);
        QCOMPARE(fetched.count(), 0);

        QCOMPARE(session.loadFromServer(), IntegrationSession::Blocked::No);
        QVERIFY(fetched.wait());
        QCOMPARE(session.model()->config().endpoint, config().endpoint);
        QCOMPARE(planned.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_IntegrationPlanner)
#include "tst_integrationplanner.moc"
