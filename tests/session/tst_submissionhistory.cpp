#include "appidentity.h"
#include "model/integrationjson.h"
#include "session/integrationsession.h"
#include "session/submission.h"
#include "storage/historystore.h"
#include "storage/secretfingerprints.h"

#include "fakegalileo.h"
#include "faultysecretstore.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString ApiKey = u"SESS-SECRET-key-7711"_s;
const QString HeaderValue = u"SESS-SECRET-header-8822"_s;

IntegrationConfig configWithSecrets()
{
    const QJsonObject body{{"authentication_type", "api_key"},
                           {"endpoint", "https://gw.example/v1"},
                           {"api_key_header", "X-Key"},
                           {"api_key_value", ApiKey},
                           {"headers", QJsonObject{{"X-Tenant", HeaderValue}}},
                           {"model_properties", QJsonArray{QJsonObject{{"name", "m"}}}}};
    return IntegrationJson::read(QJsonDocument(body).toJson()).config;
}

} // namespace

// Every apply of a profile, from the session the window observes, lands in its history; and an
// entry comes back into the form with the secrets that are still the same.
class tst_SubmissionHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::shared_ptr<FakeGalileo> m_galileo;
    LoopbackServer *m_server = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    IntegrationSession *m_session = nullptr;
    bool m_refuse = false;

    bool finishProfile(const std::function<void()> &start)
    {
        QSignalSpy done(m_session, &IntegrationSession::profileFinished);
        start();
        return done.wait(5000) && done.first().at(1).toBool();
    }

    // Submits and waits for the answer and, with a profile, for the history's entry.
    ApiResult submit()
    {
        QSignalSpy submitted(m_session, &IntegrationSession::submitted);
        QSignalSpy recorded(m_session, &IntegrationSession::historyRecorded);
        if (m_session->submit() != IntegrationSession::Blocked::No)
            return {};
        if (!submitted.wait(10000))
            return {};
        if (!m_session->currentProfileId().isEmpty() && recorded.isEmpty() && !recorded.wait(10000))
            return {};
        if (!recorded.isEmpty() && !recorded.first().at(0).toString().isEmpty())
            qWarning("history: %s", qPrintable(recorded.first().at(0).toString()));
        return submitted.first().at(0).value<ApiResult>();
    }

    void connectTo(LoopbackServer *server)
    {
        ConnectionSettings settings;
        settings.baseUrl = server->url().toString();
        m_session->setConnection(settings, {u"galileo-key"_s, {}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        AppIdentity::apply();
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("GALILEO_API_KEY");
        m_refuse = false;
        m_galileo = std::make_shared<FakeGalileo>();
        m_server = new LoopbackServer;
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const HttpRequest &request) {
            if (m_refuse && request.method == "PUT")
                return HttpResponse::json(403, R"({"detail":"Not allowed here"})");
            return m_galileo->answer(request);
        });
        m_secrets = new MemorySecretStore;
        m_session = new IntegrationSession(m_secrets);
        connectTo(m_server);
    }

    void cleanup()
    {
        delete m_session;
        delete m_secrets;
        delete m_server;
    }

    void storedAndRefusedAppliesAreRecorded()
    {
        m_session->showIntegration(configWithSecrets(), u"test"_s, {});
        QVERIFY(finishProfile([this] { m_session->saveProfileAs(u"Recorded"_s); }));
        const QString id = m_session->currentProfileId();
        QVERIFY(m_session->history().entries.isEmpty());

        QVERIFY(submit().ok());
        m_refuse = true;
        m_session->setIntegrationName(u"team-a"_s);
        QCOMPARE(submit().httpStatus, 403);

        const HistoryStore::Read read = m_session->history();
        QVERIFY(read.damaged.isEmpty());
        QCOMPARE(read.entries.size(), 2);
        const HistoryEntry &refused = read.entries.at(0);
        const HistoryEntry &stored = read.entries.at(1);
        QVERIFY(stored.ok);
        QCOMPARE(stored.integrationId, u"id-custom"_s);
        QVERIFY(stored.integrationName.isEmpty());
        QCOMPARE(stored.apiUrl, m_server->url());
        QVERIFY(!refused.ok);
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.integrationName, u"team-a"_s);
        QVERIFY(!refused.summary.isEmpty());
        QCOMPARE(refused.time.timeSpec(), Qt::UTC);

        // The fingerprints are keyed with the key the keychain keeps.
        const QByteArray key = QByteArray::fromBase64(
            m_secrets->values().value(SecretFingerprints::keychainKey()).toLatin1());
        QCOMPARE(key.size(), 32);
        QCOMPARE(stored.fingerprints.value(u"api_key_value"_s),
                 SecretFingerprints::of(key, u"api_key_value"_s, ApiKey));
        QCOMPARE(stored.fingerprints.value(u"header:X-Tenant"_s),
                 SecretFingerprints::of(key, u"header:X-Tenant"_s, HeaderValue));
        QVERIFY(stored.fingerprintsMissing.isEmpty());
        QCOMPARE(HistoryStore().lastApplied(id, m_server->url(), {})->integrationId,
                 u"id-custom"_s);

        QFile file(HistoryStore().pathFor(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(ApiKey.toUtf8()));
        QVERIFY(!bytes.contains(HeaderValue.toUtf8()));
        QVERIFY(!bytes.contains("galileo-key"));
    }

    void formWithoutProfileLeavesNoHistory()
    {
        m_session->showIntegration(configWithSecrets(), u"test"_s, {});
        QVERIFY(submit().ok());
        QVERIFY(m_session->history().entries.isEmpty());
        QVERIFY(!m_secrets->values().contains(SecretFingerprints::keychainKey()));
    }

    // Without a keychain, and with one too slow to answer, the apply goes on and its entry says
    // why its fingerprints are missing.
    void noKeyNeverHoldsUpTheApply()
    {
        GalileoClient client;
        ConnectionSettings settings;
        settings.baseUrl = m_server->url().toString();
        client.setConnection(settings, {u"galileo-key"_s, {}});
        QTemporaryDir folder;
        ProfileStore profiles(folder.filePath(u"profiles"_s));
        Profile profile = Profile::create(u"Keyless"_s);
        QString error;
        QVERIFY(profiles.save(profile, &error));
        const HistoryStore history(folder.filePath(u"history"_s));

        Submission keyless(&client, profiles, nullptr, history);
        QSignalSpy finished(&keyless, &Submission::finished);
        QSignalSpy keylessRecorded(&keyless, &Submission::historyRecorded);
        QVERIFY(keyless.start(configWithSecrets(), {}, profile.id).isEmpty());
        QVERIFY(finished.wait(10000));
        // Nothing to wait for: recorded before the answer was reported.
        QCOMPARE(keylessRecorded.size(), 1);
        QCOMPARE(keylessRecorded.first().at(0).toString(), profile.id);
        QCOMPARE(keylessRecorded.first().at(1).toString(), QString());
        QVERIFY(finished.first().at(0).value<ApiResult>().ok());
        QCOMPARE(finished.first().at(1).toString(), QString());
        HistoryEntry entry = history.read(profile.id).entries.value(0);
        QVERIFY(entry.ok);
        QVERIFY(entry.fingerprints.isEmpty());
        QVERIFY2(entry.fingerprintsMissing.contains(u"no keychain"_s),
                 qPrintable(entry.fingerprintsMissing));

        FaultySecretStore slow;
        slow.setDelay(Submission::KeyGraceMs + 3000);
        Submission waiting(&client, profiles, &slow, history);
        QSignalSpy waited(&waiting, &Submission::finished);
        QSignalSpy recorded(&waiting, &Submission::historyRecorded);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waiting.start(configWithSecrets(), {}, profile.id).isEmpty());
        // The answer is reported at once; the entry waits for the key, then goes without it.
        QVERIFY(waited.wait(10000));
        QVERIFY2(timer.elapsed() < Submission::KeyGraceMs / 2,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(waited.first().at(0).value<ApiResult>().ok());
        QVERIFY(recorded.isEmpty());
        QVERIFY(waiting.isRecordingHistory());
        QVERIFY(recorded.wait(Submission::KeyGraceMs + 2000));
        QVERIFY(timer.elapsed() >= Submission::KeyGraceMs * 9 / 10); // a coarse timer
        QVERIFY(!waiting.isRecordingHistory());
        entry = history.read(profile.id).entries.value(0);
        QVERIFY(entry.fingerprints.isEmpty());
        QVERIFY2(entry.fingerprintsMissing.contains(u"in time"_s),
                 qPrintable(entry.fingerprintsMissing));
        QCOMPARE(history.read(profile.id).entries.size(), 2);
    }

    // Restore: a secret still the one applied comes from the keychain; a changed one is left to
    // fill in.
    void restoreTakesUnchangedSecretsFromTheKeychain()
    {
        m_session->showIntegration(configWithSecrets(), u"test"_s, {});
        QVERIFY(finishProfile([this] { m_session->saveProfileAs(u"Restored"_s); }));
        QVERIFY(submit().ok());
        // The header's secret changes and is saved; the API key stays.
        IntegrationConfig changed = configWithSecrets();
        changed.headers[0].value = u"SESS-SECRET-header-changed"_s;
        changed.endpoint = u"https://gw2.example/v1"_s;
        m_session->showIntegration(changed, u"test"_s, {});
        QVERIFY(finishProfile([this] { m_session->saveProfile(); }));

        const HistoryEntry entry = m_session->history().entries.value(0);
        QSignalSpy restored(m_session, &IntegrationSession::historyRestored);
        m_session->restoreFromHistory(entry);
        QVERIFY(restored.wait(5000));
        QCOMPARE(restored.first().at(0).toStringList(), QStringList{u"api_key_value"_s});
        QCOMPARE(restored.first().at(1).toStringList(), QStringList{u"header:X-Tenant"_s});

        const IntegrationConfig form = m_session->model()->config();
        QCOMPARE(form.endpoint, u"https://gw.example/v1"_s);
        QCOMPARE(form.apiKeyValue, ApiKey);
        QCOMPARE(form.headers.value(0).name, u"X-Tenant"_s);
        QVERIFY(form.headers.value(0).value.isEmpty());
        bool toFillIn = false;
        for (const IssueBoard::Entry &issue : m_session->issues()) {
            if (issue.issue.path() == u"headers.X-Tenant"_s && issue.toFillIn)
                toFillIn = true;
        }
        QVERIFY(toFillIn);
        QVERIFY(m_session->blockingCount() > 0);
        QCOMPARE(m_session->submit(), IntegrationSession::Blocked::Errors);

        // Typed in, it is no longer asked for.
        m_session->model()->headers()->setData(m_session->model()->headers()->index(0, 1),
                                               u"typed-again"_s);
        m_session->validate();
        for (const IssueBoard::Entry &issue : m_session->issues())
            QVERIFY(issue.issue.type != u"secret_to_fill_in"_s || !issue.issue.isError());
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionHistory)
#include "tst_submissionhistory.moc"
