#include "model/fieldcatalog.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include "../testsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The one list of secrets: what the catalog calls secret is kept out of files and off screens,
// and nothing else is.
class tst_SecretCatalog : public QObject
{
    Q_OBJECT

private:
    static IntegrationConfig fullConfig()
    {
        IntegrationConfig config =
            IntegrationJson::read(TestSupport::readData(u"full.json"_s)).config;
        config.headers << HeaderEntry{u"Authorization"_s, u"Bearer tok-999"_s};
        config.customLlm.initKwargs =
            QJsonObject{{u"api_key"_s, u"kw-secret-1"_s}, {u"retries"_s, 3}};
        return config;
    }

private slots:
    void everyFlaggedFieldHasASlot()
    {
        // A field flagged secret that the catalog cannot reach would abort here.
        IntegrationConfig config = fullConfig();
        config.apiKeyValue = u"key-123"_s;
        GalileoSecrets galileo{u"gk"_s, u"pw"_s};
        const QStringList filled = SecretCatalog::filledSlots(config, galileo);
        for (const QString &slot :
             {u"token"_s, u"api_key_value"_s, u"custom_llm_config.init_kwargs"_s,
              u"header:X-Tenant"_s, u"header:Authorization"_s, u"galileo_api_key"_s,
              u"galileo_password"_s})
            QVERIFY2(filled.contains(slot), qPrintable(slot));
        QVERIFY(FieldCatalog::isSecret(FieldId::CustomLlmInitKwargs));
    }

    void extractLeavesNoSecretAndRestoreBringsAllBack()
    {
        IntegrationConfig config = fullConfig();
        config.apiKeyValue = u"key-123"_s;
        const IntegrationConfig original = config;
        GalileoSecrets galileo{u"gk"_s, u"pw"_s};
        const SecretCatalog::Values values = SecretCatalog::extract(&config, &galileo);
        const QByteArray left = IntegrationJson::write(config);
        for (const char *secret :
             {"s3cr3t-value", "acme", "eu-west", "tok-999", "kw-secret-1", "key-123", "retries"})
            QVERIFY2(!left.contains(secret), secret);
        QVERIFY(!config.customLlm.initKwargs.has_value());
        QVERIFY(galileo.apiKey.isEmpty() && galileo.password.isEmpty());

        SecretCatalog::restore(values, &config, &galileo);
        QCOMPARE(config, original);
        QCOMPARE(galileo.apiKey, u"gk"_s);
        QCOMPARE(galileo.password, u"pw"_s);
    }

    void maskedHidesEverySecretAndKeepsNames()
    {
        IntegrationConfig config = fullConfig();
        const QByteArray masked = IntegrationJson::write(SecretCatalog::masked(config));
        for (const char *secret : {"s3cr3t-value", "acme", "eu-west", "tok-999", "kw-secret-1"})
            QVERIFY2(!masked.contains(secret), secret);
        QVERIFY(masked.contains("galileo"));  // the client id names the credentials
        QVERIFY(masked.contains("api_key"));  // init_kwargs keeps its keys
        QVERIFY(masked.contains("X-Tenant")); // and headers their names
        QVERIFY(masked.contains("********"));

        config.authenticationType = AuthenticationType::ApiKey;
        config.apiKeyHeader = u"X-Key"_s;
        config.apiKeyValue = u"key-123"_s;
        QVERIFY(!IntegrationJson::write(SecretCatalog::masked(config)).contains("key-123"));
        config.authenticationType = AuthenticationType::OAuth2;
        config.token = u"opaque-token"_s;
        QVERIFY(!IntegrationJson::write(SecretCatalog::masked(config)).contains("opaque-token"));
    }

    void otherFieldsNamedAsCredentialsAreSecrets()
    {
        // A newer Galileo may add a credential field this app does not know: its name says so.
        IntegrationConfig config = fullConfig();
        config.extra = QJsonObject{{u"gateway_api_key"_s, u"gw-secret-7"_s},
                                   {u"signing_secret"_s, QJsonObject{{u"kid"_s, u"k9"_s}}},
                                   {u"max_tokens"_s, 512},
                                   {u"region"_s, u"eu"_s}};
        const IntegrationConfig original = config;
        const QStringList filled = SecretCatalog::filledSlots(config, {});
        QVERIFY(filled.contains(u"other:gateway_api_key"_s));
        QVERIFY(filled.contains(u"other:signing_secret"_s));
        QVERIFY(!filled.contains(u"other:max_tokens"_s));
        QVERIFY(!filled.contains(u"other:region"_s));
        QCOMPARE(SecretCatalog::loc(u"other:gateway_api_key"_s),
                 (QJsonArray{u"body"_s, u"gateway_api_key"_s}));

        const QByteArray masked = IntegrationJson::write(SecretCatalog::masked(config));
        QVERIFY(!masked.contains("gw-secret-7"));
        QVERIFY(!masked.contains("k9"));
        const QJsonObject shown = QJsonDocument::fromJson(masked).object();
        QCOMPARE(shown.value(u"gateway_api_key"_s).toString(), SecretCatalog::mask());
        QCOMPARE(shown.value(u"signing_secret"_s).toString(), SecretCatalog::mask());
        QCOMPARE(shown.value(u"region"_s).toString(), u"eu"_s);
        QCOMPARE(shown.value(u"max_tokens"_s).toInt(), 512);

        const SecretCatalog::Values values = SecretCatalog::extract(&config, nullptr);
        const QByteArray left = IntegrationJson::write(config);
        QVERIFY(!left.contains("gw-secret-7"));
        QVERIFY(!left.contains("signing_secret"));
        QVERIFY(left.contains("region"));
        // Any JSON value comes back as it was: a string as a string, an object as an object.
        QCOMPARE(values.value(u"other:gateway_api_key"_s), u"\"gw-secret-7\""_s);
        SecretCatalog::restore(values, &config, nullptr);
        QCOMPARE(config, original);
        QVERIFY(SecretCatalog::isPlaceholder(u"other:gateway_api_key"_s, u"\"********\""_s));
        QVERIFY(!SecretCatalog::isPlaceholder(u"other:gateway_api_key"_s, u"\"gw-1\""_s));
    }

    void credentialNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("credential");
        for (const char *name :
             {"api_key", "client_secret", "access_token", "Password", "gateway_api_key",
              "refresh_token", "db_password", "authorization"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : {"max_tokens", "token_url", "region", "secrets_path_hint",
                                 "api_key_header", "timeout"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }

    void credentialNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, credential);
        QCOMPARE(SecretCatalog::isCredentialName(name), credential);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("mask") << u"api_key_value"_s << u"********"_s << true;
        QTest::newRow("bullets") << u"header:X"_s << u"\u2022\u2022\u2022\u2022"_s << true;
        QTest::newRow("shortened") << u"api_key_value"_s << u"sk-1\u2026abcd"_s << true;
        QTest::newRow("marker") << u"token"_s << SecretCatalog::exportMarker() << true;
        QTest::newRow("real key") << u"api_key_value"_s << u"sk-live-12345678"_s << false;
        QTest::newRow("masked token copy")
            << u"token"_s << u"{\"client_id\":\"app\",\"client_secret\":\"********\"}"_s << true;
        QTest::newRow("real token")
            << u"token"_s << u"{\"client_id\":\"app\",\"client_secret\":\"xyz-1\"}"_s << false;
        QTest::newRow("masked kwargs")
            << u"custom_llm_config.init_kwargs"_s << u"{\"api_key\":\"********\"}"_s << true;
        QTest::newRow("real kwargs")
            << u"custom_llm_config.init_kwargs"_s << u"{\"api_key\":\"k-1\",\"n\":2}"_s << false;
    }

    void placeholders()
    {
        QFETCH(QString, slot);
        QFETCH(QString, value);
        QFETCH(bool, placeholder);
        QCOMPARE(SecretCatalog::isPlaceholder(slot, value), placeholder);
    }

    void markerKeepsTheShapeOfInitKwargs()
    {
        IntegrationConfig config;
        SecretCatalog::restore(
            {{u"custom_llm_config.init_kwargs"_s, SecretCatalog::exportMarker()}}, &config,
            nullptr);
        QVERIFY(config.customLlm.initKwargs.has_value());
        QCOMPARE(config.customLlm.initKwargs->value(u"secret"_s).toString(),
                 SecretCatalog::exportMarker());
    }

    void answersAreMasked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("token answer")
            << QByteArray(R"({"access_token":"at-1","token_type":"bearer","expires_in":3600})")
            << QByteArray("at-1");
        QTest::newRow("nested")
            << QByteArray(R"({"data":[{"refresh_token":"rt-2"}],"auth":{"client_secret":"cs"}})")
            << QByteArray("rt-2");
        QTest::newRow("form") << QByteArray("access_token=at-3&token_type=bearer")
                              << QByteArray("at-3");
    }

    void answersAreMasked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        const QByteArray masked = SecretCatalog::maskAnswer(body);
        QVERIFY2(!masked.contains(secret), masked.constData());
        QVERIFY(masked.contains("********"));
        QVERIFY(masked.contains("token_type") || masked.contains("data"));
    }

    void aSecretRepeatedElsewhereInTheAnswerIsMaskedThere()
    {
        // A gateway quoting the token it hands out, in text the catalog does not know as secret.
        const QByteArray body = "{\"access_token\":\"tok-123456789\",\"error\":{\"message\":"
                                "\"token tok-123456789 is expired\",\"code\":\"expired\"},"
                                "\"token_type\":\"bearer\"}";
        const QByteArray masked = SecretCatalog::maskAnswer(body);
        QVERIFY2(!masked.contains("tok-123456789"), masked.constData());
        QVERIFY2(masked.contains("token ******** is expired"), masked.constData());
        QCOMPARE(SecretCatalog::maskAnswer(masked), masked);

        // Written with an escape in one place and plainly in the other (found by fuzzing).
        const QByteArray escaped =
            "{\"access_token\":\"n\\u0046ZFEjr1zC\",\"note\":\"bearer nFZFEjr1zC\"}";
        QVERIFY(!SecretCatalog::maskAnswer(escaped).contains("nFZFEjr1zC"));

        // A short value would mangle ordinary words, so only the field itself is masked.
        const QByteArray shortOne = "{\"access_token\":\"bearer\",\"token_type\":\"bearer\"}";
        QVERIFY(SecretCatalog::maskAnswer(shortOne).contains("\"token_type\":\"bearer\""));

        // A secret with the mask's own character in it is masked until none is left.
        const QByteArray stars = "{\"api_key\":\"a*******\",\"note\":\"aa*******\"}";
        QVERIFY(!SecretCatalog::maskAnswer(stars).contains("a*******"));
    }

    // What a request carried is masked wherever the answer repeats it, in every form a server
    // writes it, and a JSON answer still parses afterwards.
    void whatTheRequestCarriedIsRedactedFromTheAnswer()
    {
        const QByteArray key = "sk-live/4444\"5555";
        const QList<QByteArray> secrets = SecretCatalog::redactionValuesOf("Bearer " + key)
                                          << "short";
        const QByteArray json = "{\"error\":{\"message\":\"Invalid key provided: Bearer "
                                "sk-live\\/4444\\\"5555\",\"input\":\"sk-live/4444\\\"5555\","
                                "\"n\":12345678,\"short\":\"short\"}}";
        const QByteArray redacted = SecretCatalog::redact(json, secrets);
        QVERIFY2(!redacted.contains("4444"), redacted.constData());
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(redacted, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value("error")["message"].toString(),
                 QStringLiteral("Invalid key provided: ********"));
        QCOMPARE(parsed.value("error")["input"].toString(), QStringLiteral("********"));
        // Shorter than RedactedMinimumLength: an ordinary word, left alone.
        QCOMPARE(parsed.value("error")["short"].toString(), QStringLiteral("short"));

        // A number-like secret stays where it stands as a number, so the JSON still parses, and
        // goes inside strings.
        const QByteArray numeric = "{\"id\":12345678,\"message\":\"key 12345678 is unknown\"}";
        const QByteArray masked = SecretCatalog::redact(numeric, {"12345678"});
        QCOMPARE(masked, QByteArray("{\"id\":12345678,\"message\":\"key ******** is unknown\"}"));

        // Text answers: as sent, percent- and form-encoded; Basic's base64 and its password.
        const QByteArray basic = "Basic " + QByteArray("my-client:s3cret pass+word").toBase64();
        const QList<QByteArray> fromBasic = SecretCatalog::redactionValuesOf(basic);
        const QByteArray text = "got client_secret=s3cret+pass%2Bword auth=" + basic +
                                " raw=s3cret pass+word pct=s3cret%20pass%2Bword";
        const QByteArray plain = SecretCatalog::redact(text, fromBasic);
        QVERIFY2(!plain.contains("s3cret"), plain.constData());
        QVERIFY2(!plain.contains(basic.mid(6)), plain.constData());
        QVERIFY(plain.startsWith("got client_secret=******** auth="));

        // Escaped for JSON as a Python server writes it: non-ASCII as \u escapes.
        const QByteArray accented = "pässwörd-9999";
        const QByteArray ascii = "{\"detail\":\"bad password p\\u00e4ssw\\u00f6rd-9999\"}";
        QVERIFY(!SecretCatalog::redact(ascii, {accented}).contains("9999"));

        // Any character may be escaped in a JSON string.
        const QByteArray odd = "{\"m\":\"key \\u0073k-123456789 \\\"quoted\\\"\"}";
        const QByteArray unescaped = SecretCatalog::redact(odd, {"sk-123456789"});
        QCOMPARE(QJsonDocument::fromJson(unescaped).object().value("m").toString(),
                 QStringLiteral("key ******** \"quoted\""));

        // The mask completing another occurrence is masked too; a secret of stars is left.
        QVERIFY(!SecretCatalog::redact("note aa******* end", {"a*******"}).contains("a*******"));
        QCOMPARE(SecretCatalog::redact("x ******** y", {"********"}), QByteArray("x ******** y"));

        // Nothing to find: the very same bytes.
        QCOMPARE(SecretCatalog::redact(json, {"not-in-there-at-all"}), json);
    }

    void plainAnswersStayAsTheyAre()
    {
        const QByteArray models = R"({"data": [{"id": "m1"}], "object": "list"})";
        QCOMPARE(SecretCatalog::maskAnswer(models), models);
        QCOMPARE(SecretCatalog::maskAnswer("<html>oops</html>"), QByteArray("<html>oops</html>"));
        QVERIFY(SecretCatalog::isSecretAnswerHeader("Set-Cookie"));
        QVERIFY(!SecretCatalog::isSecretAnswerHeader("Content-Type"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretCatalog)
#include "tst_secretcatalog.moc"
