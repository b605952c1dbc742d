#include "secretfingerprints.h"

#include "secretstore.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace SecretFingerprints {

namespace {

const char Prefix[] = "hmac-sha256:";
constexpr int KeyBytes = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretFingerprints", text);
}

} // namespace

QString keychainKey()
{
    return QStringLiteral("fingerprint-key");
}

QByteArray newKey()
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    return key;
}

QString of(const QByteArray &key, const QString &slot, const QString &value)
{
    Q_ASSERT(!key.isEmpty());
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    // The slot ends at a NUL, which no slot key holds, so "a"+"bc" and "ab"+"c" differ.
    code.addData(slot.toUtf8());
    code.addData(QByteArray(1, '\0'));
    code.addData(value.toUtf8());
    return QLatin1String(Prefix) + QString::fromLatin1(code.result().toHex());
}

Fingerprints ofAll(const QByteArray &key, const SecretCatalog::Values &values)
{
    Fingerprints fingerprints;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            fingerprints.insert(it.key(), of(key, it.key(), it.value()));
    }
    return fingerprints;
}

void loadKey(SecretStore *store,
             std::function<void(const QByteArray &key, const QString &problem)> done)
{
    store->read(keychainKey(), [store, done](const SecretStore::Result &read) {
        if (read.ok()) {
            const QByteArray key = QByteArray::fromBase64(read.value.toLatin1());
            if (key.size() == KeyBytes) {
                done(key, {});
                return;
            }
            done({}, tr("The fingerprint key in %1 is damaged; remove the entry \"%2\" and a "
                        "new one is made.")
                         .arg(store->displayName(), keychainKey()));
            return;
        }
        if (read.status != SecretStore::Status::NotFound) {
            done({}, read.message);
            return;
        }
        const QByteArray key = newKey();
        store->write(keychainKey(), QString::fromLatin1(key.toBase64()),
                     [store, key, done](const SecretStore::Result &written) {
                         if (!written.ok()) {
                             done({}, written.message);
                             return;
                         }
                         // Two programs starting at once may each have made a key; the
                         // Secret Service keeps the last written, and both use that one.
                         store->read(keychainKey(), [key, done](const SecretStore::Result &kept) {
                             const QByteArray stored =
                                 QByteArray::fromBase64(kept.value.toLatin1());
                             done(kept.ok() && stored.size() == KeyBytes ? stored : key, {});
                         });
                     });
    });
}

} // namespace SecretFingerprints
