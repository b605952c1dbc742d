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
    QStringList secretFields; // the fields whose secrets were stored (see SecretFields)
    QDateTime lastSubmittedAt;
    QString lastIntegrationId;

    static Profile create(const QString &name);
    QJsonObject toJson() const;
    // False, with *error, for a file that is not one of our profiles or is damaged: a part
    // missing or of the wrong type, or an integration that does not read without errors. A
    // profile is loaded whole or not at all.
    static bool fromJson(const QJsonObject &json, Profile *out, QString *error);
    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

// Which values are secrets, and moving them out of and back into a config.
namespace SecretFields {

// Field keys: "galileo_api_key", "galileo_password", "api_key_value", "token",
// "header:<name>".
using Values = QMap<QString, QString>;

// Moves every non-empty secret out of the config and the Galileo secrets, leaving them blank.
Values extract(IntegrationConfig *config, GalileoSecrets *galileo);
void restore(const Values &values, IntegrationConfig *config, GalileoSecrets *galileo);
// The keychain key of a profile's field.
QString keychainKey(const QString &profileId, const QString &field);
// The 422-style loc of a field, to say where a secret is missing.
QJsonArray loc(const QString &field);

// A value that is only a stand-in for a secret: a mask ("********", "•••"), a shortened key
// ("sk-1…abcd") or our export's marker. Storing it would lose the real secret.
bool isPlaceholder(const QString &value);
QString exportMarker();

} // namespace SecretFields
