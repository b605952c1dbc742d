#include "profilecommands.h"

#include "clisupport.h"

#include "model/integrationvalidator.h"
#include "model/secretcatalog.h"
#include "storage/connectionstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/profileexchange.h"
#include "storage/profilelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

int list(ProfileLibrary &library, QTextStream &out, QTextStream &err)
{
    for (const ProfileStore::Entry &entry : library.store().list()) {
        if (entry.damaged) {
            // Named on standard error, so that standard output stays one name a line.
            err << tr("damaged profile file %1: %2").arg(entry.path, entry.problem) << '\n';
            continue;
        }
        out << entry.name << '\n';
    }
    return Success;
}

int import(ProfileLibrary &library, const QString &path, const QString &name, bool trustConnection,
           QTextStream &err)
{
    if (name.trimmed().isEmpty())
        return usageError(err, tr("--name NAME is required"));
    if (library.store().findByName(name)) {
        return usageError(err, tr("a profile called \"%1\" exists already; delete it first or "
                                  "choose another name")
                                   .arg(name));
    }
    const ProfileExchange::Imported imported = library.readImport(path, name);
    if (!imported.ok) {
        err << programName() << ": " << imported.error << '\n';
        return UsageError;
    }
    printLines(err, imported.notes);

    // A file must not decide where the user's Galileo credentials go.
    const ConnectionSettings own = ConnectionStore::load();
    const bool differs = ProfileLibrary::connectionDiffers(imported.profile.connection, own);
    if (differs) {
        const QString host = imported.profile.connection.apiUrl().toDisplayString();
        err << (trustConnection
                    ? tr("The profile's connection is kept: Galileo at %1.").arg(host)
                    : tr("The file names Galileo at %1; your own connection settings are used "
                         "instead (--trust-connection keeps the file's).")
                          .arg(host))
            << '\n';
    }

    ProfileLibrary::Saved saved;
    waitFor([&](auto finish) {
        library.saveImport(imported,
                           trustConnection ? ProfileLibrary::ImportedConnection::Trust
                                           : ProfileLibrary::ImportedConnection::UseOwn,
                           own, ProfileLibrary::SecretsPolicy::RequireKeychain,
                           [&saved, finish](const ProfileLibrary::Saved &result, const Profile &) {
                               saved = result;
                               finish();
                           });
    });
    if (!saved.ok) {
        err << programName() << ": " << saved.error << '\n';
        if (!saved.keychainProblem.isEmpty()) {
            err << tr("Start and unlock a Secret Service (gnome-keyring or KWallet) in this "
                      "session; secrets are never written to a file instead.")
                << '\n';
            return KeychainError;
        }
        return UsageError;
    }
    // Saved, but not ready to apply: the body's own errors (as validate prints them), and the
    // secrets it only stood in for (noted above). Exit 1 then, as pull's for a missing secret,
    // so that "import && apply" stops here rather than at apply.
    QStringList printed;
    for (const ValidationIssue &note : imported.notes)
        printed << note.toLine();
    QList<QJsonArray> placeholders;
    for (const QString &slot : imported.placeholders)
        placeholders << SecretCatalog::loc(slot);
    ValidationIssues errors;
    for (const ValidationIssue &issue : IntegrationValidator::validate(imported.profile.config)) {
        if (issue.isError() && !placeholders.contains(issue.loc) &&
            !printed.contains(issue.toLine()))
            errors << issue;
    }
    printLines(err, errors);
    if (errors.isEmpty() && imported.placeholders.isEmpty()) {
        err << tr("Saved the profile \"%1\".").arg(name) << '\n';
        return Success;
    }
    err << tr("Saved the profile \"%1\", but it cannot be applied as it is: %2.")
               .arg(name, errors.isEmpty() ? tr("enter the secrets named above")
                          : imported.placeholders.isEmpty()
                              ? tr("correct the errors above")
                              : tr("correct the errors and enter the secrets named above"))
        << '\n';
    return Invalid;
}

int exportProfile(ProfileLibrary &library, const QString &name, const QString &output,
                  QTextStream &out, QTextStream &err)
{
    const auto entry = library.store().findByName(name);
    if (!entry)
        return usageError(err, tr("no profile is called \"%1\"").arg(name));
    QString problem;
    if (output.isEmpty()) {
        const QByteArray data = library.exportData(entry->id, &problem);
        if (data.isEmpty()) {
            err << programName() << ": " << problem << '\n';
            return UsageError;
        }
        out << QString::fromUtf8(data);
        out.flush();
        return Success;
    }
    const bool replacing = QFileInfo::exists(output);
    if (!library.exportTo(entry->id, output, &problem)) {
        err << programName() << ": " << problem << '\n';
        return UsageError;
    }
    // Said, so that a file overwritten by mistake is noticed.
    err << (replacing ? tr("Replaced %1 with the export of \"%2\", without its secrets.")
                      : tr("Wrote the export of \"%2\" to %1, without its secrets."))
               .arg(output, name)
        << '\n';
    return Success;
}

int remove(ProfileLibrary &library, const QString &name, QTextStream &err)
{
    const auto entry = library.store().findByName(name);
    if (!entry)
        return usageError(err, tr("no profile is called \"%1\"").arg(name));
    bool ok = false;
    QString problem;
    waitFor([&](auto finish) {
        library.remove(entry->id, [&, finish](bool removed, const QString &error) {
            ok = removed;
            problem = error;
            finish();
        });
    });
    if (!ok) {
        err << programName() << ": " << problem << '\n';
        return KeychainError;
    }
    return Success;
}

} // namespace

int profileCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Saved profiles: a Galileo connection and an integration, with "
                             "every secret in the system keychain.\n"
                             "  list                        one profile name a line\n"
                             "  import FILE --name NAME [--trust-connection]\n"
                             "                              a body or an export; secrets go to "
                             "the keychain\n"
                             "  export NAME [--output FILE] the profile without its secrets\n"
                             "  delete NAME                 the profile and its keychain entries\n"
                             "Exit codes: 0 done, 2 usage error or unreadable file, 5 the "
                             "keychain cannot be used (then nothing is saved)."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The new profile's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write the export to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption trust(QStringLiteral("trust-connection"),
                                   tr("Keep the imported profile's Galileo URL, CA file and key "
                                      "header instead of your own connection settings."));
    command.parser.addOptions({nameOption, output, trust});
    command.parser.addPositionalArgument(QStringLiteral("ACTION"),
                                         QStringLiteral("list, import, export or delete"));
    if (const int code = command.parse(arguments, 1, 2, out, err); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    const QString action = positional.first();
    const QString argument = positional.value(1);
    const QStringList actions = {QStringLiteral("list"), QStringLiteral("import"),
                                 QStringLiteral("export"), QStringLiteral("delete")};
    if (!actions.contains(action))
        return usageError(err, tr("unknown profile action \"%1\"; use list, import, export or "
                                  "delete")
                                   .arg(action));
    const bool needsArgument = action != QLatin1String("list");
    if (needsArgument && argument.isEmpty())
        return usageError(err, tr("profile %1 needs an argument").arg(action));
    if (!needsArgument && !argument.isEmpty())
        return usageError(err, tr("unexpected argument \"%1\"").arg(argument));

    KeychainSecretStore keychain;
    ProfileLibrary library(ProfileStore(), &keychain);
    if (action == QLatin1String("list"))
        return list(library, out, err);
    if (action == QLatin1String("import"))
        return import(library, argument, command.parser.value(nameOption),
                      command.parser.isSet(trust), err);
    if (action == QLatin1String("export"))
        return exportProfile(library, argument, command.parser.value(output), out, err);
    return remove(library, argument, err);
}

} // namespace CommandLine
