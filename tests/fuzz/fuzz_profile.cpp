#include "fuzzsupport.h"

#include "storage/profile.h"
#include "storage/profileexchange.h"

#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A profile that reads, read again from what it writes, is the same profile: what the app
// shows after loading is what it saves, with nothing silently dropped on the second round.
void checkRoundTrip(const Profile &profile)
{
    Profile again;
    QString error;
    FUZZ_CHECK(Profile::fromJson(profile.toJson(), &again, &error),
               "a saved profile does not load");
    FUZZ_CHECK(again.toJson() == profile.toJson(), "a saved and loaded profile saves differently");
    Profile third;
    FUZZ_CHECK(Profile::fromJson(again.toJson(), &third, &error) && third == again,
               "loading a saved profile twice gives two different profiles");
}

} // namespace

// A profile file or an import in any state. A damaged file is reported (false and a reason),
// never a crash, and never a partial load presented as whole.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);

    Profile profile;
    QString error;
    if (Profile::fromJson(QJsonDocument::fromJson(text).object(), &profile, &error)) {
        FUZZ_CHECK(!profile.id.isEmpty() && !profile.name.isEmpty(), "a profile without an id");
        checkRoundTrip(profile);
    } else {
        FUZZ_CHECK(!error.isEmpty(), "a damaged profile without a reason");
    }

    const ProfileExchange::Imported imported = ProfileExchange::read(text, QStringLiteral("fuzz"));
    if (!imported.ok) {
        FUZZ_CHECK(!imported.error.isEmpty(), "a refused import without a reason");
        return 0;
    }
    FUZZ_CHECK(imported.error.isEmpty(), "an import that worked with an error");
    FUZZ_CHECK(imported.profile.name == QLatin1String("fuzz"), "the import ignored its name");
    checkRoundTrip(imported.profile);

    // Storing the import moves its secrets to the keychain; its export, imported again, holds the
    // same body, with the secrets' markers recognised and left blank.
    Profile stored = imported.profile;
    GalileoSecrets galileo = imported.galileo;
    stored.secretFields = SecretCatalog::extract(&stored.config, &galileo).keys();
    const ProfileExchange::Imported reimported =
        ProfileExchange::read(ProfileExchange::write(stored), QStringLiteral("fuzz"));
    FUZZ_CHECK(reimported.ok, "an export does not import");
    FUZZ_CHECK(IntegrationJson::write(reimported.profile.config) ==
                   IntegrationJson::write(stored.config),
               "exporting and importing changed the body");
    return 0;
}
