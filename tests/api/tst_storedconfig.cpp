#include "api/storedconfig.h"

#include <QJsonDocument>
#include <QtTest>

class tst_StoredConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBodyOrANestedOne()
    {
        const QJsonObject body{{"authentication_type", "api_key"},
                               {"endpoint", "https://gw.example/v1"},
                               {"api_key_header", "X-Key"}};
        auto result = StoredConfig::read(body);
        QVERIFY(result.ok);
        QCOMPARE(result.config.endpoint, QStringLiteral("https://gw.example/v1"));
        QVERIFY(result.issues.isEmpty());

        const QJsonObject db{
            {"id", "1"}, {"name", "custom"}, {"permissions", QJsonArray{}}, {"extra", body}};
        result = StoredConfig::read(db);
        QCOMPARE(result.config.apiKeyHeader, QStringLiteral("X-Key"));
        QVERIFY(result.issues.isEmpty()); // the IntegrationDB's own fields are not "unknown"
    }

    void keepsLocalSecrets()
    {
        IntegrationConfig server;
        server.authenticationType = AuthenticationType::ApiKey;
        server.apiKeyHeader = QStringLiteral("X-Key");
        server.headers = {{QStringLiteral("X-Tenant"), {}}, {QStringLiteral("X-New"), {}}};
        IntegrationConfig local;
        local.apiKeyValue = QStringLiteral("sk-local");
        local.token = QStringLiteral("unused");
        local.headers = {{QStringLiteral("x-tenant"), QStringLiteral("acme")}};
        QStringList kept;
        QStringList missing;
        const IntegrationConfig merged =
            StoredConfig::keepLocalSecrets(server, local, &kept, &missing);
        QCOMPARE(merged.apiKeyValue, QStringLiteral("sk-local"));
        QCOMPARE(merged.headers.at(0).value, QStringLiteral("acme"));
        QCOMPARE(kept, QStringList({"api_key_value", "token", "headers.X-Tenant"}));
        QCOMPARE(missing, QStringList{"headers.X-New"});
    }

    // Stored fields leave the headers and init_kwargs out: the local ones stay whole, and
    // without any, they are missing (unknown), never silently none.
    void headersAndHandlerArgumentsAreNeverDropped()
    {
        IntegrationConfig server;
        server.authenticationType = AuthenticationType::ApiKey;
        server.customLlm.enabled = true;
        server.customLlm.fileName = QStringLiteral("h.py");
        IntegrationConfig local;
        local.apiKeyValue = QStringLiteral("sk-local");
        local.headers = {{QStringLiteral("X-Route"), QStringLiteral("r-1")},
                         {QStringLiteral("X-Tenant"), QStringLiteral("t-1")}};
        local.customLlm.initKwargs = QJsonObject{{"api_key", "kw-1"}};
        QStringList kept;
        QStringList missing;
        IntegrationConfig merged = StoredConfig::keepLocalSecrets(server, local, &kept, &missing);
        QCOMPARE(merged.headers, local.headers);
        QCOMPARE(merged.customLlm.initKwargs, local.customLlm.initKwargs);
        QVERIFY(kept.contains(QStringLiteral("headers.X-Route")));
        QVERIFY(kept.contains(QStringLiteral("custom_llm_config.init_kwargs")));
        QVERIFY(missing.isEmpty());

        kept.clear();
        merged = StoredConfig::keepLocalSecrets(server, IntegrationConfig(), &kept, &missing);
        QVERIFY(merged.headers.isEmpty());
        QCOMPARE(missing,
                 QStringList({"api_key_value", "headers", "custom_llm_config.init_kwargs"}));
    }
};

QTEST_GUILESS_MAIN(tst_StoredConfig)
#include "tst_storedconfig.moc"
