#pragma once

#include "integrationconfig.h"

#include "api/connectionsettings.h"

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QString>

// The one list of secrets. Which fields of the integration are secret is the field catalog's
// secret flag (FieldCatalog::isSecret); the Galileo connection adds its API key and password.
// Everything that keeps secrets out of a file or off the screen asks this namespace: profile
// files and the keychain (extract, restore), exports (the marker), the request preview, curl,
// the endpoint test's details and the command line (masked, maskAnswer).
namespace SecretCatalog {

// What a masked secret looks like.
QString mask();
// What an export holds where a secret was: it lives in the keychain of the exporting machine.
QString exportMarker();

// Slot keys: "api_key_value", "token", "custom_llm_config.init_kwargs", "header:<name>" for a
// header's value, "other:<name>" for an unknown top-level field whose name says it holds a
// credential (isCredentialName; its value as JSON text), "galileo_api_key" and
// "galileo_password". The keychain entry of a profile's
// slot is "<profile id>/<slot key>".
using Values = QMap<QString, QString>;

// Whether a key of this name holds a credential: access_token, client_secret, api_key,
// password, *_token, *_secret, ... Answers are masked by it, and an unknown top-level field
// (IntegrationConfig::extra) of such a name is a secret like the catalog's own.
bool isCredentialName(const QString &name);

// Every secret slot key of what the body sends, filled in or not: one per header, init_kwargs
// while the custom handler is on, the API key and the token.
QStringList sentSlotKeys(const IntegrationConfig &config);
// Every secret slot key the config and connection have filled in now.
QStringList filledSlots(const IntegrationConfig &config, const GalileoSecrets &galileo);
// Moves every non-empty secret out of the config and the Galileo secrets, leaving them blank
// (init_kwargs unset); its value is the slot's text (init_kwargs as compact JSON).
Values extract(IntegrationConfig *config, GalileoSecrets *galileo);
// Puts values back into the slots they name; slots that are not there (a header that is
// gone) are ignored.
void restore(const Values &values, IntegrationConfig *config, GalileoSecrets *galileo);
// A copy with every secret replaced by `replacement`. The token's client_id and the keys of
// init_kwargs stay readable: they name the credentials without giving them away.
IntegrationConfig masked(IntegrationConfig config, const QString &replacement = mask());

QString keychainKey(const QString &profileId, const QString &slot);
// Whether the validator itself requires the slot's value where the body needs it: the API key
// and the OAuth2 token (for the authentication type that uses them, and only then).
bool isRequiredSlot(const QString &slot);
// Whether the slot is one of Galileo's credentials (the connection's), not part of the body.
bool isGalileoSlot(const QString &slot);
// The 422-style loc of a slot, to say where a secret is missing.
QJsonArray loc(const QString &slot);
// A value that only stands in for a secret: a mask ("********", "•••"), a shortened key
// ("sk-1…abcd") or the export marker (for init_kwargs: any of these as one of its values).
// Storing it would lose the real secret.
bool isPlaceholder(const QString &slot, const QString &value);

// An answer body with the values of secret-looking keys (access_token, refresh_token,
// client_secret, api_key, password, ...) masked, in JSON at any depth or in a form-encoded body.
// In JSON, a masked value of 8 characters or more is also masked where other text of the answer
// repeats it. Anything else is left as it is.
QByteArray maskAnswer(const QByteArray &body);
// Every secret value the body of `config` sends: each slot's text and, for one holding a JSON
// object (the token, init_kwargs), each of its string values too.
QList<QByteArray> sentValues(const IntegrationConfig &config);
// The shortest secret redact() looks for in an answer: shorter values (a tenant "acme", "1")
// would mask ordinary words of an answer and protect nothing.
constexpr int RedactedMinimumLength = 8;
// What a secret header's value lets an answer repeat: the value itself and, for one such as
// "Bearer <key>" or "Basic <base64>", the key and the decoded password too.
QList<QByteArray> redactionValuesOf(const QByteArray &headerValue);
// An answer with every secret the request carried masked wherever it repeats it: as it was
// sent, percent- or form-encoded, or escaped in a JSON string. In a JSON answer only the
// insides of strings change, so that it still parses. A server that echoes the request into
// an error message ("Invalid key provided: Bearer sk-...") then shows the mask instead.
QByteArray redact(const QByteArray &answer, const QList<QByteArray> &secrets);
// Whether an answer's header carries a credential (Set-Cookie, Authorization, ...).
bool isSecretAnswerHeader(const QByteArray &name);

} // namespace SecretCatalog
