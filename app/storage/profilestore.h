#pragma once

#include "profile.h"

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
    // QStandardPaths::AppConfigLocation/profiles
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    QList<Entry> list() const; // by name
    std::optional<Entry> findByName(const QString &name) const;
    // A name not in use yet: the wanted one, or "wanted (2)", "wanted (3)", ...
    QString uniqueName(const QString &wanted) const;

    bool load(const QString &id, Profile *out, QString *error) const;
    bool save(const Profile &profile, QString *error);
    // Records a stored submission in the profile's file: its time and the integration's id.
    // Everything else in the file, and the keychain, is left as it is.
    bool recordSubmission(const QString &id, const QDateTime &when, const QString &integrationId,
                          QString *error);
    bool remove(const QString &id, QString *error);

private:
    QString pathFor(const QString &id) const;

    QString m_directory;
};
