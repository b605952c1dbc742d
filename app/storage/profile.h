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
    // How often the file was written; a save that expects another revision lost a race with
    // another program (the window against `apply --profile`, say) and is refused.
    int revision = 0;

    static Profile create(const QString &name);
    QJsonObject toJson() const;
    // False, with *error, for a file that is not one of our profiles or is damaged: a part
    // missing or of the wrong type, or an integration that does not read without errors. A
    // profile is loaded whole or not at all.
    static bool fromJson(const QJsonObject &json, Profile *out, QString *error);
    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};
