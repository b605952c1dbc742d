#include "commandline.h"

#include "api/galileoclient.h"
#include "model/integrationjson.h"
#include "model/integrationvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace CommandLine {

namespace {

constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString programName()
{
    return QStringLiteral("galileo-integrations");
}

const QStringList &commands()
{
    static const QStringList names = {QStringLiteral("validate"), QStringLiteral("apply")};
    return names;
}

QString overview()
{
    return tr("Usage: %1 [COMMAND] [OPTIONS]\n"
              "\n"
              "Set up, check and submit a custom LLM integration for Galileo.\n"
              "Without a command, the window opens.\n"
              "\n"
              "Commands:\n"
              "  validate FILE [--json]   Check a CustomIntegrationCreate body as Galileo would.\n"
              "  apply FILE [--base-url URL] [--json]\n"
              "                           Validate, then PUT it to Galileo's "
              "/v2/integrations/custom.\n"
              "\n"
              "Options:\n"
              "  -h, --help               Show this help, or a command's with COMMAND --help.\n"
              "  -v, --version            Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 invalid (locally or by Galileo), 2 usage error, "
              "unreadable file or\nmalformed JSON, 3 credentials or permission refused, 4 "
              "network, TLS, timeout or server error.\n")
        .arg(programName());
}

int usageError(QTextStream &err, const QString &message)
{
    err << programName() << ": " << message << '\n'
        << tr("Try '%1 --help' for more information.").arg(programName()) << '\n';
    err.flush();
    return UsageError;
}

// Reads FILE, or standard input for "-". Returns false with a message on failure.
bool readInput(const QString &path, QByteArray *data, QString *problem)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *problem = tr("cannot read standard input: %1").arg(file.errorString());
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    *data = file.read(MaxInputBytes + 1);
    if (data->size() > MaxInputBytes) {
        *problem = tr("%1 is larger than %2 MiB; that is not an integration body")
                       .arg(isStdin ? tr("standard input") : path)
                       .arg(MaxInputBytes / (1024 * 1024));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *problem = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A parser for one command, with its own --help.
struct CommandParser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};

    CommandParser(const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(help);
    }

    // Returns -1 to go on, or the exit code to stop with.
    int parse(const QStringList &arguments, int positionalCount, QTextStream &out, QTextStream &err)
    {
        if (!parser.parse(arguments))
            return usageError(err, parser.errorText());
        if (parser.isSet(help)) {
            out << parser.helpText();
            out.flush();
            return Success;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() < positionalCount)
            return usageError(err, tr("missing argument"));
        if (positional.size() > positionalCount) {
            return usageError(err,
                              tr("unexpected argument \"%1\"").arg(positional.at(positionalCount)));
        }
        return -1;
    }
};

// Reads and checks a body file. Returns -1 with the result filled in, or the exit code to
// stop with (after saying why).
struct CheckedBody
{
    IntegrationJson::ReadResult read;
    ValidationIssues issues;
};

int readAndCheck(const QString &path, QTextStream &err, CheckedBody *checked)
{
    QByteArray data;
    QString problem;
    if (!readInput(path, &data, &problem)) {
        err << programName() << ": " << problem << '\n';
        return UsageError;
    }
    checked->read = IntegrationJson::read(data);
    checked->issues =
        checked->read.ok
            ? IntegrationValidator::merge(checked->read.issues,
                                          IntegrationValidator::validate(checked->read.config))
            : checked->read.issues;
    return -1;
}

void printLines(QTextStream &out, const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues)
        out << issue.toLine() << '\n';
}

int validate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Check a CustomIntegrationCreate body (the JSON for PUT "
                             "/v2/integrations/custom) with the rules Galileo applies, and more.\n"
                             "Prints one line per issue, 'PATH: message'.\n"
                             "Exit codes: 0 valid (warnings may print), 1 invalid, 2 unreadable "
                             "file or malformed JSON."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print {\"detail\": [...]} as FastAPI does."));
    command.parser.addOption(json);
    command.parser.addPositionalArgument(QStringLiteral("FILE"),
                                         tr("The JSON body to check; - reads standard input."));
    if (const int code = command.parse(arguments, 1, out, err); code >= 0)
        return code;

    const QString path = command.parser.positionalArguments().constFirst();
    QByteArray data;
    QString problem;
    if (!readInput(path, &data, &problem)) {
        err << programName() << ": " << problem << '\n';
        return UsageError;
    }

    const IntegrationJson::ReadResult read = IntegrationJson::read(data);
    const ValidationIssues issues =
        read.ok
            ? IntegrationValidator::merge(read.issues, IntegrationValidator::validate(read.config))
            : read.issues;
    if (command.parser.isSet(json)) {
        out << QJsonDocument(Issues::toDetailJson(issues)).toJson(QJsonDocument::Indented);
    } else if (read.ok) {
        for (const ValidationIssue &issue : issues)
            out << issue.toLine() << '\n';
    }
    out.flush();

    if (!read.ok) {
        err << programName() << ": " << path << ": " << read.issues.constFirst().message << '\n';
        return UsageError;
    }
    const int errors = Issues::count(issues, ValidationIssue::Severity::Error);
    const int warnings = Issues::count(issues, ValidationIssue::Severity::Warning);
    err << (errors > 0 ? tr("%1: invalid (errors: %2, warnings: %3)").arg(path).arg(errors)
                       : tr("%1: valid (warnings: %2)").arg(path))
               .arg(warnings)
        << '\n';
    return errors > 0 ? Invalid : Success;
}

// Galileo's connection from the command line and the environment, as the SDKs read it.
bool connectionFromEnvironment(const QString &baseUrlOption, ConnectionSettings *settings,
                               GalileoSecrets *secrets, QString *problem)
{
    const QString apiUrl = qEnvironmentVariable("GALILEO_API_URL");
    const QString consoleUrl = qEnvironmentVariable("GALILEO_CONSOLE_URL");
    settings->baseUrl = !baseUrlOption.isEmpty() ? baseUrlOption
                        : !apiUrl.isEmpty()      ? apiUrl
                                                 : consoleUrl;
    QString urlProblem;
    if (settings->apiUrl(&urlProblem).isEmpty()) {
        *problem = urlProblem;
        return false;
    }
    const QString key = qEnvironmentVariable("GALILEO_API_KEY");
    const QString username = qEnvironmentVariable("GALILEO_USERNAME");
    const QString password = qEnvironmentVariable("GALILEO_PASSWORD");
    if (!key.isEmpty()) {
        settings->authMethod = ConnectionSettings::AuthMethod::ApiKey;
        secrets->apiKey = key;
    } else if (!username.isEmpty() && !password.isEmpty()) {
        settings->authMethod = ConnectionSettings::AuthMethod::Login;
        settings->username = username;
        secrets->password = password;
    } else {
        *problem = tr("no Galileo credentials: set GALILEO_API_KEY, or GALILEO_USERNAME and "
                      "GALILEO_PASSWORD");
        return false;
    }
    return true;
}

int apply(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Validate a CustomIntegrationCreate body, then create or update the "
                             "custom integration with PUT /v2/integrations/custom.\n"
                             "Credentials come from GALILEO_API_KEY, or GALILEO_USERNAME and "
                             "GALILEO_PASSWORD. The base URL from --base-url, else "
                             "GALILEO_API_URL, else derived from GALILEO_CONSOLE_URL, else "
                             "https://api.galileo.ai.\n"
                             "Exit codes: 0 stored, 1 invalid (locally or by Galileo), 2 usage "
                             "or unreadable file, 3 credentials or permission refused, 4 network, "
                             "TLS, timeout or server error."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print Galileo's answer (or {\"detail\": [...]}) as JSON."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("Galileo's API or console URL."), QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for an answer (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    command.parser.addOptions({json, baseUrl, timeout});
    command.parser.addPositionalArgument(QStringLiteral("FILE"),
                                         tr("The JSON body to send; - reads standard input."));
    if (const int code = command.parse(arguments, 1, out, err); code >= 0)
        return code;
    bool timeoutOk = false;
    const int timeoutSeconds = command.parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usageError(err, tr("--timeout takes a number of seconds from 1 to 600"));

    ConnectionSettings settings;
    GalileoSecrets secrets;
    QString problem;
    if (!connectionFromEnvironment(command.parser.value(baseUrl), &settings, &secrets, &problem))
        return usageError(err, problem);
    settings.timeoutSeconds = timeoutSeconds;

    const QString path = command.parser.positionalArguments().constFirst();
    CheckedBody checked;
    if (const int code = readAndCheck(path, err, &checked); code >= 0)
        return code;
    if (!checked.read.ok) {
        err << programName() << ": " << path << ": " << checked.issues.constFirst().message << '\n';
        return UsageError;
    }
    const bool asJson = command.parser.isSet(json);
    if (Issues::hasErrors(checked.issues)) {
        if (asJson)
            out << QJsonDocument(Issues::toDetailJson(checked.issues)).toJson();
        else
            printLines(out, checked.issues);
        err << tr("%1: invalid; nothing was sent").arg(path) << '\n';
        return Invalid;
    }
    // Warnings go to standard error, so that standard output stays the stored integration.
    printLines(err, checked.issues);

    GalileoClient client;
    client.setConnection(settings, secrets);
    QObject::connect(&client, &GalileoClient::progress, &client, [&err](const QString &message) {
        err << message << '\n';
        err.flush();
    });
    ApiResult result;
    QEventLoop loop;
    QObject::connect(&client, &GalileoClient::submitted, &loop, [&](const ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    err << tr("Sending to %1...")
               .arg(client.urlFor(QStringLiteral("/v2/integrations/custom")).toDisplayString())
        << '\n';
    err.flush();
    client.submit(checked.read.config);
    loop.exec();

    if (result.ok()) {
        StoredIntegration stored;
        StoredIntegration::fromJson(result.json, &stored, &problem);
        if (asJson)
            out << QJsonDocument(result.json).toJson(QJsonDocument::Indented);
        else
            out << stored.toLines().join(QLatin1Char('\n')) << '\n';
        out.flush();
        return Success;
    }
    if (result.outcome == ApiResult::Outcome::Invalid) {
        if (asJson)
            out << QJsonDocument(Issues::toDetailJson(result.issues)).toJson();
        else
            printLines(out, result.issues);
        out.flush();
    }
    err << programName() << ": " << result.summary << '\n';
    if (!result.hint.isEmpty())
        err << result.hint << '\n';
    if (!result.bodyStart.isEmpty())
        err << tr("The answer began: %1").arg(result.bodyStart) << '\n';
    return result.exitCode();
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // A file to open belongs to the window, unless it is named like a command.
    if (!commands().contains(first) && QFileInfo(first).isFile())
        return false;
    // Qt's own options (-platform, -style, ...) belong to the window.
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("-h") ||
           first == QLatin1String("--help") || first == QLatin1String("-v") ||
           first == QLatin1String("--version") || first == QLatin1String("-help");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2)
        return usageError(err, tr("missing command"));
    const QString &first = arguments.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("-help") || first == QLatin1String("help")) {
        out << overview();
        out.flush();
        return Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << programName() << ' ' << QStringLiteral(GALILEO_VERSION) << '\n';
        out.flush();
        return Success;
    }
    QStringList commandArguments = arguments.mid(1);
    commandArguments[0] = programName() + QLatin1Char(' ') + first;
    if (first == QLatin1String("validate"))
        return validate(commandArguments, out, err);
    if (first == QLatin1String("apply"))
        return apply(commandArguments, out, err);
    return usageError(err, tr("unknown command \"%1\"; commands: %2")
                               .arg(first, commands().join(QLatin1String(", "))));
}

} // namespace CommandLine
