#pragma once

#include "secretfingerprints.h"

#include "model/integrationconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

struct ApiResult;

// One apply, as the history keeps it: when, where to, what came of it, the body with its
// secrets masked, and a keyed fingerprint of each secret (never the secret itself).
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)

public:
    QDateTime time; // UTC
    // The target: Galileo's API URL and the named custom integration (empty: the default one).
    QUrl apiUrl;
    QString integrationName;

    // The result: the stored integration's id on success, else Galileo's HTTP status (0 when no
    // answer came), the outcome's name ("invalid", "auth_refused", "network_error", ...) and its
    // summary.
    bool ok = false;
    QString integrationId;
    int httpStatus = 0;
    QString outcome;
    QString summary;
    // The stored integration's updated_at as Galileo answered the apply (empty when it said
    // none): while Galileo's copy still has it, this entry's fingerprints describe its secrets.
    QString galileoUpdatedAt;

    // The body as it was sent, every secret masked (SecretCatalog::masked). Read from a file,
    // it is parsed when first asked for: a history of large bodies lists quickly.
    const IntegrationConfig &body() const;
    void setBody(const IntegrationConfig &masked);

    // slot -> fingerprint of each secret the body held (SecretFingerprints::ofAll). Empty, with
    // `fingerprintsMissing` saying why, when the keychain could not give the fingerprint key.
    SecretFingerprints::Fingerprints fingerprints;
    QString fingerprintsMissing;

    // An entry for `config` (with its secrets) sent to `apiUrl`/`integrationName`, answered
    // with `result`. `key` is the fingerprint key; empty: `keyProblem` says why there is none.
    static HistoryEntry of(const IntegrationConfig &config, const QUrl &apiUrl,
                           const QString &integrationName, const ApiResult &result,
                           const QByteArray &key, const QString &keyProblem);

    // The secret slots the body held when it was applied (masked now).
    QStringList secretSlots() const;
    // "https://api.galileo.ai (default integration)" or "https://api.galileo.ai team-a".
    QString targetText() const;
    // "stored 8f1c..." or "failed: HTTP 422, Galileo refused ...".
    QString resultText() const;

    // One line of the history file. The body is the text IntegrationJson writes, so that it
    // reads back exactly (header order included).
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, HistoryEntry *out, QString *error);
    bool operator==(const HistoryEntry &other) const;

private:
    QByteArray m_bodyText; // as IntegrationJson writes it, compact
    mutable std::optional<IntegrationConfig> m_body;
};

// The history of applies, one JSON Lines file per profile in the app's data folder
// (~/.local/share/galileo-integrations/history/<profile id>.jsonl). Appends from several
// programs at once are kept apart by a lock file; the newest `maxEntries` are kept.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    static constexpr int DefaultMaxEntries = 500;
    // Bodies can be large (a thousand models is about 80 KB): the file is also kept under this
    // size, dropping the oldest entries first (the newest one always stays).
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    explicit HistoryStore(const QString &directory = defaultDirectory(),
                          int maxEntries = DefaultMaxEntries, qint64 maxBytes = DefaultMaxBytes);
    // ~/.local/share/galileo-integrations/history (the generic data folder, the app's name,
    // then "history"), as ProfileStore does for the config folder.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString pathFor(const QString &profileId) const;

    // Adds an entry to the profile's history. False, with *error, when it could not be written.
    bool append(const QString &profileId, const HistoryEntry &entry, QString *error);

    struct Read
    {
        QList<HistoryEntry> entries; // newest first
        // A line that could not be read, skipped: "line 7: not valid JSON ...".
        QStringList damaged;
        QString error; // the file exists but cannot be read at all
    };
    Read read(const QString &profileId) const;

    // The newest successful apply of this profile to this target, if any: its fingerprints say
    // what the secrets on Galileo were when the definition cannot be read.
    std::optional<HistoryEntry> lastApplied(const QString &profileId, const QUrl &apiUrl,
                                            const QString &integrationName) const;

    // What a plan against stored fields knows of Galileo's secrets (IntegrationPlan::Remote::
    // applied), for the window and `plan` alike. `galileoUpdatedAt` is the updated_at of
    // Galileo's copy now: the fingerprints are those of the newest successful apply to this
    // target that Galileo answered with that same updated_at, from any profile of this user
    // (one fingerprint key for all); none such (another program or person changed it since):
    // nullopt, the secrets are unknown. Without it (a server that says none), this profile's
    // own last apply to the target. nullopt too when that apply was recorded without
    // fingerprints (no keychain then).
    std::optional<SecretFingerprints::Fingerprints>
    appliedFingerprints(const QString &profileId, const QUrl &apiUrl,
                        const QString &integrationName,
                        const QString &galileoUpdatedAt = QString()) const;

    // The profile's history, when the profile is deleted. True when there is none left.
    bool remove(const QString &profileId, QString *error);

private:
    // Reads newest first; with `wanted`, stops at the first entry it accepts and returns only
    // that one.
    using Wanted = std::function<bool(const HistoryEntry &)>;
    Read read(const QString &profileId, const Wanted &wanted) const;

    QString m_directory;
    int m_maxEntries;
    qint64 m_maxBytes;
};
