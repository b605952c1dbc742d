#include "storage/profilestore.h"

#include "model/integrationjson.h"

#include "../testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    static Profile sample(const QString &name)
    {
        Profile profile = Profile::create(name);
        profile.config =
            IntegrationJson::read(TestSupport::readData(QStringLiteral("seed-none.json"))).config;
        profile.connection.baseUrl = QStringLiteral("https://console.acme.example");
        profile.secretFields = {QStringLiteral("api_key_value")};
        return profile;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private slots:
    void saveLoadList();
    void damagedFileIsListedAndKept();
    void overwritingADamagedFileKeepsABackup();
    // A write that fails half-way (here: the file size limit) leaves the old file as it was.
    void failedSaveKeepsTheOldFile();
    void profileJsonHasNoSecretFields();
    // Issue 11: a folder that turns read-only (here: immutable) in the middle of the work.
    void readOnlyFolderKeepsTheOldFile();
    // Issue 11: a copied or edited file must never share keychain entries with another.
    void copiedOrTamperedIdsAreDamaged();
    // Issue 11: two programs saving one profile: the later save on an older read is refused.
    void saveOnAnOlderReadIsRefused();
    // Issue 13: profiles move from the doubled folder once, all of them, nothing lost.
    void legacyProfilesMoveOnce();
    void legacyConflictStaysAndIsReported();
    void defaultDirectoryNamesTheAppOnce();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_ProfileStore::saveLoadList()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QString error;
    Profile staging = sample(QStringLiteral("Staging"));
    staging.integrationName = QStringLiteral("team-a");
    const Profile production = sample(QStringLiteral("Production"));
    QVERIFY(store.save(staging, &error));
    QVERIFY(store.save(production, &error));
    const auto entries = store.list();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, QStringLiteral("Production")); // by name
    Profile loaded;
    QVERIFY(store.load(staging.id, &loaded, &error));
    QCOMPARE(loaded.name, staging.name);
    QCOMPARE(loaded.config, staging.config);
    QCOMPARE(loaded.connection, staging.connection);
    QCOMPARE(loaded.secretFields, staging.secretFields);
    QCOMPARE(loaded.integrationName, QStringLiteral("team-a"));
    QVERIFY(store.load(production.id, &loaded, &error));
    QVERIFY(loaded.integrationName.isEmpty()); // the default custom integration
    QCOMPARE(store.uniqueName(QStringLiteral("Staging")), QStringLiteral("Staging (2)"));
    QCOMPARE(store.uniqueName(QStringLiteral("New")), QStringLiteral("New"));
    QVERIFY(store.remove(staging.id, &error));
    QCOMPARE(store.list().size(), 1);
}

void tst_ProfileStore::damagedFileIsListedAndKept()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QString error;
    const Profile good = sample(QStringLiteral("Good"));
    QVERIFY(store.save(good, &error));
    const QString damagedPath = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(damagedPath, "{\"format\": \"galileo-integrations-profile\", \"id\": "));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("other.json")), "[1, 2]"));

    const auto entries = store.list();
    QCOMPARE(entries.size(), 3);
    int damaged = 0;
    for (const auto &entry : entries) {
        if (entry.damaged) {
            ++damaged;
            QVERIFY(!entry.problem.isEmpty());
        } else {
            QCOMPARE(entry.name, QStringLiteral("Good")); // the good one still loads
        }
    }
    QCOMPARE(damaged, 2);
    QFile file(damagedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("\"id\": ")); // untouched
}

void tst_ProfileStore::overwritingADamagedFileKeepsABackup()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile profile = sample(QStringLiteral("Repaired"));
    QVERIFY(writeFile(dir.filePath(profile.id + ".json"), "garbage"));
    QString error;
    QVERIFY(store.save(profile, &error));
    const QStringList backups = QDir(dir.path()).entryList({profile.id + ".json.damaged-*"});
    QCOMPARE(backups.size(), 1);
    QFile backup(dir.filePath(backups.first()));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), QByteArray("garbage"));
}

void tst_ProfileStore::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile profile = sample(QStringLiteral("Atomic"));
    QString error;
    QVERIFY(store.save(profile, &error, &profile.revision));
    QFile file(dir.filePath(profile.id + ".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    for (int i = 0; i < 2000; ++i)
        profile.config.modelProperties
            << ModelProperty{QStringLiteral("model-%1").arg(i), {}, {}, {}};
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit original;
    getrlimit(RLIMIT_FSIZE, &original);
    rlimit limited = original;
    limited.rlim_cur = 8192;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved = store.save(profile, &error);
    setrlimit(RLIMIT_FSIZE, &original);

    QVERIFY(!saved);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1String("another program")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // No half-written temporary file is left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void tst_ProfileStore::profileJsonHasNoSecretFields()
{
    Profile profile = sample(QStringLiteral("Json"));
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value("format").toString(), QStringLiteral("galileo-integrations-profile"));
    QVERIFY(!json.value("integration").toObject().contains("api_key_value"));
    Profile back;
    QString error;
    QVERIFY(Profile::fromJson(json, &back, &error));
    QVERIFY(!Profile::fromJson(QJsonObject{{"endpoint", "x"}}, &back, &error));
}

void tst_ProfileStore::legacyProfilesMoveOnce()
{
    QTemporaryDir home;
    const QString legacy = home.filePath(QStringLiteral("galileo-integrations/galileo-integrations/"
                                                        "profiles"));
    const QString current = home.filePath(QStringLiteral("galileo-integrations/profiles"));
    ProfileStore old(legacy);
    QString error;
    const Profile staging = sample(QStringLiteral("Staging"));
    const Profile production = sample(QStringLiteral("Production"));
    QVERIFY(old.save(staging, &error));
    QVERIFY(old.save(production, &error));
    QVERIFY(writeFile(legacy + QStringLiteral("/damaged.json"), "{not json"));
    QVERIFY(writeFile(legacy + QStringLiteral("/damaged.json.bak-1"), "older"));
    // A profile already in the new folder, as a half-finished move would leave it.
    ProfileStore fresh(current);
    QVERIFY(QDir().mkpath(current));
    QVERIFY(QFile::copy(legacy + QLatin1Char('/') + staging.id + QStringLiteral(".json"),
                        current + QLatin1Char('/') + staging.id + QStringLiteral(".json")));

    const ProfileStore::Migration migration = ProfileStore::moveLegacyProfiles(legacy, current);
    QVERIFY2(migration.problems.isEmpty(), qPrintable(migration.problems.join('\n')));
    QCOMPARE(migration.moved, 4);
    QVERIFY(!QFileInfo::exists(legacy));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("galileo-integrations/"
                                                            "galileo-integrations"))));
    QStringList names;
    for (const ProfileStore::Entry &entry : fresh.list())
        names << entry.name + (entry.damaged ? QStringLiteral(" (damaged)") : QString());
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Production"), QStringLiteral("Staging"),
                                 QStringLiteral("damaged.json (damaged)")}));
    QVERIFY(QFileInfo::exists(current + QStringLiteral("/damaged.json.bak-1")));
    Profile loaded;
    QVERIFY(fresh.load(production.id, &loaded, &error));
    // The id is the keychain's key, so the secrets still belong to it.
    QCOMPARE(loaded.id, production.id);
    QCOMPARE(loaded.secretFields, production.secretFields);

    // Once: a second start has nothing to move and changes nothing.
    const ProfileStore::Migration again = ProfileStore::moveLegacyProfiles(legacy, current);
    QCOMPARE(again.moved, 0);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(fresh.list().size(), 3);
}

void tst_ProfileStore::legacyConflictStaysAndIsReported()
{
    QTemporaryDir home;
    const QString legacy = home.filePath(QStringLiteral("old/profiles"));
    const QString current = home.filePath(QStringLiteral("new/profiles"));
    Profile staging = sample(QStringLiteral("Staging"));
    QString error;
    QVERIFY(ProfileStore(legacy).save(staging, &error));
    staging.name = QStringLiteral("Staging, edited since");
    QVERIFY(ProfileStore(current).save(staging, &error));
    const ProfileStore::Migration migration = ProfileStore::moveLegacyProfiles(legacy, current);
    QCOMPARE(migration.moved, 0);
    QCOMPARE(migration.problems.size(), 1);
    QVERIFY(migration.problems.first().contains(staging.id + QStringLiteral(".json")));
    // Neither copy is lost.
    QCOMPARE(ProfileStore(legacy).list().size(), 1);
    QCOMPARE(ProfileStore(current).list().first().name, staging.name);
}

void tst_ProfileStore::defaultDirectoryNamesTheAppOnce()
{
    QCoreApplication::setOrganizationName(QStringLiteral("galileo-integrations"));
    QCoreApplication::setApplicationName(QStringLiteral("galileo-integrations"));
    QVERIFY2(ProfileStore::defaultDirectory().endsWith(
                 QLatin1String("/.config/galileo-integrations/profiles")) ||
                 ProfileStore::defaultDirectory().endsWith(
                     QLatin1String("/config/galileo-integrations/profiles")),
             qPrintable(ProfileStore::defaultDirectory()));
    QVERIFY(!ProfileStore::defaultDirectory().contains(
        QLatin1String("galileo-integrations/galileo-integrations")));
    QVERIFY(ProfileStore::legacyDirectory().endsWith(
        QLatin1String("galileo-integrations/galileo-integrations/profiles")));
}
#endif

void tst_ProfileStore::copiedOrTamperedIdsAreDamaged()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile original = sample(QStringLiteral("Original"));
    QString error;
    QVERIFY(store.save(original, &error));
    QFile file(dir.filePath(original.id + ".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // A copy under another name keeps the id inside: it would share the keychain entries.
    const QString copyId = Profile::create(QStringLiteral("x")).id;
    QVERIFY(writeFile(dir.filePath(copyId + ".json"), data));
    // An id that is not one of ours could name another profile's entries ("a/../b").
    Profile tampered = sample(QStringLiteral("Tampered"));
    tampered.id = QStringLiteral("../") + original.id;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("tampered.json")),
                      QJsonDocument(tampered.toJson()).toJson()));

    int damaged = 0;
    for (const ProfileStore::Entry &entry : store.list()) {
        if (entry.id == original.id) {
            QVERIFY(!entry.damaged);
        } else {
            QVERIFY2(entry.damaged, qPrintable(entry.path));
            ++damaged;
        }
    }
    QCOMPARE(damaged, 2);
    Profile loaded;
    QVERIFY(!store.load(copyId, &loaded, &error));
    QVERIFY2(error.contains(QLatin1String("does not match")), qPrintable(error));
    QVERIFY(!store.load(tampered.id, &loaded, &error));
    QVERIFY(!store.save(tampered, &error));
    QVERIFY(store.load(original.id, &loaded, &error));
}

void tst_ProfileStore::saveOnAnOlderReadIsRefused()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile profile = sample(QStringLiteral("Shared"));
    QString error;
    QVERIFY(store.save(profile, &error, &profile.revision));
    QCOMPARE(profile.revision, 1);
    Profile window = profile; // read by the window
    // Meanwhile apply --profile records a submission.
    QVERIFY(store.recordSubmission(profile.id, QDateTime::currentDateTimeUtc(),
                                   QStringLiteral("int-1"), &error));
    window.config.endpoint = QStringLiteral("https://edited.example/v1");
    QVERIFY(!store.save(window, &error));
    QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    Profile onDisk;
    QVERIFY(store.load(profile.id, &onDisk, &error));
    QCOMPARE(onDisk.lastIntegrationId, QStringLiteral("int-1")); // nothing lost
    QCOMPARE(onDisk.revision, 2);
    // Read again, the edit goes through, and keeps the record.
    Profile again = onDisk;
    again.config.endpoint = QStringLiteral("https://edited.example/v1");
    QVERIFY(store.save(again, &error));
    QVERIFY(store.load(profile.id, &onDisk, &error));
    QCOMPARE(onDisk.lastIntegrationId, QStringLiteral("int-1"));
    QCOMPARE(onDisk.config.endpoint, QStringLiteral("https://edited.example/v1"));
}

void tst_ProfileStore::readOnlyFolderKeepsTheOldFile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile profile = sample(QStringLiteral("Read-only"));
    QString error;
    QVERIFY(store.save(profile, &error, &profile.revision));
    QFile file(dir.filePath(profile.id + ".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // Root writes through permissions; an immutable folder refuses even root.
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir.path()}) != 0)
        QSKIP("this file system cannot make a folder immutable (chattr +i)");
    struct Writable
    {
        QString path;
        ~Writable() { QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path}); }
    } writable{dir.path()};

    profile.config.endpoint = QStringLiteral("https://changed.example/v1");
    QVERIFY(!store.save(profile, &error));
    QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
