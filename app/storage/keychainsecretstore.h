#pragma once

#include "secretstore.h"

// Secrets in the operating system's keychain through QtKeychain (the Secret Service on Linux,
// e.g. gnome-keyring or KWallet). Never falls back to a plaintext file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    // The service name every entry of this app is filed under.
    static QString serviceName() { return QStringLiteral("galileo-integrations"); }
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString displayName() const override;

private:
    template<typename Job> void run(Job *job, Operation operation, Callback done);
};
