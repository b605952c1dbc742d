#include "api/schemadrift.h"
#include "model/fieldcatalog.h"

#include "fakegalileo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// SchemaDrift::compare against the seed's OpenAPI document and edited copies of it: a newer
// cluster's, an older one's, FastAPI's other ways of writing the same schema, and documents
// that are no schema at all.
class tst_SchemaDrift : public QObject
{
    Q_OBJECT

private:
    using Edit = std::function<void(QJsonObject &)>;

    static SchemaDrift compare(const Edit &edit = {})
    {
        return SchemaDrift::compare(
            QJsonDocument::fromJson(FakeGalileo::seedOpenApi(edit)).object());
    }

    static QJsonObject createSchema(const QJsonObject &schemas)
    {
        return schemas.value(u"CustomIntegrationCreate"_s).toObject();
    }

private slots:
    void theSeedShowsNoDrift()
    {
        const SchemaDrift drift = compare();
        QVERIFY2(drift.isKnown(), qPrintable(drift.reason));
        QCOMPARE(drift.serverOnly, QStringList());
        QCOMPARE(drift.appOnly, QStringList());
        QVERIFY(!drift.hasDrift());
        // Each nested object the app fills was found and compared.
        for (const char *object : {"", "model_properties[]", "custom_header_mapping",
                                   "custom_llm_config", "multi_modal_config"})
            QVERIFY2(drift.shapes.contains(QLatin1String(object)), object);
        QVERIFY(drift.shapes.value(u"custom_header_mapping"_s).open);
        QVERIFY(!drift.shapes.value(u"custom_llm_config"_s).open);
        QVERIFY(drift.describe().isEmpty());
        QCOMPARE(drift.toJson().value(u"state"_s).toString(), u"compared"_s);
    }

    void fieldsOnlyTheServerKnows()
    {
        const SchemaDrift drift = compare([](QJsonObject &schemas) {
            FakeGalileo::addProperty(schemas, u"CustomIntegrationCreate"_s, u"reasoning_config"_s);
            FakeGalileo::addProperty(schemas, u"ModelProperties"_s, u"context_window"_s);
            FakeGalileo::addProperty(schemas, u"CustomLLMConfig"_s, u"module_path"_s);
            FakeGalileo::addProperty(schemas, u"MultiModalModelIntegrationConfig"_s,
                                     u"allowed_types"_s);
        });
        QVERIFY(drift.isKnown());
        QStringList serverOnly = drift.serverOnly;
        serverOnly.sort();
        QCOMPARE(
            serverOnly,
            QStringList({u"custom_llm_config.module_path"_s, u"model_properties[].context_window"_s,
                         u"multi_modal_config.allowed_types"_s, u"reasoning_config"_s}));
        QCOMPARE(drift.appOnly, QStringList());
        QVERIFY(drift.hasDrift());
        const QStringList lines = drift.describe();
        QVERIFY(lines.contains(u"reasoning_config: known to the server, not to this app (it can "
                               u"be set under Other fields)"_s));
        // Below the top level, Other fields cannot set it.
        QVERIFY(lines.contains(
            u"model_properties[].context_window: known to the server, not to this app"_s));
    }

    void fieldsAnOlderServerDoesNotKnow()
    {
        // The cluster of 2026-02-06: no model_properties, is_legacy_format,
        // custom_header_mapping or headers yet; and a CustomLLMConfig without init_kwargs.
        const SchemaDrift drift = compare([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"model_properties"_s, u"is_legacy_format"_s,
                                           u"custom_header_mapping"_s, u"headers"_s});
            FakeGalileo::removeProperties(schemas, u"CustomLLMConfig"_s, {u"init_kwargs"_s});
        });
        QVERIFY(drift.isKnown());
        QStringList appOnly = drift.appOnly;
        appOnly.sort();
        // A missing parent is reported once, not with each of its fields.
        QCOMPARE(appOnly,
                 QStringList({u"custom_header_mapping"_s, u"custom_llm_config.init_kwargs"_s,
                              u"headers"_s, u"is_legacy_format"_s, u"model_properties"_s}));
        QCOMPARE(drift.serverOnly, QStringList());
        QVERIFY(drift.describe().join(u'\n').contains(
            u"custom_header_mapping: sent by this app, unknown to the server"_s));
        const QJsonObject json = drift.toJson();
        QCOMPARE(json.value(u"app_only"_s).toArray().size(), 5);
    }

    void warningsAtThePlacesTheServerWouldDrop()
    {
        const SchemaDrift drift = compare([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
            FakeGalileo::removeProperties(schemas, u"ModelProperties"_s, {u"based_on"_s});
        });
        const QJsonObject body =
            QJsonDocument::fromJson("{"
                                    "\"endpoint\": \"https://gw.example.org/v1\","
                                    "\"custom_header_mapping\": {\"job_id\": \"X-Job\"},"
                                    "\"model_properties\": [{\"name\": \"a\"}, {\"name\": \"b\", "
                                    "\"based_on\": \"gpt-5.4\"}],"
                                    "\"custom_llm_config\": {\"file_name\": \"h.py\", "
                                    "\"class_name\": \"H\", \"init_kwargs\": {}},"
                                    "\"future_flag\": true"
                                    "}")
                .object();
        const ValidationIssues issues = drift.warningsFor(body);
        QStringList places;
        for (const ValidationIssue &issue : issues) {
            QCOMPARE(issue.severity, ValidationIssue::Severity::Warning);
            QCOMPARE(issue.type, u"field_unknown_to_server"_s);
            places << issue.path();
        }
        places.sort();
        QCOMPARE(places, QStringList({u"custom_header_mapping"_s, u"future_flag"_s,
                                      u"model_properties[1].based_on"_s}));
        // A body that uses none of them has nothing to warn about; nor has an unknown drift.
        QVERIFY(drift.warningsFor(QJsonObject{{u"endpoint"_s, u"https://x"_s}}).isEmpty());
        QVERIFY(SchemaDrift::unknown(u"no document"_s).warningsFor(body).isEmpty());
    }

    void fastApiWritesTheSameSchemaOtherWays()
    {
        // Pydantic v1 / OpenAPI 3.0: allOf around a $ref, `nullable`, and the request side
        // named "-Input" by pydantic v2 where input and output differ.
        const SchemaDrift drift = compare([](QJsonObject &schemas) {
            QJsonObject create = createSchema(schemas);
            QJsonObject properties = create.value(u"properties"_s).toObject();
            properties.insert(
                u"custom_llm_config"_s,
                QJsonObject{
                    {u"allOf"_s, QJsonArray{QJsonObject{
                                     {u"$ref"_s, u"#/components/schemas/CustomLLMConfig"_s}}}},
                    {u"nullable"_s, true}});
            properties.insert(
                u"model_properties"_s,
                QJsonObject{{u"type"_s, u"array"_s},
                            {u"items"_s,
                             QJsonObject{{u"$ref"_s, u"#/components/schemas/ModelProperties"_s}}},
                            {u"nullable"_s, true}});
            create.insert(u"properties"_s, properties);
            schemas.remove(u"CustomIntegrationCreate"_s);
            schemas.insert(u"CustomIntegrationCreate-Input"_s, create);
        });
        QVERIFY2(drift.isKnown(), qPrintable(drift.reason));
        QCOMPARE(drift.serverOnly, QStringList());
        QCOMPARE(drift.appOnly, QStringList());
    }

    void documentsThatAreNoSchema_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("no components") << QByteArray("{\"openapi\":\"3.1.0\",\"paths\":{}}");
        QTest::newRow("schema is a string")
            << QByteArray("{\"components\":{\"schemas\":{\"CustomIntegrationCreate\":\"yes\"}}}");
        QTest::newRow("no properties") << QByteArray(
            "{\"components\":{\"schemas\":{\"CustomIntegrationCreate\":{\"type\":\"string\"}}}}");
        QTest::newRow("endless $ref")
            << QByteArray("{\"components\":{\"schemas\":{"
                          "\"CustomIntegrationCreate\":{\"$ref\":\"#/components/schemas/A\"},"
                          "\"A\":{\"$ref\":\"#/components/schemas/CustomIntegrationCreate\"}}}}");
        QTest::newRow("external $ref") << QByteArray(
            "{\"components\":{\"schemas\":{"
            "\"CustomIntegrationCreate\":{\"$ref\":\"https://example.org/schema.json\"}}}}");
    }

    void documentsThatAreNoSchema()
    {
        QFETCH(QByteArray, document);
        const SchemaDrift drift = SchemaDrift::compare(QJsonDocument::fromJson(document).object());
        QVERIFY(!drift.isKnown());
        QVERIFY(!drift.hasDrift());
        QVERIFY(drift.reason.contains(u"no CustomIntegrationCreate"_s));
        QVERIFY(drift.summary().startsWith(u"Field drift unknown"_s));
        QCOMPARE(drift.toJson().value(u"state"_s).toString(), u"unknown"_s);
    }

    void nestedAlternativesEndless()
    {
        // anyOf inside anyOf, far deeper than any schema: bounded, no crash, no shape.
        QJsonObject inner{{u"type"_s, u"string"_s}};
        for (int i = 0; i < 200; ++i)
            inner = QJsonObject{{u"anyOf"_s, QJsonArray{inner}}};
        QJsonObject create{
            {u"properties"_s, QJsonObject{{u"endpoint"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                          {u"custom_llm_config"_s, inner}}}};
        const QJsonObject document{
            {u"components"_s,
             QJsonObject{{u"schemas"_s, QJsonObject{{u"CustomIntegrationCreate"_s, create}}}}}};
        const SchemaDrift drift = SchemaDrift::compare(document);
        QVERIFY(drift.isKnown());
        QVERIFY(!drift.shapes.contains(u"custom_llm_config"_s));
        QVERIFY(drift.appOnly.contains(u"authentication_type"_s));
    }

    void unknownReasonIsOneBoundedLine()
    {
        const SchemaDrift drift =
            SchemaDrift::unknown(u"line one\nline two\u202e"_s + QString(5000, u'x'));
        QVERIFY(!drift.reason.contains(u'\n'));
        QVERIFY(!drift.reason.contains(QChar(0x202e)));
        QVERIFY(drift.reason.size() < 500);
    }

    void theServersFieldNamesAreShownOnOneLine()
    {
        const SchemaDrift drift = compare([](QJsonObject &schemas) {
            FakeGalileo::addProperty(schemas, u"CustomIntegrationCreate"_s,
                                     u"evil\nstatus: ok\u202e"_s + QString(500, u'x'));
            for (int i = 0; i < 80; ++i)
                FakeGalileo::addProperty(schemas, u"CustomIntegrationCreate"_s,
                                         u"extra_%1"_s.arg(i, 2, 10, QLatin1Char('0')));
        });
        QCOMPARE(drift.serverOnly.size(), 81);
        const QStringList lines = drift.describe();
        for (const QString &line : lines) {
            QVERIFY(!line.contains(u'\n'));
            QVERIFY(!line.contains(QChar(0x202e)));
            QVERIFY(line.size() < 300);
        }
        // At most 50 of the server's, then how many more.
        QCOMPARE(lines.size(), 51);
        QCOMPARE(lines.last(), u"... and 31 more known only to the server"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SchemaDrift)
#include "tst_schemadrift.moc"
