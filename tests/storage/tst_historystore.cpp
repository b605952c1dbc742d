#include "api/apiresult.h"
#include "appidentity.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "storage/historystore.h"
#include "storage/profilelibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray ApiKey = "HIST-SECRET-key-5511";
const QByteArray HeaderValue = "HIST-SECRET-header-6622";

IntegrationConfig configWithSecrets()
{
    const QJsonObject body{{"authentication_type", "api_key"},
                           {"endpoint", "https://gw.example/v1"},
                           {"api_key_header", "X-Key"},
                           {"api_key_value", QString::fromLatin1(ApiKey)},
                           {"headers", QJsonObject{{"X-Tenant", QString::fromLatin1(HeaderValue)}}},
                           {"model_properties", QJsonArray{QJsonObject{{"name", "m"}}}}};
    const IntegrationJson::ReadResult read = IntegrationJson::read(QJsonDocument(body).toJson());
    Q_ASSERT(read.ok);
    return read.config;
}

ApiResult stored(const QString &id)
{
    ApiResult result;
    result.outcome = ApiResult::Outcome::Success;
    result.httpStatus = 200;
    result.json = QJsonObject{{"id", id},
                              {"name", "custom"},
                              {"created_at", "2026-11-26T10:00:00Z"},
                              {"updated_at", "2026-11-26T10:00:00Z"},
                              {"created_by", "u-1"}};
    return result;
}

ApiResult refused(int status, const QString &summary)
{
    ApiResult result;
    result.outcome = ApiResult::Outcome::AuthRefused;
    result.httpStatus = status;
    result.summary = summary;
    return result;
}

const QUrl Galileo(u"https://api.galileo.example"_s);
const QByteArray Key(32, 'k');

// A child process appending entries, to show that two programs at once lose nothing.
int appendAsChild()
{
    HistoryStore store(qEnvironmentVariable("HISTORY_CHILD_DIR"));
    const QString tag = qEnvironmentVariable("HISTORY_CHILD_TAG");
    const QString profile = qEnvironmentVariable("HISTORY_CHILD_PROFILE");
    const int count = qEnvironmentVariableIntValue("HISTORY_CHILD_COUNT");
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry = HistoryEntry::of(configWithSecrets(), Galileo, tag,
                                              refused(403, u"%1 %2"_s.arg(tag).arg(i)), Key, {});
        QString error;
        if (!store.append(profile, entry, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

// The history of applies: one JSON Lines file per profile, appended under a lock.
class tst_HistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile = Profile::create(u"History"_s).id;

    QByteArray fileBytes(const HistoryStore &store) const
    {
        QFile file(store.pathFor(m_profile));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { QDir(m_dir.path() + u"/history"_s).removeRecursively(); }

    void appendsAndReadsNewestFirst()
    {
        HistoryStore store(m_dir.path() + u"/history"_s);
        QVERIFY(store.read(m_profile).entries.isEmpty());
        const HistoryEntry first =
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-1"_s), Key, {});
        HistoryEntry second = HistoryEntry::of(configWithSecrets(), Galileo, u"team-a"_s,
                                               refused(403, u"Galileo refused"_s), Key, {});
        second.time = first.time.addSecs(5);
        QString error;
        QVERIFY2(store.append(m_profile, first, &error), qPrintable(error));
        QVERIFY2(store.append(m_profile, second, &error), qPrintable(error));

        const HistoryStore::Read read = store.read(m_profile);
        QVERIFY(read.damaged.isEmpty());
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0), second);
        QCOMPARE(read.entries.at(1), first);
        // The body reads back as it was written, headers in their order, secrets masked.
        QCOMPARE(read.entries.at(1).body(), SecretCatalog::masked(configWithSecrets()));
        QVERIFY(first.ok);
        QCOMPARE(first.integrationId, u"int-1"_s);
        QCOMPARE(first.resultText(), u"stored int-1"_s);
        QVERIFY(!second.ok);
        QCOMPARE(second.httpStatus, 403);
        QCOMPARE(second.outcome, u"auth_refused"_s);
        QCOMPARE(second.resultText(), u"failed: HTTP 403, Galileo refused"_s);
        QCOMPARE(second.targetText(), u"https://api.galileo.example team-a"_s);
        QCOMPARE(first.time.timeSpec(), Qt::UTC);
        // One line per entry, in the data folder, named after the profile.
        QVERIFY(store.pathFor(m_profile).endsWith(m_profile + u".jsonl"_s));
        QCOMPARE(fileBytes(store).count('\n'), 2);
        QCOMPARE(HistoryStore::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                     u"/galileo-integrations/history"_s);
    }

    // The file holds masks and fingerprints, never a secret.
    void noSecretInTheFile()
    {
        HistoryStore store(m_dir.path() + u"/history"_s);
        const HistoryEntry entry =
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-1"_s), Key, {});
        QCOMPARE(entry.fingerprints.keys(),
                 QStringList({u"api_key_value"_s, u"header:X-Tenant"_s}));
        QCOMPARE(entry.secretSlots().size(), 2);
        QCOMPARE(entry.body().apiKeyValue, u"********"_s);
        QString error;
        QVERIFY(store.append(m_profile, entry, &error));
        // Without the key: the entry says why its fingerprints are missing.
        const HistoryEntry unkeyed = HistoryEntry::of(configWithSecrets(), Galileo, {},
                                                      stored(u"int-2"_s), {}, u"no keychain"_s);
        QVERIFY(unkeyed.fingerprints.isEmpty());
        QCOMPARE(unkeyed.fingerprintsMissing, u"no keychain"_s);
        QVERIFY(store.append(m_profile, unkeyed, &error));

        const QByteArray bytes = fileBytes(store);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(ApiKey));
        QVERIFY(!bytes.contains(HeaderValue));
        QVERIFY(bytes.contains("hmac-sha256:"));
        QVERIFY(bytes.contains("X-Tenant"));
        QVERIFY(bytes.contains("no keychain"));
        QCOMPARE(store.read(m_profile).entries.at(0).fingerprintsMissing, u"no keychain"_s);
    }

    void lastAppliedIsTheNewestStoredOneOfTheTarget()
    {
        HistoryStore store(m_dir.path() + u"/history"_s);
        QString error;
        QDateTime time = QDateTime::currentDateTimeUtc();
        const auto add = [&](const QUrl &url, const QString &name, const ApiResult &result) {
            HistoryEntry entry = HistoryEntry::of(configWithSecrets(), url, name, result, Key, {});
            time = time.addSecs(1);
            entry.time = time;
            QVERIFY(store.append(m_profile, entry, &error));
        };
        add(Galileo, {}, stored(u"old"_s));
        add(Galileo, {}, stored(u"default"_s));
        add(Galileo, {}, refused(401, u"refused"_s)); // the newest, but not stored
        add(Galileo, u"team-a"_s, stored(u"team-a"_s));
        add(QUrl(u"https://api.other.example"_s), {}, stored(u"other"_s));

        QCOMPARE(store.lastApplied(m_profile, Galileo, {})->integrationId, u"default"_s);
        QCOMPARE(store.lastApplied(m_profile, QUrl(u"https://api.galileo.example/"_s), {})
                     ->integrationId,
                 u"default"_s);
        QCOMPARE(store.lastApplied(m_profile, Galileo, u"team-a"_s)->integrationId, u"team-a"_s);
        QVERIFY(!store.lastApplied(m_profile, Galileo, u"team-b"_s));
        QVERIFY(!store.lastApplied(Profile::create(u"x"_s).id, Galileo, {}));
    }

    void keepsTheNewestEntries()
    {
        HistoryStore store(m_dir.path() + u"/history"_s, 5);
        QString error;
        for (int i = 0; i < 8; ++i) {
            QVERIFY(store.append(m_profile,
                                 HistoryEntry::of(configWithSecrets(), Galileo, {},
                                                  stored(u"int-%1"_s.arg(i)), Key, {}),
                                 &error));
        }
        const HistoryStore::Read read = store.read(m_profile);
        QCOMPARE(read.entries.size(), 5);
        QCOMPARE(read.entries.first().integrationId, u"int-7"_s);
        QCOMPARE(read.entries.last().integrationId, u"int-3"_s);
        QCOMPARE(fileBytes(store).count('\n'), 5);

        // And under a size: the oldest go first, the newest always stays.
        const qint64 lineBytes = fileBytes(store).size() / 5;
        HistoryStore small(m_dir.path() + u"/history"_s, 500, lineBytes * 3);
        QVERIFY(small.append(
            m_profile,
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-8"_s), Key, {}),
            &error));
        const HistoryStore::Read smaller = small.read(m_profile);
        QVERIFY(smaller.entries.size() <= 3);
        QCOMPARE(smaller.entries.first().integrationId, u"int-8"_s);
        QVERIFY(fileBytes(small).size() <= lineBytes * 3);
    }

    // A damaged line is skipped and reported; the rest reads, and appending goes on.
    void damagedLinesAreSkipped()
    {
        HistoryStore store(m_dir.path() + u"/history"_s);
        QString error;
        QVERIFY(store.append(
            m_profile,
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-1"_s), Key, {}),
            &error));
        {
            QFile file(store.pathFor(m_profile));
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"time\": \"yesterday\"}\n");
            file.write("not json at all\n");
            file.write("{\"time\":\"2026-11-27T04:00:00Z\",\"api_u"); // cut short
        }
        QVERIFY(store.append(
            m_profile,
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-2"_s), Key, {}),
            &error));
        const HistoryStore::Read read = store.read(m_profile);
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0).integrationId, u"int-2"_s);
        QCOMPARE(read.entries.at(1).integrationId, u"int-1"_s);
        QCOMPARE(read.damaged.size(), 3);
        QVERIFY2(read.damaged.last().contains(u"line 2: no valid \"time\""_s),
                 qPrintable(read.damaged.join('\n')));
        QVERIFY(read.damaged.at(1).contains(u"line 3"_s));
        QVERIFY(read.damaged.at(0).contains(u"line 4"_s));
    }

    // Two programs appending at once (the window and `apply --profile`, say) lose nothing and
    // never mix their lines.
    void twoProcessesAppendAtOnce()
    {
        const QString directory = m_dir.path() + u"/history"_s;
        constexpr int Each = 40;
        QList<QProcess *> children;
        for (const QString &tag : {u"first"_s, u"second"_s}) {
            auto *child = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"HISTORY_CHILD_DIR"_s, directory);
            environment.insert(u"HISTORY_CHILD_TAG"_s, tag);
            environment.insert(u"HISTORY_CHILD_PROFILE"_s, m_profile);
            environment.insert(u"HISTORY_CHILD_COUNT"_s, QString::number(Each));
            child->setProcessEnvironment(environment);
            child->start(QCoreApplication::applicationFilePath(), {});
            children << child;
        }
        for (QProcess *child : std::as_const(children)) {
            QVERIFY(child->waitForFinished(60000));
            QCOMPARE(child->exitCode(), 0);
        }
        const HistoryStore::Read read = HistoryStore(directory).read(m_profile);
        QVERIFY(read.damaged.isEmpty());
        QCOMPARE(read.entries.size(), 2 * Each);
        for (const QString &tag : {u"first"_s, u"second"_s}) {
            QStringList summaries;
            for (const HistoryEntry &entry : read.entries) {
                if (entry.integrationName == tag)
                    summaries.prepend(entry.summary);
            }
            QCOMPARE(summaries.size(), Each);
            for (int i = 0; i < Each; ++i)
                QCOMPARE(summaries.at(i), u"%1 %2"_s.arg(tag).arg(i));
        }
    }

    void idThatIsNotAProfileIdIsRefused()
    {
        HistoryStore store(m_dir.path() + u"/history"_s);
        QString error;
        QVERIFY(!store.append(
            u"../escape"_s,
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-1"_s), Key, {}),
            &error));
        QVERIFY(error.contains(u"not one this app gives"_s));
        QVERIFY(!QFile::exists(m_dir.path() + u"/escape.jsonl"_s));
    }

    // Deleting a profile deletes its history.
    void deletingTheProfileDeletesItsHistory()
    {
        QTemporaryDir profiles;
        MemorySecretStore secrets;
        ProfileLibrary library(ProfileStore(profiles.path()), &secrets);
        library.history() = HistoryStore(m_dir.path() + u"/history"_s);
        Profile profile = Profile::create(u"Doomed"_s);
        profile.config = configWithSecrets();
        bool saved = false;
        library.save(profile, {}, ProfileLibrary::SecretsPolicy::RequireKeychain,
                     [&saved](const ProfileLibrary::Saved &result) { saved = result.ok; });
        QTRY_VERIFY(saved);
        QString error;
        QVERIFY(library.history().append(
            profile.id,
            HistoryEntry::of(configWithSecrets(), Galileo, {}, stored(u"int-1"_s), Key, {}),
            &error));
        QVERIFY(QFile::exists(library.history().pathFor(profile.id)));
        bool removed = false;
        library.remove(profile.id, [&removed](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY(removed);
        QVERIFY(!QFile::exists(library.history().pathFor(profile.id)));
        QVERIFY(!QFile::exists(library.history().pathFor(profile.id) + u".lock"_s));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("HISTORY_CHILD_DIR")) {
        QCoreApplication app(argc, argv);
        return appendAsChild();
    }
    QCoreApplication app(argc, argv);
    AppIdentity::apply();
    tst_HistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
