#include "commandline.h"

#include "model/integrationjson.h"
#include "model/integrationvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    static const QStringList names = {QStringLiteral("validate")};
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
              "\n"
              "Options:\n"
              "  -h, --help               Show this help, or a command's with COMMAND --help.\n"
              "  -v, --version            Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 invalid, 2 usage error, unreadable file or malformed "
              "JSON.\n")
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
    return usageError(err, tr("unknown command \"%1\"; commands: %2")
                               .arg(first, commands().join(QLatin1String(", "))));
}

} // namespace CommandLine
