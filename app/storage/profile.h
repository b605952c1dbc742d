#pragma once

#include "api/connectionsettings.h"
#include "model/integrationconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

// A named setup: a Galileo connection and an integration, without their secrets, which live in
// the keychain under keys derived from the profile's stable id.
struct Profile
{
    QString id; // stable: renaming keeps the keychain entries
    QString name;
    ConnectionSettings connection;
    IntegrationConfig config; // secrets blanked
    // The slug of the named custom integration this profile applies to; empty: the
    // organisation's default custom integration (PUT /v2/integrations/custom).
    QString integrationName;
    QStringList secretFields; // the slots whose secrets were stored (see SecretCatalog)
    QDateTime lastSubmittedAt;
    QString lastIntegrationId;

    static Profile create(const QString &name);
    QJsonObject toJson() const;
    // False, with *error, for a file that is not one of our profiles.
    static bool fromJson(const QJsonObject &json, Profile *out, QString *error);
};
