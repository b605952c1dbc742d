#include "api/galileoclient.h"
#include "cli/commandline.h"
#include "model/integrationjson.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

// `galileo-integrations apply` against a loopback server answering as Galileo.
class tst_Apply : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments)
    {
        return TestSupport::runCommandLine(QStringList{QStringLiteral("apply")} + arguments);
    }

    static QByteArray stored()
    {
        return R"({"id":"5b0c2f4e-0000-4c55-9d0e-3c1f1f1f1f1f","name":"custom",
                  "created_at":"2026-11-26T10:00:00Z","updated_at":"2026-11-26T10:05:00Z",
                  "created_by":"8d1c2f4e-0000-4c55-9d0e-3c1f1f1f1f1f","permissions":[]})";
    }

    LoopbackServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init();
    void storesAndPrintsTheId();
    void jsonPrintsGalileosAnswer();
    void invalidLocallySendsNothing();
    void serverIssuesPrintLikeValidate();
    void refusedCredentialsExitThree();
    void galileoRepeatingTheRequestShowsNoSecret();
    void unreachableExitsFour();
    void baseUrlOptionWinsOverTheEnvironment();
    void consoleUrlIsUsedWhenNoApiUrl();
    void usernameAndPasswordLogIn();
    void usageErrors_data();
    void usageErrors();
    // The real executable, as a CI job would call it.
    void executable();
    void keyWithLineBreakIsRefused();
    void keyWithTrailingNewlineIsTrimmed();
    void keyHeaderWithLineBreakIsRefused();
    void tricklingServerEndsAtTheTimeout();
    void plainHttpIsWarnedAbout();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_Apply::init()
{
    m_server.clearRequests();
    m_server.setHandler([](const HttpRequest &) { return HttpResponse::json(200, stored()); });
    qputenv("GALILEO_API_KEY", "cli-key");
    qputenv("GALILEO_API_URL", m_server.url().toString().toUtf8());
    qunsetenv("GALILEO_CONSOLE_URL");
    qunsetenv("GALILEO_USERNAME");
    qunsetenv("GALILEO_PASSWORD");
}

void tst_Apply::storesAndPrintsTheId()
{
    const Run result = run({TestSupport::dataPath("full.json")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.startsWith(QLatin1String("id: 5b0c2f4e-0000-4c55-9d0e-3c1f1f1f1f1f\n")));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().first().header("Galileo-API-Key"), QByteArray("cli-key"));
    // The key is never printed.
    QVERIFY(!result.out.contains(QLatin1String("cli-key")));
    QVERIFY(!result.err.contains(QLatin1String("cli-key")));
}

void tst_Apply::jsonPrintsGalileosAnswer()
{
    const Run result = run({TestSupport::dataPath("full.json"), "--json"});
    QCOMPARE(result.code, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value("name").toString(),
             QStringLiteral("custom"));
}

void tst_Apply::invalidLocallySendsNothing()
{
    const Run result = run({TestSupport::dataPath("with-errors.json")});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.contains(QLatin1String("endpoint: needs a scheme")));
    QVERIFY(m_server.requests().isEmpty());
}

void tst_Apply::serverIssuesPrintLikeValidate()
{
    m_server.setHandler([](const HttpRequest &) {
        return HttpResponse::json(422, R"({"detail":[{"loc":["body","model_properties",1,"name"],
                                          "msg":"unknown model","type":"value_error"}]})");
    });
    const Run result = run({TestSupport::dataPath("full.json")});
    QCOMPARE(result.code, 1);
    QCOMPARE(result.out, QStringLiteral("model_properties[1].name: unknown model\n"));
}

void tst_Apply::refusedCredentialsExitThree()
{
    m_server.setHandler([](const HttpRequest &) {
        return HttpResponse::json(401, R"({"detail":"Invalid API key"})");
    });
    const Run result = run({TestSupport::dataPath("full.json")});
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains(QLatin1String("Invalid API key")));
    // With --json, the failure is a JSON object on standard output too.
    const Run json = run({TestSupport::dataPath("full.json"), "--json"});
    QCOMPARE(json.code, 3);
    const QJsonObject error =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value("error").toObject();
    QCOMPARE(error.value("kind").toString(), QStringLiteral("refused"));
    QVERIFY2(error.value("message").toString().contains(QLatin1String("Invalid API key")),
             qPrintable(json.out));
}

// A review found Galileo's own words printed with the secrets they repeated: a 422 whose
// message quotes the body (a client secret in it), a 401 that names the key it refused.
void tst_Apply::galileoRepeatingTheRequestShowsNoSecret()
{
    qputenv("GALILEO_API_KEY", "GALILEO-KEY-111");
    m_server.setHandler([](const HttpRequest &request) {
        if (request.header("Galileo-API-Key") == "GALILEO-KEY-111" && request.body.size() > 0 &&
            !request.target.contains("again")) {
            QJsonObject item{{"loc", QJsonArray{"body"}},
                             {"msg", QString::fromUtf8("Value error, bad body " + request.body)},
                             {"type", "value_error"},
                             {"input", QJsonDocument::fromJson(request.body).object()}};
            return HttpResponse::json(
                422, QJsonDocument(QJsonObject{{"detail", QJsonArray{item}}}).toJson());
        }
        return HttpResponse::json(
            401, "{\"detail\":\"Invalid API key: " + request.header("Galileo-API-Key") + "\"}");
    });
    for (const QStringList &extra : {QStringList{}, QStringList{"--json"}}) {
        const Run refused = run(QStringList{TestSupport::dataPath("full.json")} + extra);
        QCOMPARE(refused.code, 1);
        for (const QString &printed : {refused.out, refused.err}) {
            QVERIFY2(!printed.contains(QLatin1String("s3cr3t-value")), qPrintable(printed));
            QVERIFY2(!printed.contains(QLatin1String("GALILEO-KEY-111")), qPrintable(printed));
        }
        QVERIFY2(refused.out.contains(QLatin1String("********")), qPrintable(refused.out));
    }
    const Run unauthorized = run({TestSupport::dataPath("full.json"), "--name", "again"});
    QCOMPARE(unauthorized.code, 3);
    QVERIFY2(unauthorized.err.contains(QLatin1String("Invalid API key: ********")),
             qPrintable(unauthorized.err));
    QVERIFY(!unauthorized.err.contains(QLatin1String("GALILEO-KEY-111")));
}

void tst_Apply::unreachableExitsFour()
{
    QUrl closed = m_server.url();
    closed.setPort(LoopbackServer::closedPort());
    const Run result = run({TestSupport::dataPath("full.json"), "--base-url", closed.toString()});
    QCOMPARE(result.code, 4);
    QVERIFY(result.err.contains(QLatin1String("refused")));
}

void tst_Apply::baseUrlOptionWinsOverTheEnvironment()
{
    QUrl closed = m_server.url();
    closed.setPort(LoopbackServer::closedPort());
    qputenv("GALILEO_API_URL", closed.toString().toUtf8());
    const Run result =
        run({TestSupport::dataPath("full.json"), "--base-url", m_server.url().toString()});
    QCOMPARE(result.code, 0);
}

void tst_Apply::consoleUrlIsUsedWhenNoApiUrl()
{
    qunsetenv("GALILEO_API_URL");
    qputenv("GALILEO_CONSOLE_URL", m_server.url().toString().toUtf8());
    QCOMPARE(run({TestSupport::dataPath("full.json")}).code, 0);
    QCOMPARE(m_server.requests().size(), 1);
}

void tst_Apply::usernameAndPasswordLogIn()
{
    qunsetenv("GALILEO_API_KEY");
    qputenv("GALILEO_USERNAME", "ada@example.org");
    qputenv("GALILEO_PASSWORD", "pw");
    m_server.setHandler([](const HttpRequest &request) {
        if (request.path() == "/login")
            return HttpResponse::json(200, R"({"access_token":"t1","token_type":"bearer"})");
        return request.header("Authorization") == "Bearer t1" ? HttpResponse::json(200, stored())
                                                              : HttpResponse::json(401, "{}");
    });
    QCOMPARE(run({TestSupport::dataPath("full.json")}).code, 0);
    QCOMPARE(m_server.requestsTo("/login").size(), 1);
}

void tst_Apply::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withCredentials");
    QTest::newRow("no file") << QStringList{} << true;
    QTest::newRow("no credentials") << QStringList{TestSupport::dataPath("full.json")} << false;
    QTest::newRow("missing file") << QStringList{"/nonexistent.json"} << true;
    QTest::newRow("bad timeout") << QStringList{TestSupport::dataPath("full.json"), "--timeout",
                                                "0"}
                                 << true;
    QTest::newRow("bad base URL") << QStringList{TestSupport::dataPath("full.json"), "--base-url",
                                                 "ftp://x"}
                                  << true;
}

void tst_Apply::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withCredentials);
    if (!withCredentials)
        qunsetenv("GALILEO_API_KEY");
    const Run result = run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(m_server.requests().isEmpty());
}

void tst_Apply::executable()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("GALILEO_API_KEY", "cli-key");
    environment.insert("GALILEO_API_URL", m_server.url().toString());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GALILEO_EXECUTABLE),
                  {"apply", TestSupport::dataPath("full.json")});
    QVERIFY(process.waitForStarted());
    // The server runs in this process: keep its event loop turning while the child works.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("id: 5b0c2f4e"));
}

// Finding 2 of issue 10: GALILEO_API_KEY=$'key\r\nX-Injected: 2' put a header on the PUT.
void tst_Apply::keyWithLineBreakIsRefused()
{
    qputenv("GALILEO_API_KEY", "key\r\nX-Injected: 2");
    const Run result = run({TestSupport::dataPath("full.json")});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("GALILEO_API_KEY")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("X-Injected")));
    QVERIFY(m_server.received().isEmpty());
}

void tst_Apply::keyWithTrailingNewlineIsTrimmed()
{
    qputenv("GALILEO_API_KEY", "cli-key\n");
    QCOMPARE(run({TestSupport::dataPath("full.json")}).code, 0);
    QCOMPARE(m_server.requests().size(), 1);
    const QList<QByteArray> lines = m_server.requests().first().headerLines();
    QCOMPARE(lines.count("Galileo-API-Key: cli-key"), 1);
}

// The key header's name comes from a profile or the connection dialog: checked on the wire too.
void tst_Apply::keyHeaderWithLineBreakIsRefused()
{
    ConnectionSettings settings;
    settings.baseUrl = m_server.url().toString();
    settings.apiKeyHeader = QStringLiteral("X-Key\r\nX-Injected: 3");
    GalileoClient client;
    client.setConnection(settings, {QStringLiteral("k"), {}});
    QSignalSpy submitted(&client, &GalileoClient::submitted);
    QVERIFY(client.submit(IntegrationJson::read(TestSupport::readData("full.json")).config));
    QVERIFY(submitted.wait());
    const ApiResult result = submitted.first().first().value<ApiResult>();
    QCOMPARE(result.outcome, ApiResult::Outcome::NotSent);
    QCOMPARE(result.exitCode(), 2);
    QVERIFY2(result.summary.contains(QLatin1String("header")), qPrintable(result.summary));
    QVERIFY(m_server.received().isEmpty());
}

// Finding 6: a Galileo that sends a byte a second kept `apply --timeout 3` alive for minutes.
void tst_Apply::tricklingServerEndsAtTheTimeout()
{
    m_server.setHandler([](const HttpRequest &) { return HttpResponse::trickle(500); });
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("GALILEO_API_KEY", "cli-key");
    environment.insert("GALILEO_API_URL", m_server.url().toString());
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(GALILEO_EXECUTABLE),
                  {"apply", TestSupport::dataPath("full.json"), "--timeout", "3"});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(process.exitCode(), 4);
    QVERIFY(process.readAllStandardError().contains("within 3 s"));
}

void tst_Apply::plainHttpIsWarnedAbout()
{
    // Loopback is this machine: no warning.
    QVERIFY(!run({TestSupport::dataPath("full.json")}).err.contains(QLatin1String("plain http")));
    // Another host: warned before anything is sent. The body is invalid, so that nothing is
    // sent anywhere off this machine.
    qputenv("GALILEO_API_URL", "http://galileo.example.com");
    const Run result = run({TestSupport::dataPath("with-errors.json")});
    QVERIFY2(result.err.contains(QLatin1String("galileo.example.com is plain http://")),
             qPrintable(result.err));
    QCOMPARE(result.code, 1);
}
#endif

QTEST_GUILESS_MAIN(tst_Apply)
#include "tst_apply.moc"
