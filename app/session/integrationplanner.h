#pragma once

#include "api/apiresult.h"
#include "model/integrationplan.h"

#include <QMetaType>
#include <QObject>

#include <functional>

#include <optional>

class GalileoClient;
class SecretStore;

// Making the plan of an apply, for the window and the command line alike: reads what Galileo
// holds (the definition when these credentials may read it, else the stored fields), loads the
// fingerprint key, and compares it with the form's integration.
class IntegrationPlanner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        // Whether there is a plan; if not, `fetch` says why (and what to do).
        bool ok = false;
        IntegrationPlan plan;
        // Galileo's answer to the read (a 404 is no failure: nothing is stored yet).
        ApiResult fetch;
        // Why the secrets could not be compared, when the fingerprint key could not be loaded.
        QString keyProblem;
    };

    // Reads through `client`; the fingerprint key is in `keys` (the keychain in the app).
    IntegrationPlanner(GalileoClient *client, SecretStore *keys, QObject *parent = nullptr);

    // Plans applying `desired` to the custom integration `integrationName` (empty: the default
    // one). `applied` is what the history recorded of the last apply of this profile to this
    // target: the fingerprints of the secrets then sent, used when Galileo gives only the
    // stored fields (nullopt: no such record, and those secrets are unknown).
    // Returns false, starting nothing, while the client runs another operation.
    bool start(const IntegrationConfig &desired, const QString &integrationName,
               const std::optional<SecretFingerprints::Fingerprints> &applied = std::nullopt);
    // The same, asking `applied` for the fingerprints once the stored fields' updated_at is
    // known (HistoryStore::appliedFingerprints): a record older than Galileo's copy says
    // nothing about its secrets.
    using AppliedLookup = std::function<std::optional<SecretFingerprints::Fingerprints>(
        const QString &galileoUpdatedAt)>;
    bool start(const IntegrationConfig &desired, const QString &integrationName,
               AppliedLookup applied);
    bool isRunning() const { return m_running; }

signals:
    void finished(const IntegrationPlanner::Outcome &outcome);

private:
    void fetched(const ApiResult &result, bool withSecrets);
    void finish(const Outcome &outcome);

    GalileoClient *m_client;
    SecretStore *m_keys;
    bool m_running = false;
    IntegrationConfig m_desired;
    QString m_name;
    AppliedLookup m_applied;
};

Q_DECLARE_METATYPE(IntegrationPlanner::Outcome)
