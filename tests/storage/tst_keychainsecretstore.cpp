#include "storage/keychainsecretstore.h"

#include "../testsupport.h"

#include <QSignalSpy>
#include <QtTest>

// KeychainSecretStore against the real Secret Service of the test session.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    static SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
    {
        SecretStore::Result result;
        bool done = false;
        start([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain did not answer");
        return result;
    }

    KeychainSecretStore m_store;

private slots:
    void initTestCase() { REQUIRE_SECRET_SERVICE(); }

    void writeReadRemove_data();
    void writeReadRemove();
    void overwriteKeepsOneEntry();
    void missingEntry();
    void batches();
    void callbacksNeverRunInsideTheCall();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_KeychainSecretStore::writeReadRemove_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "sk-live-123";
    QTest::newRow("json") << R"({"client_id":"a","client_secret":"b\"c"})";
    QTest::newRow("unicode") << "pässwörd-\u00e9\u4e2d\U0001F511";
    QTest::newRow("long") << QString(64 * 1024, QLatin1Char('k'));
}

void tst_KeychainSecretStore::writeReadRemove()
{
    QFETCH(QString, value);
    const QString key = QStringLiteral("test-profile/") + QTest::currentDataTag();
    QVERIFY(wait([&](auto cb) { m_store.write(key, value, cb); }).ok());
    const auto read = wait([&](auto cb) { m_store.read(key, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.value, value);
    // Filed under the app's service name with the key as user, as the notes say.
    if (value.size() < 100)
        QVERIFY(TestSupport::keychainDump().contains(value));
    QVERIFY(wait([&](auto cb) { m_store.remove(key, cb); }).ok());
    QCOMPARE(wait([&](auto cb) { m_store.read(key, cb); }).status, SecretStore::Status::NotFound);
}

void tst_KeychainSecretStore::overwriteKeepsOneEntry()
{
    const QString key = QStringLiteral("test-profile/overwrite");
    QVERIFY(wait([&](auto cb) { m_store.write(key, QStringLiteral("one"), cb); }).ok());
    QVERIFY(wait([&](auto cb) { m_store.write(key, QStringLiteral("two"), cb); }).ok());
    QCOMPARE(wait([&](auto cb) { m_store.read(key, cb); }).value, QStringLiteral("two"));
    QVERIFY(!TestSupport::keychainDump().contains(QLatin1String("secret = one")));
    wait([&](auto cb) { m_store.remove(key, cb); });
}

void tst_KeychainSecretStore::missingEntry()
{
    const auto result = wait([&](auto cb) { m_store.read(QStringLiteral("nope/never"), cb); });
    QCOMPARE(result.status, SecretStore::Status::NotFound);
}

void tst_KeychainSecretStore::batches()
{
    const QMap<QString, QString> values = {{"batch/a", "1"}, {"batch/b", "2"}, {"batch/c", "3"}};
    QVERIFY(wait([&](auto cb) {
                m_store.writeAll(values, [cb](const auto &result, const QStringList &written) {
                    QCOMPARE(written.size(), 3);
                    cb(result);
                });
            }).ok());
    QMap<QString, SecretStore::Result> read;
    bool done = false;
    m_store.readAll({"batch/a", "batch/b", "batch/missing"}, [&](auto results) {
        read = results;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(read.value("batch/b").value, QStringLiteral("2"));
    QCOMPARE(read.value("batch/missing").status, SecretStore::Status::NotFound);
    QVERIFY(wait([&](auto cb) {
                m_store.removeAll({"batch/a", "batch/b", "batch/c", "batch/x"},
                                  [cb](const auto &result, const QStringList &) { cb(result); });
            }).ok());
    QVERIFY(!TestSupport::keychainDump().contains(QLatin1String("batch/")));
}

void tst_KeychainSecretStore::callbacksNeverRunInsideTheCall()
{
    MemorySecretStore memory;
    bool called = false;
    memory.read(QStringLiteral("x"), [&](const SecretStore::Result &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}
#endif

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
