#include "historycommands.h"

#include "clisupport.h"

#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "api/storedconfig.h"
#include "model/integrationplan.h"
#include "model/singleline.h"
#include "storage/historystore.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilelibrary.h"
#include "storage/secretfingerprints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// An entry as `history --json` prints it: the file's line, with the body as an object.
QJsonObject entryJson(const HistoryEntry &entry)
{
    QJsonObject json = entry.toJson();
    json.insert(
        QStringLiteral("body"),
        QJsonDocument::fromJson(json.value(QLatin1String("body")).toString().toUtf8()).object());
    return json;
}

} // namespace

int historyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("The applies recorded for a saved profile, newest first, from the "
                             "window and the command line: one a line, TIME (UTC) TARGET "
                             "RESULT.\n"
                             "--json prints each entry with its body (secrets masked) and the "
                             "keyed fingerprints of its secrets.\n"
                             "Exit codes: 0 listed (none is no error), 2 usage, no such profile "
                             "or an unreadable history."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the entries as JSON."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The saved profile whose history to show."),
                                           QStringLiteral("NAME"));
    command.parser.addOptions({json, profileOption});
    if (const int code = command.parse(arguments, 0, 0, out, err); code >= 0)
        return code;
    if (!command.parser.isSet(profileOption))
        return usageError(err, tr("--profile NAME is required"));
    const QString name = command.parser.value(profileOption);
    const auto entry = ProfileStore().findByName(name);
    if (!entry)
        return usageError(err, tr("no profile is called \"%1\"").arg(name));

    const HistoryStore history;
    const HistoryStore::Read read = history.read(entry->id);
    if (!read.error.isEmpty()) {
        err << programName() << ": " << read.error << '\n';
        return UsageError;
    }
    for (const QString &damaged : read.damaged)
        err << tr("warning: a damaged entry was skipped: %1").arg(singleLine(damaged)) << '\n';
    if (command.parser.isSet(json)) {
        QJsonArray entries;
        for (const HistoryEntry &applied : read.entries)
            entries.append(entryJson(applied));
        out << QJsonDocument(QJsonObject{{QStringLiteral("profile"), name},
                                         {QStringLiteral("file"), history.pathFor(entry->id)},
                                         {QStringLiteral("entries"), entries},
                                         {QStringLiteral("damaged"),
                                          QJsonArray::fromStringList(read.damaged)}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    if (read.entries.isEmpty()) {
        err << tr("no applies recorded for \"%1\" yet").arg(name) << '\n';
        return Success;
    }
    for (const HistoryEntry &applied : read.entries) {
        out << QStringLiteral("%1  %2  %3\n")
                   .arg(applied.time.toUTC().toString(Qt::ISODate))
                   .arg(singleLine(applied.targetText()), -46)
                   .arg(singleLine(applied.resultText()));
    }
    return Success;
}

int pullCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Read a custom integration from Galileo and save it into a profile "
                             "(created if there is none of that name; an existing profile keeps "
                             "its connection). Its definition, secrets included, when these "
                             "credentials may read it; else its stored fields, and the secrets "
                             "Galileo did not return are listed (an existing profile keeps its "
                             "own). Secrets go only to the keychain.\n"
                             "Without --name: the profile's integration, else the organisation's "
                             "default custom integration.\n"
                             "Into an existing profile it prints what changed there; one that "
                             "would lose fields, models or headers Galileo did not return is "
                             "left as it is unless --yes.\n"
                             "Exit codes: 0 saved, 1 saved but secrets are missing (listed), 2 "
                             "usage, or fields to lose without --yes (nothing saved), 3 "
                             "credentials or permission refused, 4 network or server "
                             "error, no such integration, or a cluster without named "
                             "integrations, 5 the keychain cannot be used (nothing is saved)."));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The named custom integration to read."),
                                        QStringLiteral("SLUG"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("The profile to save it into."), QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("Galileo's API or console URL."), QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for each answer (default 30)."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        tr("Save even when the profile loses fields, models or headers Galileo did not return."));
    command.parser.addOptions({nameOption, profileOption, baseUrl, timeout, yes});
    if (const int code = command.parse(arguments, 0, 0, out, err); code >= 0)
        return code;
    const QString profileName = command.parser.value(profileOption).trimmed();
    if (profileName.isEmpty())
        return usageError(err, tr("--profile NAME is required"));
    if (command.parser.isSet(nameOption)) {
        const QString name = command.parser.value(nameOption);
        if (const QString problem = IntegrationName::problem(name); !problem.isEmpty())
            return usageError(err, tr("--name \"%1\": %2").arg(name, problem));
    }

    // Secrets may be saved only where they belong: without a keychain nothing is fetched or
    // saved.
    KeychainSecretStore keychain;
    SecretStore::Result probe;
    waitFor([&](auto finish) {
        keychain.read(SecretFingerprints::keychainKey(),
                      [&probe, finish](const SecretStore::Result &result) {
                          probe = result;
                          finish();
                      });
    });
    if (!probe.ok() && probe.status != SecretStore::Status::NotFound) {
        err << programName() << ": "
            << tr("%1 cannot be used (%2); nothing was saved")
                   .arg(keychain.displayName(), probe.message)
            << '\n'
            << tr("Start and unlock a Secret Service (gnome-keyring or KWallet) in this session; "
                  "secrets are never written to a file instead.")
            << '\n';
        return KeychainError;
    }

    ProfileLibrary library(ProfileStore(), &keychain);
    const bool exists = library.store().findByName(profileName).has_value();
    ProfileLibrary::Loaded loaded;
    if (exists) {
        if (const int code = loadProfile(profileName, err, &loaded); code >= 0)
            return code;
    }
    const QString name = command.parser.isSet(nameOption) ? command.parser.value(nameOption)
                                                          : loaded.profile.integrationName;

    ConnectionSettings settings = loaded.profile.connection;
    GalileoSecrets secrets = loaded.galileo;
    if (command.parser.isSet(timeout)) {
        bool ok = false;
        settings.timeoutSeconds = command.parser.value(timeout).toInt(&ok);
        if (!ok || settings.timeoutSeconds < 1 || settings.timeoutSeconds > 600)
            return usageError(err, tr("--timeout takes a number of seconds from 1 to 600"));
    }
    if (const QString problem =
            connectionFromEnvironment(command.parser.value(baseUrl), &settings, &secrets);
        !problem.isEmpty())
        return usageError(err, problem);
    if (const QString warning = settings.plainHttpWarning(); !warning.isEmpty())
        err << tr("warning: %1").arg(warning) << '\n';

    GalileoClient client;
    client.setConnection(settings, secrets);
    QObject::connect(&client, &GalileoClient::progress, &client, [&err](const QString &message) {
        err << message << '\n';
        err.flush();
    });
    const QString what = name.isEmpty() ? tr("the default custom integration")
                                        : tr("the custom integration \"%1\"").arg(name);
    err << tr("Reading %1 from %2...").arg(what, client.urlFor(QString()).toDisplayString())
        << '\n';
    err.flush();
    ApiResult result;
    bool withSecrets = false;
    waitFor([&](auto finish) {
        QObject::connect(&client, &GalileoClient::fetched, &client,
                         [&, finish](const ApiResult &answer, bool definition) {
                             result = answer;
                             withSecrets = definition;
                             finish();
                         });
        client.fetchIntegration(name);
    });
    if (!result.ok())
        return reportFailure(result, err);
    const IntegrationJson::ReadResult read = FetchIntegrationRequest::parse(result.json);
    if (!read.ok) {
        err << programName() << ": " << tr("Galileo's answer holds no integration settings.")
            << '\n';
        return Unreachable;
    }
    printLines(err, read.issues);
    QStringList kept;
    QStringList missing;
    // A definition carries the secrets; stored fields never do.
    const IntegrationConfig config =
        withSecrets
            ? read.config
            : StoredConfig::keepLocalSecrets(read.config, loaded.profile.config, &kept, &missing);

    // What the profile would lose and gain, compared as a plan is (secrets by fingerprints with
    // a key of this comparison alone, never shown).
    QStringList changes;
    QStringList lost;
    if (exists) {
        IntegrationPlan::Remote before;
        before.source = IntegrationPlan::Remote::Source::Definition;
        before.config = loaded.profile.config;
        const IntegrationPlan plan =
            IntegrationPlan::make(config, before, SecretFingerprints::newKey());
        for (const IntegrationPlan::Change &change : plan.changes()) {
            if (change.kind == IntegrationPlan::Kind::Unchanged)
                continue;
            changes << change.toLine();
            if (change.kind == IntegrationPlan::Kind::Removed)
                lost << change.path;
        }
    }
    if (!lost.isEmpty() && !command.parser.isSet(yes)) {
        err << programName() << ": "
            << tr("pulling %1 would remove from the profile \"%2\": %3. Galileo did not return "
                  "them%4. Pass --yes to pull anyway; nothing was saved.")
                   .arg(what, profileName, lost.join(QLatin1String(", ")),
                        withSecrets ? QString()
                                    : tr(" (these credentials may read only its stored fields, "
                                         "which leave some out)"))
            << '\n';
        return UsageError;
    }

    Profile profile = exists ? loaded.profile : Profile::create(profileName);
    if (!exists)
        profile.connection = settings;
    profile.config = config;
    profile.integrationName = name;
    ProfileLibrary::Saved saved;
    waitFor([&](auto finish) {
        library.save(profile, exists ? loaded.galileo : GalileoSecrets(),
                     ProfileLibrary::SecretsPolicy::RequireKeychain,
                     [&saved, finish](const ProfileLibrary::Saved &answer) {
                         saved = answer;
                         finish();
                     });
    });
    if (!saved.ok) {
        err << programName() << ": " << saved.error << '\n';
        return saved.keychainProblem.isEmpty() ? UsageError : KeychainError;
    }
    out << (withSecrets ? tr("saved %1 into the profile \"%2\", secrets in the keychain")
                        : tr("saved the stored fields of %1 into the profile \"%2\"; Galileo did "
                             "not return its secrets"))
               .arg(what, profileName)
        << '\n';
    for (const QString &change : std::as_const(changes))
        out << tr("changed: %1").arg(change) << '\n';
    for (const QString &path : std::as_const(kept))
        out << tr("kept secret: %1 (the profile's own value)").arg(path) << '\n';
    for (const QString &path : std::as_const(missing))
        out << tr("missing secret: %1").arg(path) << '\n';
    if (!missing.isEmpty()) {
        err << tr("Fill in the missing secrets (open the profile in the window and save it) "
                  "before applying it; these credentials may not read them from Galileo.")
            << '\n';
        return Invalid;
    }
    return Success;
}

} // namespace CommandLine
