#include "fuzzsupport.h"

#include "api/apiresult.h"
#include "api/galileorequests.h"
#include "api/schemadrift.h"
#include "api/storedconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

// Galileo's answers through the code that reads them. Each parser is one row of `parsers`: a
// function that parses an answer's body and checks what the parser promises. A new answer
// parser (current user, login, the integrations list) is one more function and one more row.

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// IntegrationDB, as PUT and GET /v2/integrations/custom return it.
void storedIntegration(const QByteArray &body)
{
    StoredIntegration stored;
    QString problem;
    if (!StoredIntegration::fromJson(objectOf(body), &stored, &problem)) {
        FUZZ_CHECK(!problem.isEmpty(), "an unusable answer without a reason");
        return;
    }
    for (const QString &line : stored.toLines())
        FUZZ_CHECK(Fuzz::isOneLine(line), "a line of the stored integration breaks the terminal");
}

// The same answer turned back into a config for the form.
void storedConfig(const QByteArray &body)
{
    const IntegrationJson::ReadResult read = StoredConfig::read(objectOf(body));
    FUZZ_CHECK(read.ok, "an answer object always reads");
    for (const ValidationIssue &issue : read.issues)
        FUZZ_CHECK(Fuzz::isOneLine(issue.toLine()), "an issue about the answer breaks the line");
    Fuzz::checkWriteReadWrite(read.config);
}

// The answers of the health check, current_user and /login, through their request classes.
void requestParsers(const QByteArray &body)
{
    const QJsonObject json = objectOf(body);
    const HealthCheckRequest::Health health = HealthCheckRequest::parse(json);
    FUZZ_CHECK(health.isGalileo == (!health.apiVersion.isEmpty() || !health.version.isEmpty()),
               "a health answer is Galileo's exactly when it names a version");
    const CurrentUserRequest::User user = CurrentUserRequest::parse(json);
    FUZZ_CHECK(user.email.isEmpty() || json.value(QLatin1String("email")).isString(),
               "an email read from something that is not a string");
    if (const auto token = LoginRequest::parse(json))
        FUZZ_CHECK(!token->accessToken.isEmpty(), "a login token that is empty");
    QString problem;
    if (!SubmitIntegrationRequest::parse(json, &problem))
        FUZZ_CHECK(!problem.isEmpty(), "a refused IntegrationDB without a reason");
}

// Any answer, as ApiResult reads it for the user: one line of summary, and no 422 item that
// breaks its line.
void apiResult(const QByteArray &body)
{
    for (const int status : {200, 401, 403, 404, 418, 422, 500, 503}) {
        WireAnswer answer;
        answer.status = status;
        answer.body = body;
        const ApiResult result = ApiResult::fromAnswer(answer);
        for (const ValidationIssue &issue : result.issues)
            FUZZ_CHECK(Fuzz::isOneLine(issue.toLine()), "a 422 item breaks its line");
        for (const QString &text : {result.summary, result.hint, result.bodyStart, result.detail})
            FUZZ_CHECK(Fuzz::isOneLine(text), "the server's words break the message's line");
    }
}

// A cluster's OpenAPI document, compared with the field catalog for the drift.
void schemaDrift(const QByteArray &body)
{
    const SchemaDrift drift = SchemaDrift::compare(objectOf(body));
    FUZZ_CHECK(drift.isKnown() || !drift.reason.isEmpty(), "an unknown drift without a reason");
    FUZZ_CHECK(Fuzz::isOneLine(drift.summary()), "the drift's summary breaks its line");
    for (const QString &line : drift.describe())
        FUZZ_CHECK(Fuzz::isOneLine(line), "a drift line breaks the terminal");
    for (const ValidationIssue &issue : drift.warningsFor(objectOf(body)))
        FUZZ_CHECK(Fuzz::isOneLine(issue.toLine()), "a drift warning breaks its line");
}

void (*const parsers[])(const QByteArray &body) = {
    storedIntegration, storedConfig, requestParsers, apiResult, schemaDrift,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    for (const auto parser : parsers)
        parser(body);
    return 0;
}
