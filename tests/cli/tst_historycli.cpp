#include "appidentity.h"
#include "cli/commandline.h"
#include "model/secretcatalog.h"
#include "storage/historystore.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilestore.h"
#include "storage/secretfingerprints.h"

#include "../testsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// `apply --profile` recorded in the history, `history` and `pull`, with the real keychain and a
// loopback Galileo.
class tst_HistoryCli : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments) { return TestSupport::runCommandLine(arguments); }

    static QJsonObject bodyWithSecrets()
    {
        return {{"authentication_type", "api_key"},
                {"endpoint", "https://gw.example/v1"},
                {"api_key_header", "X-Key"},
                {"api_key_value", "HCLI-SECRET-key-3141"},
                {"headers", QJsonObject{{"X-Tenant", "HCLI-SECRET-header-2718"}}},
                {"model_properties", QJsonArray{QJsonObject{{"name", "m"}}}}};
    }

    QString writeBody(const QString &name, const QJsonObject &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        const QByteArray data = QJsonDocument(body).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Profile profileNamed(const QString &name)
    {
        Profile profile;
        QString error;
        ProfileStore store;
        const auto entry = store.findByName(name);
        if (entry)
            store.load(entry->id, &profile, &error);
        return profile;
    }

    static void expectNoSecretAnywhere()
    {
        for (const char *secret : {"HCLI-SECRET-key-3141", "HCLI-SECRET-header-2718"})
            QVERIFY2(TestSupport::filesContaining(secret).isEmpty(), secret);
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    LoopbackServer m_server;
    std::shared_ptr<FakeGalileo> m_galileo;
    bool m_refuse = false;

private slots:
    void initTestCase()
    {
        REQUIRE_SECRET_SERVICE();
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        AppIdentity::apply();
        QVERIFY(m_server.listen());
        // The fingerprint key exists before the first apply: suites running beside this one
        // in the same keyring then all use the same key from the start.
        KeychainSecretStore keychain;
        bool loaded = false;
        SecretFingerprints::loadKey(&keychain, [&loaded](const QByteArray &key, const QString &) {
            loaded = !key.isEmpty();
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
    }

    void init()
    {
        m_refuse = false;
        m_server.clearRequests();
        m_galileo = std::make_shared<FakeGalileo>();
        m_server.setHandler([this](const HttpRequest &request) {
            if (m_refuse && request.method == "PUT")
                return HttpResponse::json(403, R"({"detail":"Not allowed here"})");
            return m_galileo->answer(request);
        });
        qputenv("GALILEO_API_KEY", "hcli-galileo-key");
        qunsetenv("GALILEO_API_URL");
    }

    void cleanup()
    {
        for (const ProfileStore::Entry &entry : ProfileStore().list())
            run({"profile", "delete", entry.name});
        qunsetenv("GALILEO_API_KEY");
    }

    void appliesAreRecordedAndListed()
    {
        QCOMPARE(run({"profile", "import", writeBody(u"body.json"_s, bodyWithSecrets()), "--name",
                      "Recorded"})
                     .code,
                 0);
        Run result = run({"history", "--profile", "Recorded"});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains(u"no applies recorded"_s));

        const QString url = m_server.url().toString();
        QCOMPARE(run({"apply", "--profile", "Recorded", "--base-url", url}).code, 0);
        m_refuse = true;
        QCOMPARE(
            run({"apply", "--profile", "Recorded", "--base-url", url, "--name", "team-a"}).code, 3);
        // A body from a file belongs to no profile: nothing is recorded.
        m_refuse = false;
        QCOMPARE(
            run({"apply", writeBody(u"plain.json"_s, bodyWithSecrets()), "--base-url", url}).code,
            0);

        result = run({"history", "--profile", "Recorded"});
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(url + u" team-a"_s), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(u"failed: HTTP 403"_s));
        QVERIFY2(lines.at(1).contains(u"(default integration)"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(u"stored id-custom"_s));
        QVERIFY(lines.at(1).contains(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}Z "_s)));

        result = run({"history", "--profile", "Recorded", "--json"});
        QCOMPARE(result.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray entries = json.value("entries").toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject stored = entries.at(1).toObject();
        QCOMPARE(stored["result"]["integration_id"].toString(), u"id-custom"_s);
        QCOMPARE(stored["body"]["api_key_value"].toString(), u"********"_s);
        QCOMPARE(stored["body"]["endpoint"].toString(), u"https://gw.example/v1"_s);
        QVERIFY(stored["fingerprints"]["api_key_value"].toString().startsWith(u"hmac-sha256:"_s));
        QVERIFY(stored["fingerprints"]["header:X-Tenant"].toString().startsWith(u"hmac-sha256:"_s));
        QCOMPARE(entries.at(0)["result"]["http_status"].toInt(), 403);
        QVERIFY(json.value("file").toString().endsWith(
            u"/galileo-integrations/history/"_s + profileNamed(u"Recorded"_s).id + u".jsonl"_s));
        QVERIFY(!result.out.contains(u"HCLI-SECRET"_s));
        expectNoSecretAnywhere();

        // Deleting the profile deletes its history.
        const QString file = json.value("file").toString();
        QVERIFY(QFile::exists(file));
        QCOMPARE(run({"profile", "delete", "Recorded"}).code, 0);
        QVERIFY(!QFile::exists(file));
    }

    // Without the definition, `plan --profile` compares secrets by the history's fingerprints.
    void planUsesTheHistoryWithoutTheDefinition()
    {
        QCOMPARE(run({"profile", "import", writeBody(u"planned.json"_s, bodyWithSecrets()),
                      "--name", "Planned"})
                     .code,
                 0);
        m_galileo->mayReadSecrets = false;
        const QString url = m_server.url().toString();
        Run result = run({"plan", "--profile", "Planned", "--base-url", url});
        QCOMPARE(result.code, 6); // nothing stored yet: all of it is new
        QCOMPARE(run({"apply", "--profile", "Planned", "--base-url", url}).code, 0);

        result = run({"plan", "--profile", "Planned", "--base-url", url});
        QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(u"api_key_value: (secret unchanged)"_s),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"headers[X-Tenant]: (secret unchanged)"_s));
        // The same body from a file: the apply that made Galileo's copy is known here.
        result = run({"plan", writeBody(u"same.json"_s, bodyWithSecrets()), "--base-url", url});
        QCOMPARE(result.code, 0);

        // Another profile applies other secrets to the same target: Galileo's copy is now
        // that apply's, and the plan compares with its fingerprints, not Planned's own.
        QJsonObject other = bodyWithSecrets();
        other.insert("headers", QJsonObject{{"X-Tenant", "HCLI-SECRET-header-other"}});
        QCOMPARE(
            run({"profile", "import", writeBody(u"other.json"_s, other), "--name", "Other"}).code,
            0);
        QCOMPARE(run({"apply", "--profile", "Other", "--base-url", url}).code, 0);
        result = run({"plan", "--profile", "Planned", "--base-url", url});
        QCOMPARE(result.code, 6);
        QVERIFY2(result.out.contains(u"~ headers[X-Tenant]: (secret changed)"_s),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(u"api_key_value: (secret unchanged)"_s));

        // Changed elsewhere (no apply recorded here made this copy): nothing is known.
        m_galileo->touch(QString());
        result = run({"plan", "--profile", "Planned", "--base-url", url});
        QCOMPARE(result.code, 6);
        QVERIFY2(result.out.contains(u"api_key_value: (secret unknown)"_s), qPrintable(result.out));
        expectNoSecretAnywhere();
        QVERIFY(!result.out.contains(u"HCLI-SECRET"_s));
        QCOMPARE(run({"profile", "delete", "Other"}).code, 0);
    }

    void historyUsageErrors()
    {
        QCOMPARE(run({"history"}).code, 2);
        QCOMPARE(run({"history", "--profile", "No such"}).code, 2);
        QCOMPARE(run({"history", "--profile", "x", "extra"}).code, 2);
    }

    void pullSavesTheDefinitionWithSecretsInTheKeychain()
    {
        m_galileo->named.insert(u"team-a"_s, bodyWithSecrets());
        const Run result = run({"pull", "--name", "team-a", "--profile", "Pulled", "--base-url",
                                m_server.url().toString()});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(u"secrets in the keychain"_s), qPrintable(result.out));
        QVERIFY(m_server.requestsTo("/integrations/custom/team-a/definition").size() == 1);
        const Profile pulled = profileNamed(u"Pulled"_s);
        QCOMPARE(pulled.integrationName, u"team-a"_s);
        QCOMPARE(pulled.config.endpoint, u"https://gw.example/v1"_s);
        QVERIFY(pulled.config.apiKeyValue.isEmpty()); // in the keychain, not the file
        QCOMPARE(pulled.secretFields.size(), 2);
        QCOMPARE(pulled.connection.apiUrl(), m_server.url());
        QCOMPARE(
            TestSupport::keychainValue(SecretCatalog::keychainKey(pulled.id, u"api_key_value"_s)),
            u"HCLI-SECRET-key-3141"_s);
        expectNoSecretAnywhere();

        // What was pulled applies as it came.
        m_server.clearRequests();
        QCOMPARE(run({"apply", "--profile", "Pulled"}).code, 0);
        const QList<HttpRequest> puts = m_server.requestsTo("/integrations/custom/team-a");
        QCOMPARE(puts.size(), 1);
        QVERIFY(puts.first().body.contains("HCLI-SECRET-header-2718"));
    }

    // A review found a pull into an existing profile dropping its custom handler (and the
    // handler's keychain entry) without a word, when Galileo's answer did not have it. It says
    // what changed; one that would lose something is refused without --yes, nothing saved.
    void pullIntoAProfileSaysWhatChangesAndAsksBeforeLosing()
    {
        QJsonObject local = bodyWithSecrets();
        local.insert(
            "custom_llm_config",
            QJsonObject{{"file_name", "h.py"},
                        {"class_name", "H"},
                        {"init_kwargs", QJsonObject{{"password", "HCLI-SECRET-kw-1618"}}}});
        QCOMPARE(
            run({"profile", "import", writeBody(u"local.json"_s, local), "--name", "Local"}).code,
            0);
        QJsonObject remote = bodyWithSecrets();
        remote.insert("endpoint", "https://gw-moved.example/v1");
        m_galileo->named.insert(u"team-c"_s, remote);
        const QString url = m_server.url().toString();
        Run result = run({"pull", "--name", "team-c", "--profile", "Local", "--base-url", url});
        QCOMPARE(result.code, 2);
        QVERIFY2(
            result.err.contains(u"would remove from the profile \"Local\": custom_llm_config"_s),
            qPrintable(result.err));
        Profile kept = profileNamed(u"Local"_s);
        QCOMPARE(kept.config.endpoint, u"https://gw.example/v1"_s);
        QVERIFY(kept.config.customLlm.enabled);
        QVERIFY(kept.secretFields.contains(u"custom_llm_config.init_kwargs"_s));

        result =
            run({"pull", "--name", "team-c", "--profile", "Local", "--base-url", url, "--yes"});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(u"changed: ~ endpoint"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"changed: - custom_llm_config"_s), qPrintable(result.out));
        QVERIFY(!result.out.contains(u"HCLI-SECRET"_s));
        QCOMPARE(profileNamed(u"Local"_s).config.endpoint, u"https://gw-moved.example/v1"_s);
        expectNoSecretAnywhere();
    }

    // A review found a cluster with no default custom integration diagnosed as a wrong base URL
    // ("has no such endpoint (404)"). The route is there; the integration is not.
    void pullOfAMissingDefaultSaysSo()
    {
        const Run result =
            run({"pull", "--profile", "Nothing yet", "--base-url", m_server.url().toString()});
        QCOMPARE(result.code, 4);
        QVERIFY2(result.err.contains(u"Galileo has no default custom integration to load (404"_s),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(u"no such endpoint"_s));
        QVERIFY(!ProfileStore().findByName(u"Nothing yet"_s));
    }

    // Without permission to read secrets: the rest is saved, and what is missing listed (exit 1);
    // an existing profile keeps its own secrets and its connection.
    void pullWithoutPermissionListsTheMissingSecrets()
    {
        m_galileo->mayReadSecrets = false;
        m_galileo->named.insert(u"team-b"_s, bodyWithSecrets());
        const QString url = m_server.url().toString();
        Run result = run({"pull", "--name", "team-b", "--profile", "Partial", "--base-url", url});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.out.contains(u"missing secret: api_key_value"_s), qPrintable(result.out));
        // Galileo never returns headers: whether it holds some is unknown, not "none".
        QVERIFY2(result.out.contains(u"missing secret: headers\n"_s), qPrintable(result.out));
        QVERIFY(result.err.contains(u"Fill in the missing secrets"_s));
        Profile partial = profileNamed(u"Partial"_s);
        QCOMPARE(partial.config.endpoint, u"https://gw.example/v1"_s);
        QVERIFY(partial.secretFields.isEmpty());

        // An existing profile with its own key and connection (another key header).
        QCOMPARE(
            run({"profile", "import", writeBody(u"own.json"_s, bodyWithSecrets()), "--name", "Own"})
                .code,
            0);
        Profile own = profileNamed(u"Own"_s);
        own.connection.baseUrl = url;
        own.connection.apiKeyHeader = u"X-Their-Key"_s;
        QString error;
        QVERIFY(ProfileStore().save(own, &error));
        m_server.clearRequests();
        QJsonObject changed = bodyWithSecrets();
        changed.insert("endpoint", "https://gw-new.example/v1");
        m_galileo->named.insert(u"team-b"_s, changed);
        result = run({"pull", "--name", "team-b", "--profile", "Own"});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(u"kept secret: api_key_value"_s), qPrintable(result.out));
        QVERIFY(!m_server.requests().isEmpty());
        QCOMPARE(m_server.requests().first().header("X-Their-Key"), QByteArray("hcli-galileo-key"));
        own = profileNamed(u"Own"_s);
        QCOMPARE(own.connection.apiKeyHeader, u"X-Their-Key"_s);
        QCOMPARE(own.config.endpoint, u"https://gw-new.example/v1"_s);
        QVERIFY(own.secretFields.contains(u"api_key_value"_s));
        // The profile's own headers stay: the stored fields have none to replace them with.
        QVERIFY2(result.out.contains(u"kept secret: headers.X-Tenant"_s), qPrintable(result.out));
        QCOMPARE(own.config.headers.size(), 1);
        QCOMPARE(own.config.headers.first().name, u"X-Tenant"_s);
        QVERIFY(own.secretFields.contains(u"header:X-Tenant"_s));
        expectNoSecretAnywhere();
    }

    void pullFailuresAndUsage()
    {
        const QString url = m_server.url().toString();
        QCOMPARE(run({"pull", "--name", "team-a"}).code, 2);
        QCOMPARE(run({"pull", "--name", "Not A Slug", "--profile", "X"}).code, 2);
        const Run missing = run({"pull", "--name", "nobody", "--profile", "X", "--base-url", url});
        QCOMPARE(missing.code, 4);
        QVERIFY(!ProfileStore().findByName(u"X"_s));
    }

    // No D-Bus at all: exit 5, nothing fetched, nothing saved.
    void pullWithoutKeychainSavesNothing()
    {
        m_galileo->named.insert(u"team-a"_s, bodyWithSecrets());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/galileo-test-bus");
        environment.remove("DISPLAY");
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GALILEO_EXECUTABLE),
                      {"pull", "--name", "team-a", "--profile", "No keychain", "--base-url",
                       m_server.url().toString(), "--timeout", "5"});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 5);
        QVERIFY2(err.contains(u"nothing was saved"_s), qPrintable(err));
        QVERIFY(m_server.requests().isEmpty());
        QVERIFY(!ProfileStore().findByName(u"No keychain"_s));
        expectNoSecretAnywhere();
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
