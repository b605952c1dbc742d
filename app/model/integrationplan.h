#pragma once

#include "fieldcatalog.h"
#include "integrationconfig.h"

#include "storage/secretfingerprints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What an apply would change: the form's integration (desired) compared with what Galileo
// holds (remote), field by field, as `terraform plan` shows it. The fields are the field
// catalog's; table rows are matched by model name and header name, so a new order of the models
// alone is one "reordered" change (the headers are a JSON object, whose order is no change);
// unknown top-level fields (IntegrationConfig::extra) are compared too.
// Both sides are compared as they would be sent: values the authentication type does not use
// are not part of either.
//
// Secrets are never part of a plan. Each secret slot (SecretCatalog) says only whether it
// changed, decided by comparing keyed fingerprints (SecretFingerprints), or that this cannot be
// known.
class IntegrationPlan
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationPlan)

public:
    enum class Kind { Added, Removed, Changed, Reordered, Unchanged };
    enum class Secret { No, Changed, Unchanged, Unknown };

    struct Change
    {
        Q_DECLARE_TR_FUNCTIONS(IntegrationPlan::Change)

    public:
        Kind kind = Kind::Changed;
        // Not a secret, or what the fingerprints say about one (Kind::Unchanged only with
        // Secret::Unchanged; an unknown secret is Kind::Changed).
        Secret secret = Secret::No;
        // Where on the form, as a 422 `loc` ("body", "model_properties", 2, "alias"): rows by
        // their index in the form; a removed row names its table.
        QJsonArray loc;
        // How a person reads the place: "endpoint", "model_properties[gpt-4o].alias",
        // "headers[X-Team]".
        QString path;
        QJsonValue before; // undefined for an addition and for secrets
        QJsonValue after;  // undefined for a removal and for secrets

        bool operator==(const Change &other) const;
        // "~ endpoint: "a" -> "b"", "+ headers[X-Team]: (secret changed)"; one line.
        QString toLine() const;
        QJsonObject toJson() const;
    };

    // What Galileo holds, and where it came from.
    struct Remote
    {
        enum class Source {
            Definition,   // the definition, secrets included
            StoredFields, // the stored fields: no secrets, no headers
            Nothing,      // nothing stored yet (404): everything is an addition
            History,      // an earlier apply's body from the history (masked) and fingerprints
        };
        Source source = Source::Nothing;
        IntegrationConfig config; // the definition or the stored fields
        // With stored fields or History: the fingerprints of the secrets as last applied to this
        // target (from the history), which also name the headers then sent. nullopt when there is
        // no such record: the secrets and headers are then unknown. Not used with a definition.
        std::optional<SecretFingerprints::Fingerprints> applied;
    };

    // Compares. `key` is the fingerprint key (SecretFingerprints::loadKey); empty when it could
    // not be loaded: then a secret on both sides is unknown (one present on one side only is
    // still a change).
    static IntegrationPlan make(const IntegrationConfig &desired, const Remote &remote,
                                const QByteArray &key);

    Remote::Source source() const { return m_source; }
    // Every entry, changes first in the order of the body, then the unchanged secrets.
    const QList<Change> &changes() const { return m_changes; }
    // Changes that are known (not counting unknown secrets and unchanged ones).
    int changeCount() const;
    int unknownCount() const;
    // Whether an apply would (or might: an unknown secret) change anything.
    bool hasChanges() const { return changeCount() + unknownCount() > 0; }

    // "3 changes: endpoint, model_properties[gpt-4o], api_key_value; 1 secret unknown", or
    // "No changes."
    QString summary() const;
    // Where the remote side came from, in a sentence.
    QString sourceDescription() const;
    // One line per entry (Change::toLine), then the summary.
    QString toText() const;
    // {"source", "has_changes", "changes": [{"op", "kind", "path", "loc", "before", "after",
    // "secret"}], "change_count", "unknown_count"}.
    QJsonObject toJson() const;

    static QString sourceName(Remote::Source source);
    static QString kindName(Kind kind);
    static QString secretName(Secret secret);

private:
    Remote::Source m_source = Remote::Source::Nothing;
    QList<Change> m_changes;
};
