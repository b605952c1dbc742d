#pragma once

#include "apiresult.h"
#include "connectionsettings.h"

#include "model/integrationconfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

// Talks to Galileo's API: checks the connection, submits the integration (PUT), reads it back
// (GET). One operation at a time, all asynchronous, each ending in one signal with an ApiResult
// that says what happened and what to do next.
class GalileoClient : public QObject
{
    Q_OBJECT

public:
    explicit GalileoClient(QObject *parent = nullptr);
    ~GalileoClient() override;

    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    const ConnectionSettings &settings() const { return m_settings; }
    // How often a 502, 503, 504 or a reset connection is tried in all, and the first pause.
    void setRetryPolicy(int maxAttempts, int firstDelayMs);

    bool isBusy() const { return m_busy; }
    // Each returns false, sending nothing, while another operation runs.
    bool submit(const IntegrationConfig &config);
    bool fetchIntegration();
    bool checkConnection();
    void cancel();

    QUrl urlFor(const QString &path) const;
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
    struct Call;
    using Done = std::function<void(const ApiResult &)>;

    void call(const QByteArray &method, const QString &path, const QByteArray &body,
              bool authenticated, Done done);
    void send(const std::shared_ptr<Call> &call);
    void finishReply(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    void login(const std::function<void(const ApiResult *error)> &then);
    bool needsLogin() const;
    QNetworkRequest request(const QUrl &url, bool authenticated) const;
    void setBusy(bool busy);
    bool beginOperation();
    void finishOperation();
    void runCheckStep(int index, QList<CheckStep> steps);

    QNetworkAccessManager *m_network;
    QTimer *m_retryTimer;
    ConnectionSettings m_settings;
    GalileoSecrets m_secrets;
    QUrl m_apiUrl;
    QString m_apiUrlProblem;
    QString m_bearer;
    QDateTime m_bearerExpiry;
    QPointer<QNetworkReply> m_reply;
    bool m_busy = false;
    bool m_cancelled = false;
    int m_maxAttempts = 3;
    int m_firstDelayMs = 500;
};
