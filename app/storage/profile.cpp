#include "profile.h"

#include "model/integrationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {

const QLatin1String s_format("galileo-integrations-profile");
constexpr int s_version = 1;

} // namespace

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), s_format},
        {QStringLiteral("version"), s_version},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("connection"), connection.toJson()},
        {QStringLiteral("integration"),
         QJsonDocument::fromJson(IntegrationJson::write(config)).object()},
        {QStringLiteral("secrets_in_keychain"), QJsonArray::fromStringList(secretFields)}};
    // A JSON object does not keep the order of its keys; the headers' order is kept here.
    QStringList headerOrder;
    for (const HeaderEntry &header : config.headers)
        headerOrder << header.name;
    if (!headerOrder.isEmpty())
        json.insert(QStringLiteral("header_order"), QJsonArray::fromStringList(headerOrder));
    if (!integrationName.isEmpty())
        json.insert(QStringLiteral("integration_name"), integrationName);
    if (lastSubmittedAt.isValid())
        json.insert(QStringLiteral("last_submitted_at"),
                    lastSubmittedAt.toUTC().toString(Qt::ISODate));
    if (!lastIntegrationId.isEmpty())
        json.insert(QStringLiteral("last_integration_id"), lastIntegrationId);
    return json;
}

bool Profile::fromJson(const QJsonObject &json, Profile *out, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != s_format) {
        *error = QObject::tr("not a Galileo Integrations profile");
        return false;
    }
    Profile profile;
    profile.id = json.value(QLatin1String("id")).toString();
    profile.name = json.value(QLatin1String("name")).toString();
    if (profile.id.isEmpty() || profile.name.isEmpty()) {
        *error = QObject::tr("the profile has no id or no name");
        return false;
    }
    profile.connection =
        ConnectionSettings::fromJson(json.value(QLatin1String("connection")).toObject());
    const auto read = IntegrationJson::read(
        QJsonDocument(json.value(QLatin1String("integration")).toObject()).toJson());
    profile.config = read.config;
    QStringList order;
    for (const QJsonValue &name : json.value(QLatin1String("header_order")).toArray())
        order << name.toString();
    std::stable_sort(profile.config.headers.begin(), profile.config.headers.end(),
                     [&order](const HeaderEntry &a, const HeaderEntry &b) {
                         return order.indexOf(a.name) < order.indexOf(b.name);
                     });
    for (const QJsonValue &field : json.value(QLatin1String("secrets_in_keychain")).toArray())
        profile.secretFields << field.toString();
    profile.integrationName = json.value(QLatin1String("integration_name")).toString();
    profile.lastSubmittedAt = QDateTime::fromString(
        json.value(QLatin1String("last_submitted_at")).toString(), Qt::ISODate);
    profile.lastIntegrationId = json.value(QLatin1String("last_integration_id")).toString();
    *out = profile;
    return true;
}
