#include "storage/keychainsecretstore.h"
#include "storage/profileexchange.h"
#include "storage/profilelibrary.h"

#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include "../testsupport.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Profiles with their secrets in the real keychain of the test session.
class tst_ProfileLibrary : public QObject
{
    Q_OBJECT

private:
    // Every kind of secret the app keeps, each with a value that appears nowhere else.
    static void setEverySecret(Profile *profile, GalileoSecrets *galileo)
    {
        profile->config =
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config;
        profile->config.token =
            QStringLiteral("{\"client_id\":\"cid\",\"client_secret\":\"SECRET-oauth-7f3a\"}");
        profile->config.apiKeyValue = QStringLiteral("SECRET-apikey-91c2");
        profile->config.headers = {
            {QStringLiteral("X-Tenant"), QStringLiteral("SECRET-header-a1")},
            {QStringLiteral("Authorization"), QStringLiteral("Bearer SECRET-header-b2")}};
        // Constructor arguments of a custom handler often carry a key (issue 10, finding 4).
        profile->config.customLlm.initKwargs =
            QJsonObject{{QStringLiteral("api_key"), QStringLiteral("SECRET-kwargs-3b")},
                        {QStringLiteral("retries"), 3}};
        // A field this app does not know, named as a credential.
        profile->config.extra =
            QJsonObject{{QStringLiteral("gateway_api_key"), QStringLiteral("SECRET-other-8f")},
                        {QStringLiteral("region"), QStringLiteral("eu")}};
        galileo->apiKey = QStringLiteral("SECRET-galileo-key-5e");
        galileo->password = QStringLiteral("SECRET-galileo-pw-6d");
    }

    static QStringList secretValues()
    {
        return {"SECRET-oauth-7f3a", "SECRET-apikey-91c2",    "SECRET-header-a1",
                "SECRET-header-b2",  "SECRET-galileo-key-5e", "SECRET-galileo-pw-6d",
                "SECRET-kwargs-3b",  "SECRET-other-8f"};
    }

    ProfileLibrary::Saved save(const Profile &profile, const GalileoSecrets &galileo)
    {
        ProfileLibrary::Saved saved;
        bool done = false;
        m_library->save(profile, galileo, ProfileLibrary::SecretsPolicy::RequireKeychain,
                        [&](const ProfileLibrary::Saved &s) {
                            saved = s;
                            done = true;
                        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("the keychain did not answer");
        return saved;
    }

    ProfileLibrary::Loaded load(const QString &id)
    {
        ProfileLibrary::Loaded loaded;
        bool done = false;
        m_library->load(id, [&](const ProfileLibrary::Loaded &l) {
            loaded = l;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("the keychain did not answer");
        return loaded;
    }

    KeychainSecretStore *m_keychain = nullptr;
    ProfileLibrary *m_library = nullptr;

private slots:
    void initTestCase() { REQUIRE_SECRET_SERVICE(); }

    void init();
    void cleanup();
    void storeAndReadBack();
    // After a session that set every secret, no file anywhere holds one of them; the keychain
    // holds all of them.
    void noSecretInAnyFile();
    void renameKeepsTheSecrets();
    void duplicateCopiesTheSecrets();
    void removedHeaderLeavesNoEntry();
    void missingEntryIsReportedNotFatal();
    void deleteRemovesFileAndEntries();
    void placeholdersAreNotStored();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_ProfileLibrary::init()
{
    m_keychain = new KeychainSecretStore;
    m_library = new ProfileLibrary(ProfileStore(), m_keychain);
}

void tst_ProfileLibrary::cleanup()
{
    delete m_library;
    delete m_keychain;
}

void tst_ProfileLibrary::storeAndReadBack()
{
    Profile profile = Profile::create(QStringLiteral("Roundtrip"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    const ProfileLibrary::Saved saved = save(profile, galileo);
    QVERIFY2(saved.ok && saved.secretsStored, qPrintable(saved.error + saved.keychainProblem));

    const ProfileLibrary::Loaded loaded = load(profile.id);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.missingSecrets.isEmpty());
    QCOMPARE(loaded.profile.config, profile.config);
    QCOMPARE(loaded.galileo.apiKey, galileo.apiKey);
    QCOMPARE(loaded.galileo.password, galileo.password);
    QCOMPARE(loaded.profile.secretFields.size(), 8); // init_kwargs and the other field included
}

void tst_ProfileLibrary::noSecretInAnyFile()
{
    Profile profile = Profile::create(QStringLiteral("Leak check"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    QVERIFY(save(profile, galileo).ok);
    // An export too.
    Profile stored;
    QString error;
    QVERIFY(m_library->store().load(profile.id, &stored, &error));
    const QByteArray exported = ProfileExchange::write(stored);
    QVERIFY(exported.contains(SecretCatalog::exportMarker().toUtf8()));
    const QString dump = TestSupport::keychainDump();
    for (const QString &secret : secretValues()) {
        QVERIFY2(TestSupport::filesContaining(secret.toUtf8()).isEmpty(),
                 qPrintable(secret + QLatin1String(" in ") +
                            TestSupport::filesContaining(secret.toUtf8()).join(", ")));
        QVERIFY2(!exported.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(dump.contains(secret), qPrintable(secret));
    }
    // Importing the export asks for each secret again instead of storing the markers.
    const ProfileExchange::Imported again =
        ProfileExchange::read(exported, QStringLiteral("Again"));
    QVERIFY(again.ok);
    QVERIFY2(again.placeholders.contains(QStringLiteral("custom_llm_config.init_kwargs")),
             qPrintable(again.placeholders.join(", ")));
    QVERIFY(!again.profile.config.customLlm.initKwargs.has_value());
}

void tst_ProfileLibrary::renameKeepsTheSecrets()
{
    Profile profile = Profile::create(QStringLiteral("Before"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    QVERIFY(save(profile, galileo).ok);
    QString error;
    QVERIFY(m_library->rename(profile.id, QStringLiteral("After"), &error));
    const auto loaded = load(profile.id);
    QCOMPARE(loaded.profile.name, QStringLiteral("After"));
    QCOMPARE(loaded.profile.config.apiKeyValue, QStringLiteral("SECRET-apikey-91c2"));
    QVERIFY(!m_library->rename(profile.id, QStringLiteral("Roundtrip"), &error)); // taken
}

void tst_ProfileLibrary::duplicateCopiesTheSecrets()
{
    Profile profile = Profile::create(QStringLiteral("Original"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    QVERIFY(save(profile, galileo).ok);
    Profile copy;
    bool done = false;
    m_library->duplicate(profile.id, QStringLiteral("Original"),
                         [&](const ProfileLibrary::Saved &saved, const Profile &made) {
                             QVERIFY(saved.ok);
                             copy = made;
                             done = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QCOMPARE(copy.name, QStringLiteral("Original (2)"));
    QVERIFY(copy.id != profile.id);
    const auto loaded = load(copy.id);
    QCOMPARE(loaded.profile.config.headers, profile.config.headers);
    QCOMPARE(loaded.galileo.password, galileo.password);
}

void tst_ProfileLibrary::removedHeaderLeavesNoEntry()
{
    Profile profile = Profile::create(QStringLiteral("Stale"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    const ProfileLibrary::Saved first = save(profile, galileo);
    QVERIFY(first.ok);
    profile.revision = first.revision;    // saved again on top of what was written
    profile.config.headers.removeFirst(); // X-Tenant goes
    QVERIFY(save(profile, galileo).ok);
    QVERIFY(!TestSupport::keychainDump().contains(profile.id + QLatin1String("/header:X-Tenant")));
    QVERIFY(
        TestSupport::keychainDump().contains(profile.id + QLatin1String("/header:Authorization")));
}

void tst_ProfileLibrary::missingEntryIsReportedNotFatal()
{
    Profile profile = Profile::create(QStringLiteral("Missing"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    QVERIFY(save(profile, galileo).ok);
    bool done = false;
    m_keychain->remove(SecretCatalog::keychainKey(profile.id, QStringLiteral("api_key_value")),
                       [&](const SecretStore::Result &) { done = true; });
    QTRY_VERIFY(done);
    const auto loaded = load(profile.id);
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.missingSecrets, QStringList{QStringLiteral("api_key_value")});
    QVERIFY(loaded.keychainProblem.isEmpty());
    QCOMPARE(loaded.profile.config.token, profile.config.token); // the others are there
}

void tst_ProfileLibrary::deleteRemovesFileAndEntries()
{
    Profile profile = Profile::create(QStringLiteral("Doomed"));
    GalileoSecrets galileo;
    setEverySecret(&profile, &galileo);
    QVERIFY(save(profile, galileo).ok);
    bool done = false;
    m_library->remove(profile.id, [&](bool ok, const QString &) {
        QVERIFY(ok);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!m_library->store().findByName(QStringLiteral("Doomed")));
    QVERIFY(!TestSupport::keychainDump().contains(profile.id));
}

void tst_ProfileLibrary::placeholdersAreNotStored()
{
    const QByteArray body = TestSupport::unescapeTilde(R"({"authentication_type":"api_key",
        "endpoint":"https://gw.example/v1","api_key_header":"Authorization",
        "api_key_value":"sk-1…abcd","headers":{"X-A":"********","X-B":"real-value"}})");
    const auto imported = ProfileExchange::read(body, QStringLiteral("Masked"));
    QVERIFY(imported.ok);
    QCOMPARE(imported.placeholders, QStringList({"api_key_value", "header:X-A"}));
    QCOMPARE(imported.profile.config.apiKeyValue, QString());
    QCOMPARE(imported.profile.config.headers.at(1).value, QStringLiteral("real-value"));
    QVERIFY(save(imported.profile, imported.galileo).ok);
    QVERIFY(!TestSupport::keychainDump().contains(QLatin1String("sk-1…abcd")));

    // Our own export comes back with its markers recognised.
    Profile stored;
    QString error;
    QVERIFY(m_library->store().load(imported.profile.id, &stored, &error));
    const auto again =
        ProfileExchange::read(ProfileExchange::write(stored), QStringLiteral("Again"));
    QVERIFY(again.ok);
    QCOMPARE(again.placeholders, QStringList{"header:X-B"});
}
#endif

QTEST_GUILESS_MAIN(tst_ProfileLibrary)
#include "tst_profilelibrary.moc"
