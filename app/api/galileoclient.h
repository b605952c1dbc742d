#pragma once

#include "apiresult.h"
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
    bool submit(const IntegrationConfig &config);
    bool fetchIntegration();
    bool checkConnection();
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
    void fetched(const ApiResult &result);
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

    HttpTransport *m_transport;
    ConnectionSettings m_settings;
    GalileoIdentity m_identity;
    QString m_apiUrlProblem;
    QDateTime m_bearerExpiry;
    bool m_busy = false;
    int m_maxAttempts = 3;
    int m_firstDelayMs = 500;
};
