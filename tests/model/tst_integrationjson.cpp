#include "model/integrationjson.h"

#include "../testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using IntegrationJson::read;
using IntegrationJson::write;

class tst_IntegrationJson : public QObject
{
    Q_OBJECT

private:
    static QStringList paths(const ValidationIssues &issues)
    {
        QStringList result;
        for (const ValidationIssue &issue : issues)
            result << issue.path();
        return result;
    }

private slots:
    void seedExamplesRoundTrip_data();
    void seedExamplesRoundTrip();
    void legacyModelsBecomeModelProperties();
    void legacyModelsBesideModelPropertiesAreReported();
    void internalFlagIsNotWritten();
    void unknownKeysAreReported();
    void unknownTopLevelFieldsPassThrough();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
    void malformedJsonGivesLineAndColumn_data();
    void malformedJsonGivesLineAndColumn();
    void headerOrderIsKept();
    void duplicateKeysAreReported();
    void keysThatQtMakesEqualAreOneHeader();
    void escapedKeysAreMatched();
    void writeOmitsUnsetAndUnusedFields();
    void emptySupportedParametersDifferFromUnset();
    void multiModalWithoutLimitsIsKept();
    void controlCharactersAreEscaped();
    void hostileInputDoesNotCrash_data();
    void hostileInputDoesNotCrash();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_IntegrationJson::seedExamplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("oauth2") << "seed-oauth2.json";
    QTest::newRow("none") << "seed-none.json";
    QTest::newRow("api_key") << "seed-api-key.json";
    QTest::newRow("every field") << "full.json";
}

void tst_IntegrationJson::seedExamplesRoundTrip()
{
    QFETCH(QString, file);
    const QByteArray original = TestSupport::readData(file);
    const auto first = read(original);
    QVERIFY(first.ok);
    QVERIFY2(!Issues::hasErrors(first.issues), qPrintable(first.issues.value(0).toLine()));

    // Writing and reading again gives the same config: nothing is lost or changed.
    const QByteArray written = write(first.config);
    const auto second = read(written);
    QVERIFY(second.ok);
    QCOMPARE(second.config, first.config);
    QVERIFY2(second.issues.isEmpty(), qPrintable(second.issues.value(0).toLine()));

    // Same meaning as the original: every key of the original survives with its value,
    // except the deprecated models list, which becomes model_properties.
    QJsonObject before = QJsonDocument::fromJson(original).object();
    const QJsonObject after = QJsonDocument::fromJson(written).object();
    if (before.contains(QLatin1String("models"))) {
        QJsonArray properties;
        for (const QJsonValue &name : before.take(QLatin1String("models")).toArray())
            properties.append(QJsonObject{{QStringLiteral("name"), name}});
        before.insert(QStringLiteral("model_properties"), properties);
    }
    QCOMPARE(after, before);
}

void tst_IntegrationJson::legacyModelsBecomeModelProperties()
{
    const auto result = read(TestSupport::readData(QStringLiteral("seed-none.json")));
    QCOMPARE(result.config.modelNames(),
             QStringList({QStringLiteral("custom-model-1"), QStringLiteral("custom-model-2")}));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().severity, ValidationIssue::Severity::Info);
    QCOMPARE(result.issues.first().path(), QStringLiteral("models"));
    QVERIFY(result.issues.first().message.contains(QLatin1String("models: 2")));
    QVERIFY(!write(result.config).contains("\"models\""));
}

void tst_IntegrationJson::legacyModelsBesideModelPropertiesAreReported()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1","models":["x","y"],
                                 "model_properties":[{"name":"z"}]})");
    QCOMPARE(result.config.modelNames(), QStringList{QStringLiteral("z")});
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().severity, ValidationIssue::Severity::Warning);
    QVERIFY(result.issues.first().message.contains(QLatin1String("x, y")));
}

void tst_IntegrationJson::internalFlagIsNotWritten()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1","is_legacy_format":true})");
    QVERIFY(result.ok);
    QCOMPARE(paths(result.issues), QStringList{QStringLiteral("is_legacy_format")});
    QVERIFY(!write(result.config).contains("is_legacy_format"));
}

void tst_IntegrationJson::unknownKeysAreReported()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1","endpiont":"x",
        "model_properties":[{"name":"m","max_tokens":5}],
        "custom_llm_config":{"file_name":"a.py","class_name":"A","module":"b"},
        "multi_modal_config":{"max_files":2,"max_images":3}})");
    QVERIFY(result.ok);
    QCOMPARE(paths(result.issues), QStringList({QStringLiteral("model_properties[0].max_tokens"),
                                                QStringLiteral("custom_llm_config.module"),
                                                QStringLiteral("multi_modal_config.max_images"),
                                                QStringLiteral("endpiont")}));
    for (const ValidationIssue &issue : result.issues)
        QCOMPARE(issue.severity, ValidationIssue::Severity::Warning);
}

// Issue 12: top-level fields this app does not know are kept and sent as they came, after the
// known ones; nested unknown keys are still dropped (they have no editor).
void tst_IntegrationJson::unknownTopLevelFieldsPassThrough()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1","zeta_option":{"a":[1,2]},
        "alpha_flag":true,"is_legacy_format":true,"custom_llm_config":{"file_name":"a.py",
        "class_name":"A","module":"b"}})");
    QVERIFY(result.ok);
    QCOMPARE(
        result.config.extra,
        QJsonObject({{"zeta_option", QJsonObject{{"a", QJsonArray{1, 2}}}}, {"alpha_flag", true}}));
    bool noted = false;
    for (const ValidationIssue &issue : result.issues)
        noted |= issue.type == QLatin1String("extra_kept") &&
                 issue.message.contains(QLatin1String("Other fields"));
    QVERIFY(noted);
    const QByteArray written = write(result.config);
    const QJsonObject back = QJsonDocument::fromJson(written).object();
    QCOMPARE(back.value("alpha_flag"), QJsonValue(true));
    QCOMPARE(back.value("zeta_option").toObject().value("a").toArray().size(), 2);
    QVERIFY(!back.contains("is_legacy_format")); // set by Galileo itself, never sent
    QVERIFY(!written.contains("module"));
    // After every known field.
    QVERIFY(written.indexOf("alpha_flag") > written.indexOf("custom_llm_config"));
    QCOMPARE(read(written).config, result.config);

    // A known name in `extra` never overrides the form's field.
    IntegrationConfig config = result.config;
    config.extra.insert("endpoint", "https://evil.example");
    QCOMPARE(QJsonDocument::fromJson(write(config)).object().value("endpoint").toString(),
             QStringLiteral("https://a.example/v1"));

    // Found by fuzz_integration_json: keys repeated inside an unknown field (here two that are
    // one key once Qt drops the byte order mark) are folded into one, so what is kept is what
    // is sent, and writing it again writes the same bytes.
    const auto repeated = read("{\"other\":{\"t\":null,\"\xEF\xBB\xBFt\":1,\"t\":2}}");
    QVERIFY(repeated.ok);
    const QByteArray once = write(repeated.config, IntegrationJson::Format::Compact);
    QCOMPARE(write(read(once).config, IntegrationJson::Format::Compact), once);
    QCOMPARE(repeated.config.extra.value("other").toObject().size(), 1);
}

void tst_IntegrationJson::wrongTypesNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QTest::newRow("endpoint list") << QByteArray(R"({"endpoint":["x"]})") << "endpoint"
                                   << "a list";
    QTest::newRow("models string")
        << QByteArray(R"({"model_properties":"a,b"})") << "model_properties"
        << "a string";
    QTest::newRow("model row number")
        << QByteArray(R"({"model_properties":[{"name":"a"},7]})") << "model_properties[1]"
        << "a number";
    QTest::newRow("model name number")
        << QByteArray(R"({"model_properties":[{"name":1}]})") << "model_properties[0].name"
        << "a number";
    QTest::newRow("parameter object")
        << QByteArray(R"({"model_properties":[{"name":"a","supported_parameters":[{}]}]})")
        << "model_properties[0].supported_parameters[0]"
        << "an object";
    QTest::newRow("header value object")
        << QByteArray(R"({"headers":{"X-A":{"nested":1}}})") << "headers.X-A"
        << "an object";
    QTest::newRow("headers list") << QByteArray(R"({"headers":["X-A"]})") << "headers"
                                  << "a list";
    QTest::newRow("auth enum") << QByteArray(R"({"authentication_type":"bearer"})")
                               << "authentication_type"
                               << "bearer";
    QTest::newRow("max_files fraction") << QByteArray(R"({"multi_modal_config":{"max_files":1.5}})")
                                        << "multi_modal_config.max_files"
                                        << "whole number";
    QTest::newRow("max_files string") << QByteArray(R"({"multi_modal_config":{"max_files":"3"}})")
                                      << "multi_modal_config.max_files"
                                      << "a string";
    QTest::newRow("init_kwargs list")
        << QByteArray(
               R"({"custom_llm_config":{"file_name":"a.py","class_name":"A","init_kwargs":[]}})")
        << "custom_llm_config.init_kwargs"
        << "a list";
    QTest::newRow("mapping unknown key")
        << QByteArray(R"({"custom_header_mapping":{"session_id":"X-S"}})")
        << "custom_header_mapping.session_id"
        << "job_id, user_id, project_id, run_id";
    QTest::newRow("mapping value bool")
        << QByteArray(R"({"custom_header_mapping":{"job_id":true}})")
        << "custom_header_mapping.job_id"
        << "a boolean";
    QTest::newRow("top level list") << QByteArray("[1,2]") << "body"
                                    << "JSON object";
    // Null only where the schema's anyOf has a null branch, as FastAPI would answer.
    QTest::newRow("endpoint null") << QByteArray(R"({"endpoint":null})") << "endpoint"
                                   << "not null";
    QTest::newRow("auth null") << QByteArray(R"({"authentication_type":null})")
                               << "authentication_type"
                               << "not null";
    QTest::newRow("model name null")
        << QByteArray(R"({"model_properties":[{"name":null}]})") << "model_properties[0].name"
        << "not null";
    QTest::newRow("handler file null")
        << QByteArray(R"({"custom_llm_config":{"file_name":null,"class_name":"A"}})")
        << "custom_llm_config.file_name"
        << "not null";
    QTest::newRow("mapping value null")
        << QByteArray(R"({"custom_header_mapping":{"job_id":null}})")
        << "custom_header_mapping.job_id"
        << "not null";
    QTest::newRow("legacy flag null")
        << QByteArray(R"({"is_legacy_format":null})") << "is_legacy_format"
        << "true or false, not null";
    QTest::newRow("legacy flag string")
        << QByteArray(R"({"is_legacy_format":"false"})") << "is_legacy_format"
        << "not a string";
}

void tst_IntegrationJson::wrongTypesNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, says);
    const auto result = read(json);
    QVERIFY(Issues::hasErrors(result.issues));
    const ValidationIssue &issue = result.issues.first();
    QCOMPARE(issue.path(), path);
    QVERIFY2(issue.message.contains(says), qPrintable(issue.message));
}

void tst_IntegrationJson::malformedJsonGivesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("trailing comma")
        << QByteArray("{\"endpoint\": \"https://gw.example.org/v1\",") << "line 1 column 42";
    QTest::newRow("second line") << QByteArray("{\n  \"endpoint\": x\n}") << "line 2 column 15";
    QTest::newRow("after unicode") << QByteArray("{\"é\": 1,, }") << "line 1 column 9";
    QTest::newRow("empty") << QByteArray("") << "line 1 column 1";
    QTest::newRow("truncated") << QByteArray("{\"endpoint\": \"https://gw") << "line 1";
    // At the word that is no value, as Python's json says, not at its second letter.
    QTest::newRow("a word") << QByteArray("{\"endpoint\": tru}") << "line 1 column 14";
    // A command copied whole instead of its body says what to take from it.
    QTest::newRow("curl")
        << QByteArray("curl -X PUT https://api.galileo.ai/v2/integrations/custom \\\n"
                      "  --data-raw '{\"endpoint\": \"https://gw.example/v1\"}'")
        << "this is a curl command, not a JSON body: take the JSON in quotes after --data-raw";
}

void tst_IntegrationJson::malformedJsonGivesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const auto result = read(json);
    QVERIFY(!result.ok);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().type, QStringLiteral("value_error.jsondecode"));
    QCOMPARE(result.issues.first().path(), QStringLiteral("body"));
    QVERIFY2(result.issues.first().message.contains(where),
             qPrintable(result.issues.first().message));
}

void tst_IntegrationJson::headerOrderIsKept()
{
    const auto result = read(TestSupport::readData(QStringLiteral("full.json")));
    QStringList names;
    for (const HeaderEntry &header : result.config.headers)
        names << header.name;
    QCOMPARE(names, QStringList({QStringLiteral("X-Tenant"), QStringLiteral("X-Route"),
                                 QStringLiteral("A-First")}));
    const QByteArray written = write(result.config, IntegrationJson::Format::Compact);
    QVERIFY(written.indexOf("X-Tenant") < written.indexOf("X-Route"));
    QVERIFY(written.indexOf("X-Route") < written.indexOf("A-First"));
}

void tst_IntegrationJson::duplicateKeysAreReported()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1",
        "headers":{"X-A":"1","X-B":"2","X-A":"3"},"endpoint":"https://b.example/v1"})");
    QVERIFY(result.ok);
    QCOMPARE(paths(result.issues),
             QStringList({QStringLiteral("headers.X-A"), QStringLiteral("endpoint")}));
    QVERIFY(Issues::hasErrors(result.issues));
}

// Found by fuzz_integration_json: "t" and U+FEFF "t" are one name once Qt drops the BOM, and
// became two headers of that name, which wrote a body with a repeated key.
void tst_IntegrationJson::keysThatQtMakesEqualAreOneHeader()
{
    const auto result = read("{\"headers\":{\"t\":\"1\",\"\xef\xbb\xbft\":\"2\"}}");
    QCOMPARE(result.config.headers.size(), 1);
    QCOMPARE(result.config.headers.first().name, QStringLiteral("t"));
    QCOMPARE(paths(result.issues), QStringList{QStringLiteral("headers.t")});
    const QByteArray written = write(result.config, IntegrationJson::Format::Compact);
    QCOMPARE(write(read(written).config, IntegrationJson::Format::Compact), written);
}

void tst_IntegrationJson::escapedKeysAreMatched()
{
    const auto result =
        read(TestSupport::unescapeTilde(R"({"headers":{"X-\u00c4":"1","X-~q~":"2"}})"));
    QCOMPARE(result.config.headers.size(), 2);
    QCOMPARE(result.config.headers.at(0).name, QStringLiteral("X-Ä"));
    QCOMPARE(result.config.headers.at(1).name, QStringLiteral("X-\"q\""));
}

void tst_IntegrationJson::writeOmitsUnsetAndUnusedFields()
{
    IntegrationConfig config;
    config.authenticationType = AuthenticationType::None;
    config.endpoint = QStringLiteral("https://gw.example/v1");
    config.apiKeyHeader = QStringLiteral("X-Key"); // kept from api_key, not sent
    config.apiKeyValue = QStringLiteral("secret");
    config.token = QStringLiteral("{}");
    config.customLlm.fileName = QStringLiteral("a.py"); // group is off
    const QJsonObject json =
        QJsonDocument::fromJson(write(config, IntegrationJson::Format::Compact)).object();
    QCOMPARE(json, QJsonObject({{QStringLiteral("authentication_type"), QStringLiteral("none")},
                                {QStringLiteral("endpoint"), config.endpoint}}));
}

void tst_IntegrationJson::emptySupportedParametersDifferFromUnset()
{
    const auto result = read(R"({"model_properties":[{"name":"a","supported_parameters":[]},
                                                     {"name":"b","supported_parameters":null}]})");
    QVERIFY(result.config.modelProperties.at(0).supportedParameters.has_value());
    QVERIFY(!result.config.modelProperties.at(1).supportedParameters.has_value());
    const QByteArray written = write(result.config, IntegrationJson::Format::Compact);
    QVERIFY(written.contains(R"({"name":"a","supported_parameters":[]})"));
    QVERIFY(written.contains(R"({"name":"b"})"));
}

void tst_IntegrationJson::multiModalWithoutLimitsIsKept()
{
    const auto result = read(R"({"endpoint":"https://a.example/v1","multi_modal_config":{}})");
    QVERIFY(result.config.multiModal.enabled);
    QVERIFY(write(result.config, IntegrationJson::Format::Compact)
                .contains(R"("multi_modal_config":{})"));
}

void tst_IntegrationJson::controlCharactersAreEscaped()
{
    IntegrationConfig config;
    config.endpoint = QStringLiteral("https://a.example/v1");
    config.headers << HeaderEntry{QStringLiteral("X-A"), QStringLiteral("a\r\nb\x01\"\\")};
    const QByteArray written = write(config, IntegrationJson::Format::Compact);
    QVERIFY(written.contains("\"a\\r\\nb\\u0001\\\"\\\\\""));
    QCOMPARE(read(written).config.headers, config.headers);
}

void tst_IntegrationJson::hostileInputDoesNotCrash_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    const QByteArray big(10 * 1024 * 1024, 'a');
    QTest::newRow("10 MB endpoint") << QByteArray("{\"endpoint\":\"" + big + "\"}") << true;
    QTest::newRow("10 MB header value")
        << QByteArray("{\"headers\":{\"X-A\":\"" + big + "\"}}") << true;
    QTest::newRow("10 MB key") << QByteArray("{\"" + big + "\":1}") << true;
    QTest::newRow("deep nesting") << QByteArray("{\"custom_llm_config\":{\"init_kwargs\":" +
                                                QByteArray(5000, '[') + QByteArray(5000, ']') +
                                                "}}")
                                  << false;
    QTest::newRow("nesting in kwargs")
        << QByteArray("{\"custom_llm_config\":{\"file_name\":\"a.py\",\"class_name\":\"A\","
                      "\"init_kwargs\":{\"a\":" +
                      QByteArray(500, '[') + QByteArray(500, ']') + "}}}")
        << true;
    QTest::newRow("NUL byte") << QByteArray("{\"endpoint\":\"a\0b\"}", 18) << true;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01garbage", 12) << false;
    QTest::newRow("huge number") << QByteArray(R"({"multi_modal_config":{"max_files":1e308}})")
                                 << true;
    QTest::newRow("many models") << [] {
        QByteArray json = "{\"model_properties\":[";
        for (int i = 0; i < 20000; ++i)
            json += (i ? ",{\"name\":\"m" : "{\"name\":\"m") + QByteArray::number(i) + "\"}";
        return json + "]}";
    }() << true;
}

void tst_IntegrationJson::hostileInputDoesNotCrash()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    const auto result = read(json);
    QCOMPARE(result.ok, ok);
    if (!ok)
        QVERIFY(!result.issues.isEmpty());
    write(result.config); // must not crash either
}
#endif

QTEST_GUILESS_MAIN(tst_IntegrationJson)
#include "tst_integrationjson.moc"
