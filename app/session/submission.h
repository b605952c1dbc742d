#pragma once

#include "api/apiresult.h"
#include "api/galileoclient.h"
#include "storage/historystore.h"
#include "storage/profilestore.h"

#include <QObject>
#include <QTimer>

#include <optional>

class SecretStore;

// Submitting, for the window and the command line alike: validate, send, record. Every apply
// of a profile, stored or not, goes into that profile's history, with its secrets masked and
// fingerprinted under the key `fingerprintKeys` keeps; history never holds up or fails an apply.
class Submission : public QObject
{
    Q_OBJECT

public:
    // Sends through `client`; records in `store`'s profile files and in `history`. The
    // fingerprint key comes from `fingerprintKeys` (the keychain); without one (nullptr, or a
    // keychain that cannot be used) the history says its fingerprints are missing and why.
    Submission(GalileoClient *client, ProfileStore store, SecretStore *fingerprintKeys,
               HistoryStore history = HistoryStore(), QObject *parent = nullptr);

    // How long an apply's history entry waits for the fingerprint key, asked for when the
    // request leaves, before it is recorded without fingerprints.
    static constexpr int KeyGraceMs = 3000;

    // The local errors that keep a body from being sent: the validator's, with `known` (what
    // reading it found, the form's own) merged in.
    static ValidationIssues check(const IntegrationConfig &config,
                                  const ValidationIssues &known = {});

    // Sends the config unless `checked`, what check() or the validator found in it, holds
    // errors (then returns them, sending nothing). Once Galileo stores it, the submission is
    // recorded in the profile `profileId` (if any); whatever Galileo answers, it is added to
    // that profile's history. `integrationName` names the custom integration to apply to
    // (empty: the default one). Returns the blocking errors; empty when the request is on its
    // way.
    ValidationIssues start(const IntegrationConfig &config, const ValidationIssues &checked,
                           const QString &profileId = {}, const QString &integrationName = {});

    // Whether an answered apply still waits for the fingerprint key to be recorded in its
    // history; historyRecorded() follows.
    bool isRecordingHistory() const { return m_pending.has_value(); }

signals:
    // Galileo's answer; `recordProblem` says why a stored submission could not be recorded in
    // the profile (empty when it was, or when there was nothing to record), and
    // `recordedRevision` is the profile file's revision after recording it (0 when not).
    void finished(const ApiResult &result, const QString &recordProblem, int recordedRevision);
    // The apply is in the profile's history, or `problem` says why not. Never holds up
    // finished(): it comes before it when the fingerprint key is at hand, else once the key is
    // read (at most KeyGraceMs after the answer).
    void historyRecorded(const QString &profileId, const QString &problem);

private:
    struct Pending
    {
        QString profileId;
        IntegrationConfig config;
        QUrl apiUrl;
        QString integrationName;
        ApiResult answer;
    };

    void loadKey();
    void answered(const ApiResult &result);
    // Records the pending entry, with the key if there is one now.
    void recordHistory();

    GalileoClient *m_client;
    ProfileStore m_store;
    SecretStore *m_fingerprintKeys;
    HistoryStore m_history;
    QString m_profileId;
    // What is being sent, for the history; then, answered, while it waits for the key.
    std::optional<Pending> m_pending;
    // The fingerprint key, kept once read; and why there is none.
    QByteArray m_key;
    QString m_keyProblem;
    bool m_keyLoading = false;
    QTimer m_keyWait;
};
