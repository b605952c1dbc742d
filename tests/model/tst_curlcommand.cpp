#include "net/curlcommand.h"

#include <QProcess>
#include <QtTest>

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void layout()
    {
        const QString command = CurlCommand::build(
            "PUT", QUrl(QStringLiteral("https://api.example/v2/x")),
            {{QStringLiteral("Galileo-API-Key"), QStringLiteral("$GALILEO_API_KEY"), true},
             {QStringLiteral("Content-Type"), QStringLiteral("application/json")}},
            "{\"a\":1}");
        QCOMPARE(command, QStringLiteral("curl -X PUT 'https://api.example/v2/x' \\\n"
                                         "  -H \"Galileo-API-Key: $GALILEO_API_KEY\" \\\n"
                                         "  -H 'Content-Type: application/json' \\\n"
                                         "  --data-raw '{\"a\":1}'"));
        QCOMPARE(CurlCommand::build("GET", QUrl(QStringLiteral("http://h/m")), {}),
                 QStringLiteral("curl 'http://h/m'"));
    }

    // What the shell makes of a quoted word is exactly the original text.
    void quotingSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << "it's";
        QTest::newRow("dollar") << "$HOME `id` $(id)";
        QTest::newRow("newline") << "a\nb";
        QTest::newRow("backslash") << "a\\'b\\";
        QTest::newRow("json") << "{\"x\": \"y's\"}";
    }

    void quotingSurvivesTheShell()
    {
        QFETCH(QString, text);
        QProcess shell;
        shell.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("printf %s ") + CurlCommand::shellQuote(text)});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), text);
    }
};

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
