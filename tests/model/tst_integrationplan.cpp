#include "model/integrationplan.h"
#include "model/secretcatalog.h"
#include "storage/secretfingerprints.h"

#include <QJsonDocument>
#include <QtTest>

// The plan of an apply: every kind of change, table rows matched by name, unknown fields, and
// each state of a secret from each source of Galileo's side, with no secret ever in the text.
class tst_IntegrationPlan : public QObject
{
    Q_OBJECT

private:
    using Plan = IntegrationPlan;
    using Source = IntegrationPlan::Remote::Source;

    static IntegrationConfig base()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::ApiKey;
        config.endpoint = QStringLiteral("https://gateway.example.org/v1");
        config.apiKeyHeader = QStringLiteral("X-Api-Key");
        config.apiKeyValue = QStringLiteral("sk-secret-value-1");
        config.modelProperties = {{QStringLiteral("llama-3"), QStringLiteral("Llama"), {}, {}},
                                  {QStringLiteral("mistral"), {}, {}, {}}};
        config.headers = {{QStringLiteral("X-Team"), QStringLiteral("team-secret-1")},
                          {QStringLiteral("X-Env"), QStringLiteral("env-secret-1")}};
        return config;
    }

    static Plan::Remote definition(const IntegrationConfig &config)
    {
        return {Source::Definition, config, std::nullopt};
    }

    // The entry about `path`, or a default one with an empty path.
    static Plan::Change at(const Plan &plan, const QString &path)
    {
        for (const Plan::Change &change : plan.changes()) {
            if (change.path == path)
                return change;
        }
        return {};
    }

    // Neither rendering holds any of the secrets.
    static void verifyNoSecrets(const Plan &plan)
    {
        const QString text =
            plan.toText() + QString::fromUtf8(QJsonDocument(plan.toJson()).toJson());
        for (const char *secret :
             {"sk-secret", "team-secret", "env-secret", "client-secret", "kwarg-secret"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    }

    QByteArray m_key = SecretFingerprints::newKey();

private slots:
    void sameConfigHasNoChanges()
    {
        const Plan plan = Plan::make(base(), definition(base()), m_key);
        QVERIFY(!plan.hasChanges());
        QCOMPARE(plan.changeCount(), 0);
        QCOMPARE(plan.summary(), QStringLiteral("No changes."));
        // The secrets are still reported, as unchanged.
        QCOMPARE(at(plan, "api_key_value").secret, Plan::Secret::Unchanged);
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Unchanged);
        QCOMPARE(at(plan, "api_key_value").toLine(),
                 QStringLiteral("  api_key_value: (secret unchanged)"));
        verifyNoSecrets(plan);
    }

    void scalarAddedRemovedChanged()
    {
        IntegrationConfig desired = base();
        desired.endpoint = QStringLiteral("https://gateway.example.org/v2");
        desired.defaultModel = QStringLiteral("mistral");
        IntegrationConfig remote = base();
        remote.headerMapping.jobId = QStringLiteral("X-Job");
        const Plan plan = Plan::make(desired, definition(remote), m_key);

        const Plan::Change endpoint = at(plan, "endpoint");
        QCOMPARE(endpoint.kind, Plan::Kind::Changed);
        QCOMPARE(endpoint.toLine(), QStringLiteral("~ endpoint: \"https://gateway.example.org/v1\" "
                                                   "-> \"https://gateway.example.org/v2\""));
        QCOMPARE(endpoint.loc, QJsonArray({"body", "endpoint"}));
        QCOMPARE(at(plan, "default_model").kind, Plan::Kind::Added);
        QCOMPARE(at(plan, "default_model").toLine(),
                 QStringLiteral("+ default_model: \"mistral\""));
        const Plan::Change mapping = at(plan, "custom_header_mapping");
        QCOMPARE(mapping.kind, Plan::Kind::Removed);
        QCOMPARE(mapping.before.toObject().value("job_id").toString(), QStringLiteral("X-Job"));
        QCOMPARE(plan.changeCount(), 3);
        QCOMPARE(plan.summary(),
                 QStringLiteral("3 changes: endpoint, default_model, custom_header_mapping"));
    }

    void nestedFieldChangesOnItsOwn()
    {
        IntegrationConfig desired = base();
        desired.multiModal = {true, 4, 1000};
        IntegrationConfig remote = base();
        remote.multiModal = {true, 2, 1000};
        const Plan plan = Plan::make(desired, definition(remote), m_key);
        QCOMPARE(plan.changeCount(), 1);
        const Plan::Change files = at(plan, "multi_modal_config.max_files");
        QCOMPARE(files.toLine(), QStringLiteral("~ multi_modal_config.max_files: 2 -> 4"));
        QCOMPARE(files.loc, QJsonArray({"body", "multi_modal_config", "max_files"}));
    }

    void modelRowsMatchedByName()
    {
        IntegrationConfig desired = base();
        desired.modelProperties = {{QStringLiteral("mistral"), {}, {}, QStringList{"temperature"}},
                                   {QStringLiteral("gpt-4o"), QStringLiteral("GPT"), {}, {}}};
        const Plan plan = Plan::make(desired, definition(base()), m_key);
        const Plan::Change added = at(plan, "model_properties[gpt-4o]");
        QCOMPARE(added.kind, Plan::Kind::Added);
        QCOMPARE(added.loc, QJsonArray({"body", "model_properties", 1}));
        QCOMPARE(
            added.toLine(),
            QStringLiteral("+ model_properties[gpt-4o]: {\"alias\":\"GPT\",\"name\":\"gpt-4o\"}"));
        const Plan::Change removed = at(plan, "model_properties[llama-3]");
        QCOMPARE(removed.kind, Plan::Kind::Removed);
        QCOMPARE(removed.loc, QJsonArray({"body", "model_properties"}));
        const Plan::Change parameters = at(plan, "model_properties[mistral].supported_parameters");
        QCOMPARE(parameters.kind, Plan::Kind::Added);
        QCOMPARE(parameters.loc,
                 QJsonArray({"body", "model_properties", 0, "supported_parameters"}));
        // One model left on both sides: no order to speak of.
        QVERIFY(at(plan, "model_properties").path.isEmpty());
        QCOMPARE(plan.changeCount(), 3);
    }

    void reorderAloneIsOneChange()
    {
        IntegrationConfig desired = base();
        std::reverse(desired.modelProperties.begin(), desired.modelProperties.end());
        std::reverse(desired.headers.begin(), desired.headers.end());
        const Plan plan = Plan::make(desired, definition(base()), m_key);
        QCOMPARE(plan.changeCount(), 1);
        const Plan::Change models = at(plan, "model_properties");
        QCOMPARE(models.kind, Plan::Kind::Reordered);
        QCOMPARE(models.toLine(),
                 QStringLiteral("~ model_properties: reordered: llama-3, mistral -> mistral, "
                                "llama-3"));
        // Headers are a JSON object: their order is no change (a server may keep them sorted).
        QVERIFY(at(plan, "headers").path.isEmpty());
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Unchanged);
    }

    void longReorderNamesTheFirstFew()
    {
        IntegrationConfig remote = base();
        remote.modelProperties.clear();
        for (int i = 0; i < 40; ++i)
            remote.modelProperties << ModelProperty{QStringLiteral("m%1").arg(i), {}, {}, {}};
        IntegrationConfig desired = remote;
        std::reverse(desired.modelProperties.begin(), desired.modelProperties.end());
        const Plan plan = Plan::make(desired, definition(remote), m_key);
        QCOMPARE(plan.changeCount(), 1);
        const Plan::Change change = at(plan, "model_properties");
        QVERIFY(change.toLine().endsWith(QLatin1String("m28, ... (40 in all)")));
        QCOMPARE(change.after.toArray().size(), 40); // the JSON has them all
    }

    void unknownFieldsAreCompared()
    {
        IntegrationConfig desired = base();
        desired.extra = {{"retry_policy", QJsonObject{{"max", 3}}}, {"region", "eu"}};
        IntegrationConfig remote = base();
        remote.extra = {{"retry_policy", QJsonObject{{"max", 2}}}, {"tier", "gold"}};
        const Plan plan = Plan::make(desired, definition(remote), m_key);
        QCOMPARE(plan.changeCount(), 3);
        QCOMPARE(at(plan, "retry_policy").toLine(),
                 QStringLiteral("~ retry_policy: {\"max\":2} -> {\"max\":3}"));
        QCOMPARE(at(plan, "region").kind, Plan::Kind::Added);
        QCOMPARE(at(plan, "tier").kind, Plan::Kind::Removed);
        QCOMPARE(at(plan, "tier").loc, QJsonArray({"body", "tier"}));
    }

    void unknownCredentialFieldsAreSecrets()
    {
        // An unknown field named as a credential is compared like the catalog's secrets.
        IntegrationConfig desired = base();
        desired.extra = {{"gateway_api_key", "gw-secret-2"}, {"audit_token", "audit-secret"}};
        IntegrationConfig remote = base();
        remote.extra = {{"gateway_api_key", "gw-secret-1"}, {"signing_secret", "sign-secret"}};
        const Plan plan = Plan::make(desired, definition(remote), m_key);
        QCOMPARE(at(plan, "gateway_api_key").toLine(),
                 QStringLiteral("~ gateway_api_key: (secret changed)"));
        QCOMPARE(at(plan, "gateway_api_key").loc, QJsonArray({"body", "gateway_api_key"}));
        QCOMPARE(at(plan, "audit_token").toLine(), QStringLiteral("+ audit_token: (secret added)"));
        QCOMPARE(at(plan, "signing_secret").toLine(),
                 QStringLiteral("- signing_secret: (secret removed)"));
        desired.extra = remote.extra;
        QVERIFY(!Plan::make(desired, definition(remote), m_key).hasChanges());
        const QString text =
            plan.toText() + QString::fromUtf8(QJsonDocument(plan.toJson()).toJson());
        for (const char *secret : {"gw-secret", "audit-secret", "sign-secret"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    }

    // An earlier apply from the history: its body is masked, so only its fingerprints count.
    void historyEntryByItsFingerprints()
    {
        const IntegrationConfig applied = base();
        IntegrationConfig copy = applied;
        const SecretFingerprints::Fingerprints fingerprints =
            SecretFingerprints::ofAll(m_key, SecretCatalog::extract(&copy, nullptr));
        const Plan::Remote entry{Source::History, SecretCatalog::masked(applied), fingerprints};
        QVERIFY(!Plan::make(applied, entry, m_key).hasChanges());
        QCOMPARE(at(Plan::make(applied, entry, m_key), "api_key_value").secret,
                 Plan::Secret::Unchanged);

        IntegrationConfig desired = applied;
        desired.headers[0].value = QStringLiteral("team-secret-2");
        const Plan plan = Plan::make(desired, entry, m_key);
        QCOMPARE(at(plan, "headers[X-Team]").toLine(),
                 QStringLiteral("~ headers[X-Team]: (secret changed)"));
        QCOMPARE(plan.changeCount(), 1);
        QCOMPARE(plan.toJson().value("source").toString(), QStringLiteral("history"));
        verifyNoSecrets(plan);

        // Recorded without fingerprints (no keychain then): the secrets are unknown.
        const Plan unknown = Plan::make(
            applied, {Source::History, SecretCatalog::masked(applied), std::nullopt}, m_key);
        QCOMPARE(at(unknown, "api_key_value").secret, Plan::Secret::Unknown);
        QCOMPARE(at(unknown, "headers[X-Env]").secret, Plan::Secret::Unknown);
    }

    // Stored fields without a record of the last apply: the headers and the handler's
    // arguments Galileo may hold are unknown, never "no changes".
    void storedFieldsLeaveHeadersAndArgumentsUnknown()
    {
        IntegrationConfig desired = base();
        desired.headers.clear();
        desired.customLlm = {true, QStringLiteral("h.py"), QStringLiteral("H"), std::nullopt};
        IntegrationConfig stored = desired;
        stored.apiKeyValue.clear();
        const Plan plan = Plan::make(desired, {Source::StoredFields, stored, std::nullopt}, m_key);
        QCOMPARE(at(plan, "headers").toLine(), QStringLiteral("~ headers: (secret unknown)"));
        QCOMPARE(at(plan, "custom_llm_config.init_kwargs").secret, Plan::Secret::Unknown);
        QVERIFY(plan.hasChanges());

        // With the history's record, nothing is unknown.
        IntegrationConfig copy = desired;
        const auto applied =
            SecretFingerprints::ofAll(m_key, SecretCatalog::extract(&copy, nullptr));
        const Plan known = Plan::make(desired, {Source::StoredFields, stored, applied}, m_key);
        QVERIFY2(!known.hasChanges(), qPrintable(known.toText()));
    }

    void unsentValuesAreNotCompared()
    {
        // A token left over from OAuth2 is not sent with an API key: not part of the plan.
        IntegrationConfig desired = base();
        desired.token =
            QStringLiteral("{\"client_id\":\"app\",\"client_secret\":\"client-secret\"}");
        desired.authenticationScope = QStringLiteral("scope");
        const Plan plan = Plan::make(desired, definition(base()), m_key);
        QVERIFY(!plan.hasChanges());
        QVERIFY(at(plan, "token").path.isEmpty());
    }

    void secretsFromTheDefinition()
    {
        IntegrationConfig desired = base();
        desired.apiKeyValue = QStringLiteral("sk-secret-value-2");
        desired.headers.removeAt(1); // X-Env
        desired.headers.append({QStringLiteral("X-New"), QStringLiteral("env-secret-2")});
        desired.customLlm = {true, QStringLiteral("h.py"), QStringLiteral("H"),
                             QJsonObject{{"key", "kwarg-secret"}}};
        const Plan plan = Plan::make(desired, definition(base()), m_key);
        QCOMPARE(at(plan, "api_key_value").toLine(),
                 QStringLiteral("~ api_key_value: (secret changed)"));
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Unchanged);
        QCOMPARE(at(plan, "headers[X-Env]").toLine(),
                 QStringLiteral("- headers[X-Env]: (secret removed)"));
        QCOMPARE(at(plan, "headers[X-Env]").loc, QJsonArray({"body", "headers"}));
        QCOMPARE(at(plan, "headers[X-New]").toLine(),
                 QStringLiteral("+ headers[X-New]: (secret added)"));
        QCOMPARE(at(plan, "headers[X-New]").loc, QJsonArray({"body", "headers", "X-New"}));
        QCOMPARE(at(plan, "custom_llm_config").kind, Plan::Kind::Added);
        QCOMPARE(at(plan, "custom_llm_config.init_kwargs").toLine(),
                 QStringLiteral("+ custom_llm_config.init_kwargs: (secret added)"));
        QCOMPARE(plan.unknownCount(), 0);
        // The JSON says the state, never a value.
        const QJsonObject json = at(plan, "api_key_value").toJson();
        QCOMPARE(json.value("secret").toString(), QStringLiteral("changed"));
        QVERIFY(!json.contains("before") && !json.contains("after"));
        verifyNoSecrets(plan);
    }

    void withoutTheKeySecretsAreUnknown()
    {
        IntegrationConfig desired = base();
        desired.headers.append({QStringLiteral("X-New"), QStringLiteral("env-secret-2")});
        const Plan plan = Plan::make(desired, definition(base()), QByteArray());
        QCOMPARE(at(plan, "api_key_value").toLine(),
                 QStringLiteral("~ api_key_value: (secret unknown)"));
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Unknown);
        // Present on one side only is a change whatever the values.
        QCOMPARE(at(plan, "headers[X-New]").secret, Plan::Secret::Changed);
        QCOMPARE(plan.unknownCount(), 3);
        QVERIFY(plan.hasChanges());
        QCOMPARE(plan.summary(), QStringLiteral("1 change: headers[X-New]; 3 secrets unknown: "
                                                "api_key_value, headers[X-Team], headers[X-Env]"));
        verifyNoSecrets(plan);
    }

    void storedFieldsWithTheHistorysFingerprints()
    {
        // What was applied last: the base config's secrets, fingerprinted with this user's key.
        IntegrationConfig applied = base();
        const SecretFingerprints::Fingerprints fingerprints =
            SecretFingerprints::ofAll(m_key, SecretCatalog::extract(&applied, nullptr));
        IntegrationConfig stored = base(); // as Galileo returns it: no secrets, no headers
        SecretCatalog::extract(&stored, nullptr);
        stored.headers.clear();

        IntegrationConfig desired = base();
        desired.headers[0].value = QStringLiteral("team-secret-2");
        std::reverse(desired.headers.begin(), desired.headers.end());
        const Plan plan = Plan::make(desired, {Source::StoredFields, stored, fingerprints}, m_key);
        QCOMPARE(plan.source(), Source::StoredFields);
        QCOMPARE(at(plan, "api_key_value").secret, Plan::Secret::Unchanged);
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Changed);
        QCOMPARE(at(plan, "headers[X-Env]").secret, Plan::Secret::Unchanged);
        QCOMPARE(plan.changeCount(), 1);
        QCOMPARE(plan.unknownCount(), 0);

        // A header the last apply sent and the form no longer has.
        desired.headers.removeAt(0);
        const Plan removed =
            Plan::make(desired, {Source::StoredFields, stored, fingerprints}, m_key);
        QCOMPARE(at(removed, "headers[X-Env]").kind, Plan::Kind::Removed);
        verifyNoSecrets(removed);
    }

    void storedFieldsWithoutHistoryAreUnknown()
    {
        IntegrationConfig stored = base();
        SecretCatalog::extract(&stored, nullptr);
        stored.headers.clear();
        const Plan plan = Plan::make(base(), {Source::StoredFields, stored, std::nullopt}, m_key);
        QCOMPARE(at(plan, "api_key_value").toLine(),
                 QStringLiteral("~ api_key_value: (secret unknown)"));
        QCOMPARE(at(plan, "headers[X-Team]").secret, Plan::Secret::Unknown);
        QCOMPARE(at(plan, "headers[X-Env]").secret, Plan::Secret::Unknown);
        QCOMPARE(plan.changeCount(), 0);
        QCOMPARE(plan.unknownCount(), 3);
        QVERIFY(plan.hasChanges());
    }

    void nothingStoredIsAllAdditions()
    {
        const Plan plan = Plan::make(base(), {Source::Nothing, {}, std::nullopt}, QByteArray());
        for (const Plan::Change &change : plan.changes())
            QVERIFY2(change.kind == Plan::Kind::Added, qPrintable(change.toLine()));
        QCOMPARE(at(plan, "authentication_type").toLine(),
                 QStringLiteral("+ authentication_type: \"api_key\""));
        QCOMPARE(at(plan, "model_properties[llama-3]").kind, Plan::Kind::Added);
        QCOMPARE(at(plan, "api_key_value").secret, Plan::Secret::Changed);
        QCOMPARE(at(plan, "headers[X-Env]").secret, Plan::Secret::Changed);
        QCOMPARE(plan.unknownCount(), 0);
        QCOMPARE(plan.toJson().value("source").toString(), QStringLiteral("nothing"));
        verifyNoSecrets(plan);
    }

    void linesStayOneLine()
    {
        IntegrationConfig desired = base();
        desired.extra = {{"note", "two\nlines"}};
        const Plan plan = Plan::make(desired, definition(base()), m_key);
        QCOMPARE(at(plan, "note").toLine(), QStringLiteral("+ note: \"two\\nlines\""));
        desired.modelProperties[0].name = QStringLiteral("evil\nname");
        const Plan evil = Plan::make(desired, definition(base()), m_key);
        for (const Plan::Change &change : evil.changes())
            QVERIFY(!change.toLine().contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(tst_IntegrationPlan)
#include "tst_integrationplan.moc"
