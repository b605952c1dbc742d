#pragma once

#include "apiresult.h"
#include "clustercapabilities.h"
#include "connectionsettings.h"
#include "galileorequests.h"

#include "net/httptransport.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

// Talks to Galileo's API: checks the connection, submits the integration (PUT), reads it back
// (GET). One operation at a time, all asynchronous, each ending in one signal with an ApiResult
// that says what happened and what to do next. Each call is a GalileoRequest sent through the
// one HttpTransport.
class GalileoClient : public QObject
{
    Q_OBJECT

public:
    explicit GalileoClient(QObject *parent = nullptr);

    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    const ConnectionSettings &settings() const { return m_settings; }
    // Who the client is to Galileo now, for building a request to show.
    GalileoIdentity identity() const { return m_identity; }
    // How often a 502, 503, 504 or a reset connection is tried in all, and the first pause.
    void setRetryPolicy(int maxAttempts, int firstDelayMs);

    bool isBusy() const { return m_busy; }
    // Each returns false, sending nothing, while another operation runs.
    // PUT to /v2/integrations/custom, or to /integrations/custom/{name} with a name.
    bool submit(const IntegrationConfig &config, const QString &name = {});
    // The custom integration (named, or the default one): its definition with secrets when
    // these credentials may read it, else its stored fields. Ends in fetched().
    bool fetchIntegration(const QString &name = {});
    // Health, credentials, capabilities and field drift; ends in connectionChecked().
    bool checkConnection();
    // Finds out what the cluster offers (see ClusterCapabilities), with OPTIONS probes and the
    // list only: nothing with secrets is read.
    bool detectCapabilities(std::function<void(const ClusterCapabilities &)> done);
    // Reads the cluster's OpenAPI document (each of OpenApiRequest::paths() in turn) and
    // compares its CustomIntegrationCreate with this app's fields.
    bool checkDrift(std::function<void(const SchemaDrift &)> done);
    // The reason of the Unknown drift a cancelled checkDrift() ends in.
    static QString cancelledDriftReason();
    // Any one call, for the command line and the integrations list. A 404 or 405 on a call
    // about a named integration says whether the cluster has none at all (Unsupported) or no
    // integration of that name (NotFound); on a call only newer clusters have (the list, a
    // status), whether the cluster is an older Galileo (Unsupported) or the base URL is wrong
    // (NotFound).
    bool run(std::shared_ptr<const GalileoRequest> request,
             std::function<void(const ApiResult &)> done);
    void cancel();

    QUrl urlFor(const QString &path) const { return m_identity.url(path); }
    // What is missing to authenticate, or empty when the settings are complete.
    QString missingCredentials() const;

    // Galileo's answers are a few KB; anything past this is not one of them.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

signals:
    void progress(const QString &message);
    // The PUT left for the server (after any login): the start of the wait.
    void requestSent();
    void submitted(const ApiResult &result);
    // `withSecrets`: the answer is a definition, secrets included; else only stored fields.
    void fetched(const ApiResult &result, bool withSecrets);
    void stepFinished(const CheckStep &step);
    void connectionChecked(const QList<CheckStep> &steps);
    void busyChanged(bool busy);

private:
    using Done = std::function<void(const ApiResult &)>;

    // Sends the request, logging in first where needed. `announceSent` emits requestSent()
    // when it leaves.
    void call(std::shared_ptr<const GalileoRequest> request, Done done, bool announceSent = false,
              bool reloggedIn = false);
    void login(std::function<void(const ApiResult *error)> then);
    bool needsLogin() const;
    TransportPolicy policy() const;
    void setBusy(bool busy);
    bool beginOperation();
    void finishOperation();
    void runCheckStep(int index, QList<CheckStep> steps);
    void probeCapabilities(int index, std::shared_ptr<ClusterCapabilities> found,
                           std::function<void(const ClusterCapabilities &)> done);
    void readSchema(int index, QStringList reasons, std::function<void(const SchemaDrift &)> done);
    // Tells an older cluster's 404/405 from "no integration of that name".
    void classifyNamed(const QString &name, ApiResult result, Done done);
    // Tells an older cluster's 404/405 on a call only newer ones have from a wrong base URL.
    void classifyNewer(const GalileoRequest::NewerCall &newer, ApiResult result, Done done);

    HttpTransport *m_transport;
    ConnectionSettings m_settings;
    GalileoIdentity m_identity;
    QString m_apiUrlProblem;
    QDateTime m_bearerExpiry;
    bool m_busy = false;
    bool m_cancelled = false; // cancel() was called during the current operation
    int m_maxAttempts = 3;
    int m_firstDelayMs = 500;
};
