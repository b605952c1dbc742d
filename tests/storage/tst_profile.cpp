#include "storage/profile.h"

#include "model/integrationjson.h"

#include "../testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// A profile as a value: saved and loaded whole, or refused as damaged.
class tst_Profile : public QObject
{
    Q_OBJECT

private:
    static Profile full()
    {
        Profile profile = Profile::create(QStringLiteral("Acme staging"));
        profile.connection.baseUrl = QStringLiteral("https://console.acme.example");
        profile.connection.authMethod = ConnectionSettings::AuthMethod::Login;
        profile.connection.username = QStringLiteral("ops@acme.example");
        profile.config =
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config;
        profile.secretFields = {QStringLiteral("token"), QStringLiteral("header:X-Tenant")};
        profile.lastSubmittedAt = QDateTime(QDate(2025, 11, 3), QTime(10, 15), Qt::UTC);
        profile.lastIntegrationId = QStringLiteral("6f1c2b7e");
        return profile;
    }

private slots:
    void savesAndLoadsWhole()
    {
        const Profile profile = full();
        Profile loaded;
        QString error;
        QVERIFY2(Profile::fromJson(profile.toJson(), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, profile);
        // The headers' order survives, though a JSON object sorts its keys.
        QCOMPARE(loaded.config.headers.first().name, QStringLiteral("X-Tenant"));
    }

    void damagedPartsRefuseTheWholeFile_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("connection missing") << "connection" << QJsonValue() << "connection";
        QTest::newRow("connection a string") << "connection" << QJsonValue("x") << "connection";
        QTest::newRow("integration missing") << "integration" << QJsonValue() << "integration";
        QTest::newRow("integration a list")
            << "integration" << QJsonValue(QJsonArray{}) << "integration";
        QTest::newRow("header value a number")
            << "integration"
            << QJsonValue(QJsonObject{{"endpoint", "https://gw.example/v1"},
                                      {"headers", QJsonObject{{"X-Tenant", 7}}}})
            << "integration.headers.X-Tenant: a header value must be a string";
        QTest::newRow("endpoint null")
            << "integration" << QJsonValue(QJsonObject{{"endpoint", QJsonValue::Null}})
            << "integration.endpoint";
        QTest::newRow("header order not a list")
            << "header_order" << QJsonValue("X-Tenant") << "header_order";
        QTest::newRow("header order of numbers")
            << "header_order" << QJsonValue(QJsonArray{1, 2}) << "header_order";
        QTest::newRow("secrets not strings")
            << "secrets_in_keychain" << QJsonValue(QJsonArray{QJsonValue::Null})
            << "secrets_in_keychain";
        QTest::newRow("submitted at not a time")
            << "last_submitted_at" << QJsonValue("yesterday") << "last_submitted_at";
        QTest::newRow("integration id a number")
            << "last_integration_id" << QJsonValue(42) << "last_integration_id";
    }

    void damagedPartsRefuseTheWholeFile()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        QJsonObject json = full().toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        Profile loaded;
        QString error;
        QVERIFY(!Profile::fromJson(json, &loaded, &error));
        QVERIFY2(error.contains(QLatin1String("damaged at ") + where), qPrintable(error));
        QCOMPARE(loaded, Profile()); // nothing half-loaded
    }

    void notAProfile()
    {
        Profile loaded;
        QString error;
        QVERIFY(!Profile::fromJson({{"endpoint", "https://gw.example/v1"}}, &loaded, &error));
        QVERIFY(error.contains(QLatin1String("not a Galileo Integrations profile")));
        QJsonObject json = full().toJson();
        json.remove(QStringLiteral("name"));
        QVERIFY(!Profile::fromJson(json, &loaded, &error));
        QVERIFY(error.contains(QLatin1String("no id or no name")));
    }
};

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
