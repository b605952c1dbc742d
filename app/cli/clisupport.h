#pragma once

#include "commandline.h"

#include "api/apiresult.h"
#include "api/connectionsettings.h"
#include "api/environmentconnection.h"
#include "model/integrationjson.h"
#include "storage/profilelibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

class GalileoClient;
class QTextStream;

// What the commands share: reading input, parsing options, printing issues, credentials from
// the environment, and waiting for asynchronous work.
namespace CommandLine {

QString programName();
// Says what is wrong and how to get help; returns UsageError.
int usageError(QTextStream &err, const QString &message);
// Reads FILE, or standard input for "-". Returns false with a message on failure.
bool readInput(const QString &path, QByteArray *data, QString *problem);
void printLines(QTextStream &out, const ValidationIssues &issues);
// Says on standard error what went wrong with a call to Galileo and what to do; returns the
// exit code.
int reportFailure(const ApiResult &result, QTextStream &err);

// A body file read and checked.
struct CheckedBody
{
    IntegrationJson::ReadResult read;
    ValidationIssues issues;
};
// Returns -1 with *checked filled in, or the exit code to stop with (after saying why).
int readAndCheck(const QString &path, QTextStream &err, CheckedBody *checked);

// Galileo credentials and base URL from --base-url and the environment (EnvironmentConnection),
// over a profile's settings already in *settings. Returns what makes them unusable, or empty.
QString connectionFromEnvironment(const QString &baseUrlOption, ConnectionSettings *settings,
                                  GalileoSecrets *secrets);

// What `apply` and `plan` work on: the body of FILE, or a saved profile's integration (with its
// connection and integration name), sent with the connection from the environment and options.
struct ApplyTarget
{
    QString source; // FILE, or the profile's name
    bool fromProfile = false;
    CheckedBody checked;
    ProfileLibrary::Loaded loaded; // when fromProfile
    QString integrationName;       // --name, else the profile's; empty: the default integration
    ConnectionSettings settings;
    GalileoSecrets secrets;
};

// The options of `apply` and `plan` that say what to send where: FILE | --profile NAME,
// --name SLUG, --base-url URL and --timeout SECONDS (texts filed under CommandLine).
struct ApplyTargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine::ApplyTargetOptions)

public:
    ApplyTargetOptions();

    QCommandLineOption baseUrl;
    QCommandLineOption timeout;
    QCommandLineOption profile;
    QCommandLineOption name;

    void addTo(QCommandLineParser &parser) const;
    // Reads the body and the connection. Returns -1 with *target filled in, or the exit code to
    // stop with (after saying why). The body's own errors are in target->checked.issues.
    int read(const QCommandLineParser &parser, QTextStream &err, ApplyTarget *target) const;
};

// Loads a profile with its secrets from the keychain. Returns -1 with *loaded filled in, or the
// exit code to stop with (after saying why).
int loadProfile(const QString &name, QTextStream &err, ProfileLibrary::Loaded *loaded);
// Only what a call to Galileo needs of a profile: its connection, and its Galileo credentials
// unless the environment gives some (then the keychain is not asked at all). Returns -1, or the
// exit code to stop with (after saying why).
int loadProfileConnection(const QString &name, QTextStream &err, ConnectionSettings *settings,
                          GalileoSecrets *secrets);

// Runs start(finish) and an event loop until finish() is called.
template<typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&loop, &finished] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

// The cluster's schema against this app's fields (GalileoClient::checkDrift), waited for;
// Unknown with the reason when it cannot be read, which is a finding and never a failure.
SchemaDrift readDrift(GalileoClient &client);

// A parser for one command, with its own --help.
class CommandParser
{
public:
    // lupdate files the texts of this class under its own name.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("CommandLine::CommandParser", text);
    }

public:
    explicit CommandParser(const QString &description);

    QCommandLineParser parser;
    // Returns -1 to go on, or the exit code to stop with.
    int parse(const QStringList &arguments, int minPositional, int maxPositional, QTextStream &out,
              QTextStream &err);

private:
    // QCommandLineParser's help names the executable's path: these name the command
    // ("galileo-integrations validate"), which can be run as it is written.
    QString helpText() const;
    int commandUsageError(QTextStream &err, const QString &message) const;

    QCommandLineOption m_help;
    QString m_command;
};

} // namespace CommandLine
