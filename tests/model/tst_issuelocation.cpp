#include "model/integrationjson.h"
#include "model/issuelocation.h"

#include "../testsupport.h"

#include <QtTest>

Q_DECLARE_METATYPE(IssueLocation)
Q_DECLARE_METATYPE(IssueLocation::Kind)

class tst_IssueLocation : public QObject
{
    Q_OBJECT

private slots:
    void locate_data()
    {
        QTest::addColumn<QJsonArray>("loc");
        QTest::addColumn<QString>("type");
        QTest::addColumn<IssueLocation>("expected");
        using K = IssueLocation::Kind;
        QTest::newRow("field") << QJsonArray{"body", "endpoint"} << ""
                               << IssueLocation{K::Field, FieldId::Endpoint, -1};
        QTest::newRow("nested field") << QJsonArray{"body", "multi_modal_config", "max_files"} << ""
                                      << IssueLocation{K::Field, FieldId::MultiModalMaxFiles, -1};
        QTest::newRow("unknown key in object")
            << QJsonArray{"body", "custom_llm_config", "module"} << ""
            << IssueLocation{K::Field, FieldId::CustomLlmConfig, -1};
        QTest::newRow("model cell") << QJsonArray{"body", "model_properties", 1, "alias"} << ""
                                    << IssueLocation{K::ModelCell, FieldId::ModelAlias, 1};
        QTest::newRow("model parameter")
            << QJsonArray{"body", "model_properties", 0, "supported_parameters", 3} << ""
            << IssueLocation{K::ModelCell, FieldId::ModelSupportedParameters, 0};
        QTest::newRow("model row") << QJsonArray{"body", "model_properties", 2} << ""
                                   << IssueLocation{K::ModelCell, FieldId::ModelName, 2};
        QTest::newRow("model row out of range")
            << QJsonArray{"body", "model_properties", 9, "name"} << ""
            << IssueLocation{K::Field, FieldId::ModelProperties, -1};
        QTest::newRow("models table") << QJsonArray{"body", "model_properties"} << ""
                                      << IssueLocation{K::Field, FieldId::ModelProperties, -1};
        QTest::newRow("header name")
            << QJsonArray{"body", "headers", "X-Route"} << "value_error.header_name"
            << IssueLocation{K::HeaderCell, FieldId::HeaderName, 1};
        QTest::newRow("header value (server)")
            << QJsonArray{"body", "headers", "X-Route"} << "type_error.str"
            << IssueLocation{K::HeaderCell, FieldId::HeaderValue, 1};
        QTest::newRow("header value (local)")
            << QJsonArray{"body", "headers", "X-Tenant"} << "value_error.header_value"
            << IssueLocation{K::HeaderCell, FieldId::HeaderValue, 0};
        QTest::newRow("duplicate header: the later row")
            << QJsonArray{"body", "headers", "X-Tenant"} << "value_error.header_duplicate"
            << IssueLocation{K::HeaderCell, FieldId::HeaderName, 3};
        QTest::newRow("unknown header") << QJsonArray{"body", "headers", "X-Nope"} << ""
                                        << IssueLocation{K::Field, FieldId::Headers, -1};
        QTest::newRow("body") << QJsonArray{"body"} << "" << IssueLocation{};
        QTest::newRow("root") << QJsonArray{"body", "__root__"} << "" << IssueLocation{};
        QTest::newRow("json position") << QJsonArray{"body", 42} << "" << IssueLocation{};
        QTest::newRow("unknown field") << QJsonArray{"body", "endpiont"} << "" << IssueLocation{};
        QTest::newRow("query") << QJsonArray{"query", "endpoint"} << "" << IssueLocation{};
    }

    void locate()
    {
        QFETCH(QJsonArray, loc);
        QFETCH(QString, type);
        QFETCH(IssueLocation, expected);
        IntegrationConfig config =
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config;
        config.headers << HeaderEntry{QStringLiteral("X-Tenant"), QStringLiteral("again")};
        const IssueLocation actual =
            IssueLocation::locate(ValidationIssue::error(loc, type, QStringLiteral("m")), config);
        QCOMPARE(int(actual.kind), int(expected.kind));
        QCOMPARE(actual.row, expected.row);
        if (expected.kind != IssueLocation::Kind::Nowhere)
            QCOMPARE(int(actual.field), int(expected.field));
    }
};

QTEST_GUILESS_MAIN(tst_IssueLocation)
#include "tst_issuelocation.moc"
