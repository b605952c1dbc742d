#include "clisupport.h"

#include "storage/keychainsecretstore.h"

#include "api/environmentconnection.h"
#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "model/integrationvalidator.h"
#include "model/secretcatalog.h"
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

SchemaDrift readDrift(GalileoClient &client)
{
    SchemaDrift drift = SchemaDrift::unknown(tr("Galileo is busy with another request."));
    waitFor([&](auto finish) {
        const bool started = client.checkDrift([&drift, finish](const SchemaDrift &found) {
            drift = found;
            finish();
        });
        if (!started)
            finish();
    });
    return drift;
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
    // A secret the body sends that the keychain no longer gives would go out empty and replace
    // what Galileo holds (a header's value, say): nothing is sent. Galileo's own credentials
    // may come from the environment instead.
    const QStringList sent = SecretCatalog::sentSlotKeys(loaded->profile.config);
    QStringList gone;
    for (const QString &field : std::as_const(loaded->missingSecrets)) {
        if (SecretCatalog::isGalileoSlot(field) || !sent.contains(field))
            err << tr("warning: the secret %1 is no longer in the keychain").arg(field) << '\n';
        else
            gone << field;
    }
    if (!gone.isEmpty()) {
        err << programName() << ": "
            << tr("the profile \"%1\" has secrets the keychain does not hold (gone from it, or "
                  "never stored from an import): %2. Open the profile in the window and enter "
                  "them, or import its body again with them; nothing was sent.")
                   .arg(name, gone.join(QLatin1String(", ")))
            << '\n';
        return KeychainError;
    }
    return -1;
}

int loadProfileConnection(const QString &name, QTextStream &err, ConnectionSettings *settings,
                          GalileoSecrets *secrets)
{
    ConnectionSettings environmentSettings;
    GalileoSecrets environmentSecrets;
    const bool fromEnvironment =
        EnvironmentConnection::read(EnvironmentConnection::Precedence::Environment,
                                    &environmentSettings, &environmentSecrets)
            .hasCredentials;
    ProfileStore store;
    const auto entry = store.findByName(name);
    if (!entry) {
        err << programName() << ": " << tr("no profile is called \"%1\"").arg(name) << '\n';
        return UsageError;
    }
    Profile profile;
    QString error;
    if (!store.load(entry->id, &profile, &error)) {
        err << programName() << ": " << tr("the profile \"%1\" cannot be read: %2").arg(name, error)
            << '\n';
        return UsageError;
    }
    *settings = profile.connection;
    // The environment's credentials win over the profile's: then no secret of it is needed.
    if (fromEnvironment || profile.secretFields.isEmpty())
        return -1;
    KeychainSecretStore keychain;
    ProfileLibrary library(std::move(store), &keychain);
    ProfileLibrary::Loaded loaded;
    waitFor([&](auto finish) {
        library.load(entry->id, [&, finish](const ProfileLibrary::Loaded &result) {
            loaded = result;
            finish();
        });
    });
    if (!loaded.keychainProblem.isEmpty()) {
        err << programName() << ": "
            << tr("the profile's secrets cannot be read from %1").arg(loaded.keychainProblem)
            << '\n'
            << tr("Set GALILEO_API_KEY (or GALILEO_USERNAME and GALILEO_PASSWORD) to use the "
                  "profile's connection without the keychain.")
            << '\n';
        return KeychainError;
    }
    *secrets = loaded.galileo;
    return -1;
}

ApplyTargetOptions::ApplyTargetOptions()
    : baseUrl(QStringLiteral("base-url"), tr("Galileo's API or console URL."),
              QStringLiteral("URL"))
    , timeout(QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 30)."),
              QStringLiteral("SECONDS"))
    , profile(QStringLiteral("profile"),
              tr("Use this saved profile's integration, connection and integration name."),
              QStringLiteral("NAME"))
    , name(QStringLiteral("name"), tr("The named custom integration SLUG."), QStringLiteral("SLUG"))
{}

void ApplyTargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({baseUrl, timeout, profile, name});
}

int ApplyTargetOptions::read(const QCommandLineParser &parser, QTextStream &err,
                             ApplyTarget *target) const
{
    target->fromProfile = parser.isSet(profile);
    if (target->fromProfile == !parser.positionalArguments().isEmpty())
        return usageError(err, tr("give either FILE or --profile NAME"));
    if (target->fromProfile) {
        target->source = parser.value(profile);
        if (const int code = loadProfile(target->source, err, &target->loaded); code >= 0)
            return code;
        target->settings = target->loaded.profile.connection;
        target->secrets = target->loaded.galileo;
        target->checked.read.ok = true;
        target->checked.read.config = target->loaded.profile.config;
        target->checked.issues = IntegrationValidator::validate(target->checked.read.config);
    } else {
        target->source = parser.positionalArguments().constFirst();
        if (const int code = readAndCheck(target->source, err, &target->checked); code >= 0)
            return code;
        if (!target->checked.read.ok) {
            err << programName() << ": " << target->source << ": "
                << target->checked.issues.constFirst().message << '\n';
            return UsageError;
        }
    }
    target->integrationName =
        parser.isSet(name) ? parser.value(name) : target->loaded.profile.integrationName;
    if (!target->integrationName.isEmpty()) {
        if (const QString problem = IntegrationName::problem(target->integrationName);
            !problem.isEmpty())
            return usageError(err, tr("--name \"%1\": %2").arg(target->integrationName, problem));
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        target->settings.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || target->settings.timeoutSeconds < 1 || target->settings.timeoutSeconds > 600)
            return usageError(err, tr("--timeout takes a number of seconds from 1 to 600"));
    }
    const QString connectionProblem =
        connectionFromEnvironment(parser.value(baseUrl), &target->settings, &target->secrets);
    if (!connectionProblem.isEmpty())
        return usageError(err, connectionProblem);
    if (const QString warning = target->settings.plainHttpWarning(); !warning.isEmpty())
        err << tr("warning: %1").arg(warning) << '\n';
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
    m_command = arguments.value(0); // "galileo-integrations validate"
    if (!parser.parse(arguments))
        return commandUsageError(err, parser.errorText());
    if (parser.isSet(m_help)) {
        out << helpText();
        out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional) {
        // The usage line's words after "[options]" name the arguments, FILE or ACTION.
        const QString usage = helpText().section(QLatin1Char('\n'), 0, 0);
        const QStringList names = usage.section(QLatin1String("[options]"), 1)
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return commandUsageError(err,
                                 positional.size() < names.size()
                                     ? tr("missing argument %1").arg(names.at(positional.size()))
                                     : tr("missing argument"));
    }
    if (positional.size() > maxPositional)
        return commandUsageError(
            err, tr("unexpected argument \"%1\"").arg(positional.at(maxPositional)));
    return -1;
}

QString CommandParser::helpText() const
{
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, executable.size(), m_command);
    return text;
}

int CommandParser::commandUsageError(QTextStream &err, const QString &message) const
{
    err << m_command << ": " << message << '\n'
        << tr("Try '%1 --help' for more information.").arg(m_command) << '\n';
    err.flush();
    return UsageError;
}

} // namespace CommandLine
