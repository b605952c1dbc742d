#include "cli/commandline.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

// `galileo-integrations test-endpoint` against a loopback gateway.
class tst_TestEndpoint : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments)
    {
        return TestSupport::runCommandLine(QStringList{QStringLiteral("test-endpoint")} +
                                           arguments);
    }

    QString body(AuthenticationType type, const QString &endpoint, const QString &secret = "k",
                 const QList<HeaderEntry> &headers = {})
    {
        IntegrationConfig config;
        config.headers = headers;
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
            if (request.path() == "/huge/models")
                return HttpResponse::stream(400LL * 1024 * 1024);
            if (request.path().startsWith("/slow/"))
                return HttpResponse::hang();
            if (request.path().startsWith("/broken/"))
                return HttpResponse::json(502, "{\"error\":{\"message\":\"upstream down\"}}");
            if (request.path().startsWith("/missing/"))
                return HttpResponse::json(404, "{\"error\":{\"message\":\"no such route\"}}");
            if (request.header("X-Key") == "tenantless")
                return HttpResponse::json(
                    401, "{\"error\":{\"message\":\"Tenant header X-Tenant is required\","
                         "\"code\":\"missing_header\"}}");
            if (request.header("X-Key") == "hostile") {
                // Line breaks, escape sequences and a bidirectional override in what a gateway
                // says: model ids, an error message, its code.
                if (request.path() == "/v1/models")
                    return HttpResponse::json(
                        200, "{\"data\":[{\"id\":\"llama-3\"},{\"id\":\"evil\\u001b[2J\\n"
                             "reach      pass\\u202e\"}]}");
                return HttpResponse::json(
                    401, "{\"error\":{\"message\":\"no\\nmodels     pass    200\\u001b]0;x"
                         "\\u0007\",\"code\":\"c\\r\\u009b1m\"}}");
            }
            // A gateway that repeats the request in its errors, as some proxies do.
            if (request.path() == "/echo/token")
                return HttpResponse::text(401, "text/plain",
                                          "got " + request.body +
                                              " auth=" + request.header("Authorization"));
            if (request.header("X-Key").startsWith("echo-")) {
                QJsonObject error{
                    {"message",
                     QString::fromUtf8("Invalid key provided: " + request.header("X-Key") +
                                       " tenant=" + request.header("X-Tenant"))},
                    {"code", QString::fromUtf8(request.header("X-Key"))}};
                return HttpResponse::json(401,
                                          QJsonDocument(QJsonObject{{"error", error}}).toJson());
            }
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

    // Exit codes as apply's, so that a script tells bad credentials from a network failure
    // (a review found every failed stage exiting 1): 3 for a refusal, 4 for a timeout or a
    // server error, 1 for another failure.
    void exitCodesAreApplys()
    {
        const Run refused =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1", "bad")});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.out.contains(QLatin1String("models     fail    401")));

        const Run slow =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/slow", "k"),
                 "--timeout", "1"});
        QCOMPARE(slow.code, 4);
        const Run broken =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/broken", "k")});
        QCOMPARE(broken.code, 4);
        const Run missing =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/missing", "k")});
        QCOMPARE(missing.code, 1);
    }

    // Issue 13: the gateway's own words in the text and in the JSON.
    void gatewaysOwnWords()
    {
        const QString file =
            body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1", "tenantless");
        const Run text = run({file});
        QCOMPARE(text.code, 3);
        QVERIFY2(text.out.contains(QLatin1String("models     fail    401")), qPrintable(text.out));
        QVERIFY(text.out.contains(
            QLatin1String("HTTP 401: Tenant header X-Tenant is required (missing_header)")));
        QVERIFY(text.out.contains(QLatin1String("header of its own")));
        const Run json = run({file, "--json"});
        const QJsonObject stage =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value("stages")[1].toObject();
        QCOMPARE(stage.value("gateway_said").toString(),
                 QStringLiteral("Tenant header X-Tenant is required (missing_header)"));
        QVERIFY(stage.value("detail").toString().contains(QLatin1String("Tenant header")));
        QVERIFY(stage.value("hint").toString().contains(QLatin1String("Headers page")));
    }

    // What the gateway says is shown as one line of plain text, in every line printed: a line
    // break would forge a stage's line, an escape sequence rewrite the terminal.
    void gatewayTextIsPrintedAsOneLine()
    {
        const Run result =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1", "hostile")});
        QCOMPARE(result.code, 3);
        for (const QString &printed : {result.out, result.err}) {
            const QString unprintable = TestSupport::unprintable(printed);
            QVERIFY2(unprintable.isEmpty(), qPrintable(unprintable));
        }
        const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(2).startsWith(QLatin1String("completion fail    401")),
                 qPrintable(result.out));
        QVERIFY(lines.at(2).contains(QLatin1String("no models     pass    200")));
        QVERIFY(lines.at(3).contains(QLatin1String("evil")));
    }

    // A review found a gateway's echo of the request printed whole: the API key, a header's
    // value, the client secret in a token request's form and in its Basic header. None of them
    // reaches the text or the JSON; the mask stands where they were.
    void aGatewayRepeatingTheRequestShowsNoSecret()
    {
        const QByteArray key = "echo-GW-API-KEY-333";
        const QByteArray tenant = "HDR-SECRET-444";
        const QString apiKeyBody =
            body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1",
                 QString::fromUtf8(key), {{QStringLiteral("X-Tenant"), QString::fromUtf8(tenant)}});

        IntegrationConfig oauth;
        oauth.authenticationType = AuthenticationType::OAuth2;
        oauth.endpoint = m_gateway.url().toString() + "/v1";
        oauth.oauth2TokenUrl = m_gateway.url().toString() + "/echo/token";
        oauth.token = QStringLiteral("{\"client_id\":\"cid\",\"client_secret\":"
                                     "\"GW-CLIENT-SECRET-222\"}");
        oauth.modelProperties = {{QStringLiteral("llama-3"), {}, {}, {}}};
        const QString oauthBody = m_dir.filePath(QStringLiteral("oauth-echo.json"));
        QFile file(oauthBody);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(IntegrationJson::write(oauth));
        file.close();
        const QByteArray basic = QByteArray("cid:GW-CLIENT-SECRET-222").toBase64();

        for (const QString &path : {apiKeyBody, oauthBody}) {
            for (const QStringList &extra : {QStringList{}, QStringList{"--json"}}) {
                const Run result = run(QStringList{path} + extra);
                QCOMPARE(result.code, 3);
                for (const QString &printed : {result.out, result.err}) {
                    for (const QByteArray &secret :
                         {key.mid(5), tenant, QByteArray("GW-CLIENT-SECRET-222"), basic}) {
                        QVERIFY2(!printed.contains(QString::fromUtf8(secret)),
                                 qPrintable(secret + " in " + printed));
                    }
                }
                QVERIFY2(result.out.contains(QLatin1String("********")), qPrintable(result.out));
            }
        }
        const Run said = run({apiKeyBody});
        QVERIFY2(said.out.contains(QLatin1String("Invalid key provided: ******** tenant=********")),
                 qPrintable(said.out));
    }

    void unreachableExitsFour()
    {
        QUrl closed = m_gateway.url();
        closed.setPort(LoopbackServer::closedPort());
        const Run result = run({body(AuthenticationType::None, closed.toString())});
        QCOMPARE(result.code, 4);
        QVERIFY(result.out.contains(QLatin1String("skipped")));
        // A skipped stage took no time: "-", not "0 ms"; null in JSON.
        for (const QString &line : result.out.split('\n', Qt::SkipEmptyParts)) {
            if (line.contains(QLatin1String(" skipped ")))
                QVERIFY2(!line.contains(QLatin1String(" ms ")), qPrintable(line));
        }
        const Run json = run({body(AuthenticationType::None, closed.toString()), "--json"});
        const QJsonArray stages =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value("stages").toArray();
        QVERIFY(stages.size() > 1);
        QCOMPARE(stages.last()["status"].toString(), QStringLiteral("skipped"));
        QVERIFY(stages.last()["ms"].isNull());
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
        // The requests as sent, secrets masked.
        const QJsonObject request = json.value("stages")[1]["requests"][0].toObject();
        QCOMPARE(request.value("method").toString(), QStringLiteral("GET"));
        QVERIFY(request.value("url").toString().endsWith(QLatin1String("/v1/models")));
        QCOMPARE(request.value("headers")["X-Key"].toString(), QStringLiteral("********"));
        QVERIFY(request.value("curl").toString().contains(QLatin1String("X-Key: ********")));
    }

    // Finding 1 of issue 10, on the command line: the header went to the gateway.
    void headerWithLineBreakIsNeverSent()
    {
        m_gateway.clearRequests();
        const Run result =
            run({body(AuthenticationType::ApiKey, m_gateway.url().toString() + "/v1", "k",
                      {{QStringLiteral("X-Route"), QStringLiteral("a\r\nX-Injected: 1")}})});
        QCOMPARE(result.code, 2); // nothing was sent, as apply's
        QVERIFY2(result.out.contains(QLatin1String("X-Route")), qPrintable(result.out));
        QVERIFY(m_gateway.received().isEmpty());
    }

    // Finding 6: a /models answering 400 MB drove test-endpoint to 437 MB of memory.
    void hugeAnswerKeepsMemoryBounded()
    {
        QProcess process;
        process.start(QStringLiteral(GALILEO_EXECUTABLE),
                      {QStringLiteral("test-endpoint"),
                       body(AuthenticationType::None, m_gateway.url().toString() + "/huge")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("larger than"), out.constData());
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        const long peakMb = usage.ru_maxrss / 1024;
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer's shadow memory and quarantine come on top; without the cap the
        // peak is several times this.
        constexpr long budgetMb = 400;
#else
        constexpr long budgetMb = 120;
#endif
        QVERIFY2(peakMb < budgetMb, qPrintable(QStringLiteral("%1 MB").arg(peakMb)));
        qInfo("test-endpoint's peak memory with a 400 MB answer: %ld MB", peakMb);
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
