#include "appidentity.h"
#include "cli/commandline.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "storage/profileexchange.h"
#include "storage/profilestore.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `galileo-integrations profile ...` and `apply --profile`, with the real keychain.
class tst_ProfileCli : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments) { return TestSupport::runCommandLine(arguments); }

    QString writeBody(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray bodyWithSecrets()
    {
        const QJsonObject body{{"authentication_type", "api_key"},
                               {"endpoint", "https://gw.example/v1"},
                               {"api_key_header", "X-Key"},
                               {"api_key_value", "CLI-SECRET-key-4411"},
                               {"headers", QJsonObject{{"X-Tenant", "CLI-SECRET-header-8822"}}},
                               {"model_properties", QJsonArray{QJsonObject{{"name", "m"}}}}};
        return QJsonDocument(body).toJson();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_config;

private slots:
    void initTestCase();
    void importListExportDelete();
    void usageErrors_data();
    void usageErrors();
    void malformedImportExitsTwoAndSavesNothing();
    void nameTakenExitsTwo();
    // Issue 13: a profile in the old, doubled folder moves on the first start, with its
    // keychain entries untouched and still its own.
    void legacyFolderMovesOnFirstStart();
    void applyProfileUsesTheKeychain();
    // A header's value gone from the keychain: nothing is sent, rather than an empty value.
    void applyRefusesASecretGoneFromTheKeychain();
    void anImportedPlaceholderIsNeverSent();
    // Saved, but listed and exit 1: a script's "import && apply" stops at the import.
    void importOfABodyWithErrorsSavesItAndExitsOne();
    void importedConnectionIsUsedOnlyWhenTrusted();
    // No D-Bus at all: a clear error naming the keychain, exit 5, nothing saved, no plaintext.
    void noKeychainSavesNothing();
    void listWithAProfileNeedsNoKeychainWhenTheEnvironmentHasAKey();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_ProfileCli::initTestCase()
{
    REQUIRE_SECRET_SERVICE();
    // Profile folders of its own: windows started by tests running beside this one move legacy
    // profiles and open the last one, which must not be this test's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    AppIdentity::apply(); // the same folders as the executable
}

void tst_ProfileCli::importListExportDelete()
{
    const QString path = writeBody("body.json", bodyWithSecrets());
    Run result = run({"profile", "import", path, "--name", "Staging"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.contains(QLatin1String("Saved")));
    const auto staging = ProfileStore().findByName(QStringLiteral("Staging"));
    QVERIFY(staging);
    QCOMPARE(TestSupport::keychainValue(
                 SecretCatalog::keychainKey(staging->id, QStringLiteral("api_key_value"))),
             QStringLiteral("CLI-SECRET-key-4411"));
    for (const char *secret : {"CLI-SECRET-key-4411", "CLI-SECRET-header-8822"})
        QVERIFY2(TestSupport::filesContaining(secret).isEmpty(), secret);

    result = run({"profile", "list"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.split('\n').contains(QStringLiteral("Staging")));

    result = run({"profile", "export", "Staging"});
    QCOMPARE(result.code, 0);
    QVERIFY(!result.out.contains(QLatin1String("CLI-SECRET")));
    const QJsonObject exported = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(exported.value("integration")["api_key_value"].toString().contains(
        QLatin1String("keychain")));

    const QString file = m_dir.filePath("export.json");
    result = run({"profile", "export", "Staging", "--output", file});
    QCOMPARE(result.code, 0);
    QVERIFY(QFile::exists(file));
    QVERIFY2(result.err.startsWith(QLatin1String("Wrote the export")), qPrintable(result.err));
    // A file overwritten is said to be (a review found it replaced without a word).
    result = run({"profile", "export", "Staging", "--output", file});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.startsWith(QLatin1String("Replaced ") + file), qPrintable(result.err));
    // Our export comes back in, its markers recognised and not stored as secrets: saved, but
    // not ready to apply until they are entered (exit 1, as pull's for a missing secret).
    result = run({"profile", "import", file, "--name", "Staging copy"});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains(QLatin1String("was not stored")));
    QVERIFY2(result.err.contains(QLatin1String("Saved the profile \"Staging copy\", but it cannot "
                                               "be applied as it is: enter the secrets")),
             qPrintable(result.err));

    const auto copy = ProfileStore().findByName(QStringLiteral("Staging copy"));
    QVERIFY(copy);
    QCOMPARE(run({"profile", "delete", "Staging"}).code, 0);
    QCOMPARE(run({"profile", "delete", "Staging copy"}).code, 0);
    QVERIFY(!run({"profile", "list"}).out.contains(QLatin1String("Staging")));
    // No entry of either profile is left. (By their ids: suites running beside this one, or an
    // earlier run of it, keep secrets of their own in the same keychain.)
    const QString dump = TestSupport::keychainDump();
    QVERIFY2(!dump.contains(staging->id), qPrintable(dump));
    QVERIFY2(!dump.contains(copy->id), qPrintable(dump));
}

void tst_ProfileCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{"profile"};
    QTest::newRow("unknown action") << QStringList{"profile", "rename", "x"};
    QTest::newRow("import without name") << QStringList{"profile", "import", "x.json"};
    QTest::newRow("export unknown") << QStringList{"profile", "export", "No such"};
    QTest::newRow("delete unknown") << QStringList{"profile", "delete", "No such"};
    QTest::newRow("list with argument") << QStringList{"profile", "list", "x"};
}

void tst_ProfileCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(run(arguments).code, 2);
    // An unknown action is named as one, with or without an argument after it.
    QVERIFY(
        run({"profile", "frob"}).err.contains(QLatin1String("unknown profile action \"frob\"")));
}

void tst_ProfileCli::malformedImportExitsTwoAndSavesNothing()
{
    const QString path = writeBody("broken.json", "{\"endpoint\": ");
    const Run result = run({"profile", "import", path, "--name", "Broken"});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("line 1")));
    QVERIFY(!ProfileStore().findByName(QStringLiteral("Broken")));
}

void tst_ProfileCli::importOfABodyWithErrorsSavesItAndExitsOne()
{
    // No endpoint, and a model without a name: validate's errors, printed as validate prints them.
    const QString path = writeBody("errors.json", R"({"authentication_type": "none",
        "model_properties": [{"name": ""}]})");
    const Run result = run({"profile", "import", path, "--name", "With errors"});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QLatin1String("endpoint: the endpoint URL is required")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("model_properties[0].name: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("but it cannot be applied as it is: correct the "
                                               "errors above")),
             qPrintable(result.err));
    // Saved all the same, to be corrected in the window or the file.
    QVERIFY(ProfileStore().findByName(QStringLiteral("With errors")));
    // The same body validated says the same lines.
    const Run validated = run({"validate", path});
    QCOMPARE(validated.code, 1);
    const QStringList lines = validated.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QVERIFY2(result.err.contains(line), qPrintable(line));
    QCOMPARE(run({"profile", "delete", "With errors"}).code, 0);
}

void tst_ProfileCli::nameTakenExitsTwo()
{
    const QString path = writeBody("body2.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Twice"}).code, 0);
    QCOMPARE(run({"profile", "import", path, "--name", "Twice"}).code, 2);
    QCOMPARE(run({"profile", "delete", "Twice"}).code, 0);
}

void tst_ProfileCli::legacyFolderMovesOnFirstStart()
{
    const QString path = writeBody("legacy.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Legacy"}).code, 0);
    const auto entry = ProfileStore().findByName(QStringLiteral("Legacy"));
    QVERIFY(entry);
    // Where an older version kept it.
    const QString legacy = ProfileStore::legacyDirectory();
    QVERIFY(legacy.endsWith(QLatin1String("galileo-integrations/galileo-integrations/profiles")));
    QVERIFY(QDir().mkpath(legacy));
    const QString oldPath = legacy + QLatin1Char('/') + QFileInfo(entry->path).fileName();
    QVERIFY(QFile::rename(entry->path, oldPath));
    QVERIFY(!ProfileStore().findByName(QStringLiteral("Legacy")));
    // This profile's entries, each looked up by its key: other tests store and remove their own
    // entries at the same time, so the whole keychain is no measure.
    Profile stored;
    QString error;
    QVERIFY(ProfileStore(legacy).load(entry->id, &stored, &error));
    QCOMPARE(stored.secretFields.size(), 2);
    const auto entries = [&stored] {
        QMap<QString, QString> values;
        for (const QString &slot : std::as_const(stored.secretFields)) {
            QProcess lookup;
            lookup.start(QStringLiteral("secret-tool"),
                         {QStringLiteral("lookup"), QStringLiteral("server"),
                          QStringLiteral("galileo-integrations"), QStringLiteral("user"),
                          stored.id + QLatin1Char('/') + slot});
            lookup.waitForFinished(10000);
            values.insert(slot, QString::fromUtf8(lookup.readAllStandardOutput()));
        }
        return values;
    };
    const QMap<QString, QString> before = entries();
    QVERIFY(before.values().contains(QStringLiteral("CLI-SECRET-key-4411")));

    const Run listed = run({"profile", "list"});
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.split('\n').contains(QStringLiteral("Legacy")));
    QVERIFY(listed.err.isEmpty());
    QVERIFY(QFile::exists(entry->path));
    QVERIFY(!QFile::exists(oldPath));
    QVERIFY(!QFileInfo::exists(legacy));
    QCOMPARE(entries(), before);

    // The entries still belong to the moved profile: deleting it removes them.
    QCOMPARE(run({"profile", "delete", "Legacy"}).code, 0);
    for (const QString &value : entries())
        QVERIFY(value.isEmpty());
}

void tst_ProfileCli::applyProfileUsesTheKeychain()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) {
        return HttpResponse::json(
            200, R"({"id":"p-1","name":"custom","created_at":"2026-01-01T00:00:00Z",
            "updated_at":"2026-01-01T00:00:00Z","created_by":"u"})");
    });
    const QString path = writeBody("body3.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Applied"}).code, 0);
    qputenv("GALILEO_API_KEY", "env-galileo-key");
    const Run result =
        run({"apply", "--profile", "Applied", "--base-url", server.url().toString()});
    qunsetenv("GALILEO_API_KEY");
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.startsWith(QLatin1String("id: p-1")));
    const HttpRequest &request = server.requests().first();
    QCOMPARE(request.header("Galileo-API-Key"), QByteArray("env-galileo-key"));
    QVERIFY(request.body.contains("CLI-SECRET-key-4411")); // from the keychain
    QVERIFY(request.body.contains("CLI-SECRET-header-8822"));
    // The submission is remembered in the profile.
    Profile profile;
    QString error;
    ProfileStore store;
    QVERIFY(store.load(store.findByName("Applied")->id, &profile, &error));
    QCOMPARE(profile.lastIntegrationId, QStringLiteral("p-1"));
    QVERIFY(profile.lastSubmittedAt.isValid());
    QCOMPARE(run({"profile", "delete", "Applied"}).code, 0);
    QCOMPARE(run({"apply", "--profile", "Applied"}).code, 2);
}

void tst_ProfileCli::applyRefusesASecretGoneFromTheKeychain()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) { return HttpResponse::json(500, "{}"); });
    const QString path = writeBody("body4.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Lost header"}).code, 0);
    const auto entry = ProfileStore().findByName(QStringLiteral("Lost header"));
    QVERIFY(entry);
    const QString key = SecretCatalog::keychainKey(entry->id, QStringLiteral("header:X-Tenant"));
    QProcess clear;
    clear.start(QStringLiteral("secret-tool"),
                {QStringLiteral("clear"), QStringLiteral("server"),
                 QStringLiteral("galileo-integrations"), QStringLiteral("user"), key});
    QVERIFY(clear.waitForFinished(30000));
    QVERIFY(TestSupport::keychainValue(key).isEmpty());

    qputenv("GALILEO_API_KEY", "env-galileo-key");
    const Run result =
        run({"apply", "--profile", "Lost header", "--base-url", server.url().toString()});
    qunsetenv("GALILEO_API_KEY");
    QCOMPARE(result.code, 5);
    QVERIFY2(result.err.contains(QLatin1String("header:X-Tenant")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("nothing was sent")));
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(run({"profile", "delete", "Lost header"}).code, 0);
}

// A review found an export imported and applied sending the header it held a marker for empty,
// which replaces the value Galileo holds. The imported profile lists the secret as to fill in:
// apply refuses it, naming the field, and sends nothing.
void tst_ProfileCli::anImportedPlaceholderIsNeverSent()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) { return HttpResponse::json(500, "{}"); });
    const QString path = writeBody("body5.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Original"}).code, 0);
    const QString exported = m_dir.filePath("export5.json");
    QCOMPARE(run({"profile", "export", "Original", "--output", exported}).code, 0);
    // Someone fills in the API key of the export, and leaves the header's marker.
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject integration = json.value("integration").toObject();
    integration.insert("api_key_value", "CLI-SECRET-key-4411");
    json.insert("integration", integration);
    const QString partial = writeBody("partial5.json", QJsonDocument(json).toJson());

    const Run imported = run({"profile", "import", partial, "--name", "Partial"});
    QCOMPARE(imported.code, 1);
    QVERIFY2(imported.err.contains(QLatin1String("headers.X-Tenant")), qPrintable(imported.err));

    qputenv("GALILEO_API_KEY", "env-galileo-key");
    const Run applied =
        run({"apply", "--profile", "Partial", "--base-url", server.url().toString()});
    qunsetenv("GALILEO_API_KEY");
    QCOMPARE(applied.code, 5);
    QVERIFY2(applied.err.contains(QLatin1String("header:X-Tenant")), qPrintable(applied.err));
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(run({"profile", "delete", "Original"}).code, 0);
    QCOMPARE(run({"profile", "delete", "Partial"}).code, 0);
}

// An imported profile must not decide where the user's Galileo credentials go.
void tst_ProfileCli::importedConnectionIsUsedOnlyWhenTrusted()
{
    Profile shared = Profile::create(QStringLiteral("Shared"));
    shared.config = IntegrationJson::read(bodyWithSecrets()).config;
    shared.connection.baseUrl = QStringLiteral("https://api.elsewhere.example");
    shared.connection.caFile = QStringLiteral("/tmp/their-ca.pem");
    shared.connection.apiKeyHeader = QStringLiteral("X-Their-Key");
    const QString path = writeBody("shared.json", ProfileExchange::write(shared));

    Run result = run({"profile", "import", path, "--name", "Untrusted"});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.contains(QLatin1String("https://api.elsewhere.example")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("--trust-connection")));
    ProfileStore store;
    Profile imported;
    QString error;
    QVERIFY(store.load(store.findByName("Untrusted")->id, &imported, &error));
    QVERIFY(imported.connection.caFile.isEmpty());
    QCOMPARE(imported.connection.apiKeyHeader, ConnectionSettings::defaultApiKeyHeader());
    QVERIFY(imported.connection.apiUrl() != QUrl(QStringLiteral("https://api.elsewhere.example")));

    result = run({"profile", "import", path, "--name", "Trusted", "--trust-connection"});
    QCOMPARE(result.code, 0);
    QVERIFY(store.load(store.findByName("Trusted")->id, &imported, &error));
    QCOMPARE(imported.connection.caFile, QStringLiteral("/tmp/their-ca.pem"));
    QCOMPARE(imported.connection.apiKeyHeader, QStringLiteral("X-Their-Key"));
    QCOMPARE(run({"profile", "delete", "Untrusted"}).code, 0);
    QCOMPARE(run({"profile", "delete", "Trusted"}).code, 0);
}

void tst_ProfileCli::noKeychainSavesNothing()
{
    const QString path = writeBody("nobus.json", bodyWithSecrets());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/galileo-test-bus");
    environment.remove("DISPLAY");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GALILEO_EXECUTABLE),
                  {"profile", "import", path, "--name", "No keychain"});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 5);
    QVERIFY2(err.contains(QLatin1String("keychain")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("nothing was saved")));
    QVERIFY(!ProfileStore().findByName(QStringLiteral("No keychain")));
    for (const char *secret : {"CLI-SECRET-key-4411", "CLI-SECRET-header-8822"}) {
        const QStringList leaks = TestSupport::filesContaining(secret);
        // The body file the test wrote is the only place the secrets may be.
        QVERIFY2(leaks == QStringList{path} || leaks.isEmpty(), qPrintable(leaks.join(", ")));
    }
}

// A review found `list --profile` failing without a keychain (exit 5) although the environment
// gave the key and list sends no body: the profile's connection is all it needs.
void tst_ProfileCli::listWithAProfileNeedsNoKeychainWhenTheEnvironmentHasAKey()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpRequest &) { return HttpResponse::json(200, "[]"); });
    const QString path = writeBody("listed.json", bodyWithSecrets());
    QCOMPARE(run({"profile", "import", path, "--name", "Listed"}).code, 0);
    auto entry = ProfileStore().findByName(QStringLiteral("Listed"));
    QVERIFY(entry);
    Profile profile;
    QString error;
    QVERIFY(ProfileStore().load(entry->id, &profile, &error));
    profile.connection.baseUrl = server.url().toString();
    QVERIFY(ProfileStore().save(profile, &error));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/galileo-test-bus");
    environment.remove("DISPLAY");
    environment.insert("GALILEO_API_KEY", "env-key-for-list");
    environment.remove("GALILEO_API_URL");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GALILEO_EXECUTABLE), {"list", "--profile", "Listed"});
    // The loopback server answers from this event loop: it turns while the command runs.
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::number(process.exitCode()) + ": " + err));
    QVERIFY2(!err.contains(QLatin1String("keychain")), qPrintable(err));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("Galileo-API-Key"), QByteArray("env-key-for-list"));
    QCOMPARE(run({"profile", "delete", "Listed"}).code, 0);
}
#endif

QTEST_GUILESS_MAIN(tst_ProfileCli)
#include "tst_profilecli.moc"
