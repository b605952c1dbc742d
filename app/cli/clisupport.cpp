#include "clisupport.h"

#include "storage/keychainsecretstore.h"

#include "model/integrationvalidator.h"
#include "storage/inputfile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

QString programName()
{
    return QStringLiteral("galileo-integrations");
}

int usageError(QTextStream &err, const QString &message)
{
    err << programName() << ": " << message << '\n'
        << tr("Try '%1 --help' for more information.").arg(programName()) << '\n';
    err.flush();
    return UsageError;
}

bool readInput(const QString &path, QByteArray *data, QString *problem)
{
    return InputFile::read(path, data, problem);
}

void printLines(QTextStream &out, const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues)
        out << issue.toLine() << '\n';
}

int reportFailure(const ApiResult &result, QTextStream &err)
{
    err << programName() << ": " << result.summary << '\n';
    if (!result.hint.isEmpty())
        err << result.hint << '\n';
    if (!result.bodyStart.isEmpty())
        err << tr("The answer began: %1").arg(result.bodyStart) << '\n';
    return result.exitCode();
}

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

QString connectionFromEnvironment(const QString &baseUrlOption, ConnectionSettings *settings,
                                  GalileoSecrets *secrets)
{
    const EnvironmentConnection::Result environment = EnvironmentConnection::read(
        EnvironmentConnection::Precedence::Environment, settings, secrets);
    if (!environment.problem.isEmpty())
        return environment.problem;
    if (!baseUrlOption.isEmpty()) {
        settings->baseUrl = baseUrlOption;
        QString problem;
        if (settings->apiUrl(&problem).isEmpty())
            return problem;
    }
    if (!environment.hasCredentials) {
        return tr("no Galileo credentials: set GALILEO_API_KEY, or GALILEO_USERNAME and "
                  "GALILEO_PASSWORD");
    }
    return {};
}

int loadProfile(const QString &name, QTextStream &err, ProfileLibrary::Loaded *loaded)
{
    KeychainSecretStore keychain;
    ProfileLibrary library(ProfileStore(), &keychain);
    const auto entry = library.store().findByName(name);
    if (!entry) {
        err << programName() << ": " << tr("no profile is called \"%1\"").arg(name) << '\n';
        return UsageError;
    }
    waitFor([&](auto finish) {
        library.load(entry->id, [&, finish](const ProfileLibrary::Loaded &result) {
            *loaded = result;
            finish();
        });
    });
    if (!loaded->ok) {
        err << programName() << ": "
            << tr("the profile \"%1\" cannot be read: %2").arg(name, loaded->error) << '\n';
        return UsageError;
    }
    if (!loaded->keychainProblem.isEmpty()) {
        err << programName() << ": "
            << tr("the profile's secrets cannot be read from %1").arg(loaded->keychainProblem)
            << '\n';
        return KeychainError;
    }
    for (const QString &field : std::as_const(loaded->missingSecrets)) {
        err << tr("warning: the secret %1 is no longer in the keychain").arg(field) << '\n';
    }
    return -1;
}

CommandParser::CommandParser(const QString &description)
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(m_help);
}

int CommandParser::parse(const QStringList &arguments, int minPositional, int maxPositional,
                         QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(m_help)) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional)
        return usageError(err, tr("missing argument"));
    if (positional.size() > maxPositional)
        return usageError(err, tr("unexpected argument \"%1\"").arg(positional.at(maxPositional)));
    return -1;
}

} // namespace CommandLine
