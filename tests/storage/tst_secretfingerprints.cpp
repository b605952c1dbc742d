#include "storage/secretfingerprints.h"

#include "faultysecretstore.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SecretFingerprints : public QObject
{
    Q_OBJECT

private:
    struct Loaded
    {
        QByteArray key;
        QString problem;
    };

    static Loaded load(SecretStore *store)
    {
        Loaded loaded;
        bool done = false;
        SecretFingerprints::loadKey(store, [&](const QByteArray &key, const QString &problem) {
            loaded = {key, problem};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("the fingerprint key never came");
        return loaded;
    }

private slots:
    void sameInputSameFingerprint()
    {
        const QByteArray key = SecretFingerprints::newKey();
        QCOMPARE(key.size(), 32);
        const QString a = SecretFingerprints::of(key, u"token"_s, u"s3cret"_s);
        QCOMPARE(SecretFingerprints::of(key, u"token"_s, u"s3cret"_s), a);
        QVERIFY(a.startsWith(u"hmac-sha256:"_s));
        QCOMPARE(a.size(), 12 + 64);
        QVERIFY(!a.contains(u"s3cret"_s));
    }

    void valueSlotAndKeyEachChangeIt()
    {
        const QByteArray key = SecretFingerprints::newKey();
        const QString a = SecretFingerprints::of(key, u"token"_s, u"s3cret"_s);
        QVERIFY(SecretFingerprints::of(key, u"token"_s, u"s3cret!"_s) != a);
        QVERIFY(SecretFingerprints::of(key, u"api_key_value"_s, u"s3cret"_s) != a);
        QVERIFY(SecretFingerprints::of(SecretFingerprints::newKey(), u"token"_s, u"s3cret"_s) !=
                a);
        // The slot and value are kept apart: moving a character across the seam changes it.
        QVERIFY(SecretFingerprints::of(key, u"header:a"_s, u"bc"_s) !=
                SecretFingerprints::of(key, u"header:ab"_s, u"c"_s));
    }

    void ofAllSkipsEmptyValues()
    {
        const QByteArray key = SecretFingerprints::newKey();
        const auto all = SecretFingerprints::ofAll(
                key, {{u"token"_s, u"t"_s}, {u"header:X-Key"_s, u"v"_s}, {u"api_key_value"_s, {}}});
        QCOMPARE(all.keys(), (QStringList{u"header:X-Key"_s, u"token"_s}));
        QCOMPARE(all.value(u"token"_s), SecretFingerprints::of(key, u"token"_s, u"t"_s));
    }

    void keyIsMadeOnceAndKept()
    {
        MemorySecretStore store;
        const Loaded first = load(&store);
        QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
        QCOMPARE(first.key.size(), 32);
        QVERIFY(store.values().contains(SecretFingerprints::keychainKey()));
        const Loaded second = load(&store);
        QCOMPARE(second.key, first.key);
    }

    void noKeyWithoutAKeychain()
    {
        FaultySecretStore store;
        store.failWrite(1);
        const Loaded loaded = load(&store);
        QVERIFY(loaded.key.isEmpty());
        QVERIFY(!loaded.problem.isEmpty());
        QVERIFY(store.values().isEmpty());
    }

    void damagedKeyIsReportedNotReplaced()
    {
        MemorySecretStore store;
        bool written = false;
        store.write(SecretFingerprints::keychainKey(), u"c2hvcnQ="_s,
                    [&](const SecretStore::Result &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }));
        const Loaded loaded = load(&store);
        QVERIFY(loaded.key.isEmpty());
        QVERIFY(loaded.problem.contains(SecretFingerprints::keychainKey()));
        QCOMPARE(store.values().value(SecretFingerprints::keychainKey()), u"c2hvcnQ="_s);
    }
};

QTEST_GUILESS_MAIN(tst_SecretFingerprints)
#include "tst_secretfingerprints.moc"
