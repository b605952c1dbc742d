#include "appidentity.h"
#include "model/headerstable.h"
#include "model/secretcatalog.h"
#include "session/integrationsession.h"
#include "storage/connectionstore.h"

#include "../testsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The session the window observes, without a window: issues, connection, saved state, profiles.
class tst_IntegrationSession : public QObject
{
    Q_OBJECT

private:
    bool finish(const std::function<void()> &start)
    {
        QSignalSpy done(m_session, &IntegrationSession::profileFinished);
        start();
        return done.wait(5000) && done.first().at(1).toBool();
    }

    // The message of the error at `path`; empty when there is none.
    QString errorAt(const QString &path) const
    {
        for (const IssueBoard::Entry &entry : m_session->issues()) {
            if (entry.issue.path() == path && entry.issue.isError())
                return entry.issue.message;
        }
        return QString();
    }

    QTemporaryDir m_config;
    MemorySecretStore *m_secrets = nullptr;
    IntegrationSession *m_session = nullptr;

private slots:
    // A settings folder of its own, so that tests running beside it keep their profiles; and
    // the same folders as the executable, which one test runs.
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        AppIdentity::apply();
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("GALILEO_API_KEY");
        qunsetenv("GALILEO_API_URL");
        m_secrets = new MemorySecretStore;
        m_session = new IntegrationSession(m_secrets);
    }

    void cleanup()
    {
        for (const ProfileStore::Entry &entry : ProfileStore().list()) {
            QString ignored;
            ProfileStore().remove(entry.id, &ignored);
        }
        delete m_session;
        delete m_secrets;
    }

    // Issue 13: "required" waits until the field is left or a submission is tried.
    void requiredFieldsAreToFillInUntilLeft()
    {
        m_session->validate();
        const auto endpointEntry = [this] {
            for (const IssueBoard::Entry &entry : m_session->issues()) {
                if (entry.issue.path() == u"endpoint"_s)
                    return entry;
            }
            qFatal("no endpoint issue");
            return IssueBoard::Entry{};
        };
        QVERIFY(endpointEntry().toFillIn);
        QCOMPARE(m_session->toFillInCount(), 1);
        QCOMPARE(m_session->blockingCount(), 1); // still not submittable

        QSignalSpy changed(m_session, &IntegrationSession::issuesChanged);
        m_session->fieldLeft(FieldId::ApiKeyValue); // another field: nothing changes
        QCOMPARE(changed.size(), 0);
        m_session->fieldLeft(FieldId::Endpoint);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!endpointEntry().toFillIn);
        QCOMPARE(m_session->toFillInCount(), 0);

        // A wrong value is an error at once, left or not.
        m_session->showIntegration(IntegrationConfig(), QString(), {});
        QVERIFY(endpointEntry().toFillIn);
        m_session->model()->setText(FieldId::Endpoint, u"gw.example"_s);
        m_session->validate();
        QVERIFY(!endpointEntry().toFillIn);

        // Submitting reveals everything.
        m_session->showIntegration(IntegrationConfig(), QString(), {});
        QVERIFY(endpointEntry().toFillIn);
        QCOMPARE(m_session->submit(), IntegrationSession::Blocked::Errors);
        QVERIFY(!endpointEntry().toFillIn);
    }

    // Issue 13: Save as proposes the endpoint's host.
    void proposedProfileNameIsTheHost()
    {
        QCOMPARE(m_session->proposedProfileName(), u"New profile"_s);
        m_session->model()->setText(FieldId::Endpoint, u"https://www.gateway.acme.example/v1"_s);
        QCOMPARE(m_session->proposedProfileName(), u"gateway.acme.example"_s);
        QVERIFY(finish([this] { m_session->saveProfileAs(u"gateway.acme.example"_s); }));
        // Its own name once it is a profile; a fresh form gets a name not in use.
        QCOMPARE(m_session->proposedProfileName(), u"gateway.acme.example"_s);
        m_session->detachProfile();
        QCOMPARE(m_session->proposedProfileName(), u"gateway.acme.example (2)"_s);
    }

    // Finding 2 of issue 10, for the window: the environment's key is read in one place.
    void environmentKeyWithLineBreakIsNotUsed()
    {
        qputenv("GALILEO_API_KEY", "key\r\nX-Injected: 2");
        const auto environment = m_session->restoreConnection();
        QVERIFY(environment.problem.contains(u"GALILEO_API_KEY"_s));
        QVERIFY(m_session->secrets().apiKey.isEmpty());
        qputenv("GALILEO_API_KEY", "key-7\n");
        QVERIFY(m_session->restoreConnection().problem.isEmpty());
        QCOMPARE(m_session->secrets().apiKey, u"key-7"_s);
    }

    // GALILEO_* fills in what an opened profile leaves empty, as it does for the connection the
    // window starts with; what the profile holds stays. The next start reads the environment
    // again rather than remembering it.
    void anOpenedProfileTakesWhatItLacksFromTheEnvironment()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = u"https://gw.example/v1"_s;
        config.modelProperties << ModelProperty{u"m"_s, {}, {}, std::nullopt};
        m_session->showIntegration(config, u"body"_s, {});
        m_session->setConnection(ConnectionSettings{}, GalileoSecrets{});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Bare"_s); }));
        const QString bare = m_session->currentProfileId();
        m_session->detachProfile();
        ConnectionSettings own;
        own.baseUrl = u"https://galileo.own.example"_s;
        m_session->setConnection(own, {u"own-key"_s, {}});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Own"_s); }));
        const QString ownId = m_session->currentProfileId();
        m_session->detachProfile();

        qputenv("GALILEO_API_URL", "https://galileo.env.example");
        qputenv("GALILEO_API_KEY", "env-key");
        QVERIFY(finish([this, bare] { m_session->openProfile(bare); }));
        QCOMPARE(m_session->connection().baseUrl, u"https://galileo.env.example"_s);
        QCOMPARE(m_session->secrets().apiKey, u"env-key"_s);
        QVERIFY(!m_session->isModified());
        QVERIFY(ConnectionStore::load().baseUrl.isEmpty());

        QVERIFY(finish([this, ownId] { m_session->openProfile(ownId); }));
        QCOMPARE(m_session->connection().baseUrl, u"https://galileo.own.example"_s);
        QCOMPARE(m_session->secrets().apiKey, u"own-key"_s);
        QCOMPARE(ConnectionStore::load().baseUrl, u"https://galileo.own.example"_s);
        m_session->detachProfile();
    }

    // A returning user's start opens the last profile, whose connection is usually the one
    // remembered. QSettings rewrites its file for a value set again unchanged, which took a
    // millisecond of each such start: the file is written only when something changes.
    void openingTheRememberedProfileAgainWritesNoSettings()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = u"https://gw.example/v1"_s;
        ConnectionSettings own;
        own.baseUrl = u"https://galileo.own.example"_s;
        m_session->showIntegration(config, u"body"_s, {});
        m_session->setConnection(own, {u"own-key"_s, {}});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Own"_s); }));
        const QString ownId = m_session->currentProfileId();
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Other"_s); }));
        const QString otherId = m_session->currentProfileId();
        QVERIFY(finish([this, ownId] { m_session->openProfile(ownId); }));

        // The file as written: its inode (QSettings replaces it to write) and its time.
        const auto written = [] {
            QSettings().sync();
            struct stat info
            {
            };
            if (::stat(QFile::encodeName(QSettings().fileName()).constData(), &info) != 0)
                return QString();
            return u"%1 %2.%3"_s.arg(info.st_ino)
                .arg(info.st_mtim.tv_sec)
                .arg(info.st_mtim.tv_nsec);
        };
        const QString before = written();
        QVERIFY(!before.isEmpty());
        QThread::msleep(20);
        QVERIFY(finish([this, ownId] { m_session->openProfile(ownId); }));
        QCOMPARE(written(), before);
        QCOMPARE(m_session->lastProfileId(), ownId);

        // Another profile is remembered as before.
        QVERIFY(finish([this, otherId] { m_session->openProfile(otherId); }));
        QVERIFY(written() != before);
        QCOMPARE(m_session->lastProfileId(), otherId);
        m_session->detachProfile();
    }

    // A review found the environment's key copied into every profile saved meanwhile: the copy
    // then won over the environment, so a key rotated there was no longer used. What GALILEO_*
    // supplies is read again at each start and never stored; a key typed in stays the profile's.
    void theEnvironmentsKeyIsNotSavedInAProfile()
    {
        qputenv("GALILEO_API_KEY", "env-key-1");
        m_session->restoreConnection();
        QCOMPARE(m_session->secrets().apiKey, u"env-key-1"_s);
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = u"https://gw.example/v1"_s;
        m_session->showIntegration(config, u"body"_s, {});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"From the environment"_s); }));
        const QString fromEnvironment = m_session->currentProfileId();
        const QString keyEntry = SecretCatalog::keychainKey(fromEnvironment, u"galileo_api_key"_s);
        QVERIFY(!m_secrets->values().contains(keyEntry));
        QVERIFY(!m_session->isModified());
        // Saved again (Ctrl+S), the same.
        QVERIFY(finish([this] { m_session->saveProfile(); }));
        QVERIFY(!m_secrets->values().contains(keyEntry));
        m_session->detachProfile();

        // The key rotated in the environment is the one the profile uses.
        qputenv("GALILEO_API_KEY", "env-key-2");
        QVERIFY(finish([this, fromEnvironment] { m_session->openProfile(fromEnvironment); }));
        QCOMPARE(m_session->secrets().apiKey, u"env-key-2"_s);

        // A key typed in the connection dialog is the profile's own.
        m_session->setConnection(m_session->connection(), {u"typed-key"_s, {}});
        QVERIFY(finish([this] { m_session->saveProfile(); }));
        QCOMPARE(m_secrets->values().value(keyEntry), u"typed-key"_s);
        m_session->detachProfile();
        QVERIFY(finish([this, fromEnvironment] { m_session->openProfile(fromEnvironment); }));
        QCOMPARE(m_session->secrets().apiKey, u"typed-key"_s);
        m_session->detachProfile();
    }

    // Finding 7: saving changes where the form belongs, not what is known about it.
    // A header's value the keychain no longer gives would be sent empty and replace the one
    // Galileo holds: the opened profile cannot be submitted until it is typed again (or the
    // header is removed).
    void headerSecretGoneFromTheKeychainBlocksSubmitting()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = u"https://gw.example/v1"_s;
        config.modelProperties << ModelProperty{u"m"_s, {}, {}, std::nullopt};
        config.headers = {{u"X-Tenant"_s, u"tenant-secret-1"_s}, {u"X-Trace"_s, u"t"_s}};
        m_session->showIntegration(config, u"body"_s, {});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Tenant"_s); }));
        const QString id = m_session->currentProfileId();
        const QString key = SecretCatalog::keychainKey(id, u"header:X-Tenant"_s);
        QCOMPARE(m_secrets->values().value(key), u"tenant-secret-1"_s);
        bool removed = false;
        m_secrets->remove(key, [&](const SecretStore::Result &) { removed = true; });
        QTRY_VERIFY(removed);

        m_session->detachProfile();
        QVERIFY(finish([this, id] { m_session->openProfile(id); }));
        QCOMPARE(m_session->model()->config().headers.first().value, QString());
        QVERIFY2(errorAt(u"headers.X-Tenant"_s).contains(u"not in the keychain any more"_s),
                 qPrintable(errorAt(u"headers.X-Tenant"_s)));
        QVERIFY(m_session->blockingCount() > 0);
        QCOMPARE(m_session->submit(), IntegrationSession::Blocked::Errors);

        // Typed again: nothing stands in the way any more.
        HeadersTable *headers = m_session->model()->headers();
        QVERIFY(
            headers->setData(headers->index(0, HeadersTable::ValueColumn), u"tenant-secret-2"_s));
        m_session->validate();
        QVERIFY(errorAt(u"headers.X-Tenant"_s).isEmpty());
        QCOMPARE(m_session->blockingCount(), 0);

        // Removing the header instead does the same.
        QVERIFY(finish([this, id] { m_session->openProfile(id); }));
        QVERIFY(m_session->blockingCount() > 0);
        headers->removeRows(0, 1);
        m_session->validate();
        QCOMPARE(m_session->blockingCount(), 0);
    }

    // A review found an export's marker, imported, sending the header empty. In the window it is
    // an error at the header until the real value is typed; saved meanwhile, the profile keeps
    // asking for it.
    void anImportedPlaceholderIsToFillInAndStaysSo()
    {
        const QByteArray body =
            R"({"authentication_type":"none","endpoint":"https://gw.example/v1",)"
            R"("model_properties":[{"name":"m"}],)"
            R"("headers":{"X-Tenant":"<secret in the OS keychain; not exported>","X-Trace":"t"}})";
        QTemporaryDir dir;
        QFile file(dir.filePath(u"partial.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        const ProfileExchange::Imported imported =
            m_session->readImport(file.fileName(), u"Partial"_s);
        QVERIFY(imported.ok);
        QCOMPARE(imported.placeholders, QStringList{u"header:X-Tenant"_s});
        QSignalSpy done(m_session, &IntegrationSession::profileFinished);
        m_session->saveImport(imported, false);
        QVERIFY(done.wait(5000));
        QVERIFY2(errorAt(u"headers.X-Tenant"_s).contains(u"stands in for a secret"_s),
                 qPrintable(errorAt(u"headers.X-Tenant"_s)));
        QCOMPARE(m_session->submit(), IntegrationSession::Blocked::Errors);

        // Saved without it: opened again, it is still asked for.
        QSignalSpy saved(m_session, &IntegrationSession::profileFinished);
        m_session->saveProfile();
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
        const QString id = m_session->currentProfileId();
        m_session->detachProfile();
        QVERIFY(finish([this, id] { m_session->openProfile(id); }));
        QVERIFY2(!errorAt(u"headers.X-Tenant"_s).isEmpty(), "not asked for after saving");

        HeadersTable *headers = m_session->model()->headers();
        QVERIFY(headers->setData(headers->index(0, HeadersTable::ValueColumn), u"real-tenant"_s));
        m_session->validate();
        QVERIFY(errorAt(u"headers.X-Tenant"_s).isEmpty());
        m_session->detachProfile();
    }

    void savingKeepsGalileosIssues()
    {
        IntegrationConfig config;
        config.endpoint = u"https://gw.example/v1"_s;
        m_session->showIntegration(config, u"body.json"_s, {});
        const ValidationIssues server = {ValidationIssue::error(
            {u"body"_s, u"endpoint"_s}, u"value_error"_s, u"not reachable from Galileo"_s)};
        m_session->setServerIssues(server);
        QSignalSpy replaced(m_session, &IntegrationSession::documentReplaced);
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Kept"_s); }));
        QVERIFY(finish([this] { m_session->saveProfile(); }));
        QVERIFY(m_session->renameProfile(u"Kept too"_s));
        QCOMPARE(replaced.count(), 0);
        const auto fromGalileo = [this] {
            int count = 0;
            for (const IssueBoard::Entry &entry : m_session->issues())
                count += entry.origin == IssueBoard::Origin::Server;
            return count;
        };
        QCOMPARE(fromGalileo(), 1);
        QVERIFY(!m_session->isModified());
        QCOMPARE(m_session->sourceName(), u"Kept too"_s);
    }

    void importAsksBeforeUsingAnotherConnection()
    {
        ConnectionSettings mine;
        mine.baseUrl = u"https://api.mine.example"_s;
        m_session->setConnection(mine, {u"my-key"_s, {}});

        Profile shared = Profile::create(u"Shared"_s);
        shared.config.endpoint = u"https://gw.example/v1"_s;
        shared.connection.baseUrl = u"https://api.elsewhere.example"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ProfileExchange::write(shared));
        file.close();

        const ProfileExchange::Imported imported = m_session->readImport(path, u"Shared"_s);
        QVERIFY(imported.ok);
        QVERIFY(m_session->importChangesConnection(imported));
        QVERIFY(finish([&] { m_session->saveImport(imported, false); }));
        QCOMPARE(m_session->connection().baseUrl, mine.baseUrl);
        QCOMPARE(m_session->secrets().apiKey, u"my-key"_s);
        Profile stored;
        QString error;
        QVERIFY(ProfileStore().load(m_session->currentProfileId(), &stored, &error));
        QCOMPARE(stored.connection.baseUrl, mine.baseUrl);

        QVERIFY(
            finish([&] { m_session->saveImport(m_session->readImport(path, u"Shared"_s), true); }));
        QCOMPARE(m_session->connection().baseUrl, u"https://api.elsewhere.example"_s);
    }

    // Issue 11: the window and `apply --profile` save one profile at once: no lost update, and
    // the loser is told.
    void windowAndApplySavingOneProfile()
    {
        LoopbackServer galileo;
        QVERIFY(galileo.listen());
        galileo.setHandler([](const HttpRequest &) {
            return HttpResponse::json(200, R"({"id":"int-9","name":"custom",
                "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z",
                "created_by":"u"})");
        });
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = u"https://gw.example/v1"_s;
        config.modelProperties << ModelProperty{u"m"_s, {}, {}, std::nullopt};
        m_session->showIntegration(config, u"body"_s, {});
        QVERIFY(finish([this] { m_session->saveProfileAs(u"Race"_s); }));

        QProcess apply;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GALILEO_API_KEY"_s, u"k"_s);
        environment.insert(u"GALILEO_API_URL"_s, galileo.url().toString());
        apply.setProcessEnvironment(environment);
        apply.start(QStringLiteral(GALILEO_EXECUTABLE), {u"apply"_s, u"--profile"_s, u"Race"_s});
        QVERIFY(apply.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(apply.state() == QProcess::NotRunning, 30000);
        QCOMPARE(apply.exitCode(), 0);

        // The window, still on what it read before, saves an edit: refused, and told why.
        m_session->model()->setText(FieldId::Endpoint, u"https://edited.example/v1"_s);
        QSignalSpy done(m_session, &IntegrationSession::profileFinished);
        m_session->saveProfile();
        QVERIFY(done.wait(5000));
        QVERIFY(!done.first().at(1).toBool());
        QVERIFY2(done.first().at(2).toString().contains(u"another program"_s),
                 qPrintable(done.first().at(2).toString()));
        Profile onDisk;
        QString error;
        QVERIFY(ProfileStore().load(m_session->currentProfileId(), &onDisk, &error));
        QCOMPARE(onDisk.lastIntegrationId, u"int-9"_s);
        QCOMPARE(onDisk.config.endpoint, u"https://gw.example/v1"_s);
        QVERIFY(m_session->isModified()); // the edit is still in the window, not lost either
    }

    void nonRegularFilesAreRefusedAtOnce()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!m_session->readImport(QDir::tempPath(), u"x"_s).ok);
        const auto device = m_session->readImport(u"/dev/zero"_s, u"x"_s);
        QVERIFY(!device.ok);
        QVERIFY2(device.error.contains(u"not a regular file"_s), qPrintable(device.error));
        QVERIFY(clock.elapsed() < 1000);
    }

    // Issue 12, drift: a field the cluster's schema lacks is a warning at its place, through
    // the issue board; it does not keep the body from being sent.
    void driftWarnsAtTheFieldAndDoesNotBlock()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        auto galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
        galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
        });
        server.setHandler(galileo->handler(galileo));
        ConnectionSettings settings;
        settings.baseUrl = server.url().toString();
        settings.timeoutSeconds = 5;
        m_session->setConnection(settings, {u"galileo-key"_s, {}});
        const IntegrationJson::ReadResult read =
            IntegrationJson::read(TestSupport::readData(u"seed-none.json"_s));
        m_session->showIntegration(read.config, u"seed"_s, {});
        m_session->model()->setText(FieldId::MappingJobId, u"X-Job-Id"_s);
        m_session->validate();
        const auto driftWarnings = [this] {
            QList<IssueBoard::Entry> found;
            for (const IssueBoard::Entry &entry : m_session->issues()) {
                if (entry.issue.type == u"field_unknown_to_server"_s)
                    found << entry;
            }
            return found;
        };
        QVERIFY(driftWarnings().isEmpty()); // nothing known about the cluster yet

        QSignalSpy drift(m_session, &IntegrationSession::driftChanged);
        QVERIFY(m_session->checkDrift());
        QVERIFY(drift.wait());
        QVERIFY(m_session->drift().isKnown());
        QCOMPARE(m_session->drift().appOnly, QStringList{u"custom_header_mapping"_s});
        const QList<IssueBoard::Entry> warnings = driftWarnings();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().origin, IssueBoard::Origin::Local);
        QCOMPARE(warnings.first().issue.severity, ValidationIssue::Severity::Warning);
        QCOMPARE(warnings.first().issue.loc, QJsonArray({u"body"_s, u"custom_header_mapping"_s}));
        QCOMPARE(m_session->blockingCount(), 0);
        // Read once per cluster.
        QVERIFY(!m_session->checkDrift());

        QSignalSpy submitted(m_session, &IntegrationSession::submitted);
        QCOMPARE(m_session->submit(), IntegrationSession::Blocked::No);
        QVERIFY(submitted.wait());
        QVERIFY(submitted.first().first().value<ApiResult>().ok());
        QCOMPARE(galileo->defaultCustom.value(u"custom_header_mapping"_s).toObject(),
                 QJsonObject({{u"job_id"_s, u"X-Job-Id"_s}}));

        // Without the field, no warning.
        m_session->model()->setText(FieldId::MappingJobId, QString());
        m_session->validate();
        QVERIFY(driftWarnings().isEmpty());
        // Another cluster: what was read about this one no longer applies.
        m_session->model()->setText(FieldId::MappingJobId, u"X-Job-Id"_s);
        settings.baseUrl = u"http://127.0.0.1:1"_s;
        m_session->setConnection(settings, {u"galileo-key"_s, {}});
        QVERIFY(!m_session->drift().isKnown());
        QVERIFY(driftWarnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_IntegrationSession)
#include "tst_integrationsession.moc"
