#include "model/integrationjson.h"
#include "model/integrationmodel.h"

#include "../testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_IntegrationModel : public QObject
{
    Q_OBJECT

private slots:
    void setConfigAndBack()
    {
        const auto read = IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json")));
        IntegrationModel model;
        QSignalSpy replaced(&model, &IntegrationModel::configReplaced);
        QSignalSpy changed(&model, &IntegrationModel::changed);
        model.setConfig(read.config);
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(changed.count(), 1); // once, not once per table
        QCOMPARE(model.config(), read.config);
        QCOMPARE(model.models()->rowCount(), 3);
        QCOMPARE(model.headers()->rowCount(), 3);
        QCOMPARE(model.text(FieldId::MappingJobId), QStringLiteral("X-Job"));
        QCOMPARE(model.limit(FieldId::MultiModalMaxFiles), std::optional<qint64>(4));
    }

    void textFieldsAreAnnounced()
    {
        IntegrationModel model;
        QSignalSpy fieldChanged(&model, &IntegrationModel::fieldChanged);
        QSignalSpy changed(&model, &IntegrationModel::changed);
        model.setText(FieldId::Endpoint, QStringLiteral("https://a.example"));
        model.setText(FieldId::Endpoint, QStringLiteral("https://a.example")); // no change
        model.setText(FieldId::CustomLlmClassName, QStringLiteral("H"));
        QCOMPARE(fieldChanged.count(), 2);
        QCOMPARE(fieldChanged.at(0).at(0).value<FieldId>(), FieldId::Endpoint);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.config().endpoint, QStringLiteral("https://a.example"));
        QCOMPARE(model.config().customLlm.className, QStringLiteral("H"));
    }

    void everyScalarFieldIsATextFieldOrHasItsOwnSetter()
    {
        const QList<FieldId> own = {FieldId::AuthenticationType,
                                    FieldId::ModelProperties,
                                    FieldId::ModelName,
                                    FieldId::ModelAlias,
                                    FieldId::ModelBasedOn,
                                    FieldId::ModelSupportedParameters,
                                    FieldId::Headers,
                                    FieldId::HeaderName,
                                    FieldId::HeaderValue,
                                    FieldId::CustomHeaderMapping,
                                    FieldId::CustomLlmConfig,
                                    FieldId::CustomLlmInitKwargs,
                                    FieldId::MultiModalConfig,
                                    FieldId::MultiModalMaxFiles,
                                    FieldId::MultiModalMaxFileSizeBytes,
                                    FieldId::Models,
                                    FieldId::IsLegacyFormat};
        for (const FieldInfo &field : FieldCatalog::all())
            QVERIFY2(IntegrationModel::isTextField(field.id) != own.contains(field.id),
                     field.jsonPath);
    }

    void modifiedFollowsTheSavedState()
    {
        IntegrationModel model;
        QSignalSpy modified(&model, &IntegrationModel::modifiedChanged);
        QVERIFY(!model.isModified());
        model.setText(FieldId::Endpoint, QStringLiteral("x"));
        QVERIFY(model.isModified());
        model.setText(FieldId::Endpoint, QString());
        QVERIFY(!model.isModified()); // back to what was saved
        model.models()->appendNames({QStringLiteral("m")});
        QVERIFY(model.isModified());
        model.markSaved();
        QVERIFY(!model.isModified());
        model.headers()->insertRows(0, 1);
        QVERIFY(model.isModified());
        QCOMPARE(modified.count(), 5);
    }

    void modelsTable()
    {
        IntegrationModel integration;
        ModelPropertiesTable *table = integration.models();
        QAbstractItemModelTester tester(table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&integration, &IntegrationModel::changed);

        QCOMPARE(table->appendNames({"a", " b ", "", "a", "c\r"}), 3);
        QCOMPARE(integration.config().modelNames(), QStringList({"a", "b", "c"}));
        QCOMPARE(table->appendNames({"a"}), 0);

        QVERIFY(table->setData(table->index(0, ModelPropertiesTable::AliasColumn), "Alpha"));
        QVERIFY(table->setData(table->index(1, ModelPropertiesTable::BasedOnColumn), "gpt-5.4"));
        QVERIFY(table->setData(table->index(2, ModelPropertiesTable::SupportedParametersColumn),
                               QStringList{"temperature", "n"}));
        QCOMPARE(table->data(table->index(2, ModelPropertiesTable::SupportedParametersColumn)),
                 QVariant(QStringLiteral("temperature, n")));

        // Picking one of based_on / supported_parameters disables the other in that row.
        const auto enabled = [table](int row, int column) {
            return table->flags(table->index(row, column)).testFlag(Qt::ItemIsEnabled);
        };
        QVERIFY(!enabled(1, ModelPropertiesTable::SupportedParametersColumn));
        QVERIFY(enabled(1, ModelPropertiesTable::BasedOnColumn));
        QVERIFY(!enabled(2, ModelPropertiesTable::BasedOnColumn));
        QVERIFY(enabled(0, ModelPropertiesTable::BasedOnColumn));
        QVERIFY(enabled(0, ModelPropertiesTable::SupportedParametersColumn));
        // Unticking everything unsets the list and frees based_on again.
        QVERIFY(table->setData(table->index(2, ModelPropertiesTable::SupportedParametersColumn),
                               QStringList{}));
        QVERIFY(!integration.config().modelProperties.at(2).supportedParameters);
        QVERIFY(enabled(2, ModelPropertiesTable::BasedOnColumn));

        QVERIFY(table->moveRow(2, 0));
        QCOMPARE(integration.config().modelNames(), QStringList({"c", "a", "b"}));
        QVERIFY(table->moveRow(0, 2));
        QCOMPARE(integration.config().modelNames(), QStringList({"a", "b", "c"}));
        QVERIFY(!table->moveRow(0, 3));
        QVERIFY(table->removeRows(1, 1));
        QCOMPARE(integration.config().modelNames(), QStringList({"a", "c"}));
        QCOMPARE(integration.config().modelProperties.first().alias, QStringLiteral("Alpha"));
        QVERIFY(changed.count() >= 7);
    }

    void headersTableMasksValues()
    {
        IntegrationModel integration;
        HeadersTable *table = integration.headers();
        QAbstractItemModelTester tester(table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(table->insertRows(0, 2));
        QVERIFY(table->setData(table->index(0, HeadersTable::NameColumn), "  X-Tenant "));
        QVERIFY(table->setData(table->index(0, HeadersTable::ValueColumn), "acme-secret"));
        QCOMPARE(integration.config().headers.first(),
                 (HeaderEntry{QStringLiteral("X-Tenant"), QStringLiteral("acme-secret")}));
        const QModelIndex value = table->index(0, HeadersTable::ValueColumn);
        QVERIFY(!table->data(value, Qt::DisplayRole).toString().contains(QLatin1String("acme")));
        QCOMPARE(table->data(value, Qt::EditRole).toString(), QStringLiteral("acme-secret"));
        QSignalSpy dataChanged(table, &QAbstractItemModel::dataChanged);
        table->setValuesRevealed(true);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(table->data(value, Qt::DisplayRole).toString(), QStringLiteral("acme-secret"));
        QVERIFY(table->moveRow(0, 1));
        QCOMPARE(integration.config().headers.at(1).name, QStringLiteral("X-Tenant"));
    }

    void switchingAuthKeepsValues()
    {
        IntegrationModel model;
        model.setAuthenticationType(AuthenticationType::ApiKey);
        model.setText(FieldId::ApiKeyValue, QStringLiteral("k"));
        model.setAuthenticationType(AuthenticationType::None);
        QCOMPARE(model.text(FieldId::ApiKeyValue), QStringLiteral("k"));
        QVERIFY(!IntegrationJson::write(model.config()).contains("\"k\""));
        model.setAuthenticationType(AuthenticationType::ApiKey);
        QVERIFY(IntegrationJson::write(model.config()).contains("\"k\""));
    }

    void optionalGroups()
    {
        IntegrationModel model;
        model.setText(FieldId::CustomLlmFileName, QStringLiteral("a.py"));
        model.setInitKwargs(QJsonObject{{"timeout", 60}});
        QVERIFY(!IntegrationJson::write(model.config()).contains("custom_llm_config"));
        model.setCustomLlmEnabled(true);
        QVERIFY(IntegrationJson::write(model.config()).contains("\"timeout\": 60"));
        model.setMultiModalEnabled(true);
        model.setLimit(FieldId::MultiModalMaxFileSizeBytes, 5 * 1024 * 1024);
        QCOMPARE(model.config().multiModal.maxFileSizeBytes, std::optional<qint64>(5242880));
        QVERIFY(!model.config().multiModal.maxFiles);
    }
};

QTEST_GUILESS_MAIN(tst_IntegrationModel)
#include "tst_integrationmodel.moc"
