#include "storage/profilestore.h"

#include "model/integrationjson.h"

#include "../testsupport.h"

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
    QVERIFY(store.save(profile, &error));
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
#endif

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
