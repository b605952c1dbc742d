#include "model/integrationjson.h"
#include "model/integrationvalidator.h"

#include "../testsupport.h"

#include <QtTest>

using Severity = ValidationIssue::Severity;
Q_DECLARE_METATYPE(ValidationIssue::Severity)

class tst_IntegrationValidator : public QObject
{
    Q_OBJECT

private:
    static ValidationIssues validateJson(const QByteArray &json)
    {
        const auto read = IntegrationJson::read(json);
        if (!read.ok)
            qFatal("test body is not JSON: %s", json.constData());
        return IntegrationValidator::validate(read.config);
    }

    static QString describe(const ValidationIssues &issues)
    {
        QStringList lines;
        for (const ValidationIssue &issue : issues)
            lines << issue.toLine();
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void validBodies_data();
    void validBodies();
    // Each row breaks one rule of a body that is otherwise clean, and names the issue expected.
    void rules_data();
    void rules();
    void helpers();
    void endpointWithoutOperation_data();
    void endpointWithoutOperation();
    void mergeDropsRepeatsAtAnErrorsPlace();
    void aDuplicateModelNamesTheOtherByRowAndPath();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_IntegrationValidator::validBodies_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("none, minimal")
        << QByteArray(R"({"authentication_type":"none","endpoint":"https://gw.example/v1",
                          "model_properties":[{"name":"m"}]})");
    QTest::newRow("api key bearer")
        << QByteArray(R"({"authentication_type":"api_key","endpoint":"https://gw.example/v1",
                          "api_key_header":"Authorization","api_key_value":"Bearer sk-1",
                          "model_properties":[{"name":"m"}],"default_model":"m"})");
    QTest::newRow("oauth2 with credentials") << QByteArray(TestSupport::unescapeTilde(
        R"({"endpoint":"https://gw.example/v1","oauth2_token_url":"https://gw.example/token",
                          "token":"{~client_id~:~a~,~client_secret~:~b~}",
                          "model_properties":[{"name":"m"}]})"));
    QTest::newRow("every field") << TestSupport::readData(QStringLiteral("full.json"));
    QTest::newRow("50 headers") << [] {
        QByteArray json = R"({"authentication_type":"none","endpoint":"https://gw.example/v1",
                              "model_properties":[{"name":"m"}],"headers":{)";
        for (int i = 0; i < 50; ++i)
            json += (i ? ",\"X-H" : "\"X-H") + QByteArray::number(i) + "\":\"v\"";
        return json + "}}";
    }();
    QTest::newRow("all run parameters") << [] {
        QByteArray json = R"({"authentication_type":"none","endpoint":"http://localhost:8000/v1",
                              "model_properties":[{"name":"m","supported_parameters":[)";
        json += "\"model\",\"temperature\",\"max_tokens\",\"stop_sequences\",\"top_p\","
                "\"top_k\",\"frequency_penalty\",\"presence_penalty\",\"echo\",\"logprobs\","
                "\"top_logprobs\",\"n\",\"api_version\",\"tools\",\"tool_choice\","
                "\"response_format\",\"reasoning_effort\",\"verbosity\",\"deployment_name\"";
        return json + "]}]}";
    }();
    QTest::newRow("multi-modal limits of 1")
        << QByteArray(R"({"authentication_type":"none","endpoint":"https://gw.example/v1",
                          "model_properties":[{"name":"m"}],
                          "multi_modal_config":{"max_files":1,"max_file_size_bytes":1}})");
}

void tst_IntegrationValidator::validBodies()
{
    QFETCH(QByteArray, json);
    const ValidationIssues issues = validateJson(json);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_IntegrationValidator::rules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("type");

    const auto row = [](const char *name, const QByteArray &body, const char *path,
                        Severity severity, const char *type) {
        QByteArray json = body;
        if (!json.contains("\"model_properties\"") && !json.contains("\"models\""))
            json.insert(1, R"("model_properties":[{"name":"m"}],)");
        if (!json.contains("\"endpoint\""))
            json.insert(1, R"("endpoint":"https://gw.example/v1",)");
        if (!json.contains("\"authentication_type\""))
            json.insert(1, R"("authentication_type":"none",)");
        QTest::newRow(name) << json << QString::fromUtf8(path) << severity
                            << QString::fromLatin1(type);
    };
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;
    const Severity I = Severity::Info;

    row("endpoint missing", R"({"endpoint":""})", "endpoint", E, "value_error.missing");
    row("endpoint blank", R"({"endpoint":"   "})", "endpoint", E, "value_error.missing");
    row("endpoint relative", R"({"endpoint":"gw.example/v1"})", "endpoint", E, "value_error.url");
    row("endpoint ftp", R"({"endpoint":"ftp://gw.example/v1"})", "endpoint", E, "value_error.url");
    row("endpoint no host", R"({"endpoint":"https:///v1"})", "endpoint", E, "value_error.url");
    row("endpoint space", R"({"endpoint":"https://gw.example/v 1"})", "endpoint", E,
        "value_error.url");
    row("endpoint http with key",
        R"({"authentication_type":"api_key","endpoint":"http://gw.example/v1","api_key_header":"X-K","api_key_value":"v"})",
        "endpoint", W, "value_error.insecure");
    row("endpoint http with headers",
        R"({"endpoint":"http://gw.example/v1","headers":{"X-K":"v"}})", "endpoint", W,
        "value_error.insecure");
    row("token url invalid",
        TestSupport::unescapeTilde(
            R"({"authentication_type":"oauth2","oauth2_token_url":"token","token":"{~client_id~:~a~,~client_secret~:~b~}"})"),
        "oauth2_token_url", E, "value_error.url");
    row("token url http",
        TestSupport::unescapeTilde(
            R"({"authentication_type":"oauth2","oauth2_token_url":"http://gw.example/t","token":"{~client_id~:~a~,~client_secret~:~b~}"})"),
        "oauth2_token_url", W, "value_error.insecure");
    row("token url other host",
        TestSupport::unescapeTilde(
            R"({"authentication_type":"oauth2","oauth2_token_url":"https://idp.example/t","token":"{~client_id~:~a~,~client_secret~:~b~}"})"),
        "oauth2_token_url", W, "value_error.token_url_host");
    row("api key header missing", R"({"authentication_type":"api_key","api_key_value":"v"})",
        "api_key_header", E, "value_error.missing");
    row("api key value missing", R"({"authentication_type":"api_key","api_key_header":"X-K"})",
        "api_key_value", E, "value_error.missing");
    row("api key header not a token",
        R"({"authentication_type":"api_key","api_key_header":"X Key","api_key_value":"v"})",
        "api_key_header", E, "value_error.header_name");
    row("api key header with colon",
        R"({"authentication_type":"api_key","api_key_header":"X-Key:","api_key_value":"v"})",
        "api_key_header", E, "value_error.header_name");
    row("api key value newline",
        R"({"authentication_type":"api_key","api_key_header":"X-K","api_key_value":"v\r\nX-Evil: 1"})",
        "api_key_value", E, "value_error.header_value");
    row("oauth2 token missing", R"({"authentication_type":"oauth2"})", "token", W,
        "value_error.token");
    row("oauth2 token placeholder",
        R"({"authentication_type":"oauth2","token":"your_oauth2_client_credentials_json"})",
        "token", W, "value_error.token");
    row("oauth2 token without secret",
        TestSupport::unescapeTilde(
            R"({"authentication_type":"oauth2","token":"{~client_id~:~a~}"})"),
        "token", W, "value_error.token");
    row("oauth2 token is a list", R"({"authentication_type":"oauth2","token":"[1]"})", "token", W,
        "value_error.token");
    row("unused api key under none", R"({"api_key_value":"v"})", "api_key_value", I, "unused");
    row("unused token under api key",
        R"({"authentication_type":"api_key","api_key_header":"X-K","api_key_value":"v","token":"t"})",
        "token", I, "unused");
    row("no models", R"({"model_properties":[]})", "model_properties", W, "value_error.empty");
    row("model name missing", R"({"model_properties":[{"name":"a"},{"alias":"no-name"}]})",
        "model_properties[1].name", E, "value_error.missing");
    row("model name duplicate", R"({"model_properties":[{"name":"a"},{"name":"a"}]})",
        "model_properties[1].name", E, "value_error.duplicate");
    row("model name spaces", R"({"model_properties":[{"name":" a"}]})", "model_properties[0].name",
        W, "value_error.whitespace");
    row("alias duplicate",
        R"({"model_properties":[{"name":"a","alias":"A"},{"name":"b","alias":"A"}]})",
        "model_properties[1].alias", W, "value_error.duplicate");
    row("based_on and parameters",
        R"({"model_properties":[{"name":"a","based_on":"gpt-5.4","supported_parameters":["n"]}]})",
        "model_properties[0].based_on", E, "value_error.exclusive");
    row("unknown parameter",
        R"({"model_properties":[{"name":"a","supported_parameters":["n","max_token"]}]})",
        "model_properties[0].supported_parameters[1]", E, "value_error.parameter");
    row("parameter twice",
        R"({"model_properties":[{"name":"a","supported_parameters":["n","n"]}]})",
        "model_properties[0].supported_parameters[1]", W, "value_error.duplicate");
    row("default model unknown", R"({"default_model":"zzz"})", "default_model", E,
        "value_error.default_model");
    row("default model is an alias",
        R"({"model_properties":[{"name":"a","alias":"Alpha"}],"default_model":"Alpha"})",
        "default_model", E, "value_error.default_model");
    row(
        "51 headers",
        [] {
            QByteArray json = R"({"headers":{)";
            for (int i = 0; i < 51; ++i)
                json += (i ? ",\"X-H" : "\"X-H") + QByteArray::number(i) + "\":\"v\"";
            return json + "}}";
        }(),
        "headers", E, "value_error.too_many");
    row("header name invalid", R"({"headers":{"X Bad":"v"}})", "headers.X Bad", E,
        "value_error.header_name");
    row("header name empty", R"({"headers":{"":"v"}})", "headers.", E, "value_error.header_name");
    row("header name non-ascii", R"({"headers":{"X-Ä":"v"}})", "headers.X-Ä", E,
        "value_error.header_name");
    row("header duplicate ignoring case", R"({"headers":{"X-A":"1","x-a":"2"}})", "headers.x-a", E,
        "value_error.header_duplicate");
    row("header value newline", R"({"headers":{"X-A":"1\nX-B: 2"}})", "headers.X-A", E,
        "value_error.header_value");
    row("header value NUL", R"({"headers":{"X-A":"1\u0000"}})", "headers.X-A", E,
        "value_error.header_value");
    row("header overrides content type", R"({"headers":{"Content-Type":"text/plain"}})",
        "headers.Content-Type", W, "value_error.header_managed");
    row("header overrides api key header",
        R"({"authentication_type":"api_key","api_key_header":"X-K","api_key_value":"v","headers":{"x-k":"w"}})",
        "headers.x-k", W, "value_error.header_auth");
    row("mapping value invalid", R"({"custom_header_mapping":{"job_id":"X Job"}})",
        "custom_header_mapping.job_id", E, "value_error.header_name");
    row("mapping twice to one header",
        R"({"custom_header_mapping":{"job_id":"X-Id","run_id":"x-id"}})",
        "custom_header_mapping.run_id", E, "value_error.header_duplicate");
    row("mapping clashes with header",
        R"({"headers":{"X-Run":"1"},"custom_header_mapping":{"run_id":"X-Run"}})",
        "custom_header_mapping.run_id", W, "value_error.header_duplicate");
    row("custom handler file missing", R"({"custom_llm_config":{"file_name":"","class_name":"A"}})",
        "custom_llm_config.file_name", E, "value_error.missing");
    row("custom handler class missing", R"({"custom_llm_config":{"file_name":"a.py"}})",
        "custom_llm_config.class_name", E, "value_error.missing");
    row("custom handler not python",
        R"({"custom_llm_config":{"file_name":"handler.js","class_name":"A"}})",
        "custom_llm_config.file_name", E, "value_error.file_name");
    row("custom handler path",
        R"({"custom_llm_config":{"file_name":"../x/handler.py","class_name":"A"}})",
        "custom_llm_config.file_name", E, "value_error.file_name");
    row("custom handler class digit",
        R"({"custom_llm_config":{"file_name":"a.py","class_name":"1Handler"}})",
        "custom_llm_config.class_name", E, "value_error.identifier");
    row("custom handler class keyword",
        R"({"custom_llm_config":{"file_name":"a.py","class_name":"class"}})",
        "custom_llm_config.class_name", E, "value_error.identifier");
    row("custom handler class dotted",
        R"({"custom_llm_config":{"file_name":"a.py","class_name":"mod.Handler"}})",
        "custom_llm_config.class_name", E, "value_error.identifier");
    // LiteLLM #28429: Galileo appends the operation itself, so a pasted one would be doubled.
    row("endpoint with chat/completions",
        R"({"endpoint":"https://gw.example/v1/chat/completions"})", "endpoint", W,
        "value_error.endpoint_operation");
    row("endpoint with models/", R"({"endpoint":"https://gw.example/v1/models/"})", "endpoint", W,
        "value_error.endpoint_operation");
    row("max files zero", R"({"multi_modal_config":{"max_files":0}})",
        "multi_modal_config.max_files", E, "value_error.number.not_ge");
    row("max size negative", R"({"multi_modal_config":{"max_file_size_bytes":-5}})",
        "multi_modal_config.max_file_size_bytes", E, "value_error.number.not_ge");
}

void tst_IntegrationValidator::rules()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(Severity, severity);
    QFETCH(QString, type);
    const ValidationIssues issues = validateJson(json);
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const auto &issue) {
        return issue.path() == path && issue.severity == severity && issue.type == type;
    });
    QVERIFY2(
        found,
        qPrintable(QStringLiteral("expected %1 (%2) in:\n%3").arg(path, type, describe(issues))));
    // The rule's own finding is the only one: each row breaks exactly one rule.
    QCOMPARE(issues.size(), 1);
}

void tst_IntegrationValidator::helpers()
{
    QVERIFY(IntegrationValidator::isHeaderName(u"X-Api-Key_1.~!"));
    QVERIFY(!IntegrationValidator::isHeaderName(u""));
    QVERIFY(!IntegrationValidator::isHeaderName(u"X(1)"));
    QVERIFY(IntegrationValidator::isPythonIdentifier(u"_Handler2"));
    QVERIFY(!IntegrationValidator::isPythonIdentifier(u"None"));
    QVERIFY(IntegrationValidator::isHttpUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    QString problem;
    QVERIFY(!IntegrationValidator::isHttpUrl(QStringLiteral("localhost:8080"), &problem));
    QVERIFY2(problem.contains(QLatin1String("https://localhost:8080")), qPrintable(problem));
}

void tst_IntegrationValidator::endpointWithoutOperation_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("chat") << "https://gw.example/v1/chat/completions"
                          << "https://gw.example/v1";
    QTest::newRow("trailing slash") << "https://gw.example/v1/chat/completions/"
                                    << "https://gw.example/v1";
    QTest::newRow("models") << "https://gw.example/v1/models"
                            << "https://gw.example/v1";
    QTest::newRow("legacy") << "http://10.0.0.1:8000/v1/completions"
                            << "http://10.0.0.1:8000/v1";
    QTest::newRow("azure") << "https://x.openai.azure.com/openai/deployments/d/chat/completions"
                           << "https://x.openai.azure.com/openai/deployments/d";
    QTest::newRow("case") << "https://gw.example/V1/Chat/Completions"
                          << "https://gw.example/V1";
    QTest::newRow("clean") << "https://gw.example/v1" << QString();
    QTest::newRow("model in the path") << "https://gw.example/models/llama/v1" << QString();
    QTest::newRow("a query is kept")
        << "https://gw.example/chat/completions?api-version=1" << QString();
    QTest::newRow("not a URL") << "gw.example/v1/models" << QString();
    QTest::newRow("host named models") << "https://models" << QString();
}

void tst_IntegrationValidator::endpointWithoutOperation()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, fixed);
    QCOMPARE(IntegrationValidator::endpointWithoutOperation(endpoint), fixed);
    if (fixed.isEmpty())
        return;
    // The fixed endpoint is clean.
    QCOMPARE(IntegrationValidator::endpointWithoutOperation(fixed), QString());
}

void tst_IntegrationValidator::mergeDropsRepeatsAtAnErrorsPlace()
{
    const auto read = IntegrationJson::read(R"({"endpoint":["x"]})");
    const ValidationIssues merged =
        IntegrationValidator::merge(read.issues, IntegrationValidator::validate(read.config));
    QCOMPARE(std::count_if(merged.cbegin(), merged.cend(),
                           [](const auto &i) { return i.path() == QLatin1String("endpoint"); }),
             1);
    QVERIFY(merged.first().message.contains(QLatin1String("a list")));
}
// The table counts rows from 1 and paths count from 0: a duplicate's message names both, so
// that neither the window nor the command line reads "row 1" next to "[2]" for the same model.
void tst_IntegrationValidator::aDuplicateModelNamesTheOtherByRowAndPath()
{
    const ValidationIssues issues =
        validateJson(R"({"model_properties":[{"name":"a"},{"name":"b"},{"name":"a"}]})");
    const auto duplicate = std::find_if(issues.cbegin(), issues.cend(), [](const auto &issue) {
        return issue.type == QLatin1String("value_error.duplicate");
    });
    QVERIFY2(duplicate != issues.cend(), qPrintable(describe(issues)));
    QCOMPARE(duplicate->path(), QStringLiteral("model_properties[2].name"));
    QCOMPARE(duplicate->message, QStringLiteral("\"a\" is already the name of the model in row 1 "
                                                "(model_properties[0])"));
}

#endif

QTEST_GUILESS_MAIN(tst_IntegrationValidator)
#include "tst_integrationvalidator.moc"
