#include "commandline.h"

#include "clisupport.h"
#include "historycommands.h"
#include "integrationcommands.h"
#include "profilecommands.h"

#include "api/endpointprober.h"
#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "model/integrationvalidator.h"
#include "model/singleline.h"
#include "session/integrationplanner.h"
#include "session/submission.h"
#include "storage/historystore.h"
#include "storage/keychainsecretstore.h"
#include "storage/profilelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTextStream>

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QStringList &commands()
{
    static const QStringList names = {QStringLiteral("validate"), QStringLiteral("apply"),
                                      QStringLiteral("plan"),     QStringLiteral("list"),
                                      QStringLiteral("status"),   QStringLiteral("delete"),
                                      QStringLiteral("profile"),  QStringLiteral("test-endpoint"),
                                      QStringLiteral("pull"),     QStringLiteral("history")};
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
              "  apply (FILE | --profile NAME) [--name SLUG] [--json]\n"
              "                           Validate, then PUT it to Galileo's "
              "/v2/integrations/custom,\n"
              "                           or to /integrations/custom/SLUG for a named one.\n"
              "  plan (FILE | --profile NAME) [--name SLUG] [--json]\n"
              "                           What apply would change, field by field; secrets only "
              "as\n"
              "                           (secret changed), (secret unchanged) or (secret "
              "unknown).\n"
              "  list [--json]            The organisation's integrations, of every provider.\n"
              "  status [--name SLUG] [--json]\n"
              "                           Health, user, capabilities and an integration's "
              "status.\n"
              "  delete --name SLUG [--yes]\n"
              "                           Delete a named custom integration (asks first).\n"
              "  pull [--name SLUG] --profile NAME [--yes]\n"
              "                           Save a custom integration from Galileo into a "
              "profile.\n"
              "  history --profile NAME [--json]\n"
              "                           The applies recorded for a profile, newest first.\n"
              "  profile list             The saved profiles' names, one a line.\n"
              "  profile import FILE --name NAME [--trust-connection]\n"
              "                           Save a body or an export as a profile; secrets go to "
              "the keychain.\n"
              "  profile export NAME [--output FILE]\n"
              "                           The profile as JSON, without its secrets.\n"
              "  profile delete NAME      The profile, its keychain entries and its history.\n"
              "  test-endpoint (FILE | --profile NAME) [--model NAME] [--basic] [--json]\n"
              "                           Reach the gateway, get a token, list its models, ask "
              "one completion.\n"
              "\n"
              "The commands that call Galileo (apply, plan, list, status, delete, pull) also "
              "take\n"
              "--base-url URL, --timeout SECONDS and --profile NAME for the connection; "
              "test-endpoint\n"
              "takes --timeout SECONDS for each stage. COMMAND --help lists every option of a "
              "command.\n"
              "\n"
              "Options:\n"
              "  -h, --help               Show this help, or a command's with COMMAND --help.\n"
              "  -v, --version            Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 invalid (locally or by Galileo), 2 usage error, "
              "unreadable file or\n"
              "malformed JSON, 3 credentials or permission refused, 4 network, TLS, timeout or "
              "server\n"
              "error, 5 the keychain cannot be used, 6 plan: there are changes.\n")
        .arg(programName());
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
    if (const int code = command.parse(arguments, 1, 1, out, err); code >= 0)
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

int apply(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Validate a CustomIntegrationCreate body, then create or update the "
                             "custom integration with PUT /v2/integrations/custom, or a named "
                             "one with PUT /integrations/custom/SLUG (--name, else the "
                             "profile's name).\n"
                             "The body is FILE, or the integration of a saved profile.\n"
                             "Credentials come from GALILEO_API_KEY, or GALILEO_USERNAME and "
                             "GALILEO_PASSWORD, else from the profile. The base URL from "
                             "--base-url, else GALILEO_API_URL, else derived from "
                             "GALILEO_CONSOLE_URL, else the profile's, else "
                             "https://api.galileo.ai.\n"
                             "Exit codes: 0 stored, 1 invalid (locally or by Galileo), 2 usage "
                             "or unreadable file, 3 credentials or permission refused, 4 network, "
                             "TLS, timeout or server error, 5 the keychain cannot be read."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print Galileo's answer (or {\"detail\": [...]}) as JSON."));
    const ApplyTargetOptions targetOptions;
    command.parser.addOption(json);
    targetOptions.addTo(command.parser);
    command.parser.addPositionalArgument(QStringLiteral("FILE"),
                                         tr("The JSON body to send; - reads standard input."));
    if (const int code = command.parse(arguments, 0, 1, out, err); code >= 0)
        return code;
    ApplyTarget target;
    if (const int code = targetOptions.read(command.parser, err, &target); code >= 0)
        return code;
    const CheckedBody &checked = target.checked;
    const QString &source = target.source;
    const QString &integrationName = target.integrationName;

    const bool asJson = command.parser.isSet(json);
    if (Issues::hasErrors(checked.issues)) {
        if (asJson)
            out << QJsonDocument(Issues::toDetailJson(checked.issues)).toJson();
        else
            printLines(out, checked.issues);
        err << tr("%1: invalid; nothing was sent").arg(source) << '\n';
        return Invalid;
    }
    // Warnings go to standard error, so that standard output stays the stored integration.
    printLines(err, checked.issues);

    GalileoClient client;
    client.setConnection(target.settings, target.secrets);
    QObject::connect(&client, &GalileoClient::progress, &client, [&err](const QString &message) {
        err << message << '\n';
        err.flush();
    });
    err << tr("Sending to %1...")
               .arg(
                   client.urlFor(SubmitIntegrationRequest::path(integrationName)).toDisplayString())
        << '\n';
    err.flush();
    // The same submission as the window's: validate, send, and record it in the profile and
    // its history (the fingerprint key from the keychain).
    KeychainSecretStore keychain;
    Submission submission(&client, ProfileStore(), &keychain);
    ApiResult result;
    QString recordProblem;
    QString historyProblem;
    QObject::connect(
        &submission, &Submission::historyRecorded, &submission,
        [&historyProblem](const QString &, const QString &problem) { historyProblem = problem; });
    waitFor([&](auto finish) {
        QObject::connect(&submission, &Submission::finished, &submission,
                         [&, finish](const ApiResult &answer, const QString &problem, int) {
                             result = answer;
                             recordProblem = problem;
                             finish();
                         });
        const ValidationIssues blocked = submission.start(
            checked.read.config, checked.issues,
            target.fromProfile ? target.loaded.profile.id : QString(), integrationName);
        if (!blocked.isEmpty()) {
            result.outcome = ApiResult::Outcome::Invalid;
            result.issues = blocked;
            finish();
        }
    });

    // The profile's history gets the apply before the process ends (a slow keychain delays this
    // by Submission::KeyGraceMs at most).
    if (submission.isRecordingHistory()) {
        waitFor([&](auto finish) {
            QObject::connect(&submission, &Submission::historyRecorded, &submission,
                             [finish](const QString &, const QString &) { finish(); });
        });
    }
    if (!historyProblem.isEmpty())
        err << tr("warning: %1").arg(historyProblem) << '\n';
    if (result.ok()) {
        StoredIntegration stored;
        QString problem;
        StoredIntegration::fromJson(result.json, &stored, &problem);
        if (asJson)
            out << QJsonDocument(result.json).toJson(QJsonDocument::Indented);
        else
            out << stored.toLines().join(QLatin1Char('\n')) << '\n';
        out.flush();
        if (!recordProblem.isEmpty())
            err << tr("warning: the profile could not record the submission: %1").arg(recordProblem)
                << '\n';
        return Success;
    }
    if (result.outcome == ApiResult::Outcome::Invalid) {
        if (asJson)
            out << QJsonDocument(Issues::toDetailJson(result.issues)).toJson();
        else
            printLines(out, result.issues);
        out.flush();
    }
    return reportFailure(result, err);
}
int plan(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(
        tr("Show what apply would change, changing nothing: the body of FILE, or a saved "
           "profile's integration, compared field by field with what Galileo holds for the "
           "custom integration (--name, else the profile's name, else the default one).\n"
           "Galileo's side is its definition when these credentials may read it, else its "
           "stored fields. Lines are '+ added', '- removed' and '~ changed' (old -> new); models "
           "are matched by name and headers by name, so a new order is one 'reordered' line.\n"
           "Secrets are never printed: each says (secret changed), (secret unchanged) or (secret "
           "unknown), compared by a keyed fingerprint whose key is in the keychain.\n"
           "Credentials and the base URL come as for apply.\n"
           "Each body field the cluster's published schema lacks is warned about on standard "
           "error, 'warning: PATH: ...': that cluster would drop it without a word.\n"
           "Exit codes: 0 no changes, 6 changes (or a secret that cannot be compared), 1 invalid "
           "body (nothing is contacted), 2 usage or unreadable file, 3 credentials or permission "
           "refused, 4 network or server error, or a cluster without named integrations, 5 the "
           "profile's secrets cannot be read."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the plan as JSON."));
    const ApplyTargetOptions targetOptions;
    command.parser.addOption(json);
    targetOptions.addTo(command.parser);
    command.parser.addPositionalArgument(QStringLiteral("FILE"),
                                         tr("The JSON body to plan; - reads standard input."));
    if (const int code = command.parse(arguments, 0, 1, out, err); code >= 0)
        return code;
    ApplyTarget target;
    if (const int code = targetOptions.read(command.parser, err, &target); code >= 0)
        return code;
    const bool asJson = command.parser.isSet(json);
    if (Issues::hasErrors(target.checked.issues)) {
        if (asJson)
            out << QJsonDocument(Issues::toDetailJson(target.checked.issues)).toJson();
        else
            printLines(out, target.checked.issues);
        err << tr("%1: invalid; nothing was contacted").arg(target.source) << '\n';
        return Invalid;
    }
    printLines(err, target.checked.issues);

    GalileoClient client;
    client.setConnection(target.settings, target.secrets);
    QObject::connect(&client, &GalileoClient::progress, &client, [&err](const QString &message) {
        err << message << '\n';
        err.flush();
    });
    const QString url =
        client.urlFor(SubmitIntegrationRequest::path(target.integrationName)).toDisplayString();
    err << tr("Reading what Galileo holds for %1...").arg(url) << '\n';
    err.flush();
    KeychainSecretStore keychain;
    IntegrationPlanner planner(&client, &keychain);
    IntegrationPlanner::Outcome outcome;
    waitFor([&](auto finish) {
        QObject::connect(&planner, &IntegrationPlanner::finished, &planner,
                         [&, finish](const IntegrationPlanner::Outcome &result) {
                             outcome = result;
                             finish();
                         });
        // Without the definition, the history's record of the apply that made Galileo's copy
        // (from any profile here) says what its secrets were.
        planner.start(target.checked.read.config, target.integrationName,
                      [&target](const QString &galileoUpdatedAt) {
                          return HistoryStore().appliedFingerprints(
                              target.fromProfile ? target.loaded.profile.id : QString(),
                              target.settings.apiUrl(), target.integrationName, galileoUpdatedAt);
                      });
    });
    if (!outcome.ok)
        return reportFailure(outcome.fetch, err);
    if (!outcome.keyProblem.isEmpty())
        err << tr("warning: secrets cannot be compared: %1").arg(outcome.keyProblem) << '\n';

    // An older cluster drops the body fields its schema lacks without a word, so the plan's
    // "no changes" would not hold there. A drift that cannot be read is no failure.
    const SchemaDrift drift = readDrift(client);
    const ValidationIssues dropped = drift.warningsFor(
        QJsonDocument::fromJson(IntegrationJson::write(target.checked.read.config)).object());
    QJsonArray droppedPaths;
    for (const ValidationIssue &issue : dropped) {
        err << tr("warning: %1: %2").arg(issue.path(), issue.message) << '\n';
        droppedPaths.append(issue.path());
    }
    err.flush();
    if (asJson) {
        QJsonObject report = outcome.plan.toJson();
        report.insert(QStringLiteral("target"), url);
        report.insert(QStringLiteral("integration_name"), target.integrationName);
        if (!outcome.keyProblem.isEmpty())
            report.insert(QStringLiteral("key_problem"), outcome.keyProblem);
        report.insert(QStringLiteral("drift"), drift.toJson());
        report.insert(QStringLiteral("dropped"), droppedPaths);
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        out << outcome.plan.sourceDescription() << '\n' << outcome.plan.toText();
    }
    out.flush();
    return outcome.plan.hasChanges() ? PlanChanges : Success;
}

// The exit code of a probe, as apply's for the same kind of failure: the first stage that
// failed decides.
int probeExitCode(const EndpointProber &prober)
{
    if (prober.unreachable())
        return Unreachable;
    for (const ProbeStage &stage : prober.stages()) {
        if (stage.status != ProbeStage::Status::Fail)
            continue;
        const WireAnswer::Failure failure = stage.exchanges.isEmpty()
                                                ? WireAnswer::Failure::None
                                                : stage.exchanges.constLast().failure;
        switch (failure) {
        case WireAnswer::Failure::RefusedHeader:
        case WireAnswer::Failure::BadUrl:
            return UsageError; // nothing was sent
        case WireAnswer::Failure::Network:
        case WireAnswer::Failure::Timeout:
        case WireAnswer::Failure::TooLarge:
        case WireAnswer::Failure::RefusedRedirect:
        case WireAnswer::Failure::Cancelled:
            return Unreachable;
        case WireAnswer::Failure::None:
            break;
        }
        if (stage.httpStatus == 401 || stage.httpStatus == 403)
            return Refused;
        if (stage.httpStatus >= 500)
            return Unreachable;
        return Invalid;
    }
    return Success;
}

int testEndpoint(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(tr("Test the custom endpoint from this machine, with the exact "
                             "configuration: reach the host, get an OAuth2 token, list the "
                             "models, ask one tiny completion (max_tokens 1 where the model's "
                             "supported_parameters allow it, else a request for a one-word "
                             "answer).\n"
                             "Prints one line per stage: STAGE STATUS HTTP MS DETAIL.\n"
                             "Galileo reaches the endpoint from the internet: a gateway only this "
                             "machine reaches will still fail there.\n"
                             "Exit codes, as apply's: 0 no stage failed (warnings allowed), 1 a "
                             "stage failed otherwise, 2 usage, unreadable file or a header that "
                             "cannot be sent, 3 the gateway refused the credentials (401, 403), "
                             "4 unreachable, timed out or a server error (5xx), 5 the profile's "
                             "secrets cannot be read."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the stages as JSON."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("Test this saved profile's integration."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption basic(QStringLiteral("basic"),
                                   tr("Send OAuth2 client credentials as HTTP Basic first."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("The model for the completion (default: the default model)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds each stage may take (default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    command.parser.addOptions({json, profileOption, basic, model, timeout});
    command.parser.addPositionalArgument(QStringLiteral("FILE"),
                                         tr("The JSON body to test; - reads standard input."));
    if (const int code = command.parse(arguments, 0, 1, out, err); code >= 0)
        return code;
    const bool fromProfile = command.parser.isSet(profileOption);
    if (fromProfile == !command.parser.positionalArguments().isEmpty())
        return usageError(err, tr("give either FILE or --profile NAME"));
    bool ok = false;
    EndpointProber::Options options;
    options.stageTimeoutSeconds = command.parser.value(timeout).toInt(&ok);
    if (!ok || options.stageTimeoutSeconds < 1 || options.stageTimeoutSeconds > 600)
        return usageError(err, tr("--timeout takes a number of seconds from 1 to 600"));
    options.credentialsInBody = !command.parser.isSet(basic);
    options.completionModel = command.parser.value(model);

    IntegrationConfig config;
    if (fromProfile) {
        ProfileLibrary::Loaded loaded;
        if (const int code = loadProfile(command.parser.value(profileOption), err, &loaded);
            code >= 0)
            return code;
        config = loaded.profile.config;
    } else {
        const QString path = command.parser.positionalArguments().constFirst();
        CheckedBody checked;
        if (const int code = readAndCheck(path, err, &checked); code >= 0)
            return code;
        if (!checked.read.ok) {
            err << programName() << ": " << path << ": " << checked.issues.constFirst().message
                << '\n';
            return UsageError;
        }
        config = checked.read.config;
    }

    EndpointProber prober;
    waitFor([&](auto finish) {
        QObject::connect(&prober, &EndpointProber::finished, &prober, finish);
        prober.start(config, options);
    });

    if (command.parser.isSet(json)) {
        QJsonArray stages;
        for (const ProbeStage &stage : prober.stages()) {
            // Each request as it was sent, from the same request object, secrets masked.
            QJsonArray requests;
            for (const ProbeExchange &exchange : stage.exchanges) {
                QJsonObject headers;
                for (const auto &[name, value] : exchange.requestHeaders)
                    headers.insert(name, value);
                requests.append(
                    QJsonObject{{QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                                {QStringLiteral("url"), exchange.url.toString()},
                                {QStringLiteral("headers"), headers},
                                {QStringLiteral("body"), QString::fromUtf8(exchange.requestBody)},
                                {QStringLiteral("http_status"), exchange.status},
                                {QStringLiteral("answer_start"), exchange.responseStart},
                                {QStringLiteral("curl"), exchange.curl}});
            }
            stages.append(
                QJsonObject{{QStringLiteral("stage"), ProbeStage::name(stage.kind)},
                            {QStringLiteral("status"), ProbeStage::statusName(stage.status)},
                            {QStringLiteral("http_status"), stage.httpStatus},
                            // A skipped stage took no time at all: null, not 0.
                            {QStringLiteral("ms"), stage.status == ProbeStage::Status::Skipped
                                                       ? QJsonValue()
                                                       : QJsonValue(stage.elapsedMs)},
                            {QStringLiteral("detail"), stage.detail},
                            {QStringLiteral("hint"), stage.hint},
                            {QStringLiteral("gateway_said"), stage.gatewaySaid},
                            {QStringLiteral("requests"), requests}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("stages"), stages},
                                         {QStringLiteral("models"),
                                          QJsonArray::fromStringList(prober.discoveredModels())}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const ProbeStage &stage : prober.stages()) {
            QString line =
                QStringLiteral("%1 %2 %3 %4  %5")
                    .arg(ProbeStage::name(stage.kind), -10)
                    .arg(ProbeStage::statusName(stage.status), -7)
                    .arg(stage.httpStatus ? QString::number(stage.httpStatus) : QStringLiteral("-"),
                         -3)
                    .arg(stage.status == ProbeStage::Status::Skipped
                             ? QStringLiteral("-")
                             : QStringLiteral("%1 ms").arg(stage.elapsedMs),
                         8)
                    .arg(stage.detail);
            if (!stage.hint.isEmpty())
                line += QStringLiteral(" \u2014 ") + stage.hint;
            out << line << '\n';
        }
        if (!prober.discoveredModels().isEmpty()) {
            out << tr("models listed by the gateway: %1")
                       .arg(singleLine(prober.discoveredModels().join(QLatin1String(", "))))
                << '\n';
        }
    }
    out.flush();
    return probeExitCode(prober);
}

bool isQtOption(const QString &argument)
{
    // QGuiApplication's, QApplication's and the X11 platform's, as -name or --name, with a
    // value after "=" or as the next argument.
    static const QStringList options = {QStringLiteral("platform"),
                                        QStringLiteral("platformpluginpath"),
                                        QStringLiteral("platformtheme"),
                                        QStringLiteral("plugin"),
                                        QStringLiteral("qwindowgeometry"),
                                        QStringLiteral("qwindowicon"),
                                        QStringLiteral("qwindowtitle"),
                                        QStringLiteral("reverse"),
                                        QStringLiteral("session"),
                                        QStringLiteral("style"),
                                        QStringLiteral("stylesheet"),
                                        QStringLiteral("widgetcount"),
                                        QStringLiteral("display"),
                                        QStringLiteral("name"),
                                        QStringLiteral("visual"),
                                        QStringLiteral("ncols"),
                                        QStringLiteral("cmap"),
                                        QStringLiteral("nograb"),
                                        QStringLiteral("dograb"),
                                        QStringLiteral("geometry"),
                                        QStringLiteral("title"),
                                        QStringLiteral("qmljsdebugger")};
    QString name = argument;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return options.contains(name.section(QLatin1Char('='), 0, 0));
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
    // Qt's own options (-platform, -style, ...) belong to the window. Any other option is the
    // command line's, to be refused there: taken for the window, "--json validate" in a script
    // would open one (or abort without a display) instead of saying what is wrong.
    return !first.startsWith(QLatin1Char('-')) || !isQtOption(first);
}

namespace {

// Passes what a command writes on to `target` at once and keeps a copy.
class Recorder : public QIODevice
{
public:
    explicit Recorder(QTextStream &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    QString text() const { return m_copy; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Stateful: a character split between two writes comes out whole.
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        m_copy += text;
        m_target << text;
        m_target.flush();
        return size;
    }

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_copy;
};

const char *exitKind(int code)
{
    switch (code) {
    case Invalid:
        return "invalid";
    case UsageError:
        return "usage";
    case Refused:
        return "refused";
    case Unreachable:
        return "unreachable";
    case KeychainError:
        return "keychain";
    case PlanChanges:
        return "changes";
    default:
        return "failed";
    }
}

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!arguments.contains(QLatin1String("--json")))
        return runCommand(arguments, out, err);
    // With --json, standard output is one JSON document on every path: a command that fails
    // without printing its own says so in {"error": ...}, with what it said on standard error
    // (which it still says there), so that `| jq` in a script reads the failure too.
    Recorder outRecorder(out);
    Recorder errRecorder(err);
    QTextStream recordedOut(&outRecorder);
    QTextStream recordedErr(&errRecorder);
    const int code = runCommand(arguments, recordedOut, recordedErr);
    recordedOut.flush();
    recordedErr.flush();
    if (code != Success && outRecorder.text().trimmed().isEmpty()) {
        QStringList said;
        const QString prefix = programName() + QLatin1String(": ");
        for (QString line : errRecorder.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(prefix))
                line.remove(0, prefix.size());
            said << line;
        }
        // The message is the first line that is neither progress ("Sending to ...") nor a
        // warning or note of the body; the lines are all of them.
        const auto message = std::find_if(said.cbegin(), said.cend(), [](const QString &line) {
            return !line.endsWith(QLatin1String("...")) &&
                   !line.contains(QLatin1String(": warning: ")) &&
                   !line.contains(QLatin1String(": note: "));
        });
        const QJsonObject error{
            {QStringLiteral("exit_code"), code},
            {QStringLiteral("kind"), QLatin1String(exitKind(code))},
            {QStringLiteral("message"), message != said.cend() ? *message : said.value(0)},
            {QStringLiteral("lines"), QJsonArray::fromStringList(said)}};
        out << QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        out.flush();
    }
    return code;
}

namespace {

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
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
    // Profiles an older version kept in the doubled folder come along before any command
    // looks for them.
    if (first == QLatin1String("apply") || first == QLatin1String("plan") ||
        first == QLatin1String("profile") || first == QLatin1String("test-endpoint") ||
        first == QLatin1String("pull") || first == QLatin1String("history")) {
        for (const QString &problem : ProfileStore::moveLegacyProfiles().problems)
            err << programName() << ": " << problem << '\n';
    }
    if (first == QLatin1String("validate"))
        return validate(commandArguments, out, err);
    if (first == QLatin1String("apply"))
        return apply(commandArguments, out, err);
    if (first == QLatin1String("plan"))
        return plan(commandArguments, out, err);
    if (first == QLatin1String("list"))
        return listCommand(commandArguments, out, err);
    if (first == QLatin1String("status"))
        return statusCommand(commandArguments, out, err);
    if (first == QLatin1String("delete"))
        return deleteCommand(commandArguments, out, err);
    if (first == QLatin1String("profile"))
        return profileCommand(commandArguments, out, err);
    if (first == QLatin1String("pull"))
        return pullCommand(commandArguments, out, err);
    if (first == QLatin1String("history"))
        return historyCommand(commandArguments, out, err);
    if (first == QLatin1String("test-endpoint"))
        return testEndpoint(commandArguments, out, err);
    if (first.startsWith(QLatin1Char('-'))) {
        const auto command = std::find_if(arguments.cbegin() + 2, arguments.cend(),
                                          [](const QString &a) { return commands().contains(a); });
        if (command != arguments.cend())
            return usageError(err, tr("unknown option \"%1\"; options go after the command: "
                                      "%2 %3 ... %1")
                                       .arg(first, programName(), *command));
        return usageError(err,
                          tr("unknown option \"%1\"; a command comes first: %2 COMMAND "
                             "[OPTIONS] (commands: %3)")
                              .arg(first, programName(), commands().join(QLatin1String(", "))));
    }
    return usageError(err, tr("unknown command \"%1\"; commands: %2")
                               .arg(first, commands().join(QLatin1String(", "))));
}

} // namespace

} // namespace CommandLine
