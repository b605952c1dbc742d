#include "model/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using JsonText::scanKeys;

class tst_JsonText : public QObject
{
    Q_OBJECT

    // A compact object with `text` as its one key and as that key's value.
    static QByteArray keyAndValue(const QString &text)
    {
        JsonText::Writer json(JsonText::Layout::Compact);
        json.beginObject();
        json.key(text);
        json.string(text);
        json.endObject();
        return json.take();
    }

private slots:
    void agreesWithQtOnValidity_data();
    void agreesWithQtOnValidity();
    void keyOrderIsTheWrittenOrder();
    void duplicateKeysAreFoundAtAnyDepth();
    void repeatedObjectKeepsTheLastOrder();
    void escapedKeysAreDecoded();
    void keysAreQtsKeys_data();
    void keysAreQtsKeys();
    void writerLayouts();
    void writerEscapesControlCharacters();
    void writerEscapesByteOrderMarks();
    void writerEscapesLoneSurrogates();
    void writerWritesAnyValue();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_JsonText::agreesWithQtOnValidity_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    const QByteArray bom = "\xef\xbb\xbf";
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("empty array") << QByteArray(" [ ] ") << true;
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("only space") << QByteArray(" \n") << false;
    QTest::newRow("top-level number") << QByteArray("1") << false;
    QTest::newRow("top-level string") << QByteArray(R"("a")") << false;
    QTest::newRow("byte order mark") << bom + "{}" << true;
    QTest::newRow("byte order mark alone") << bom << false;
    QTest::newRow("garbage after") << QByteArray("{}x") << false;
    QTest::newRow("literals") << QByteArray("[true,false,null]") << true;
    QTest::newRow("short literal") << QByteArray("[tru]") << false;
    QTest::newRow("literal at the end") << QByteArray("[null") << false;
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << false;
    QTest::newRow("leading comma") << QByteArray("[,1]") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("missing value") << QByteArray(R"({"a":})") << false;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
    QTest::newRow("raw control characters") << QByteArray("{\"a\":\"x\x01\ty\"}") << true;
    QTest::newRow("raw NUL") << QByteArray("{\"a\":\"x\0y\"}", 11) << true;
    QTest::newRow("unknown escape") << QByteArray(R"({"a":"\q"})") << true;
    QTest::newRow("escaped non-ASCII byte") << QByteArray("{\"a\":\"\\\xc3\xa9\"}") << false;
    QTest::newRow("escaped continuation byte") << QByteArray("{\"a\":\"\\\xa9\"}") << true;
    QTest::newRow("lone surrogate escape") << QByteArray(R"({"a":"\ud800"})") << true;
    QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})") << false;
    QTest::newRow("bad hex") << QByteArray(R"({"a":"\u12g4"})") << false;
    QTest::newRow("backslash at the end") << QByteArray(R"({"a":"\)") << false;
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"b)") << false;
    QTest::newRow("valid UTF-8") << QByteArray("{\"\xc3\xa4\":\"\xf0\x9f\x98\x80\"}") << true;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xff\"}") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << false;
    QTest::newRow("truncated UTF-8") << QByteArray("{\"a\":\"\xe2\x82\"}") << false;
    QTest::newRow("noncharacter") << QByteArray("{\"a\":\"\xef\xbf\xbf\"}") << true;
    QTest::newRow("1024 levels") << QByteArray(1024, '[') + QByteArray(1024, ']') << true;
    QTest::newRow("1025 levels") << QByteArray(1025, '[') + QByteArray(1025, ']') << false;
    QTest::newRow("numbers") << QByteArray("[0,-1,1.5,2e10,-3.25E-2,0.0]") << true;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("lone minus") << QByteArray("[-]") << false;
    QTest::newRow("no integer part") << QByteArray("[.5,-.5]") << true;
    QTest::newRow("no fraction digits") << QByteArray("[1.]") << true;
    QTest::newRow("no exponent digits") << QByteArray("[1e]") << false;
    QTest::newRow("out of range") << QByteArray("[1e400]") << false;
    QTest::newRow("plus sign") << QByteArray("[+1]") << false;
    QTest::newRow("number at the end") << QByteArray("[1") << false;
    QTest::newRow("huge integer") << QByteArray("[123456789012345678901234567890]") << true;
}

void tst_JsonText::agreesWithQtOnValidity()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, valid);
    QCOMPARE(scanKeys(json).valid, valid);
}

void tst_JsonText::keyOrderIsTheWrittenOrder()
{
    const auto scan =
        scanKeys(R"({"h":{"b":1,"a":{"z":1,"y":2},"c":3},"a":{"x":0}})",
                 {QJsonArray{"h"}, QJsonArray{"h", "a"}, QJsonArray{}, QJsonArray{"q"}});
    QVERIFY(scan.valid);
    QCOMPARE(scan.keyOrders.size(), 4);
    QCOMPARE(scan.keyOrders.at(0), QStringList({"b", "a", "c"}));
    QCOMPARE(scan.keyOrders.at(1), QStringList({"z", "y"}));
    QCOMPARE(scan.keyOrders.at(2), QStringList({"h", "a"}));
    QVERIFY(scan.keyOrders.at(3).isEmpty());
    QVERIFY(scan.duplicateKeys.isEmpty());
}

void tst_JsonText::duplicateKeysAreFoundAtAnyDepth()
{
    const auto scan = scanKeys(R"({"m":[{"x":1},{"x":1,"y":[{"z":1,"z":2}],"x":2}],"m":3})",
                               {QJsonArray{"m", 1}});
    QVERIFY(scan.valid);
    QCOMPARE(scan.duplicateKeys, QList<QJsonArray>({QJsonArray{"m", 1, "y", 0, "z"},
                                                    QJsonArray{"m", 1, "x"}, QJsonArray{"m"}}));
    QCOMPARE(scan.keyOrders.at(0), QStringList({"x", "y", "x"}));
}

void tst_JsonText::repeatedObjectKeepsTheLastOrder()
{
    const auto scan = scanKeys(R"({"h":{"a":1,"b":2},"h":{"c":3}})", {QJsonArray{"h"}});
    QCOMPARE(scan.keyOrders.at(0), QStringList{"c"});
    QCOMPARE(scan.duplicateKeys, QList<QJsonArray>{QJsonArray{"h"}});
}

void tst_JsonText::escapedKeysAreDecoded()
{
    const QByteArray json = "{\"\\u00c4\\\"\\n\":1,\"\xc3\x84\\\"\\u000a\":2,\"\\/\\q\":3}";
    const auto scan = scanKeys(json, {QJsonArray{}});
    QVERIFY(scan.valid);
    const QString key = QStringLiteral("\u00c4\"\n");
    QCOMPARE(scan.keyOrders.at(0), QStringList({key, key, "/q"}));
    QCOMPARE(scan.duplicateKeys, QList<QJsonArray>{QJsonArray{key}});
    // The same keys as Qt's.
    QCOMPARE(QJsonDocument::fromJson(json).object().keys(), QStringList({"/q", key}));
}

void tst_JsonText::keysAreQtsKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    const QByteArray bom = "\xef\xbb\xbf";
    QTest::newRow("plain") << QByteArray("X-Tenant");
    QTest::newRow("leading byte order mark") << bom + "X";
    QTest::newRow("byte order mark inside") << "X" + bom;
    // Found by fuzz_integration_json: a header named \u001d followed by a BOM lost the BOM.
    QTest::newRow("byte order mark after an escape") << "\\u001d" + bom;
    QTest::newRow("escaped byte order mark") << QByteArray("\\ufeffX");
    QTest::newRow("surrogate pair") << QByteArray("\xf0\x9f\x98\x80\\ud83d\\ude00");
    QTest::newRow("lone surrogates") << QByteArray("\\udc00\\ud800");
    QTest::newRow("control characters") << QByteArray("\x01\x1f\\u0000");
}

// The scanner's keys are the keys QJsonObject holds, so the two can be matched.
void tst_JsonText::keysAreQtsKeys()
{
    QFETCH(QByteArray, key);
    const QByteArray json = "{\"" + key + "\":1}";
    const QStringList qtKeys = QJsonDocument::fromJson(json).object().keys();
    QCOMPARE(qtKeys.size(), 1);
    QCOMPARE(scanKeys(json, {QJsonArray{}}).keyOrders.at(0), qtKeys);
}

void tst_JsonText::writerLayouts()
{
    const auto write = [](JsonText::Layout layout) {
        JsonText::Writer json(layout);
        json.beginObject();
        json.key("b");
        json.beginArray();
        json.integer(1);
        json.string("x");
        json.beginObject();
        json.endObject();
        json.endArray();
        json.key("a");
        json.beginArray();
        json.endArray();
        json.endObject();
        return json.take();
    };
    QCOMPARE(write(JsonText::Layout::Compact), QByteArray(R"({"b":[1,"x",{}],"a":[]})"));
    QCOMPARE(write(JsonText::Layout::Indented),
             QByteArray("{\n  \"b\": [\n    1,\n    \"x\",\n    {}\n  ],\n  \"a\": []\n}\n"));
}

void tst_JsonText::writerEscapesControlCharacters()
{
    JsonText::Writer json(JsonText::Layout::Compact);
    json.beginArray();
    json.string(QStringLiteral("a\r\nb\x01\x1f\"\\\t\b\f/\u00e4"));
    json.endArray();
    const QByteArray text = json.take();
    QCOMPARE(text, QByteArray("[\"a\\r\\nb\\u0001\\u001f\\\"\\\\\\t\\b\\f/\xc3\xa4\"]"));
    QCOMPARE(QJsonDocument::fromJson(text).array().at(0).toString(),
             QStringLiteral("a\r\nb\x01\x1f\"\\\t\b\f/\u00e4"));
}

// Found by fuzz_integration_json: a header named U+FEFF U+FEFF read back as "" once written.
void tst_JsonText::writerEscapesByteOrderMarks()
{
    const QString text = QStringLiteral("\ufeff\ufeffa\ufeff");
    const QByteArray written = keyAndValue(text);
    QCOMPARE(written, QByteArray(R"({"\ufeff\ufeffa\ufeff":"\ufeff\ufeffa\ufeff"})"));
    const QJsonObject object = QJsonDocument::fromJson(written).object();
    QCOMPARE(object.keys(), QStringList{text});
    QCOMPARE(object.value(text).toString(), text);
}

// Found by fuzz_integration_json: an unknown field named by a lone surrogate was written as "?",
// so a body read and written again came out in another order.
void tst_JsonText::writerEscapesLoneSurrogates()
{
    const QString text = QString(QChar(0xdefa)) + QStringLiteral("x\U0001F600") + QChar(0xd83d);
    const QByteArray written = keyAndValue(text);
    // A pair is UTF-8; a surrogate alone is an escape.
    QCOMPARE(
        written,
        QByteArray("{\"\\udefax\xf0\x9f\x98\x80\\ud83d\":\"\\udefax\xf0\x9f\x98\x80\\ud83d\"}"));
    const QJsonObject object = QJsonDocument::fromJson(written).object();
    QCOMPARE(object.keys(), QStringList{text});
    QCOMPARE(object.value(text).toString(), text);
}

void tst_JsonText::writerWritesAnyValue()
{
    const QJsonObject object =
        QJsonDocument::fromJson(R"({"n":{"a":[1,2.5,-0.125,1e300,true,false,null,"s"]},"e":{}})")
            .object();
    JsonText::Writer json(JsonText::Layout::Compact);
    json.value(object);
    const QByteArray text = json.take();
    QCOMPARE(text, QByteArray(R"({"e":{},"n":{"a":[1,2.5,-0.125,1e+300,true,false,null,"s"]}})"));
    QCOMPARE(QJsonDocument::fromJson(text).object(), object);
}
#endif

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
