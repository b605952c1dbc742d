#pragma once

#include "model/integrationconfig.h"
#include "net/httptransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpSocket;

// One HTTP exchange of a probe, for the details view and "copy as curl". Secrets are masked
// when it is recorded, so no view of it can show one.
struct ProbeExchange
{
    QByteArray method;
    QUrl url;
    QList<QPair<QString, QString>> requestHeaders;
    QByteArray requestBody;
    QString curl; // repeats the request, secrets masked
    int status = 0;
    QList<QPair<QString, QString>> responseHeaders;
    QString responseStart;                                   // secrets in it masked too
    WireAnswer::Failure failure = WireAnswer::Failure::None; // how the call ended
};

struct ProbeStage
{
    // lupdate files the texts of this class under its own name.
    static QString tr(const char *text) { return QCoreApplication::translate("ProbeStage", text); }

    enum class Kind { Reach, Token, Models, Completion };
    enum class Status { Pending, Running, Pass, Warning, Fail, Skipped };

    Kind kind = Kind::Reach;
    Status status = Status::Pending;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString detail; // what happened
    QString hint;   // what it means and what to do
    // What the gateway said when it refused (its error message and code, or the start of its
    // answer as plain text), secrets masked; empty when it did not refuse or said nothing.
    QString gatewaySaid;
    QList<ProbeExchange> exchanges;

    static QString name(Kind kind);
    static QString statusName(Status status);
};

// Tests the custom endpoint from this machine with the exact configuration of the form:
// reach the host, get an OAuth2 token, list the models, ask for one tiny completion.
class EndpointProber : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // OAuth2 client credentials in the form body (true) or as HTTP Basic (false); the other
        // way is tried once when the server answers invalid_client.
        bool credentialsInBody = true;
        QString completionModel; // empty: the default model, else the first one
        int stageTimeoutSeconds = 15;
    };

    explicit EndpointProber(QObject *parent = nullptr);
    ~EndpointProber() override;

    bool isRunning() const { return m_running; }
    // How long the stage under way has taken so far; 0 when none is.
    qint64 runningStageMs() const { return m_running ? m_stageTimer.elapsed() : 0; }
    // Starts a run; returns false (doing nothing) while one runs.
    bool start(const IntegrationConfig &config, const Options &options);
    void cancel();

    const QList<ProbeStage> &stages() const { return m_stages; }
    // The models the gateway listed.
    const QStringList &discoveredModels() const { return m_discovered; }
    // Whether any stage failed; and whether the host could not be reached at all.
    bool failed() const;
    bool unreachable() const;
    // Whether the prober still holds the credentials of a run (only while it runs).
    bool holdsSecrets() const;

    // The values mapped headers carry in a test request, e.g. "galileo-test-job".
    static QString sampleValue(const QString &mappingKey);

signals:
    void stageChanged(int index);
    void finished();

private:
    void runStage(int index);
    void finishStage(int index, ProbeStage::Status status, const QString &detail,
                     const QString &hint = {});
    void skipRest(int from, const QString &why);
    void endRun();
    void reach();
    void requestToken(bool inBody, bool isRetry);
    void listModels();
    void completion();
    // Keeps what the gateway said in a refusal with the stage, and returns it.
    QString recordRefusal(int index, const WireAnswer &reply);
    void send(const WireRequest &request, std::function<void(const WireAnswer &answer)> done);
    ProbeStage &stage(ProbeStage::Kind kind);
    int indexOf(ProbeStage::Kind kind) const;

    HttpTransport *m_transport;
    QTcpSocket *m_socket = nullptr;
    IntegrationConfig m_config; // during a run only
    Options m_options;
    QList<ProbeStage> m_stages;
    QStringList m_discovered;
    QString m_accessToken;
    QElapsedTimer m_stageTimer;
    bool m_running = false;
    bool m_cancelled = false;
    int m_current = -1;
};
