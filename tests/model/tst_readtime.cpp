#include "model/integrationjson.h"
#include "model/integrationvalidator.h"

#include <QElapsedTimer>
#include <QtTest>

// Reading and validating a body take time linear in its size: a body 100,000 items or 10 MB
// large is done within a second (RelWithDebInfo), where anything quadratic would take minutes.
class tst_ReadTime : public QObject
{
    Q_OBJECT

private:
    static QByteArray repeated(const QByteArray &prefix, const char *item, int count,
                               const QByteArray &suffix);

private slots:
    void linear_data();
    void linear();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

QByteArray tst_ReadTime::repeated(const QByteArray &prefix, const char *item, int count,
                                  const QByteArray &suffix)
{
    QByteArray json = prefix;
    json.reserve(prefix.size() + count * 24 + suffix.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray(item).replace("%1", QByteArray::number(i));
    }
    return json + suffix;
}

void tst_ReadTime::linear_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("items"); // headers, models and issues at least: it read it all
    constexpr int N = 100000;
    const QByteArray big(10 * 1024 * 1024, 'a');
    const QByteArray head = R"({"endpoint":"https://gw.example/v1",)";
    QTest::newRow("100,000 header keys")
        << repeated(head + R"("headers":{)", R"("X-H%1":"v")", N, "}}") << N;
    QTest::newRow("100,000 models")
        << repeated(head + R"("model_properties":[)",
                    R"({"name":"m%1","supported_parameters":["top_p"]})", N, "]}")
        << N;
    QTest::newRow("100,000 unknown keys") << repeated(head, R"("unknown%1":%1)", N, "}") << N;
    QTest::newRow("100,000 repeated keys") << repeated(head, R"("token":"%1")", N, "}") << N - 1;
    QTest::newRow("10 MB string") << QByteArray(R"({"endpoint":")" + big + "\"}") << 0;
    QTest::newRow("10 MB header name") << QByteArray(R"({"headers":{")" + big + R"(":"v"}})") << 1;
    QTest::newRow("10 MB of escapes in a key")
        << QByteArray(R"({"headers":{")" + QByteArray(5 * 1024 * 1024, 'x').replace("x", "\\n") +
                      R"(":"v"}})")
        << 1;
}

void tst_ReadTime::linear()
{
    QFETCH(QByteArray, json);
    QFETCH(int, items);
    // Sanitizers slow everything down about tenfold; the budget follows.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 budgetMs = 10000;
#else
    constexpr qint64 budgetMs = 1000;
#endif
    QElapsedTimer timer;
    timer.start();
    const IntegrationJson::ReadResult read = IntegrationJson::read(json);
    const qint64 readMs = timer.restart();
    IntegrationValidator::validate(read.config);
    const qint64 validateMs = timer.elapsed();
    qInfo("read %lld ms, validate %lld ms (%lld KB)", readMs, validateMs, json.size() / 1024);

    QVERIFY(read.ok);
    const qsizetype found =
        read.config.headers.size() + read.config.modelProperties.size() + read.issues.size();
    QVERIFY2(found >= items, qPrintable(QString::number(found)));
    QVERIFY2(readMs < budgetMs, qPrintable(QStringLiteral("read took %1 ms").arg(readMs)));
    QVERIFY2(validateMs < budgetMs,
             qPrintable(QStringLiteral("validate took %1 ms").arg(validateMs)));
}
#endif

QTEST_GUILESS_MAIN(tst_ReadTime)
#include "tst_readtime.moc"
