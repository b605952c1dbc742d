#include "profile.h"

#include "model/integrationjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {

const QLatin1String s_format("galileo-integrations-profile");
constexpr int s_version = 1;

// A list of strings at `key`, which may be absent; false when it is something else.
bool stringList(const QJsonObject &json, const QString &key, QStringList *out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        *out << item.toString();
    }
    return true;
}

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
    json.insert(QStringLiteral("revision"), revision);
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
    // A part missing or of the wrong type makes the file damaged: loading what is left would
    // show less than the file holds, and saving it would lose the rest.
    const auto damaged = [error](const QString &where) {
        *error = QObject::tr("the profile is damaged at %1").arg(where);
        return false;
    };
    const QJsonValue connection = json.value(QLatin1String("connection"));
    if (!connection.isObject())
        return damaged(QStringLiteral("connection"));
    profile.connection = ConnectionSettings::fromJson(connection.toObject());

    const QJsonValue integration = json.value(QLatin1String("integration"));
    if (!integration.isObject())
        return damaged(QStringLiteral("integration"));
    const auto read =
        IntegrationJson::read(QJsonDocument(integration.toObject()).toJson(QJsonDocument::Compact));
    for (const ValidationIssue &issue : read.issues) {
        if (issue.isError())
            return damaged(QLatin1String("integration.") + issue.toLine());
    }
    profile.config = read.config;

    QStringList order;
    if (!stringList(json, QStringLiteral("header_order"), &order))
        return damaged(QStringLiteral("header_order"));
    QHash<QString, qsizetype> position;
    for (qsizetype i = order.size() - 1; i >= 0; --i)
        position.insert(order.at(i), i);
    std::stable_sort(profile.config.headers.begin(), profile.config.headers.end(),
                     [&position](const HeaderEntry &a, const HeaderEntry &b) {
                         return position.value(a.name, -1) < position.value(b.name, -1);
                     });
    if (!stringList(json, QStringLiteral("secrets_in_keychain"), &profile.secretFields))
        return damaged(QStringLiteral("secrets_in_keychain"));
    const QJsonValue integrationName = json.value(QLatin1String("integration_name"));
    if (!integrationName.isUndefined() && !integrationName.isString())
        return damaged(QStringLiteral("integration_name"));
    profile.integrationName = integrationName.toString();

    const QJsonValue submitted = json.value(QLatin1String("last_submitted_at"));
    if (!submitted.isUndefined()) {
        profile.lastSubmittedAt = QDateTime::fromString(submitted.toString(), Qt::ISODate);
        if (!profile.lastSubmittedAt.isValid())
            return damaged(QStringLiteral("last_submitted_at"));
    }
    const QJsonValue integrationId = json.value(QLatin1String("last_integration_id"));
    if (!integrationId.isUndefined() && !integrationId.isString())
        return damaged(QStringLiteral("last_integration_id"));
    profile.lastIntegrationId = integrationId.toString();
    const QJsonValue revision = json.value(QLatin1String("revision"));
    if (!revision.isUndefined() && (!revision.isDouble() || revision.toInt(-1) < 0))
        return damaged(QStringLiteral("revision"));
    profile.revision = revision.toInt();
    *out = profile;
    return true;
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && connection == other.connection &&
           config == other.config && secretFields == other.secretFields &&
           lastSubmittedAt == other.lastSubmittedAt && lastIntegrationId == other.lastIntegrationId &&
           revision == other.revision && integrationName == other.integrationName;
}
