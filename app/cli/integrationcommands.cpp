#include "integrationcommands.h"

#include "clisupport.h"

#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "model/singleline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// The connection options every command about the cluster takes (texts filed under
// CommandLine, as the commands' own).
struct ConnectionOptions
{
    QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine", "Galileo's API or console URL."),
        QStringLiteral("URL")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Use this saved profile's Galileo connection."),
        QStringLiteral("NAME")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        QCoreApplication::translate("CommandLine", "Seconds to wait for each answer (default 30)."),
        QStringLiteral("SECONDS")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({baseUrl, profile, timeout}); }

    // Sets up `client` from the profile, the environment and the options. Returns -1, or the
    // exit code to stop with (after saying why).
    int connect(const QCommandLineParser &parser, QTextStream &err, GalileoClient *client) const
    {
        ConnectionSettings settings;
        GalileoSecrets secrets;
        // Only the connection: list, status and delete send no body, so a body's secret the
        // keychain lacks is no reason to stop.
        if (parser.isSet(profile)) {
            if (const int code =
                    loadProfileConnection(parser.value(profile), err, &settings, &secrets);
                code >= 0)
                return code;
        }
        if (parser.isSet(timeout)) {
            bool ok = false;
            settings.timeoutSeconds = parser.value(timeout).toInt(&ok);
            if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > 600)
                return usageError(
                    err, QCoreApplication::translate(
                             "CommandLine", "--timeout takes a number of seconds from 1 to 600"));
        }
        const QString problem =
            connectionFromEnvironment(parser.value(baseUrl), &settings, &secrets);
        if (!problem.isEmpty())
            return usageError(err, problem);
        if (const QString warning = settings.plainHttpWarning(); !warning.isEmpty())
            err << QCoreApplication::translate("CommandLine", "warning: %1").arg(warning) << '\n';
        client->setConnection(settings, secrets);
        return -1;
    }
};

// The slug of --name, checked; returns -1 or the exit code to stop with.
int checkedName(const QString &name, QTextStream &err)
{
    if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
        return usageError(err, tr("--name \"%1\": %2").arg(name, problem));
    return -1;
}

ApiResult runOne(GalileoClient &client, std::shared_ptr<const GalileoRequest> request)
{
    ApiResult result;
    waitFor([&](auto finish) {
        client.run(std::move(request), [&result, finish](const ApiResult &answer) {
            result = answer;
            finish();
        });
    });
    return result;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Asks on the terminal; nullopt when standard input is not one.
std::optional<QString> askOnTerminal(const QString &question, QTextStream &err)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << question;
    err.flush();
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace

int listCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("List every integration of the organisation (GET /integrations): "
                             "name, provider, selected, disabled and when it was updated.\n"
                             "Exit codes: 0 listed, 2 usage, 3 credentials or permission "
                             "refused, 4 network or server error, or a cluster without the "
                             "list, 5 the profile's secrets cannot be read."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print Galileo's answer as JSON."));
    const ConnectionOptions connection;
    command.parser.addOption(json);
    connection.addTo(command.parser);
    if (const int code = command.parse(arguments, 0, 0, out, err); code >= 0)
        return code;
    GalileoClient client;
    if (const int code = connection.connect(command.parser, err, &client); code >= 0)
        return code;

    const ApiResult result = runOne(client, std::make_shared<ListIntegrationsRequest>());
    if (!result.ok())
        return reportFailure(result, err);
    if (command.parser.isSet(json)) {
        out << QJsonDocument(result.array).toJson(QJsonDocument::Indented);
        return Success;
    }
    QStringList problems;
    const QList<StoredIntegration> integrations =
        ListIntegrationsRequest::parse(result.array, &problems);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("NAME"), -24)
               .arg(QStringLiteral("PROVIDER"), -14)
               .arg(QStringLiteral("SELECTED"), -8)
               .arg(QStringLiteral("DISABLED"), -8)
               .arg(QStringLiteral("UPDATED"));
    for (const StoredIntegration &integration : integrations) {
        // Names are the server's, printed as one line each.
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(singleLine(integration.name), -24)
                   .arg(singleLine(integration.provider), -14)
                   .arg(yesNo(integration.selected), -8)
                   .arg(yesNo(integration.disabled), -8)
                   .arg(integration.updatedAt.isValid()
                            ? integration.updatedAt.toUTC().toString(Qt::ISODate)
                            : QStringLiteral("-"));
    }
    for (const QString &problem : std::as_const(problems))
        err << tr("warning: an item is not an integration: %1").arg(problem) << '\n';
    return Success;
}

int statusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Say how the cluster and an integration are: Galileo's health, "
                             "the signed-in user, what the cluster offers (named integrations, "
                             "definitions, the list), how its CustomIntegrationCreate differs "
                             "from this app's fields (from its OpenAPI document), and the "
                             "status of the named custom "
                             "integration, or of the default one without --name.\n"
                             "Exit codes: 0 every step answered, 2 usage, 3 credentials or "
                             "permission refused, 4 network or server error, no such "
                             "integration, or a cluster without named integrations, 5 the "
                             "profile's secrets cannot be read."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as JSON."));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The named custom integration to report on."),
                                        QStringLiteral("SLUG"));
    const ConnectionOptions connection;
    command.parser.addOptions({json, nameOption});
    connection.addTo(command.parser);
    if (const int code = command.parse(arguments, 0, 0, out, err); code >= 0)
        return code;
    const QString name = command.parser.value(nameOption);
    if (command.parser.isSet(nameOption)) {
        if (const int code = checkedName(name, err); code >= 0)
            return code;
    }
    GalileoClient client;
    if (const int code = connection.connect(command.parser, err, &client); code >= 0)
        return code;
    const bool asJson = command.parser.isSet(json);
    QJsonObject report;

    const ApiResult health = runOne(client, std::make_shared<HealthCheckRequest>());
    if (!health.ok())
        return reportFailure(health, err);
    const HealthCheckRequest::Health found = HealthCheckRequest::parse(health.json);
    report.insert(QStringLiteral("health"), health.json);
    if (!asJson) {
        out << tr("health: %1")
                   .arg(found.isGalileo
                            ? tr("Galileo API %1 (version %2)").arg(found.apiVersion, found.version)
                            : tr("the server answered, but not as Galileo does"))
            << '\n';
    }

    const ApiResult user = runOne(client, std::make_shared<CurrentUserRequest>());
    if (!user.ok())
        return reportFailure(user, err);
    const CurrentUserRequest::User who = CurrentUserRequest::parse(user.json);
    report.insert(QStringLiteral("user"), user.json);
    if (!asJson)
        out << tr("user: %1 (%2) in %3").arg(who.email, who.role, who.organization) << '\n';

    ClusterCapabilities capabilities;
    waitFor([&](auto finish) {
        client.detectCapabilities([&capabilities, finish](const ClusterCapabilities &found) {
            capabilities = found;
            finish();
        });
    });
    report.insert(QStringLiteral("capabilities"), capabilities.toJson());
    if (!asJson) {
        for (const QString &line : capabilities.describe())
            out << tr("capability: %1").arg(line) << '\n';
    }

    // What the cluster's schema says about the fields; unknown is a finding, not a failure.
    const SchemaDrift drift = readDrift(client);
    report.insert(QStringLiteral("drift"), drift.toJson());
    if (!asJson) {
        out << tr("drift: %1").arg(drift.summary()) << '\n';
        for (const QString &line : drift.describe())
            out << QStringLiteral("  %1\n").arg(line);
    }

    const QString target = name.isEmpty() ? QStringLiteral("custom") : name;
    const ApiResult status =
        runOne(client, std::make_shared<IntegrationStatusRequest>(target, !name.isEmpty()));
    if (!status.ok()) {
        if (asJson)
            out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        out.flush();
        return reportFailure(status, err);
    }
    const QMap<QString, QString> entries = IntegrationStatusRequest::parse(status.json);
    report.insert(QStringLiteral("integration"), target);
    report.insert(QStringLiteral("status"), status.json);
    if (asJson) {
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        return Success;
    }
    out << tr("integration: %1").arg(target) << '\n';
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        out << QStringLiteral("  %1: %2\n").arg(it.key(), it.value());
    return Success;
}

int deleteCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Delete a named custom integration (DELETE "
                             "/integrations/custom/{name}).\n"
                             "Without --yes it asks on the terminal, where the name must be typed "
                             "again, and refuses when there is no terminal.\n"
                             "Exit codes: 0 deleted, 2 usage, declined or no terminal, 3 "
                             "credentials or permission refused, 4 network or server error, no "
                             "such integration, or a cluster without named integrations, 5 the "
                             "profile's secrets cannot be read."));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The named custom integration to delete."),
                                        QStringLiteral("SLUG"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Delete without asking."));
    const ConnectionOptions connection;
    command.parser.addOptions({nameOption, yes});
    connection.addTo(command.parser);
    if (const int code = command.parse(arguments, 0, 0, out, err); code >= 0)
        return code;
    if (!command.parser.isSet(nameOption))
        return usageError(err, tr("--name SLUG is required"));
    const QString name = command.parser.value(nameOption);
    if (const int code = checkedName(name, err); code >= 0)
        return code;
    GalileoClient client;
    if (const int code = connection.connect(command.parser, err, &client); code >= 0)
        return code;

    if (!command.parser.isSet(yes)) {
        const auto answer =
            askOnTerminal(tr("Delete the custom integration \"%1\" at %2? This cannot be undone.\n"
                             "Type its name to confirm: ")
                              .arg(name, client.urlFor(QString()).toDisplayString()),
                          err);
        if (!answer) {
            err << programName() << ": "
                << tr("not deleting without confirmation: there is no terminal to ask on; give "
                      "--yes to delete anyway")
                << '\n';
            return UsageError;
        }
        if (*answer != name) {
            err << programName() << ": " << tr("not deleted: the name typed does not match")
                << '\n';
            return UsageError;
        }
    }
    const ApiResult result = runOne(client, std::make_shared<DeleteIntegrationRequest>(name));
    if (!result.ok())
        return reportFailure(result, err);
    out << tr("deleted %1").arg(name) << '\n';
    return Success;
}

} // namespace CommandLine
