#include "profileexchange.h"

#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ProfileExchange {

Imported read(const QByteArray &data, const QString &name)
{
    Imported imported;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error == QJsonParseError::NoError && document.isObject() &&
        object.contains(QLatin1String("format"))) {
        Profile profile;
        if (!Profile::fromJson(object, &profile, &imported.error))
            return imported;
        // A new id: importing the same export twice gives two profiles, not one shared entry.
        profile.id = Profile::create(name).id;
        profile.name = name;
        profile.secretFields.clear();
        profile.lastSubmittedAt = {};
        profile.lastIntegrationId.clear();
        profile.revision = 0;
        imported.profile = profile;
    } else {
        const IntegrationJson::ReadResult body = IntegrationJson::read(data);
        if (!body.ok) {
            imported.error = body.issues.constFirst().message;
            return imported;
        }
        imported.profile = Profile::create(name);
        imported.profile.config = body.config;
        imported.notes = body.issues;
    }

    // Masks and markers are not secrets: storing them would lose the real ones.
    IntegrationConfig config = imported.profile.config;
    GalileoSecrets galileo;
    SecretCatalog::Values values = SecretCatalog::extract(&config, &galileo);
    for (auto it = values.begin(); it != values.end();) {
        if (SecretCatalog::isPlaceholder(it.key(), it.value())) {
            imported.placeholders << it.key();
            imported.notes << ValidationIssue::warning(
                SecretCatalog::loc(it.key()), QStringLiteral("secret_placeholder"),
                QCoreApplication::translate("ProfileExchange",
                                            "\"%1\" stands in for a secret and was not stored: "
                                            "enter the real one")
                    .arg(it.value()));
            it = values.erase(it);
        } else {
            ++it;
        }
    }
    SecretCatalog::restore(values, &config, &galileo);
    imported.profile.config = config;
    imported.galileo = galileo;
    imported.ok = true;
    return imported;
}

QByteArray write(const Profile &profile)
{
    Profile exported = profile;
    SecretCatalog::Values markers;
    for (const QString &field : profile.secretFields)
        markers.insert(field, SecretCatalog::exportMarker());
    GalileoSecrets unused;
    SecretCatalog::restore(markers, &exported.config, &unused);
    QJsonObject json = exported.toJson();
    // The id is this machine's key into its keychain; another machine has its own.
    json.remove(QStringLiteral("id"));
    json.insert(QStringLiteral("id"), QStringLiteral("exported"));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace ProfileExchange
