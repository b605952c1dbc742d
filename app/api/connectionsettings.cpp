#include "connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

QUrl ConnectionSettings::deriveApiUrl(const QString &input, QString *problem)
{
    const auto fail = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return QUrl();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        text = defaultBaseUrl();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(QCoreApplication::translate("ConnectionSettings",
                                                "\"%1\" is not a URL, e.g. https://api.galileo.ai")
                        .arg(input.trimmed()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return fail(QCoreApplication::translate("ConnectionSettings",
                                                "the Galileo URL must start with https:// (or "
                                                "http:// on a network you trust)"));
    }
    QString host = url.host().toLower();
    bool fromConsole = false;
    if (host == QLatin1String("app.galileo.ai")) {
        host = QStringLiteral("api.galileo.ai");
        fromConsole = true;
    } else if (host.contains(QLatin1String("console"))) {
        host.replace(host.indexOf(QLatin1String("console")), 7, QLatin1String("api"));
        fromConsole = true;
    }
    url.setHost(host);
    // A console URL copied from the browser carries a page's path, which the API has not.
    QString path = fromConsole ? QString() : url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // The API's version is part of each call's path: an URL copied with it ("/v2") would double
    // it, and every call would be a 404.
    if (path.endsWith(QLatin1String("/v2"), Qt::CaseInsensitive))
        path.chop(3);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    if (problem)
        problem->clear();
    return url;
}

QString authMethodToString(ConnectionSettings::AuthMethod method)
{
    switch (method) {
    case ConnectionSettings::AuthMethod::Login:
        return QStringLiteral("login");
    case ConnectionSettings::AuthMethod::Basic:
        return QStringLiteral("basic");
    case ConnectionSettings::AuthMethod::ApiKey:
        break;
    }
    return QStringLiteral("api_key");
}

ConnectionSettings::AuthMethod authMethodFromString(const QString &text)
{
    if (text == QLatin1String("login"))
        return ConnectionSettings::AuthMethod::Login;
    if (text == QLatin1String("basic"))
        return ConnectionSettings::AuthMethod::Basic;
    return ConnectionSettings::AuthMethod::ApiKey;
}

QJsonObject ConnectionSettings::toJson() const
{
    return {{QStringLiteral("base_url"), baseUrl},
            {QStringLiteral("auth_method"), authMethodToString(authMethod)},
            {QStringLiteral("api_key_header"), apiKeyHeader},
            {QStringLiteral("username"), username},
            {QStringLiteral("ca_file"), caFile},
            {QStringLiteral("timeout_seconds"), timeoutSeconds}};
}

ConnectionSettings ConnectionSettings::fromJson(const QJsonObject &json)
{
    ConnectionSettings settings;
    settings.baseUrl = json.value(QLatin1String("base_url")).toString();
    settings.authMethod = authMethodFromString(json.value(QLatin1String("auth_method")).toString());
    settings.apiKeyHeader =
        json.value(QLatin1String("api_key_header")).toString(defaultApiKeyHeader());
    if (settings.apiKeyHeader.isEmpty())
        settings.apiKeyHeader = defaultApiKeyHeader();
    settings.username = json.value(QLatin1String("username")).toString();
    settings.caFile = json.value(QLatin1String("ca_file")).toString();
    settings.timeoutSeconds =
        qBound(1, json.value(QLatin1String("timeout_seconds")).toInt(30), 600);
    return settings;
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return baseUrl == other.baseUrl && authMethod == other.authMethod &&
           apiKeyHeader == other.apiKeyHeader && username == other.username &&
           caFile == other.caFile && timeoutSeconds == other.timeoutSeconds;
}

QString ConnectionSettings::plainHttpWarning() const
{
    const QUrl url = apiUrl();
    if (url.scheme() != QLatin1String("http"))
        return {};
    const QHostAddress address(url.host());
    if (url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
        return {};
    return QCoreApplication::translate("ConnectionSettings",
                                       "%1 is plain http://: the Galileo credentials and every "
                                       "secret of the integration would cross the network "
                                       "unencrypted. Use https:// unless this network is yours.")
        .arg(url.host());
}
