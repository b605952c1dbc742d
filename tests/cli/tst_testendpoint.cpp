#include "cli/commandline.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `galileo-integrations test-endpoint` against a loopback gateway.
class tst_TestEndpoint : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments)
    {
        return TestSupport::runCommandLine(QStringList{QStringLiteral("test-endpoint")} + arguments);
    }

    QString body(AuthenticationType type, const QString &endpoint, const QString &secret = "k")
    {
        IntegrationConfig config;
        config.authenticationType = type;
        config.endpoint = endpoint;
        config.modelProperties = {{QStringLiteral("llama-3"), {}, {}, {}}};
        config.apiKeyHeader = QStringLiteral("X-Key");
        config.apiKeyValue = secret;
        const QString path = m_dir.filePath(QStringLiteral("body-%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(IntegrationJson::write(config));
        return path;
    }

    QTemporaryDir m_dir;
    LoopbackServer m_gateway;
    int m_files = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_gateway.listen());
        m_gateway.setHandler([](const HttpRequest &request) {
            if (request.header("X-Key") != "k")
                return HttpResponse::json(401, "{\"error\":\"unauthorized\"}");
            if (request.path() == "/v1/models")
                return HttpResponse::json(200,
                                          "{\"data\":[{\"id\":\"llama-3\"},{\"id\":\"qwen\"}]}");
            return HttpResponse::json(200, "{\"choices\":[{\"message\":{\"content\":\"OK\"}}]}");
        });
    }

    void passingStagesExitZero()
    {
        const Run result =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1")});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("reach      warning")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("models     pass    200")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("completion pass    200")));
        QCOMPARE(lines.at(3), QStringLiteral("models listed by the gateway: llama-3, qwen"));
        QVERIFY(lines.at(1).contains(QLatin1String(" ms ")));
    }

    void failedStageExitsOne()
    {
        const Run result =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1", "bad")});
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.contains(QLatin1String("models     fail    401")));
    }

    void unreachableExitsFour()
    {
        QUrl closed = m_gateway.url();
        closed.setPort(LoopbackServer::closedPort());
        const Run result = run({body(AuthenticationType::None, closed.toString())});
        QCOMPARE(result.code, 4);
        QVERIFY(result.out.contains(QLatin1String("skipped")));
    }

    void json()
    {
        const Run result =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1"), "--json"});
        QCOMPARE(result.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value("stages").toArray().size(), 3);
        QCOMPARE(json.value("stages")[1]["status"].toString(), QStringLiteral("pass"));
        QCOMPARE(json.value("stages")[1]["http_status"].toInt(), 200);
        QCOMPARE(json.value("models").toArray().size(), 2);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("both") << QStringList{"x.json", "--profile", "p"};
        QTest::newRow("missing file") << QStringList{"/nonexistent.json"};
        QTest::newRow("bad timeout") << QStringList{"x.json", "--timeout", "x"};
        QTest::newRow("unknown profile") << QStringList{"--profile", "No such profile"};
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(run(arguments).code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_TestEndpoint)
#include "tst_testendpoint.moc"
