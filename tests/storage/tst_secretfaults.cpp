#include "storage/profilelibrary.h"

#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include "../testsupport.h"
#include "faultysecretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Fault injection into the Secret Service, through the store interface: after every save,
// import, duplicate and delete, the profile file's list of secrets and the keychain agree.
class tst_SecretFaults : public QObject
{
    Q_OBJECT

private:
    static Profile profileWithSecrets(const QString &name)
    {
        Profile profile = Profile::create(name);
        profile.config = IntegrationJson::read(TestSupport::readData(u"full.json"_s)).config;
        profile.config.apiKeyValue = u"k-1"_s; // kept though OAuth2 is chosen
        return profile;
    }

    ProfileLibrary::Saved
    save(const Profile &profile,
         ProfileLibrary::SecretsPolicy policy = ProfileLibrary::SecretsPolicy::SaveWithoutSecrets)
    {
        ProfileLibrary::Saved saved;
        bool done = false;
        m_library->save(profile, {u"gk"_s, {}}, policy, [&](const ProfileLibrary::Saved &s) {
            saved = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the save never ended");
        return saved;
    }

    // The file's list of secrets and the keychain's entries of the profile are the same.
    void verifyAgreement(const QString &id)
    {
        Profile stored;
        QString error;
        QStringList listed;
        if (m_library->store().load(id, &stored, &error))
            listed = stored.secretFields;
        QStringList kept = m_store->keysOf(id);
        listed.sort();
        kept.sort();
        QCOMPARE(kept, listed);
    }

    QTemporaryDir *m_dir = nullptr;
    FaultySecretStore *m_store = nullptr;
    ProfileLibrary *m_library = nullptr;

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_store = new FaultySecretStore;
        m_store->setTimeout(300);
        m_library = new ProfileLibrary(ProfileStore(m_dir->path()), m_store);
    }

    void cleanup()
    {
        delete m_library;
        delete m_store;
        delete m_dir;
    }

    void failureOfTheKthWrite_data()
    {
        QTest::addColumn<int>("k");
        QTest::newRow("first") << 1;
        QTest::newRow("third") << 3;
        QTest::newRow("last") << 7; // the Galileo key, token, API key, 3 headers, init_kwargs
    }

    void failureOfTheKthWrite()
    {
        QFETCH(int, k);
        Profile profile = profileWithSecrets(u"Kth"_s);
        m_store->failWrite(k);
        const ProfileLibrary::Saved saved = save(profile);
        QVERIFY(saved.ok); // saved without its secrets, and told
        QVERIFY(!saved.secretsStored);
        QVERIFY(saved.keychainProblem.contains(u"injected"_s));
        verifyAgreement(profile.id);
        QVERIFY(m_store->keysOf(profile.id).isEmpty());

        // The command line's import saves nothing then, and leaves nothing behind either.
        Profile imported = profileWithSecrets(u"Imported"_s);
        m_store->failWrite(k);
        const ProfileLibrary::Saved refused =
            save(imported, ProfileLibrary::SecretsPolicy::RequireKeychain);
        QVERIFY(!refused.ok);
        QVERIFY(m_store->keysOf(imported.id).isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(imported.id + u".json"_s)));
    }

    void failedSaveOfAStoredProfile()
    {
        Profile profile = profileWithSecrets(u"Stored"_s);
        ProfileLibrary::Saved saved = save(profile);
        QVERIFY(saved.ok && saved.secretsStored);
        verifyAgreement(profile.id);
        profile.revision = saved.revision;
        m_store->failWrite(2);
        saved = save(profile);
        QVERIFY(saved.ok && !saved.secretsStored);
        verifyAgreement(profile.id);
    }

    // An answer after the timeout: reported as a failure first, then the write lands. It never
    // stays behind as a secret the file does not know of, and the user is told.
    void lateSuccessIsTakenBack()
    {
        Profile profile = profileWithSecrets(u"Late"_s);
        m_store->setDelay(450); // the timeout is 300 ms
        QSignalSpy notices(m_library, &ProfileLibrary::notice);
        const ProfileLibrary::Saved saved = save(profile);
        QVERIFY(saved.ok && !saved.secretsStored);
        QVERIFY2(saved.keychainProblem.contains(u"did not answer"_s),
                 qPrintable(saved.keychainProblem));
        // Everything in flight lands, late, and is taken back.
        QTRY_VERIFY_WITH_TIMEOUT(notices.count() >= 1, 10000);
        QTest::qWait(1500);
        verifyAgreement(profile.id);
        QVERIFY(m_store->keysOf(profile.id).isEmpty());
        QVERIFY(notices.first().first().toString().contains(u"answered late"_s));
    }

    void refusedRemovalStaysListed()
    {
        Profile profile = profileWithSecrets(u"Refused"_s);
        ProfileLibrary::Saved saved = save(profile);
        QVERIFY(saved.ok);
        profile.revision = saved.revision;
        profile.config.headers.removeFirst(); // X-Tenant goes
        m_store->refuseRemovals(true);
        saved = save(profile);
        QVERIFY(saved.ok && saved.secretsStored);
        QVERIFY(saved.keychainProblem.contains(u"removal refused"_s));
        verifyAgreement(profile.id); // the file still lists X-Tenant, which the keychain keeps

        // Deleting is refused as a whole: the file stays, so the entries can still be found.
        bool done = false;
        bool removed = true;
        m_library->remove(profile.id, [&](bool ok, const QString &) {
            removed = ok;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!removed);
        verifyAgreement(profile.id);

        m_store->refuseRemovals(false);
        done = false;
        m_library->remove(profile.id, [&](bool ok, const QString &) {
            removed = ok;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(removed);
        QVERIFY(m_store->keysOf(profile.id).isEmpty());
    }

    void duplicateUnderAFailingWrite()
    {
        Profile profile = profileWithSecrets(u"Original"_s);
        QVERIFY(save(profile).ok);
        m_store->failWrite(2);
        bool done = false;
        Profile copy;
        m_library->duplicate(profile.id, u"Copy"_s,
                             [&](const ProfileLibrary::Saved &saved, const Profile &made) {
                                 QVERIFY(saved.ok);
                                 copy = made;
                                 done = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        verifyAgreement(copy.id);
        verifyAgreement(profile.id);
        QVERIFY(!m_store->keysOf(profile.id).isEmpty()); // the original keeps its secrets
    }

    // A locked keyring whose unlock prompt is answered 15 s later (time scaled down here: the
    // timeout 300 ms, the unlock 450 ms): the save gives up, the late writes are taken back,
    // and once unlocked a save stores everything.
    void lockedKeyringUnlockedLater()
    {
        Profile profile = profileWithSecrets(u"Locked"_s);
        m_store->lockFor(450);
        QSignalSpy notices(m_library, &ProfileLibrary::notice);
        ProfileLibrary::Saved saved = save(profile);
        QVERIFY(saved.ok && !saved.secretsStored);
        QTRY_VERIFY_WITH_TIMEOUT(notices.count() >= 1, 10000);
        QTest::qWait(1000);
        verifyAgreement(profile.id);
        profile.revision = saved.revision;
        saved = save(profile);
        QVERIFY(saved.ok && saved.secretsStored);
        verifyAgreement(profile.id);
        QCOMPARE(m_store->keysOf(profile.id).size(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_SecretFaults)
#include "tst_secretfaults.moc"
