#include "api/connectionsettings.h"

#include <QtTest>

class tst_ConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpWarning_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("warned");
        QTest::newRow("https") << "https://api.example.org" << false;
        QTest::newRow("http elsewhere") << "http://api.example.org" << true;
        QTest::newRow("http private address") << "http://10.1.2.3:8088" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8088" << false;
        QTest::newRow("http localhost") << "http://localhost:8088" << false;
        QTest::newRow("http IPv6 loopback") << "http://[::1]:8088" << false;
    }

    void plainHttpWarning()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, warned);
        ConnectionSettings settings;
        settings.baseUrl = baseUrl;
        QCOMPARE(!settings.plainHttpWarning().isEmpty(), warned);
    }

    void deriveApiUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("api");
        QTest::newRow("empty is Galileo Cloud") << ""
                                                << "https://api.galileo.ai";
        QTest::newRow("cloud console") << "https://app.galileo.ai"
                                       << "https://api.galileo.ai";
        QTest::newRow("cloud console page") << "https://app.galileo.ai/project/42/runs?x=1#y"
                                            << "https://api.galileo.ai";
        QTest::newRow("cloud api") << "https://api.galileo.ai/"
                                   << "https://api.galileo.ai";
        QTest::newRow("no scheme") << "app.galileo.ai"
                                   << "https://api.galileo.ai";
        QTest::newRow("self-hosted console") << "https://console.acme.example/"
                                             << "https://api.acme.example";
        QTest::newRow("self-hosted api") << "api.acme.example"
                                         << "https://api.acme.example";
        QTest::newRow("api under a path") << "https://gw.acme.example/galileo/"
                                          << "https://gw.acme.example/galileo";
        QTest::newRow("port kept") << "http://127.0.0.1:8088"
                                   << "http://127.0.0.1:8088";
        QTest::newRow("spaces") << "  https://api.galileo.ai  "
                                << "https://api.galileo.ai";
        // Each call's path starts with /v2 already (a review saw /v2/v2/... and a 404).
        QTest::newRow("with the API version") << "https://api.acme.example/v2/"
                                              << "https://api.acme.example";
        QTest::newRow("under a path, with the version") << "https://gw.acme.example/galileo/v2"
                                                        << "https://gw.acme.example/galileo";
    }

    void deriveApiUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, api);
        QString problem;
        QCOMPARE(ConnectionSettings::deriveApiUrl(input, &problem).toString(), api);
        QVERIFY(problem.isEmpty());
    }

    void badUrls()
    {
        QString problem;
        QVERIFY(ConnectionSettings::deriveApiUrl(QStringLiteral("ftp://x.example"), &problem)
                    .isEmpty());
        QVERIFY(problem.contains(QLatin1String("https://")));
        QVERIFY(problem.contains(QLatin1String("http://"))); // which is accepted too
        QVERIFY(ConnectionSettings::deriveApiUrl(QStringLiteral("https://"), &problem).isEmpty());
        QVERIFY(!problem.isEmpty());
    }

    void jsonRoundTripHasNoSecrets()
    {
        ConnectionSettings settings;
        settings.baseUrl = QStringLiteral("https://console.acme.example");
        settings.authMethod = ConnectionSettings::AuthMethod::Login;
        settings.username = QStringLiteral("ada");
        settings.caFile = QStringLiteral("/etc/ssl/acme.pem");
        settings.timeoutSeconds = 12;
        const QJsonObject json = settings.toJson();
        QCOMPARE(ConnectionSettings::fromJson(json), settings);
        QVERIFY(!json.contains(QLatin1String("password")));
        QVERIFY(!json.contains(QLatin1String("api_key")));
        QCOMPARE(ConnectionSettings::fromJson({}).apiKeyHeader, QStringLiteral("Galileo-API-Key"));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
