#include "model/fieldcatalog.h"

#include <QSet>
#include <QtTest>

class tst_FieldCatalog : public QObject
{
    Q_OBJECT

private slots:
    void tableFollowsTheEnum()
    {
        const auto &fields = FieldCatalog::all();
        for (int i = 0; i < fields.size(); ++i)
            QCOMPARE(int(fields.at(i).id), i);
    }

    void everyFieldIsDescribed()
    {
        QSet<QString> paths;
        for (const FieldInfo &field : FieldCatalog::all()) {
            QVERIFY(!FieldCatalog::label(field.id).isEmpty());
            QVERIFY2(FieldCatalog::help(field.id).size() > 10, field.jsonPath);
            QVERIFY2(!paths.contains(QLatin1String(field.jsonPath)), field.jsonPath);
            paths.insert(QLatin1String(field.jsonPath));
        }
    }

    // Every property of CustomIntegrationCreate in the seed has an entry.
    void coversTheSchema()
    {
        const QStringList schema = {"multi_modal_config",
                                    "authentication_type",
                                    "models",
                                    "model_properties",
                                    "is_legacy_format",
                                    "default_model",
                                    "endpoint",
                                    "authentication_scope",
                                    "oauth2_token_url",
                                    "api_key_header",
                                    "api_key_value",
                                    "custom_llm_config",
                                    "custom_header_mapping",
                                    "headers",
                                    "token",
                                    "model_properties[].name",
                                    "model_properties[].alias",
                                    "model_properties[].based_on",
                                    "model_properties[].supported_parameters",
                                    "custom_llm_config.file_name",
                                    "custom_llm_config.class_name",
                                    "custom_llm_config.init_kwargs",
                                    "multi_modal_config.max_files",
                                    "multi_modal_config.max_file_size_bytes",
                                    "custom_header_mapping.job_id",
                                    "custom_header_mapping.user_id",
                                    "custom_header_mapping.project_id",
                                    "custom_header_mapping.run_id"};
        QStringList known;
        for (const FieldInfo &field : FieldCatalog::all())
            known << QLatin1String(field.jsonPath);
        for (const QString &path : schema)
            QVERIFY2(known.contains(path), qPrintable(path));
    }

    void secrets()
    {
        QVERIFY(FieldCatalog::isSecret(FieldId::Token));
        QVERIFY(FieldCatalog::isSecret(FieldId::ApiKeyValue));
        QVERIFY(FieldCatalog::isSecret(FieldId::HeaderValue));
        QVERIFY(!FieldCatalog::isSecret(FieldId::Endpoint));
    }

    void fieldForPath_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("field");
        QTest::newRow("endpoint") << QStringList{"endpoint"} << true << int(FieldId::Endpoint);
        QTest::newRow("model cell")
            << QStringList{"model_properties", "alias"} << true << int(FieldId::ModelAlias);
        QTest::newRow("nested") << QStringList{"custom_llm_config", "class_name"} << true
                                << int(FieldId::CustomLlmClassName);
        QTest::newRow("mapping") << QStringList{"custom_header_mapping", "run_id"} << true
                                 << int(FieldId::MappingRunId);
        QTest::newRow("unknown") << QStringList{"nope"} << false << 0;
        QTest::newRow("unknown child") << QStringList{"endpoint", "x"} << false << 0;
        QTest::newRow("empty") << QStringList{} << false << 0;
    }

    void fieldForPath()
    {
        QFETCH(QStringList, keys);
        QFETCH(bool, found);
        QFETCH(int, field);
        FieldId id = FieldId::IsLegacyFormat;
        QCOMPARE(FieldCatalog::fieldForPath(keys, &id), found);
        if (found)
            QCOMPARE(int(id), field);
    }

    void jsonKey()
    {
        QCOMPARE(FieldCatalog::jsonKey(FieldId::CustomLlmFileName), QStringLiteral("file_name"));
        QCOMPARE(FieldCatalog::jsonKey(FieldId::ModelBasedOn), QStringLiteral("based_on"));
        QCOMPARE(FieldCatalog::jsonKey(FieldId::Endpoint), QStringLiteral("endpoint"));
    }

    void runParameters()
    {
        QCOMPARE(FieldCatalog::runParameterNames().size(), 19);
        QVERIFY(FieldCatalog::runParameterNames().contains(QLatin1String("reasoning_effort")));
    }
};

QTEST_GUILESS_MAIN(tst_FieldCatalog)
#include "tst_fieldcatalog.moc"
