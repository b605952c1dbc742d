#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    default: {
        // Without a session bus QtKeychain says only "OtherError" and names D-Bus in the text.
        const QString text = job->errorString();
        const bool noBus = text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
                           text.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
                           text.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive);
        result.status = noBus ? SecretStore::Status::Unavailable : SecretStore::Status::Failed;
    }
    }
    result.message = job->errorString();
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

QString KeychainSecretStore::displayName() const
{
    return tr("the system keychain (Secret Service)");
}

template<typename Job> void KeychainSecretStore::run(Job *job, Operation operation, Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file, whatever happens
    const Callback answer = settle(operation, job->key(), std::move(done));
    connect(job, &QKeychain::Job::finished, this, [answer](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.ok()) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.value = read->textData();
        }
        answer(result);
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    run(job, Operation::Read, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setTextData(value);
    run(job, Operation::Write, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    run(job, Operation::Remove, std::move(done));
}
