#pragma once

#include "model/secretcatalog.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

class SecretStore;

// Keyed fingerprints of secrets, so that a plan or the history can say whether a secret changed
// without keeping or showing it. A fingerprint is HMAC-SHA256 over the slot and the value under
// a random key of this user's, which lives in the keychain next to the secrets: a fingerprint
// read from a history file cannot be tested against guessed values without that key.
namespace SecretFingerprints {

using Fingerprints = QMap<QString, QString>; // slot key -> "hmac-sha256:<hex>"

// The keychain entry that holds the key (not a profile's entry: profile entries are
// "<uuid>/<slot>").
QString keychainKey();
// A new random key of 32 bytes.
QByteArray newKey();

// The fingerprint of one slot's value. The slot is part of the input, so one value used in two
// places has two fingerprints.
QString of(const QByteArray &key, const QString &slot, const QString &value);
// The fingerprints of every non-empty value.
Fingerprints ofAll(const QByteArray &key, const SecretCatalog::Values &values);

// Reads the key from `store`, creating and storing a new one when there is none. `done` gets
// the key, or an empty key and a message for the user when the keychain cannot give or keep
// one (no Secret Service, locked, refused): fingerprints are then unknown, never made with a
// key that is not kept.
void loadKey(SecretStore *store,
             std::function<void(const QByteArray &key, const QString &problem)> done);

} // namespace SecretFingerprints
