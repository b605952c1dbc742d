#include "environmentconnection.h"

#include <QCoreApplication>

namespace EnvironmentConnection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EnvironmentConnection", text);
}

} // namespace

bool cleanValue(QString *value)
{
    while (!value->isEmpty() && value->back().isSpace())
        value->chop(1);
    for (const QChar c : std::as_const(*value)) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

Result read(Precedence precedence, ConnectionSettings *settings, GalileoSecrets *secrets)
{
    Result result;
    const auto variable = [&result](const char *name) {
        QString value = qEnvironmentVariable(name);
        if (!cleanValue(&value)) {
            if (result.problem.isEmpty())
                result.problem = tr("%1 contains a control character (a line break inside the "
                                    "value?); it was not used")
                                     .arg(QLatin1String(name));
            return QString();
        }
        return value;
    };
    const bool environmentFirst = precedence == Precedence::Environment;

    const QString apiUrl = variable("GALILEO_API_URL");
    const QString url = apiUrl.isEmpty() ? variable("GALILEO_CONSOLE_URL") : apiUrl;
    if (!url.isEmpty() && (environmentFirst || settings->baseUrl.isEmpty()))
        settings->baseUrl = url;
    const QString key = variable("GALILEO_API_KEY");
    const QString username = variable("GALILEO_USERNAME");
    const QString password = variable("GALILEO_PASSWORD");
    if (!username.isEmpty() && (environmentFirst || settings->username.isEmpty()))
        settings->username = username;
    if (!key.isEmpty() && (environmentFirst || secrets->apiKey.isEmpty())) {
        secrets->apiKey = key;
        result.supplied.apiKey = key;
    }
    if (!password.isEmpty() && (environmentFirst || secrets->password.isEmpty())) {
        secrets->password = password;
        result.supplied.password = password;
    }
    if (environmentFirst) {
        if (!key.isEmpty())
            settings->authMethod = ConnectionSettings::AuthMethod::ApiKey;
        else if (!username.isEmpty() && !password.isEmpty())
            settings->authMethod = ConnectionSettings::AuthMethod::Login;
    } else if (settings->authMethod == ConnectionSettings::AuthMethod::ApiKey &&
               secrets->apiKey.isEmpty() && !secrets->password.isEmpty()) {
        settings->authMethod = ConnectionSettings::AuthMethod::Login;
    }

    QString urlProblem;
    if (settings->apiUrl(&urlProblem).isEmpty() && result.problem.isEmpty())
        result.problem = urlProblem;
    const bool viaKey = settings->authMethod == ConnectionSettings::AuthMethod::ApiKey;
    result.hasCredentials = viaKey ? !secrets->apiKey.isEmpty()
                                   : !settings->username.isEmpty() && !secrets->password.isEmpty();
    return result;
}

} // namespace EnvironmentConnection
