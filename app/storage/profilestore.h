#pragma once

#include "profile.h"

#include <QStringList>

#include <optional>

// Profiles as JSON files, one per profile, named by id, written atomically. A damaged file is
// listed with its problem and left untouched; it is never overwritten without a backup.
class ProfileStore
{
public:
    struct Entry
    {
        QString id;
        QString name; // the file's name when damaged
        QString path;
        bool damaged = false;
        QString problem;
    };

    explicit ProfileStore(const QString &directory = defaultDirectory());
    // ~/.config/galileo-integrations/profiles (the generic config folder, the app's name, then
    // "profiles").
    static QString defaultDirectory();
    // Where profiles were kept before: QStandardPaths::AppConfigLocation/profiles, which names
    // the app twice (~/.config/galileo-integrations/galileo-integrations/profiles).
    static QString legacyDirectory();

    struct Migration
    {
        int moved = 0;
        QStringList problems; // files left where they were, and why
    };
    // Moves every file of `from` (profiles and their backups) into `to`, once: a file whose name
    // is taken in `to` by different content stays where it is and is reported, an identical
    // copy is dropped. `from` is removed when it ends up empty. The keychain is not touched:
    // its entries are keyed by profile id, not by folder.
    static Migration moveLegacyProfiles(const QString &from = legacyDirectory(),
                                        const QString &to = defaultDirectory());
    QString directory() const { return m_directory; }

    QList<Entry> list() const; // by name
    std::optional<Entry> findByName(const QString &name) const;
    // A name not in use yet: the wanted one, or "wanted (2)", "wanted (3)", ...
    QString uniqueName(const QString &wanted) const;

    bool load(const QString &id, Profile *out, QString *error) const;
    // Writes the profile as revision profile.revision + 1, provided the file is still at
    // profile.revision (or absent): a save based on an older read is refused with an error
    // that says so, instead of undoing what another program wrote. Other processes are kept
    // out while the file is compared and replaced. *savedRevision gets the new revision.
    bool save(const Profile &profile, QString *error, int *savedRevision = nullptr);
    // Records a stored submission in the profile's file: its time and the integration's id.
    // Everything else in the file, and the keychain, is left as it is.
    bool recordSubmission(const QString &id, const QDateTime &when, const QString &integrationId,
                          QString *error, int *savedRevision = nullptr);
    bool remove(const QString &id, QString *error);

    // Whether `id` is one this app gives (a UUID), so that it names one file and one set of
    // keychain entries and nothing else.
    static bool isValidId(const QString &id);

private:
    QString pathFor(const QString &id) const;
    // Reads the profile at `path` and checks that its id is valid and matches the file's name:
    // a copied or edited file must never share keychain entries with another profile.
    bool read(const QString &path, Profile *out, QString *error) const;

    QString m_directory;
};
