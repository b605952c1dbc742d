#pragma once

#include "profile.h"

#include "model/validationissue.h"

// Moving profiles in and out: our export format (secrets replaced by a marker), or a raw
// CustomIntegrationCreate body such as the one pasted into Galileo's console.
namespace ProfileExchange {

struct Imported
{
    bool ok = false;
    QString error;   // why the file is not usable (with line and column for JSON)
    Profile profile; // a new id; secrets still in it, for the caller to store
    GalileoSecrets galileo;
    QStringList placeholders; // secret fields that held a mask or marker, now blank
    ValidationIssues notes;   // what reading the body said (unknown keys, conversions)
};

Imported read(const QByteArray &data, const QString &name);

// The profile as JSON, each stored secret replaced by a marker saying it lives in the keychain.
QByteArray write(const Profile &profile);

} // namespace ProfileExchange
