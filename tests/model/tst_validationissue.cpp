#include "model/validationissue.h"

#include "../testsupport.h"

#include <QJsonDocument>
#include <QtTest>

class tst_ValidationIssue : public QObject
{
    Q_OBJECT

private slots:
    void path_data()
    {
        QTest::addColumn<QJsonArray>("loc");
        QTest::addColumn<QString>("path");
        QTest::newRow("field") << QJsonArray{"body", "endpoint"} << "endpoint";
        QTest::newRow("cell") << QJsonArray{"body", "model_properties", 1, "name"}
                              << "model_properties[1].name";
        QTest::newRow("list item")
            << QJsonArray{"body", "model_properties", 1, "supported_parameters", 0}
            << "model_properties[1].supported_parameters[0]";
        QTest::newRow("header") << QJsonArray{"body", "headers", "X-Tenant"} << "headers.X-Tenant";
        QTest::newRow("nested") << QJsonArray{"body", "multi_modal_config", "max_files"}
                                << "multi_modal_config.max_files";
        QTest::newRow("whole body") << QJsonArray{"body"} << "body";
        QTest::newRow("root") << QJsonArray{"body", "__root__"} << "body";
        QTest::newRow("json position") << QJsonArray{"body", 41} << "body";
        QTest::newRow("empty") << QJsonArray{} << "body";
        QTest::newRow("not body") << QJsonArray{"query", "x"} << "query.x";
    }

    void path()
    {
        QFETCH(QJsonArray, loc);
        QFETCH(QString, path);
        QCOMPARE(ValidationIssue::error(loc, {}, {}).path(), path);
    }

    void lines()
    {
        const QJsonArray loc{"body", "endpoint"};
        QCOMPARE(ValidationIssue::error(loc, {}, QStringLiteral("bad")).toLine(),
                 QStringLiteral("endpoint: bad"));
        QCOMPARE(ValidationIssue::warning(loc, {}, QStringLiteral("hm")).toLine(),
                 QStringLiteral("endpoint: warning: hm"));
        QCOMPARE(ValidationIssue::info(loc, {}, QStringLiteral("fyi")).toLine(),
                 QStringLiteral("endpoint: note: fyi"));
    }

    // Every pydantic v1 body of the reference samples is read item by item, loc kept as sent.
    void readsPydanticV1Samples()
    {
        const QJsonObject samples =
            QJsonDocument::fromJson(
                TestSupport::readData(QStringLiteral("fastapi-422-samples.json")))
                .object();
        const QJsonArray cases = samples.value(QLatin1String("pydantic_v1")).toArray();
        QVERIFY(cases.size() >= 5);
        for (const QJsonValue &sample : cases) {
            const QJsonArray detail =
                sample[QLatin1String("response")][QLatin1String("detail")].toArray();
            const ValidationIssues issues = ValidationIssue::fromDetail(detail);
            QCOMPARE(issues.size(), detail.size());
            for (int i = 0; i < issues.size(); ++i) {
                QCOMPARE(issues.at(i).loc, detail.at(i)[QLatin1String("loc")].toArray());
                QCOMPARE(issues.at(i).message, detail.at(i)[QLatin1String("msg")].toString());
                QCOMPARE(issues.at(i).type, detail.at(i)[QLatin1String("type")].toString());
                QVERIFY(issues.at(i).isError());
            }
        }
    }

    void readsPydanticV2Items()
    {
        const QJsonObject samples =
            QJsonDocument::fromJson(
                TestSupport::readData(QStringLiteral("fastapi-422-samples.json")))
                .object();
        const QJsonValue detail = samples[QLatin1String("pydantic_v2_example")]
                                         [QLatin1String("response")][QLatin1String("detail")];
        const ValidationIssues issues = ValidationIssue::fromDetail(detail);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).path(), QStringLiteral("endpoint"));
        QCOMPARE(issues.at(1).path(), QStringLiteral("body"));
        QVERIFY(issues.at(1).message.contains(QLatin1String("api_key_header")));
        QCOMPARE(issues.at(2).path(), QStringLiteral("multi_modal_config.max_files"));
        QCOMPARE(issues.at(2).type, QStringLiteral("greater_than_equal"));
    }

    void readsOtherDetailShapes()
    {
        ValidationIssues issues = ValidationIssue::fromDetail(QStringLiteral("Invalid API key"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path(), QStringLiteral("body"));
        QCOMPARE(issues.first().message, QStringLiteral("Invalid API key"));

        issues = ValidationIssue::fromDetail(QJsonArray{"plain", QJsonObject{}});
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).message, QStringLiteral("plain"));
        QCOMPARE(issues.at(1).path(), QStringLiteral("body"));

        issues = ValidationIssue::fromDetail(QJsonObject{{"error", "boom"}});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QLatin1String("boom")));

        QVERIFY(ValidationIssue::fromDetail(QJsonValue()).isEmpty());
        QCOMPARE(ValidationIssue::fromDetail(42).size(), 1);
    }

    // A 422 answer may carry anything; each issue still fits one line, in the list and on the
    // command line (found by fuzz_validation_detail).
    void serverTextsFitInOneLine()
    {
        const QJsonArray detail{
            QJsonObject{{"loc", QJsonArray{"body", "headers", QStringLiteral("X-A\nX-Evil: 1")}},
                        {"msg", QStringLiteral("line one\nline two\t\x1b[31mred\u2028end")},
                        {"type", "value_error\r"}},
            QStringLiteral("plain\r\ntext"), QJsonObject{{"msg", QString(5000, QLatin1Char('x'))}}};
        const ValidationIssues issues = ValidationIssue::fromDetail(detail);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).path(), QStringLiteral("headers.X-A X-Evil: 1"));
        QCOMPARE(issues.at(0).message, QStringLiteral("line one line two \uFFFD[31mred end"));
        QCOMPARE(issues.at(0).type, QStringLiteral("value_error "));
        QCOMPARE(issues.at(1).message, QStringLiteral("plain  text"));
        QCOMPARE(issues.at(2).message.size(), 1001);
        QVERIFY(issues.at(2).message.endsWith(QChar(0x2026)));

        // A local issue quoting what the user typed is one line too.
        const ValidationIssue local = ValidationIssue::error(
            {"body", "authentication_type"}, {}, QStringLiteral("\"a\nb\" is not a type"));
        QCOMPARE(local.toLine(), QStringLiteral("authentication_type: \"a b\" is not a type"));
    }

    void detailJsonRoundTrips()
    {
        const ValidationIssues issues = {
            ValidationIssue::error({"body", "endpoint"}, "value_error.missing", "required"),
            ValidationIssue::warning({"body", "token"}, "value_error.token", "odd")};
        const QJsonObject json = Issues::toDetailJson(issues);
        const QJsonArray detail = json.value(QLatin1String("detail")).toArray();
        QCOMPARE(detail.size(), 2);
        QCOMPARE(detail.at(1)[QLatin1String("severity")].toString(), QStringLiteral("warning"));
        const ValidationIssues back = ValidationIssue::fromDetail(detail);
        QCOMPARE(back, issues);
    }
};

QTEST_GUILESS_MAIN(tst_ValidationIssue)
#include "tst_validationissue.moc"
