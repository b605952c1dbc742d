#include "cli/commandline.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// `galileo-integrations plan` against a loopback Galileo: the exit codes (0 no changes, 6
// changes, 1, 3, 4), the JSON, and no secret value anywhere in what it prints.
class tst_Plan : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments)
    {
        return TestSupport::runCommandLine(QStringList{u"plan"_s} + arguments);
    }

    // The body Galileo holds for "team-a", its secrets included.
    static QJsonObject stored()
    {
        return {{u"authentication_type"_s, u"api_key"_s},
                {u"endpoint"_s, u"https://gateway.example.org/v1"_s},
                {u"api_key_header"_s, u"X-Api-Key"_s},
                {u"api_key_value"_s, u"sk-stored-secret-1"_s},
                {u"model_properties"_s,
                 QJsonArray{QJsonObject{{u"name"_s, u"llama-3"_s}, {u"alias"_s, u"Llama"_s}},
                            QJsonObject{{u"name"_s, u"mistral"_s}}}},
                {u"headers"_s, QJsonObject{{u"X-Team"_s, u"team-stored-secret"_s}}}};
    }

    QString writeBody(const QJsonObject &body)
    {
        const QString path = m_dir.filePath(u"body-%1.json"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(body).toJson());
        return path;
    }

    // Nothing printed holds any of the secrets of either side.
    static bool printsNoSecret(const Run &result)
    {
        for (const char *secret : {"sk-stored-secret", "team-stored-secret", "sk-new-secret",
                                   "team-new-secret", "cli-key"}) {
            if (result.out.contains(QLatin1String(secret)) ||
                result.err.contains(QLatin1String(secret))) {
                qWarning("printed: %s", secret);
                return false;
            }
        }
        return true;
    }

    // Galileo was only read: no PUT, no DELETE.
    bool onlyRead() const
    {
        for (const HttpRequest &request : m_server.requests()) {
            if (request.method != "GET")
                return false;
        }
        return true;
    }

    LoopbackServer m_server;
    std::shared_ptr<FakeGalileo> m_galileo;
    QTemporaryDir m_dir;
    int m_files = 0;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.clearRequests();
        m_galileo = std::make_shared<FakeGalileo>();
        m_galileo->named.insert(u"team-a"_s, stored());
        m_server.setHandler(m_galileo->handler(m_galileo));
        qputenv("GALILEO_API_KEY", "cli-key");
        qputenv("GALILEO_API_URL", m_server.url().toString().toUtf8());
        qunsetenv("GALILEO_CONSOLE_URL");
        qunsetenv("GALILEO_USERNAME");
        qunsetenv("GALILEO_PASSWORD");
    }

    void sameBodyExitsZero()
    {
        const Run result = run({writeBody(stored()), u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(u"No changes."_s));
        QVERIFY(result.out.contains(u"  api_key_value: (secret unchanged)"_s));
        QVERIFY(result.out.contains(u"  headers[X-Team]: (secret unchanged)"_s));
        QVERIFY(printsNoSecret(result));
        QVERIFY(onlyRead());
        QCOMPARE(m_server.requestsTo("/integrations/custom/team-a/definition").size(), 1);
    }

    void changesExitSix()
    {
        QJsonObject body = stored();
        body[u"endpoint"_s] = u"https://gateway.example.org/v2"_s;
        body[u"api_key_value"_s] = u"sk-new-secret-2"_s;
        body[u"model_properties"_s] =
            QJsonArray{QJsonObject{{u"name"_s, u"mistral"_s}},
                       QJsonObject{{u"name"_s, u"llama-3"_s}, {u"alias"_s, u"Llama"_s}},
                       QJsonObject{{u"name"_s, u"gpt-4o"_s}}};
        body[u"headers"_s] = QJsonObject{{u"X-Team"_s, u"team-new-secret"_s}};
        const Run result = run({writeBody(body), u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 6);
        QVERIFY2(result.out.contains(u"~ endpoint: \"https://gateway.example.org/v1\" -> "
                                     u"\"https://gateway.example.org/v2\""_s),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"+ model_properties[gpt-4o]: {\"name\":\"gpt-4o\"}"_s));
        QVERIFY(result.out.contains(
            u"~ model_properties: reordered: llama-3, mistral -> mistral, llama-3"_s));
        QVERIFY(result.out.contains(u"~ api_key_value: (secret changed)"_s));
        QVERIFY(result.out.contains(u"~ headers[X-Team]: (secret changed)"_s));
        QVERIFY(result.out.contains(u"5 changes: "_s));
        QVERIFY(printsNoSecret(result));
        QVERIFY(onlyRead());
        QCOMPARE(m_galileo->named.value(u"team-a"_s), stored()); // nothing changed there
    }

    void jsonHoldsTheChangesAndNoSecret()
    {
        QJsonObject body = stored();
        body[u"api_key_value"_s] = u"sk-new-secret-2"_s;
        body[u"default_model"_s] = u"mistral"_s;
        const Run result = run({writeBody(body), u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(result.code, 6);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(u"source"_s).toString(), u"definition"_s);
        QCOMPARE(json.value(u"has_changes"_s).toBool(), true);
        QCOMPARE(json.value(u"change_count"_s).toInt(), 2);
        QCOMPARE(json.value(u"integration_name"_s).toString(), u"team-a"_s);
        const QJsonArray changes = json.value(u"changes"_s).toArray();
        bool sawSecret = false;
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (change.value(u"path"_s) == u"default_model"_s) {
                QCOMPARE(change.value(u"op"_s).toString(), u"+"_s);
                QCOMPARE(change.value(u"after"_s).toString(), u"mistral"_s);
                QCOMPARE(change.value(u"loc"_s).toArray(), QJsonArray({"body", "default_model"}));
            }
            if (change.value(u"path"_s) == u"api_key_value"_s) {
                sawSecret = true;
                QCOMPARE(change.value(u"secret"_s).toString(), u"changed"_s);
                QVERIFY(!change.contains(u"before"_s) && !change.contains(u"after"_s));
            }
        }
        QVERIFY(sawSecret);
        QVERIFY(printsNoSecret(result));
    }

    void nothingStoredIsAllAdditions()
    {
        const Run result = run({writeBody(stored()), u"--name"_s, u"team-b"_s});
        QCOMPARE(result.code, 6);
        QVERIFY(result.out.contains(u"Galileo holds no such integration yet"_s));
        QVERIFY(result.out.contains(u"+ endpoint: \"https://gateway.example.org/v1\""_s));
        QVERIFY(result.out.contains(u"+ api_key_value: (secret added)"_s));
        QVERIFY(!result.out.contains(u"\n~ "_s));
        QVERIFY(printsNoSecret(result));
    }

    void storedFieldsLeaveSecretsUnknown()
    {
        m_galileo->mayReadSecrets = false;
        const Run result = run({writeBody(stored()), u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(result.code, 6); // cannot promise that nothing changes
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(u"source"_s).toString(), u"stored_fields"_s);
        QCOMPARE(json.value(u"change_count"_s).toInt(), 0);
        QCOMPARE(json.value(u"unknown_count"_s).toInt(), 2); // the key and the header
        QVERIFY(printsNoSecret(result));
    }

    void fieldsTheClusterLacksAreWarnedAbout()
    {
        // An older cluster's schema without custom_header_mapping: it would drop the mapping.
        m_galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
        });
        QJsonObject body = stored();
        body[u"custom_header_mapping"_s] = QJsonObject{{u"job_id"_s, u"X-Job"_s}};
        const QString file = writeBody(body);

        const Run text = run({file, u"--name"_s, u"team-a"_s});
        QCOMPARE(text.code, 6); // the mapping is an addition; the warning changes no exit code
        QVERIFY2(text.err.contains(u"\nwarning: custom_header_mapping: this cluster's schema has "
                                   u"no such field"_s),
                 qPrintable(text.err));
        QCOMPARE(text.err.count(u"warning: "_s), 1);
        QCOMPARE(m_server.requestsTo("/openapi.json").size(), 1);
        QVERIFY(onlyRead());

        const Run json = run({file, u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(json.code, 6);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject drift = report.value(u"drift"_s).toObject();
        QCOMPARE(drift.value(u"state"_s), QJsonValue(u"compared"_s));
        QCOMPARE(drift.value(u"source"_s), QJsonValue(u"/openapi.json"_s));
        QCOMPARE(drift.value(u"app_only"_s).toArray(), QJsonArray{u"custom_header_mapping"_s});
        QCOMPARE(report.value(u"dropped"_s).toArray(), QJsonArray{u"custom_header_mapping"_s});
        QVERIFY(json.err.contains(u"warning: custom_header_mapping: "_s));
        QVERIFY(printsNoSecret(json));
    }

    void theClustersOwnSchemaWarnsOfNothing()
    {
        m_galileo->openApi = FakeGalileo::seedOpenApi();
        QJsonObject body = stored();
        body[u"custom_header_mapping"_s] = QJsonObject{{u"job_id"_s, u"X-Job"_s}};
        const Run result = run({writeBody(body), u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(result.code, 6);
        QVERIFY2(!result.err.contains(u"warning"_s), qPrintable(result.err));
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(u"drift"_s).toObject().value(u"state"_s), QJsonValue(u"compared"_s));
        QCOMPARE(report.value(u"dropped"_s).toArray(), QJsonArray());
    }

    void withoutASchemaThePlanIsAsBefore()
    {
        // No OpenAPI document anywhere: the drift is unknown, which is no failure.
        const Run same = run({writeBody(stored()), u"--name"_s, u"team-a"_s});
        QCOMPARE(same.code, 0);
        QVERIFY(same.out.contains(u"No changes."_s));
        QVERIFY2(!same.err.contains(u"warning"_s), qPrintable(same.err));
        QCOMPARE(m_server.requestsTo("/public/v2/openapi.json").size(), 1);

        const Run json = run({writeBody(stored()), u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject drift = report.value(u"drift"_s).toObject();
        QCOMPARE(drift.value(u"state"_s), QJsonValue(u"unknown"_s));
        QVERIFY(drift.value(u"reason"_s).toString().contains(u"/public/v2/openapi.json"_s));
        QCOMPARE(report.value(u"dropped"_s).toArray(), QJsonArray());
    }

    void invalidBodyContactsNothing()
    {
        const Run result = run({TestSupport::dataPath(u"with-errors.json"_s)});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(u"nothing was contacted"_s));
        QVERIFY(m_server.requests().isEmpty());
    }

    void refusedCredentialsExitThree()
    {
        m_server.setHandler([](const HttpRequest &) {
            return HttpResponse::json(401, "{\"detail\":\"Invalid API key\"}");
        });
        const Run result = run({writeBody(stored()), u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 3);
        QVERIFY(result.out.isEmpty());
        QVERIFY(printsNoSecret(result));
    }

    void unreachableExitsFour()
    {
        QUrl closed = m_server.url();
        closed.setPort(LoopbackServer::closedPort());
        const Run result = run({writeBody(stored()), u"--base-url"_s, closed.toString()});
        QCOMPARE(result.code, 4);
        QVERIFY(result.err.contains(u"refused"_s));
    }

    void olderClusterWithoutNamedIntegrationsExitsFour()
    {
        m_galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
        m_server.setHandler(m_galileo->handler(m_galileo));
        const Run result = run({writeBody(stored()), u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 4);
        QVERIFY(result.err.contains(u"no named custom integrations"_s));
    }

    void wrongBaseUrlIsNotNothingStored()
    {
        // FastAPI's 404 for a path it has no route for: not "nothing stored yet".
        m_server.setHandler([](const HttpRequest &) {
            return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
        });
        const Run result = run({writeBody(stored())});
        QCOMPARE(result.code, 4);
        QVERIFY(result.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({writeBody(stored()), u"--profile"_s, u"x"_s}).code, 2);
        QCOMPARE(run({writeBody(stored()), u"--name"_s, u"Not A Slug"_s}).code, 2);
        QVERIFY(m_server.requests().isEmpty());
    }

    void listedInTheOverview()
    {
        const Run result = TestSupport::runCommandLine({u"--help"_s});
        QVERIFY(result.out.contains(u"plan (FILE | --profile NAME)"_s));
        QVERIFY(result.out.contains(u"6 plan: there are"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
