#pragma once

#include "historystore.h"
#include "profileexchange.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QObject>

#include <functional>

// Profiles with their secrets and their history: files through ProfileStore, secrets through a
// SecretStore, the history of applies through HistoryStore.
// Every operation is asynchronous and reports once.
class ProfileLibrary : public QObject
{
    Q_OBJECT

public:
    ProfileLibrary(ProfileStore store, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore &store() { return m_store; }
    HistoryStore &history() { return m_history; }
    SecretStore *secretStore() const { return m_secrets; }

    struct Loaded
    {
        bool ok = false;
        QString error;   // the file could not be read
        Profile profile; // with the secrets that could be read put back
        GalileoSecrets galileo;
        QStringList missingSecrets; // fields whose keychain entry is gone
        QString keychainProblem;    // the keychain could not be asked at all
    };
    struct Saved
    {
        bool ok = false;
        bool secretsStored = false;
        int revision = 0; // the file's revision after the save
        QString error;
        QString keychainProblem; // the file was saved, the secrets were not
    };

    enum class SecretsPolicy {
        // Without a keychain the profile is saved without its secrets (they stay in the session).
        SaveWithoutSecrets,
        // Without a keychain nothing is saved (the command line's import).
        RequireKeychain,
    };

    // Saves the profile with these secrets taken out of it into the keychain; entries of fields
    // it no longer has are removed. `toFillIn` names secret fields the profile needs and has no
    // value for yet (a placeholder imported, one the keychain lost): they stay listed without an
    // entry, so that opening the profile asks for them and a command refuses to send it.
    void save(Profile profile, GalileoSecrets galileo, SecretsPolicy policy,
              std::function<void(const Saved &)> done, const QStringList &toFillIn = {});
    void load(const QString &id, std::function<void(const Loaded &)> done);
    // A copy under a new name, secrets copied too.
    void duplicate(const QString &id, const QString &newName,
                   std::function<void(const Saved &, const Profile &)> done);
    // *revision gets the file's revision after the rename.
    bool rename(const QString &id, const QString &newName, QString *error, int *revision = nullptr);
    // The file, its keychain entries and its history.
    void remove(const QString &id, std::function<void(bool ok, const QString &error)> done);

    // Importing, for the window and the command line alike. First the file is read (a body, or
    // our export) under a name not in use yet; the caller then decides about its connection
    // and saves it. Returns !ok with the reason when the file is not usable.
    ProfileExchange::Imported readImport(const QString &path, const QString &name) const;
    enum class ImportedConnection {
        Trust,  // keep the file's Galileo URL, CA file and key header
        UseOwn, // replace them with `own`: a file must not redirect the user's credentials
    };
    void saveImport(ProfileExchange::Imported imported, ImportedConnection choice,
                    const ConnectionSettings &own, SecretsPolicy policy,
                    std::function<void(const Saved &, const Profile &)> done);
    // Whether an imported connection differs from `own` in where or how the credentials go.
    static bool connectionDiffers(const ConnectionSettings &imported,
                                  const ConnectionSettings &own);

    // The profile as our export, without secrets; written to `path` atomically.
    bool exportTo(const QString &id, const QString &path, QString *error) const;
    QByteArray exportData(const QString &id, QString *error) const;

signals:
    // Something the keychain did on its own that the user should know of (a late answer).
    void notice(const QString &message);

private:
    void lateAnswer(SecretStore::Operation operation, const QString &key,
                    const SecretStore::Result &result);

    ProfileStore m_store;
    HistoryStore m_history;
    SecretStore *m_secrets;
};
