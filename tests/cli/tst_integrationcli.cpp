#include "cli/commandline.h"

#include "../testsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// `list`, `status`, `delete` and `apply --name` against a current and an older Galileo.
class tst_IntegrationCli : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    void serve(FakeGalileo::Generation generation)
    {
        m_galileo = std::make_shared<FakeGalileo>(generation);
        m_galileo->named.insert(u"team-a"_s, QJsonObject{{u"endpoint"_s, u"https://a"_s}});
        m_server.setHandler(m_galileo->handler(m_galileo));
    }

    // The real executable, its standard input a pipe (no terminal), or a terminal made by
    // script(1) when `onTerminal`; `input` is typed into it.
    struct Process
    {
        int code = -1;
        QString out;
    };
    Process execute(const QStringList &arguments, bool onTerminal, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (onTerminal) {
            QStringList quoted;
            for (const QString &argument : arguments)
                quoted << u"'"_s + argument + u"'"_s;
            process.start(u"script"_s,
                          {u"-qec"_s, QStringLiteral(GALILEO_EXECUTABLE) + u' ' + quoted.join(u' '),
                           u"/dev/null"_s});
        } else {
            process.start(QStringLiteral(GALILEO_EXECUTABLE), arguments);
        }
        if (!process.waitForStarted())
            return {};
        process.write(input);
        if (!onTerminal)
            process.closeWriteChannel();
        // The server runs in this process: keep its event loop turning while the child works.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    LoopbackServer m_server;
    std::shared_ptr<FakeGalileo> m_galileo;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_server.clearRequests();
        serve(FakeGalileo::Generation::Current);
        qputenv("GALILEO_API_KEY", "cli-key");
        qputenv("GALILEO_API_URL", m_server.url().toString().toUtf8());
        qunsetenv("GALILEO_CONSOLE_URL");
        qunsetenv("GALILEO_USERNAME");
        qunsetenv("GALILEO_PASSWORD");
    }

    void listShowsEveryProvider()
    {
        const Run result = TestSupport::runCommandLine({u"list"_s});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"NAME"_s));
        QVERIFY(lines.at(1).startsWith(u"openai"_s));
        QVERIFY(lines.at(1).contains(u" yes "_s)); // selected
        // In UTC and saying so, whatever the local time zone.
        QVERIFY2(lines.at(1).endsWith(u"2026-11-26T10:05:00Z"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(u"team-a"_s));
        QVERIFY(lines.at(2).contains(u"custom"_s));
        QVERIFY(!result.out.contains(u"cli-key"_s));
    }

    void listAsJson()
    {
        const Run result = TestSupport::runCommandLine({u"list"_s, u"--json"_s});
        QCOMPARE(result.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"provider"_s).toString(), u"custom"_s);
    }

    void listOnAnOlderCluster()
    {
        serve(FakeGalileo::Generation::Older);
        const Run result = TestSupport::runCommandLine({u"list"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"This cluster has no list of integrations (404 on GET "
                                     u"/integrations)."_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"It is an older Galileo"_s));
        QVERIFY(!result.err.contains(u"Check the base URL"_s));
        QVERIFY(result.out.isEmpty());
    }

    // Every path 404, the health check's too: not Galileo's API, so not an older Galileo.
    void listAtAWrongBaseUrl()
    {
        m_server.setHandler([](const HttpRequest &) {
            return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
        });
        const Run result = TestSupport::runCommandLine({u"list"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"has no such endpoint (404)"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"Check the base URL"_s));
        QVERIFY(!result.err.contains(u"older"_s));
    }

    void statusOnAnOlderCluster()
    {
        serve(FakeGalileo::Generation::Older);
        const Run result = TestSupport::runCommandLine({u"status"_s});
        QCOMPARE(result.code, 4);
        QVERIFY(result.out.contains(u"capability: list of integrations: not offered"_s));
        QVERIFY2(result.err.contains(u"This cluster has no status of its integrations (404 on "
                                     u"GET /integrations/custom/status)."_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"It is an older Galileo"_s));
        QVERIFY(!result.err.contains(u"Check the base URL"_s));
    }

    void statusAtAWrongBaseUrl()
    {
        m_server.setHandler([](const HttpRequest &) {
            return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
        });
        const Run result = TestSupport::runCommandLine({u"status"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"Check the base URL"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"older"_s));
    }

    // A current cluster without a default custom integration: its route is there, so the 404
    // is about the integration, not an older cluster.
    void statusOfNoDefaultIntegrationOnACurrentCluster()
    {
        const Run result = TestSupport::runCommandLine({u"status"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(!result.err.contains(u"older"_s), qPrintable(result.err));
        // Nor a wrong base URL: what is missing is the integration, and the server said so.
        QVERIFY2(!result.err.contains(u"base URL"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"Galileo has no default custom integration to report on "
                                     u"(404: Integration not found)."_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"apply"_s));
    }

    // What a server says goes into messages, but never as more than one line of plain text: a
    // line break could forge a line of the report, an escape sequence could rewrite the
    // terminal, a bidirectional override reorder what is read.
    void serverTextIsPrintedAsOneLine_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray hostile = "{\"detail\":\"bad key\\nhealth: Galileo API v9\\u001b[2J"
                                   "\\u202eevil\\ttabbed\"}";
        QTest::newRow("401") << 401 << hostile;
        QTest::newRow("403") << 403 << hostile;
        QTest::newRow("404") << 404 << hostile;
        QTest::newRow("418") << 418 << hostile;
        QTest::newRow("500") << 500 << hostile;
        QTest::newRow("500 page") << 500 << QByteArray("<html>oops\n\x1b[2J\xe2\x80\xae</html>");
        QTest::newRow("500 text") << 500
                                  << QByteArray(
                                         "line one\nhealth: ok\r\x1b]0;title\x07\xe2\x80\xae");
    }

    void serverTextIsPrintedAsOneLine()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_server.setHandler([status, body](const HttpRequest &) {
            return body.startsWith('{') ? HttpResponse::json(status, body)
                                        : HttpResponse::text(status, "text/html", body);
        });
        const Run result = TestSupport::runCommandLine({u"status"_s});
        QVERIFY(result.code != 0);
        const QString unprintable = TestSupport::unprintable(result.err);
        QVERIFY2(unprintable.isEmpty(), qPrintable(unprintable));
        // The forged line stays inside the message it came in.
        for (const QString &line : result.err.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(u"health:"_s), qPrintable(result.err));
    }

    // The same for what a server answers when all goes well: its version, the user, the
    // integrations' names, a status's entries.
    void answeredTextIsPrintedAsOneLine()
    {
        const QByteArray forged = "x\\nhealth: forged\\u001b[2J\\u202e";
        m_server.setHandler([forged](const HttpRequest &request) {
            const QByteArray path = request.path();
            if (path == "/v2/healthcheck")
                return HttpResponse::json(200, "{\"api_version\":\"v2" + forged +
                                                   "\",\"version\":\"1" + forged + "\"}");
            if (path == "/v2/current_user")
                return HttpResponse::json(200, "{\"email\":\"a" + forged + "\",\"role\":\"r" +
                                                   forged + "\",\"organization_name\":\"o" +
                                                   forged + "\"}");
            if (path == "/integrations")
                return HttpResponse::json(
                    200, "[{\"id\":\"i\",\"name\":\"n" + forged + "\",\"provider\":\"p" + forged +
                             "\",\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":"
                             "\"2026-01-01T00:00:00Z\",\"created_by\":\"u\"}]");
            if (path == "/integrations/custom/status")
                return HttpResponse::json(200, "{\"status" + forged + "\":\"ok" + forged +
                                                   "\",\"n\":{\"k\":\"v" + forged + "\"}}");
            return HttpResponse::json(404, "{\"detail\":\"Not Found\"}");
        });
        for (const QString &command : {u"status"_s, u"list"_s}) {
            const Run result = TestSupport::runCommandLine({command});
            for (const QString &printed : {result.out, result.err}) {
                const QString unprintable = TestSupport::unprintable(printed);
                QVERIFY2(unprintable.isEmpty(),
                         qPrintable(command + QLatin1String(": ") + unprintable));
                for (const QString &line : printed.split(QLatin1Char('\n')))
                    QVERIFY2(!line.startsWith(u"health: forged"_s), qPrintable(printed));
            }
            QVERIFY2(result.out.contains(u"forged"_s), qPrintable(command + result.err));
        }
    }

    void statusReportsEverything()
    {
        const Run result = TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(u"health: Galileo API v2 (version 1.500.0)"_s),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"user: ada@example.org (admin) in Acme"_s));
        QVERIFY(result.out.contains(u"capability: named custom integrations: offered"_s));
        QVERIFY(result.out.contains(u"integration: team-a\n  message: reachable\n  status: ok"_s));
        QCOMPARE(m_server.requests().last().path(),
                 QByteArray("/integrations/custom/team-a/status"));
    }

    void statusAsJson()
    {
        const Run result =
            TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(result.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(u"capabilities"_s).toObject().value(u"named_integrations"_s),
                 QJsonValue(u"offered"_s));
        QCOMPARE(report.value(u"status"_s).toObject().value(u"status"_s), QJsonValue(u"ok"_s));
        // This cluster publishes no schema: the drift is unknown, and says why.
        const QJsonObject drift = report.value(u"drift"_s).toObject();
        QCOMPARE(drift.value(u"state"_s), QJsonValue(u"unknown"_s));
        QVERIFY(drift.value(u"reason"_s).toString().contains(u"/public/v2/openapi.json"_s));
    }

    void statusShowsTheDrift()
    {
        // A newer cluster's schema: a field this app lacks; and one that lost init_kwargs.
        m_galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::addProperty(schemas, u"CustomIntegrationCreate"_s, u"reasoning_config"_s);
            FakeGalileo::removeProperties(schemas, u"CustomLLMConfig"_s, {u"init_kwargs"_s});
        });
        const Run text = TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"team-a"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"drift: Fields only on the server: 1; only in this app: 1 "
                                   u"(/openapi.json).\n"_s),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(u"  reasoning_config: known to the server, not to this app"_s));
        QVERIFY(text.out.contains(u"  custom_llm_config.init_kwargs: sent by this app, unknown to "
                                  u"the server"_s));

        const Run json =
            TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"team-a"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject drift =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"drift"_s).toObject();
        QCOMPARE(drift.value(u"state"_s), QJsonValue(u"compared"_s));
        QCOMPARE(drift.value(u"source"_s), QJsonValue(u"/openapi.json"_s));
        QCOMPARE(drift.value(u"server_only"_s).toArray(), QJsonArray{u"reasoning_config"_s});
        QCOMPARE(drift.value(u"app_only"_s).toArray(),
                 QJsonArray{u"custom_llm_config.init_kwargs"_s});
    }

    void statusOfANamedOneOnAnOlderCluster()
    {
        serve(FakeGalileo::Generation::Older);
        const Run result = TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"team-a"_s});
        QCOMPARE(result.code, 4);
        QVERIFY(result.out.contains(u"capability: named custom integrations: not offered"_s));
        QVERIFY2(result.err.contains(u"This cluster has no named custom integrations"_s),
                 qPrintable(result.err));
    }

    void statusOfAMissingName()
    {
        const Run result = TestSupport::runCommandLine({u"status"_s, u"--name"_s, u"nobody"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"no custom integration named \"nobody\""_s),
                 qPrintable(result.err));
    }

    void deleteWithYes()
    {
        const Run result =
            TestSupport::runCommandLine({u"delete"_s, u"--name"_s, u"team-a"_s, u"--yes"_s});
        QCOMPARE(result.code, 0);
        QCOMPARE(result.out, u"deleted team-a\n"_s);
        QVERIFY(m_galileo->named.isEmpty());
        QCOMPARE(m_server.requests().last().method, QByteArray("DELETE"));
    }

    void deleteRefusesWithoutATerminal()
    {
        const Process result = execute({u"delete"_s, u"--name"_s, u"team-a"_s}, false, "team-a\n");
        QCOMPARE(result.code, 2);
        QVERIFY2(result.out.contains(u"no terminal"_s), qPrintable(result.out));
        QVERIFY(m_server.requests().isEmpty());
        QVERIFY(m_galileo->named.contains(u"team-a"_s));
    }

    void deleteAsksOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("code");
        QTest::newRow("the name") << QByteArray("team-a\n") << 0;
        QTest::newRow("another name") << QByteArray("team-b\n") << 2;
        QTest::newRow("yes is not the name") << QByteArray("y\n") << 2;
    }

    void deleteAsksOnATerminal()
    {
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is needed to give the command a terminal");
        QFETCH(QByteArray, typed);
        QFETCH(int, code);
        const Process result = execute({u"delete"_s, u"--name"_s, u"team-a"_s}, true, typed);
        QVERIFY2(result.out.contains(u"Type its name to confirm"_s), qPrintable(result.out));
        QCOMPARE(result.code, code);
        QCOMPARE(m_galileo->named.contains(u"team-a"_s), code != 0);
    }

    void deleteNeedsAValidName()
    {
        Run result = TestSupport::runCommandLine({u"delete"_s, u"--yes"_s});
        QCOMPARE(result.code, 2);
        result = TestSupport::runCommandLine({u"delete"_s, u"--name"_s, u"Team_A"_s, u"--yes"_s});
        QCOMPARE(result.code, 2);
        QVERIFY(m_server.requests().isEmpty());
    }

    void applyToANamedIntegration()
    {
        const Run result = TestSupport::runCommandLine(
            {u"apply"_s, TestSupport::dataPath(u"full.json"_s), u"--name"_s, u"team-b"_s});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(u"name: team-b\nprovider: custom"_s), qPrintable(result.out));
        QCOMPARE(m_server.requests().last().method, QByteArray("PUT"));
        QCOMPARE(m_server.requests().last().path(), QByteArray("/integrations/custom/team-b"));
        QVERIFY(result.err.contains(u"/integrations/custom/team-b"_s));
    }

    // Issue 12: a field this app does not know reaches Galileo as it came.
    void applySendsUnknownFieldsAsTheyCame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"body.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"authentication_type"_s, u"none"_s},
                                             {u"endpoint"_s, u"https://gw.example.org/v1"_s},
                                             {u"model_properties"_s,
                                              QJsonArray{QJsonObject{{u"name"_s, u"m"_s}}}},
                                             {u"future_option"_s, QJsonObject{{u"level"_s, 2}}}})
                       .toJson());
        file.close();
        const Run result = TestSupport::runCommandLine({u"apply"_s, path});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.contains(u"future_option"_s)); // said, as a warning
        const QJsonObject sent = QJsonDocument::fromJson(m_server.requests().last().body).object();
        QCOMPARE(sent.value(u"future_option"_s).toObject().value(u"level"_s), QJsonValue(2));
        QCOMPARE(m_galileo->defaultCustom.value(u"future_option"_s).toObject(),
                 QJsonObject({{u"level"_s, 2}}));
    }

    void applyRefusesAnInvalidName()
    {
        const Run result = TestSupport::runCommandLine(
            {u"apply"_s, TestSupport::dataPath(u"full.json"_s), u"--name"_s, u"-team"_s});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(u"must start with a lower-case letter or a digit"_s));
        QVERIFY(m_server.requests().isEmpty());
    }

    void applyNamedOnAnOlderCluster()
    {
        serve(FakeGalileo::Generation::Older);
        const Run result = TestSupport::runCommandLine(
            {u"apply"_s, TestSupport::dataPath(u"full.json"_s), u"--name"_s, u"team-b"_s});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"This cluster has no named custom integrations"_s),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(u"Apply without a name"_s));
    }
};

QTEST_GUILESS_MAIN(tst_IntegrationCli)
#include "tst_integrationcli.moc"
