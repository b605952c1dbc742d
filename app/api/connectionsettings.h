#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// How to reach Galileo and who to be there. Non-secret parts only: the API key and password
// travel separately (GalileoSecrets) so that nothing secret is ever written with the settings.
struct ConnectionSettings
{
    enum class AuthMethod { ApiKey, Login, Basic };

    QString baseUrl; // as the user typed it: the API URL or the console URL
    AuthMethod authMethod = AuthMethod::ApiKey;
    QString apiKeyHeader = defaultApiKeyHeader();
    QString username;
    QString caFile; // extra CA certificates (PEM) for a self-hosted cluster
    int timeoutSeconds = 30;

    static QString defaultApiKeyHeader() { return QStringLiteral("Galileo-API-Key"); }
    // The same key header under Galileo's new name (Splunk Agent Observability).
    static QString splunkApiKeyHeader() { return QStringLiteral("Splunk-AO-API-Key"); }
    static QString defaultBaseUrl() { return QStringLiteral("https://api.galileo.ai"); }

    // The API URL Galileo's SDKs would derive from baseUrl: "app.galileo.ai" becomes
    // "api.galileo.ai", "console" in a host becomes "api", no scheme means https, and a
    // trailing slash goes. Empty input means Galileo Cloud. Sets *problem when unusable.
    static QUrl deriveApiUrl(const QString &input, QString *problem = nullptr);
    QUrl apiUrl(QString *problem = nullptr) const { return deriveApiUrl(baseUrl, problem); }
    // A warning when the API URL is plain http:// to a host other than this machine: the
    // credentials would cross the network unencrypted. Empty otherwise.
    QString plainHttpWarning() const;

    QJsonObject toJson() const;
    static ConnectionSettings fromJson(const QJsonObject &json);
    bool operator==(const ConnectionSettings &other) const;
    bool operator!=(const ConnectionSettings &other) const { return !(*this == other); }
};

struct GalileoSecrets
{
    QString apiKey;
    QString password;
};

QString authMethodToString(ConnectionSettings::AuthMethod method);
ConnectionSettings::AuthMethod authMethodFromString(const QString &text);
