#include "profilelibrary.h"

#include "inputfile.h"

#include "model/secretcatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace {

QStringList keysOf(const QString &id, const QStringList &fields)
{
    QStringList keys;
    for (const QString &field : fields)
        keys << SecretCatalog::keychainKey(id, field);
    return keys;
}

QString describe(const SecretStore *store, const SecretStore::Result &result)
{
    return QCoreApplication::translate("ProfileLibrary", "%1: %2")
        .arg(store->displayName(), result.message);
}

} // namespace

ProfileLibrary::ProfileLibrary(ProfileStore store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
{
    connect(m_secrets, &SecretStore::lateAnswer, this, &ProfileLibrary::lateAnswer);
}

void ProfileLibrary::save(Profile profile, GalileoSecrets galileo, SecretsPolicy policy,
                          std::function<void(const Saved &)> done, const QStringList &toFillIn)
{
    const SecretCatalog::Values values = SecretCatalog::extract(&profile.config, &galileo);
    // Still to fill in: those the body sends and that have no value.
    QStringList unfilled;
    const QStringList sent = SecretCatalog::sentSlotKeys(profile.config);
    for (const QString &slot : toFillIn) {
        if (!values.contains(slot) && sent.contains(slot) && !unfilled.contains(slot))
            unfilled << slot;
    }
    // What the previous version stored and this one no longer has.
    Profile previous;
    QString ignored;
    const bool existed = m_store.load(profile.id, &previous, &ignored);
    QStringList stale;
    for (const QString &slot : std::as_const(previous.secretFields)) {
        if (!values.contains(slot) && !unfilled.contains(slot))
            stale << slot;
    }
    QMap<QString, QString> entries;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        entries.insert(SecretCatalog::keychainKey(profile.id, it.key()), it.value());

    m_secrets->writeAll(entries, [=](const SecretStore::Result &written,
                                     const QStringList &) mutable {
        if (written.ok()) {
            // Entries of slots that are gone go too; any the keychain keeps stay listed in the
            // file, so that the file and the keychain agree and a delete still finds them.
            m_secrets->removeAll(keysOf(profile.id, stale), [=](const SecretStore::Result &removed,
                                                                const QStringList &gone) mutable {
                Saved saved;
                saved.secretsStored = true;
                profile.secretFields = values.keys() + unfilled;
                if (!removed.ok()) {
                    saved.keychainProblem = describe(m_secrets, removed);
                    if (removed.status != SecretStore::Status::Unavailable)
                        profile.secretFields << stale.mid(int(gone.size()));
                }
                saved.ok = m_store.save(profile, &saved.error, &saved.revision);
                done(saved);
            });
            return;
        }
        // Some entries may be written and the failed one may still land late: this save's
        // entries are taken back, so that the keychain holds none that the file will not list.
        // Without a keychain the file lists none (or, when nothing is saved, keeps its own).
        const bool keepFile = policy == SecretsPolicy::RequireKeychain;
        QStringList takeBack = entries.keys();
        if (keepFile && existed) {
            for (const QString &slot : std::as_const(previous.secretFields))
                takeBack.removeAll(SecretCatalog::keychainKey(profile.id, slot));
        } else {
            takeBack << keysOf(profile.id, stale);
        }
        m_secrets->removeAll(
            takeBack, [=](const SecretStore::Result &removed, const QStringList &gone) mutable {
                Saved saved;
                saved.keychainProblem = describe(m_secrets, written);
                if (keepFile) {
                    saved.error = tr("the secrets could not be stored, so nothing was saved (%1)")
                                      .arg(saved.keychainProblem);
                    done(saved);
                    return;
                }
                // What the keychain refused to take back stays listed. One that does not answer
                // in time did nothing yet: what it does later comes as a late answer.
                profile.secretFields.clear();
                if (!removed.ok() && removed.status != SecretStore::Status::Unavailable) {
                    const QString prefix = profile.id + QLatin1Char('/');
                    for (const QString &key : takeBack.mid(int(gone.size())))
                        profile.secretFields << key.mid(prefix.size());
                }
                saved.ok = m_store.save(profile, &saved.error, &saved.revision);
                done(saved);
            });
    });
}

void ProfileLibrary::lateAnswer(SecretStore::Operation operation, const QString &key,
                                const SecretStore::Result &result)
{
    if (operation != SecretStore::Operation::Write || !result.ok())
        return;
    // A write reported as failed landed after all. Unless the profile lists it now, it is a
    // secret nobody knows of: it goes, and the user is told.
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QString id = key.left(slash);
    const QString slot = key.mid(slash + 1);
    Profile profile;
    QString ignored;
    if (m_store.load(id, &profile, &ignored) && profile.secretFields.contains(slot))
        return;
    m_secrets->remove(key, [this, slot](const SecretStore::Result &removed) {
        emit notice(removed.ok() || removed.status == SecretStore::Status::NotFound
                        ? tr("%1 answered late and stored %2 after the save had given up on it; "
                             "it was removed again. Save the profile again to keep it.")
                              .arg(m_secrets->displayName(), slot)
                        : tr("%1 answered late and stored %2 after the save had given up on it, "
                             "and would not remove it (%3).")
                              .arg(m_secrets->displayName(), slot, removed.message));
    });
}

void ProfileLibrary::load(const QString &id, std::function<void(const Loaded &)> done)
{
    Loaded loaded;
    if (!m_store.load(id, &loaded.profile, &loaded.error)) {
        QTimer::singleShot(0, this, [done, loaded] { done(loaded); });
        return;
    }
    loaded.ok = true;
    const QStringList fields = loaded.profile.secretFields;
    m_secrets->readAll(keysOf(id, fields),
                       [this, loaded, fields, id,
                        done](const QMap<QString, SecretStore::Result> &results) mutable {
                           SecretCatalog::Values values;
                           for (const QString &field : fields) {
                               const SecretStore::Result result =
                                   results.value(SecretCatalog::keychainKey(id, field));
                               if (result.ok()) {
                                   values.insert(field, result.value);
                               } else if (result.status == SecretStore::Status::NotFound) {
                                   loaded.missingSecrets << field;
                               } else {
                                   loaded.missingSecrets << field;
                                   if (loaded.keychainProblem.isEmpty())
                                       loaded.keychainProblem = describe(m_secrets, result);
                               }
                           }
                           SecretCatalog::restore(values, &loaded.profile.config, &loaded.galileo);
                           done(loaded);
                       });
}

void ProfileLibrary::duplicate(const QString &id, const QString &newName,
                               std::function<void(const Saved &, const Profile &)> done)
{
    load(id, [this, newName, done](const Loaded &loaded) {
        if (!loaded.ok) {
            Saved saved;
            saved.error = loaded.error;
            done(saved, {});
            return;
        }
        Profile copy = loaded.profile;
        copy.id = Profile::create(QString()).id;
        copy.name = m_store.uniqueName(newName);
        copy.lastSubmittedAt = {};
        copy.lastIntegrationId.clear();
        copy.revision = 0;
        save(copy, loaded.galileo, SecretsPolicy::SaveWithoutSecrets,
             [done, copy](const Saved &saved) { done(saved, copy); });
    });
}

bool ProfileLibrary::rename(const QString &id, const QString &newName, QString *error,
                            int *revision)
{
    Profile profile;
    if (!m_store.load(id, &profile, error))
        return false;
    if (const auto other = m_store.findByName(newName); other && other->id != id) {
        *error = tr("another profile is already called \"%1\"").arg(newName);
        return false;
    }
    // The id, and with it the keychain entries, stays.
    profile.name = newName;
    return m_store.save(profile, error, revision);
}

void ProfileLibrary::remove(const QString &id, std::function<void(bool, const QString &)> done)
{
    Profile profile;
    QString error;
    const bool readable = m_store.load(id, &profile, &error);
    const QStringList keys = readable ? keysOf(id, profile.secretFields) : QStringList();
    m_secrets->removeAll(keys, [this, id, done](const SecretStore::Result &removed,
                                                const QStringList &) {
        if (!removed.ok()) {
            // The file stays, so that the entries can still be found and removed later.
            done(false, tr("the secrets could not be removed from %1 (%2); the profile was kept")
                            .arg(m_secrets->displayName(), removed.message));
            return;
        }
        // The history before the file, so that a history that cannot go keeps its profile too.
        QString error;
        if (!m_history.remove(id, &error)) {
            done(false,
                 tr("the history could not be removed (%1); the profile was kept").arg(error));
            return;
        }
        const bool ok = m_store.remove(id, &error);
        done(ok, error);
    });
}

ProfileExchange::Imported ProfileLibrary::readImport(const QString &path, const QString &name) const
{
    ProfileExchange::Imported imported;
    QByteArray data;
    if (!InputFile::read(path, &data, &imported.error))
        return imported;
    imported = ProfileExchange::read(data, m_store.uniqueName(name.trimmed()));
    if (!imported.ok) {
        imported.error = tr("%1 is not a profile or an integration body: %2")
                             .arg(path == QLatin1String("-") ? path : QFileInfo(path).fileName(),
                                  imported.error);
    }
    return imported;
}

bool ProfileLibrary::connectionDiffers(const ConnectionSettings &imported,
                                       const ConnectionSettings &own)
{
    return imported.apiUrl() != own.apiUrl() || imported.caFile != own.caFile ||
           imported.apiKeyHeader != own.apiKeyHeader;
}

void ProfileLibrary::saveImport(ProfileExchange::Imported imported, ImportedConnection choice,
                                const ConnectionSettings &own, SecretsPolicy policy,
                                std::function<void(const Saved &, const Profile &)> done)
{
    if (choice == ImportedConnection::UseOwn) {
        // The file's Galileo credentials belong with the file's Galileo.
        imported.profile.connection = own;
        imported.galileo = {};
    }
    const Profile profile = imported.profile;
    save(
        profile, imported.galileo, policy,
        [done, profile](const Saved &saved) { done(saved, profile); }, imported.placeholders);
}

QByteArray ProfileLibrary::exportData(const QString &id, QString *error) const
{
    Profile stored;
    if (!m_store.load(id, &stored, error))
        return {};
    return ProfileExchange::write(stored);
}

bool ProfileLibrary::exportTo(const QString &id, const QString &path, QString *error) const
{
    const QByteArray data = exportData(id, error);
    if (data.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
