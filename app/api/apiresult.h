#pragma once

#include "clustercapabilities.h"
#include "schemadrift.h"

#include "model/validationissue.h"
#include "net/httptransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// IntegrationDB, as PUT and GET /v2/integrations/custom return it. Fields a newer server adds
// (such as `provider`) are kept in `json` and shown, never rejected.
struct StoredIntegration
{
    struct Permission
    {
        QString action;
        bool allowed = false;
        QString message;
    };

    QString id;
    QString name;     // the provider's name, or a named custom integration's slug
    QString provider; // `provider` of newer servers; older ones name the provider in `name`
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
    bool selected = false;
    bool disabled = false;
    QList<Permission> permissions;
    QJsonObject json;

    // Reads the body; false (with *problem) when the fields IntegrationDB requires are missing.
    static bool fromJson(const QJsonObject &json, StoredIntegration *out, QString *problem);
    // A custom integration, default or named: one this app can open and apply.
    bool isCustom() const { return provider == QLatin1String("custom"); }
    // A named custom integration (its slug in `name`), which can be deleted.
    bool isNamedCustom() const { return isCustom() && name != QLatin1String("custom"); }
    // "key: value" lines for a terminal, times in local time; a value cannot break its line.
    QStringList toLines() const;
};

// The outcome of one call to Galileo, with everything a person needs to act on it.
struct ApiResult
{
    enum class Outcome {
        Success,
        Invalid,      // 422: the issues say where
        AuthRefused,  // 401 or 403
        NotFound,     // 404: usually the wrong base URL
        Refused,      // any other 4xx (413, 429, ...)
        ServerError,  // 5xx or an answer that is not what Galileo sends
        NetworkError, // DNS, refused, reset, TLS, timeout, redirect elsewhere
        Cancelled,
        NotSent, // a header or URL that cannot go on the wire: nothing was sent
        // 404 or 405 on a call this cluster does not have at all (an older Galileo)
        Unsupported,
    };

    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0; // 0: no HTTP answer
    QString summary;    // what happened, one sentence
    QString hint;       // what to do next
    QString bodyStart;  // the start of an unexpected body, for the curious
    QString detail;     // a string "detail" of the answer's, as one line of at most ~300 characters
    ValidationIssues issues;
    QJsonObject json; // the answer's JSON object, when there was one
    QJsonArray array; // the answer's JSON array, when it was one (GET /integrations)
    int attempts = 1;
    qint64 elapsedMs = 0;
    int retryAfterSeconds = -1;

    // What an answer of Galileo's means, in words a person can act on.
    static ApiResult fromAnswer(const WireAnswer &answer);

    bool ok() const { return outcome == Outcome::Success; }
    // The command line's exit code: 0 success, 1 invalid, 2 not sent (a header or URL that
    // cannot be sent), 3 refused credentials, 4 the rest.
    int exitCode() const;
};

// One step of "Check connection".
struct CheckStep
{
    QString name;
    bool ok = false;
    bool skipped = false; // not run, because an earlier step failed
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString detail; // what was learnt (version, user, organisation)
    QString hint;   // on failure: what to do
    std::optional<ClusterCapabilities> capabilities; // the capabilities step's findings
    std::optional<SchemaDrift> drift;                // the field drift step's findings
    // Not ok, but a finding rather than a failure (drift, or no schema to compare with).
    bool advisory = false;
};

Q_DECLARE_METATYPE(ApiResult)
Q_DECLARE_METATYPE(CheckStep)
