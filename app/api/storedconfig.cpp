#include "storedconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace StoredConfig {

IntegrationJson::ReadResult read(const QJsonObject &answer)
{
    QJsonObject body = answer;
    if (!body.contains(QLatin1String("endpoint"))) {
        // An IntegrationDB: the settings are in one of its object fields.
        for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
            if (it.value().toObject().contains(QLatin1String("endpoint"))) {
                body = it.value().toObject();
                break;
            }
        }
    }
    static const char *const integrationDbFields[] = {
        "id",          "name",        "created_at", "updated_at", "created_by",     "is_selected",
        "is_disabled", "permissions", "provider",   "extra",      "organization_id"};
    for (const char *field : integrationDbFields)
        body.remove(QLatin1String(field));
    return IntegrationJson::read(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

IntegrationConfig keepLocalSecrets(IntegrationConfig fromServer, const IntegrationConfig &local,
                                   QStringList *kept, QStringList *missing)
{
    const auto keep = [&](QString *target, const QString &mine, const QString &what, bool needed) {
        if (!target->isEmpty())
            return;
        if (!mine.isEmpty()) {
            *target = mine;
            *kept << what;
        } else if (needed) {
            *missing << what;
        }
    };
    keep(&fromServer.apiKeyValue, local.apiKeyValue, QStringLiteral("api_key_value"),
         fromServer.usesApiKey());
    keep(&fromServer.token, local.token, QStringLiteral("token"), fromServer.usesOAuth2());
    // Galileo never returns headers (their values are secrets): the local ones stay whole; with
    // none here, whether Galileo holds some is unknown, and an apply would remove them.
    if (fromServer.headers.isEmpty()) {
        fromServer.headers = local.headers;
        for (const HeaderEntry &header : local.headers)
            *kept << QStringLiteral("headers.") + header.name;
        if (local.headers.isEmpty())
            *missing << QStringLiteral("headers");
    }
    // The handler's arguments are left out the same way.
    if (fromServer.customLlm.enabled && !fromServer.customLlm.initKwargs) {
        if (local.customLlm.initKwargs) {
            fromServer.customLlm.initKwargs = local.customLlm.initKwargs;
            *kept << QStringLiteral("custom_llm_config.init_kwargs");
        } else {
            *missing << QStringLiteral("custom_llm_config.init_kwargs");
        }
    }
    for (HeaderEntry &header : fromServer.headers) {
        const auto mine =
            std::find_if(local.headers.cbegin(), local.headers.cend(), [&](const HeaderEntry &h) {
                return h.name.compare(header.name, Qt::CaseInsensitive) == 0;
            });
        keep(&header.value, mine == local.headers.cend() ? QString() : mine->value,
             QStringLiteral("headers.") + header.name, true);
    }
    return fromServer;
}

} // namespace StoredConfig
