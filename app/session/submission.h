#pragma once

#include "api/apiresult.h"
#include "api/galileoclient.h"
#include "storage/profilestore.h"

#include <QObject>

// Submitting, for the window and the command line alike: validate, send, record.
class Submission : public QObject
{
    Q_OBJECT

public:
    // Sends through `client`; records in `store`'s profile files.
    Submission(GalileoClient *client, ProfileStore store, QObject *parent = nullptr);

    // The local errors that keep a body from being sent: the validator's, with `known` (what
    // reading it found, the form's own) merged in.
    static ValidationIssues check(const IntegrationConfig &config,
                                  const ValidationIssues &known = {});

    // Sends the config unless `checked`, what check() or the validator found in it, holds
    // errors (then returns them, sending nothing). Once Galileo stores it, the submission is
    // recorded in the profile `profileId` (if any). `integrationName` names the custom
    // integration to apply to (empty: the default one). Returns the blocking errors; empty when
    // the request is on its way.
    ValidationIssues start(const IntegrationConfig &config, const ValidationIssues &checked,
                           const QString &profileId = {}, const QString &integrationName = {});

signals:
    // Galileo's answer; `recordProblem` says why a stored submission could not be recorded in
    // the profile (empty when it was, or when there was nothing to record), and
    // `recordedRevision` is the profile file's revision after recording it (0 when not).
    void finished(const ApiResult &result, const QString &recordProblem, int recordedRevision);

private:
    GalileoClient *m_client;
    ProfileStore m_store;
    QString m_profileId;
};
