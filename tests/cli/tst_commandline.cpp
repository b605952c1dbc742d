#include "cli/commandline.h"

#include "../testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The command line, in-process for its output and through the real executable for exit codes.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static Run run(const QStringList &arguments) { return TestSupport::runCommandLine(arguments); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void aCommandsHelpAndErrorsNameTheCommand();
    void validBodyExitsZero();
    void warningsPrintButPass();
    void invalidBodyPrintsPathAndMessage();
    void endpointWithOperationIsAWarning();
    void jsonOutputIsFastApiShaped();
    void malformedJsonExitsTwoWithLineAndColumn();
    void unreadableFileExitsTwo();
    // Issue 11: paths that are not plain files are refused at once, never a hang.
    void pathsThatAreNotFilesAreRefusedAtOnce_data();
    void pathsThatAreNotFilesAreRefusedAtOnce();
    void symlinkBomAndForeignEncoding();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void optionBeforeTheCommandSaysWhere();
    void jsonFailuresPrintOneErrorObject();
    void helpAndVersion();
    void isCommandLine();
    // The real executable, as a script would call it.
    void executableExitCodes_data();
    void executableExitCodes();
    void executableReadsStandardInput();
    void theOverviewNamesEveryOption();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

// The overview names every option of every command: on the command's own line, or in the
// sentence on the connection options (a review found pull's --yes, import's
// --trust-connection and test-endpoint's --model left out).
void tst_CommandLine::theOverviewNamesEveryOption()
{
    const TestSupport::CliRun overview = TestSupport::runCommandLine({"--help"});
    QCOMPARE(overview.code, 0);
    const QString text = overview.out;
    const QString shared = text.section(QStringLiteral("The commands that call Galileo"), 1)
                               .section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY2(!shared.isEmpty(), qPrintable(text));
    for (const QString &command :
         {u"validate"_s, u"apply"_s, u"plan"_s, u"list"_s, u"status"_s, u"delete"_s, u"pull"_s,
          u"history"_s, u"profile"_s, u"test-endpoint"_s}) {
        const TestSupport::CliRun help = TestSupport::runCommandLine({command, "--help"});
        QCOMPARE(help.code, 0);
        static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z-]+)"),
                                               QRegularExpression::MultilineOption);
        // The command's lines in the overview: from its name to the next command's.
        QString lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("  ") + command + QLatin1Char(' ')))
                lines += line + QLatin1Char('\n');
        }
        QVERIFY2(!lines.isEmpty(), qPrintable(command));
        for (auto it = option.globalMatch(help.out); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (name == QLatin1String("--help"))
                continue;
            const bool sharedOption = shared.contains(command) && shared.contains(name);
            QVERIFY2(lines.contains(name) || sharedOption,
                     qPrintable(command + QLatin1Char(' ') + name));
        }
    }
}

// A command's usage line and its usage errors name the command as it is typed, not the
// executable's path, and say which argument is missing.
void tst_CommandLine::aCommandsHelpAndErrorsNameTheCommand()
{
    const TestSupport::CliRun help = TestSupport::runCommandLine({"validate", "--help"});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.startsWith(u"Usage: galileo-integrations validate [options] FILE\n"),
             qPrintable(help.out.left(200)));
    const TestSupport::CliRun missing = TestSupport::runCommandLine({"profile"});
    QCOMPARE(missing.code, 2);
    QCOMPARE(missing.err, QStringLiteral("galileo-integrations profile: missing argument ACTION\n"
                                         "Try 'galileo-integrations profile --help' for more "
                                         "information.\n"));
    const TestSupport::CliRun unknown = TestSupport::runCommandLine({"apply", "--bogus"});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.startsWith(u"galileo-integrations apply: "), qPrintable(unknown.err));
}

void tst_CommandLine::validBodyExitsZero()
{
    const Run result = run({"validate", TestSupport::dataPath("full.json")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QString());
    QVERIFY(result.err.contains(QLatin1String("valid")));
}

void tst_CommandLine::warningsPrintButPass()
{
    // The seed's own oauth2 example has a placeholder token and the deprecated models list.
    const Run result = run({"validate", TestSupport::dataPath("seed-oauth2.json")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({"models: note: the deprecated \"models\" list was converted to "
                          "model_properties (models: 2); it will be sent as model_properties",
                          "token: warning: OAuth2 needs the client credentials in token, "
                          "normally a JSON object such as {\"client_id\": \"...\", "
                          "\"client_secret\": \"...\"}; this value is not a JSON object, so "
                          "the gateway's token endpoint will probably refuse it"}));
    QVERIFY(result.err.contains(QLatin1String("valid (warnings: 1)")));
}

void tst_CommandLine::invalidBodyPrintsPathAndMessage()
{
    const QString path =
        writeFile("bad.json", R"({"authentication_type":"none","endpoint":"https://gw.example/v1",
            "model_properties":[{"name":"a"},{"name":"b","supported_parameters":["n","nope"]}],
            "headers":{"X-Tenant":"a\nb"},"multi_modal_config":{"max_files":0}})");
    const Run result = run({"validate", path});
    QCOMPARE(result.code, 1);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("model_properties[1].supported_parameters[1]: \"nope\" is "
                                   "not a RunParamsMap field"));
    QVERIFY(lines.at(1).startsWith("headers.X-Tenant: the value contains a line break"));
    QCOMPARE(lines.at(2), QStringLiteral("multi_modal_config.max_files: must be at least 1; "
                                         "leave it empty for no limit"));
    QVERIFY(result.err.contains(QLatin1String("invalid (errors: 3, warnings: 0)")));
}

void tst_CommandLine::endpointWithOperationIsAWarning()
{
    const QString path = writeFile("pasted.json", R"({"authentication_type":"none",
            "endpoint":"https://gw.example/v1/chat/completions","model_properties":[{"name":"a"}]})");
    const Run result = run({"validate", path});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("endpoint: warning: the endpoint ends in /chat/completions, which "
                            "Galileo appends itself: use https://gw.example/v1"));
}

void tst_CommandLine::jsonOutputIsFastApiShaped()
{
    const QString path = writeFile("missing.json", R"({"authentication_type":"none"})");
    const Run result = run({"validate", path, "--json"});
    QCOMPARE(result.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray detail = json.value(QLatin1String("detail")).toArray();
    QVERIFY(!detail.isEmpty());
    const QJsonObject first = detail.first().toObject();
    QCOMPARE(first.value(QLatin1String("loc")).toArray(), (QJsonArray{"body", "endpoint"}));
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("value_error.missing"));
    QVERIFY(first.contains(QLatin1String("msg")));
}

void tst_CommandLine::malformedJsonExitsTwoWithLineAndColumn()
{
    const QString path = writeFile("broken.json", "{\n  \"endpoint\": \"https://x\",\n}\n");
    Run result = run({"validate", path});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("line 3 column 1")), qPrintable(result.err));

    result = run({"validate", path, "--json"});
    QCOMPARE(result.code, 2);
    const QJsonArray detail =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value("detail").toArray();
    QCOMPARE(detail.first()[QLatin1String("type")].toString(),
             QStringLiteral("value_error.jsondecode"));
}

void tst_CommandLine::unreadableFileExitsTwo()
{
    const Run result = run({"validate", m_dir.filePath("does-not-exist.json")});
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("cannot read")));
    QVERIFY(result.out.isEmpty());
}

void tst_CommandLine::pathsThatAreNotFilesAreRefusedAtOnce_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("said");
    QTest::newRow("directory") << m_dir.path() << "is a folder";
    QTest::newRow("device") << "/dev/zero"
                            << "not a regular file";
    const QString fifo = m_dir.filePath("fifo.json");
    if (!QFile::exists(fifo))
        QProcess::execute("mkfifo", {fifo});
    QTest::newRow("FIFO") << fifo << "not a regular file";
}

void tst_CommandLine::pathsThatAreNotFilesAreRefusedAtOnce()
{
    QFETCH(QString, path);
    QFETCH(QString, said);
    QElapsedTimer clock;
    clock.start();
    for (const QStringList &arguments :
         {QStringList{"validate", path}, QStringList{"apply", path},
          QStringList{"test-endpoint", path},
          QStringList{"profile", "import", path, "--name", "Never"}}) {
        const Run result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(said), qPrintable(result.err));
    }
    QVERIFY(clock.elapsed() < 2000);
}

void tst_CommandLine::symlinkBomAndForeignEncoding()
{
    // A symlink is followed.
    const QString target = writeFile(
        "target.json", R"({"authentication_type":"none","endpoint":"https://a.example/v1",)"
                       R"("model_properties":[{"name":"m"}]})");
    const QString link = m_dir.filePath("link.json");
    QFile::link(target, link);
    QCOMPARE(run({"validate", link}).code, 0);

    // A UTF-8 byte order mark is read as JSON, with key order and duplicates still seen.
    const QString bom = writeFile(
        "bom.json", "\xEF\xBB\xBF"
                    R"({"authentication_type":"none","endpoint":"https://a.example/v1",)"
                    R"("model_properties":[{"name":"m"}],"headers":{"B":"1","A":"2","B":"3"}})");
    Run result = run({"validate", bom});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.contains(QLatin1String("headers.B")), qPrintable(result.out));

    // Latin-1 text is not UTF-8: a clear message with where it breaks.
    const QString latin1 =
        writeFile("latin1.json", "{\"endpoint\":\"https://caf\xE9.example/v1\"}");
    result = run({"validate", latin1});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QLatin1String("UTF")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("line 1")));
}

void tst_CommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("validate without file") << QStringList{"validate"};
    QTest::newRow("validate two files") << QStringList{"validate", "a", "b"};
    QTest::newRow("unknown option") << QStringList{"validate", "x.json", "--yaml"};
    QTest::newRow("option before the command") << QStringList{"--json", "validate", "x.json"};
    QTest::newRow("option alone") << QStringList{"--frob"};
}

void tst_CommandLine::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains(QLatin1String("--help")));
}

void tst_CommandLine::optionBeforeTheCommandSaysWhere()
{
    const Run result = run({"--json", "validate", "x.json"});
    QCOMPARE(result.code, 2);
    QVERIFY2(
        result.err.contains(QLatin1String("unknown option \"--json\"; options go after the "
                                          "command: galileo-integrations validate ... --json")),
        qPrintable(result.err));
}

// A review found --json printing nothing on standard output when a command failed: `| jq` in a
// script then reads nothing. A failure without a document of its own prints one error object.
void tst_CommandLine::jsonFailuresPrintOneErrorObject()
{
    Run result = run({"validate", "/nonexistent/x.json", "--json"});
    QCOMPARE(result.code, 2);
    QJsonParseError error;
    const QJsonObject printed = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject said = printed.value("error").toObject();
    QCOMPARE(said.value("exit_code").toInt(), 2);
    QCOMPARE(said.value("kind").toString(), QStringLiteral("usage"));
    QVERIFY2(said.value("message").toString().contains(QLatin1String("/nonexistent/x.json")),
             qPrintable(result.out));
    QVERIFY(!said.value("message").toString().startsWith(QLatin1String("galileo-integrations:")));
    // Still said on standard error too.
    QVERIFY(result.err.contains(QLatin1String("/nonexistent/x.json")));

    // A document of the command's own stays the only one: validate's 422-shaped detail.
    const QString bad = writeFile("bad-types.json", "{\"endpoint\": 5}");
    result = run({"validate", bad, "--json"});
    QCOMPARE(result.code, 1);
    const QJsonObject detail = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(detail.contains("detail"));
    QVERIFY(!detail.contains("error"));

    // Without --json, nothing changes on standard output.
    result = run({"validate", "/nonexistent/x.json"});
    QVERIFY(result.out.isEmpty());
}

void tst_CommandLine::helpAndVersion()
{
    Run result = run({"--help"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("validate FILE")));
    result = run({"validate", "--help"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("--json")));
    result = run({"--version"});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral("galileo-integrations " GALILEO_VERSION "\n"));
}

void tst_CommandLine::isCommandLine()
{
    QVERIFY(!CommandLine::isCommandLine({"galileo-integrations"}));
    QVERIFY(!CommandLine::isCommandLine({"galileo-integrations", "-platform", "offscreen"}));
    QVERIFY(CommandLine::isCommandLine({"galileo-integrations", "validate"}));
    QVERIFY(CommandLine::isCommandLine({"galileo-integrations", "--version"}));
    QVERIFY(!CommandLine::isCommandLine({"galileo-integrations", "--style=fusion"}));
    QVERIFY(!CommandLine::isCommandLine({"galileo-integrations", "-reverse"}));
    // A review found these opening the window (or aborting without a display) in a script.
    for (const char *first : {"--json", "--timeout", "--frob", "--", "-x"})
        QVERIFY2(CommandLine::isCommandLine({"galileo-integrations", first, "validate"}), first);
}

void tst_CommandLine::executableExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("valid") << QStringList{"validate", TestSupport::dataPath("full.json")} << 0;
    QTest::newRow("usage") << QStringList{"validate"} << 2;
    QTest::newRow("version") << QStringList{"--version"} << 0;
    QTest::newRow("missing file") << QStringList{"validate", "/nonexistent/x.json"} << 2;
    // No window and no abort: a usage error, whatever the display.
    QTest::newRow("option first") << QStringList{"--json", "validate",
                                                 TestSupport::dataPath("full.json")}
                                  << 2;
    QTest::newRow("unknown option") << QStringList{"--frob"} << 2;
}

void tst_CommandLine::executableExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QProcess process;
    process.start(QStringLiteral(GALILEO_EXECUTABLE), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), code);
}

void tst_CommandLine::executableReadsStandardInput()
{
    QProcess process;
    process.start(QStringLiteral(GALILEO_EXECUTABLE), {"validate", "-", "--json"});
    QVERIFY(process.waitForStarted());
    process.write(R"({"authentication_type":"api_key","endpoint":"https://gw.example/v1",
                      "api_key_header":"X-K","model_properties":[{"name":"m"}]})");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QJsonArray detail =
        QJsonDocument::fromJson(process.readAllStandardOutput()).object().value("detail").toArray();
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.first()[QLatin1String("loc")].toArray(), (QJsonArray{"body", "api_key_value"}));
}
#endif

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
