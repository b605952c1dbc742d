#include "integrationplanner.h"

#include "api/galileoclient.h"
#include "api/galileorequests.h"
#include "storage/secretfingerprints.h"

IntegrationPlanner::IntegrationPlanner(GalileoClient *client, SecretStore *keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{
    connect(m_client, &GalileoClient::fetched, this, &IntegrationPlanner::fetched);
}

bool IntegrationPlanner::start(const IntegrationConfig &desired, const QString &integrationName,
                               const std::optional<SecretFingerprints::Fingerprints> &applied)
{
    return start(desired, integrationName, [applied](const QString &) { return applied; });
}

bool IntegrationPlanner::start(const IntegrationConfig &desired, const QString &integrationName,
                               AppliedLookup applied)
{
    if (m_running || !m_client->fetchIntegration(integrationName))
        return false;
    m_running = true;
    m_desired = desired;
    m_name = integrationName;
    m_applied = applied;
    return true;
}

void IntegrationPlanner::fetched(const ApiResult &result, bool withSecrets)
{
    // The client's answers to other callers' reads are theirs.
    if (!m_running)
        return;
    Outcome outcome;
    outcome.fetch = result;
    IntegrationPlan::Remote remote;
    if (result.ok()) {
        const IntegrationJson::ReadResult read = FetchIntegrationRequest::parse(result.json);
        if (!read.ok) {
            outcome.fetch.outcome = ApiResult::Outcome::ServerError;
            outcome.fetch.summary = tr("Galileo's answer holds no integration settings.");
            outcome.fetch.hint = tr("Check that the base URL is Galileo's API.");
            finish(outcome);
            return;
        }
        remote.source = withSecrets ? IntegrationPlan::Remote::Source::Definition
                                    : IntegrationPlan::Remote::Source::StoredFields;
        remote.config = read.config;
        if (!withSecrets && m_applied)
            remote.applied = m_applied(result.json.value(QStringLiteral("updated_at")).toString());
    } else if (result.outcome == ApiResult::Outcome::NotFound &&
               // FastAPI's own 404 for a path it has no route for says just "Not Found": that
               // is a wrong base URL, not an integration that is not there yet. (A named one's
               // route is checked by the client.)
               (!m_name.isEmpty() || result.json.value(QStringLiteral("detail")).toString() !=
                                         QLatin1String("Not Found"))) {
        remote.source = IntegrationPlan::Remote::Source::Nothing;
    } else {
        finish(outcome);
        return;
    }
    SecretFingerprints::loadKey(
        m_keys, [this, outcome, remote](const QByteArray &key, const QString &problem) mutable {
            outcome.ok = true;
            // Against a definition both sides are here: a key for this comparison alone does,
            // and the secrets are compared even without a keychain. Fingerprints from the
            // history need the kept key.
            const bool bothHere = remote.source != IntegrationPlan::Remote::Source::StoredFields;
            const QByteArray used = key.isEmpty() && bothHere ? SecretFingerprints::newKey() : key;
            if (used.isEmpty())
                outcome.keyProblem = problem;
            outcome.plan = IntegrationPlan::make(m_desired, remote, used);
            finish(outcome);
        });
}

void IntegrationPlanner::finish(const Outcome &outcome)
{
    m_running = false;
    emit finished(outcome);
}
