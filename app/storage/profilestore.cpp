#include "profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

constexpr qint64 MaxProfileBytes = 16 * 1024 * 1024;

bool readProfile(const QString &path, Profile *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > MaxProfileBytes) {
        *error =
            QCoreApplication::translate("ProfileStore", "the file is larger than a profile can be");
        return false;
    }
    QJsonParseError parseError;
    const QByteArray data = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("ProfileStore", "not valid JSON: %1 at character %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return Profile::fromJson(document.object(), out, error);
}

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory)
{}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QLatin1Char('/') + QCoreApplication::applicationName() + QLatin1String("/profiles");
}

QString ProfileStore::legacyDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QLatin1String("/profiles");
}

bool ProfileStore::isValidId(const QString &id)
{
    return !QUuid::fromString(id).isNull() && !id.startsWith(QLatin1Char('{'));
}

bool ProfileStore::read(const QString &path, Profile *out, QString *error) const
{
    Profile profile;
    if (!readProfile(path, &profile, error))
        return false;
    if (!isValidId(profile.id)) {
        *error = tr("its id \"%1\" is not one this app gives").arg(profile.id.left(80));
        return false;
    }
    if (profile.id != QFileInfo(path).completeBaseName()) {
        *error = tr("its id does not match the file's name, so it could share keychain entries "
                    "with another profile");
        return false;
    }
    *out = profile;
    return true;
}

ProfileStore::Migration ProfileStore::moveLegacyProfiles(const QString &from, const QString &to)
{
    Migration migration;
    QDir source(from);
    if (QDir::cleanPath(source.absolutePath()) == QDir::cleanPath(QDir(to).absolutePath()) ||
        !source.exists())
        return migration;
    const QFileInfoList files = source.entryInfoList(QDir::Files | QDir::Hidden);
    if (files.isEmpty()) {
        source.rmdir(source.absolutePath());
        return migration;
    }
    if (!QDir().mkpath(to)) {
        migration.problems << tr("%1 could not be created; the profiles stay in %2")
                                  .arg(QDir::toNativeSeparators(to),
                                       QDir::toNativeSeparators(from));
        return migration;
    }
    for (const QFileInfo &file : files) {
        const QString target = to + QLatin1Char('/') + file.fileName();
        if (QFileInfo::exists(target)) {
            QFile old(file.absoluteFilePath());
            QFile taken(target);
            const bool same = old.open(QIODevice::ReadOnly) && taken.open(QIODevice::ReadOnly) &&
                              old.readAll() == taken.readAll();
            old.close();
            if (same && QFile::remove(file.absoluteFilePath())) {
                ++migration.moved;
            } else {
                migration.problems
                    << tr("%1 was left in %2: a different file of that name is in %3")
                           .arg(file.fileName(), QDir::toNativeSeparators(from),
                                QDir::toNativeSeparators(to));
            }
            continue;
        }
        // A rename within one file system, else a copy that must be complete before the old
        // file goes.
        if (QFile::rename(file.absoluteFilePath(), target)) {
            ++migration.moved;
        } else if (QFile::copy(file.absoluteFilePath(), target) &&
                   QFile::remove(file.absoluteFilePath())) {
            ++migration.moved;
        } else {
            migration.problems << tr("%1 could not be moved from %2 to %3")
                                      .arg(file.fileName(), QDir::toNativeSeparators(from),
                                           QDir::toNativeSeparators(to));
        }
    }
    if (migration.problems.isEmpty()) {
        source.rmdir(source.absolutePath());
        // The doubled folder itself, when nothing else lives in it.
        QDir parent(QFileInfo(source.absolutePath()).path());
        parent.rmdir(parent.absolutePath());
    }
    return migration;
}

QString ProfileStore::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QLatin1String(".json");
}

QList<ProfileStore::Entry> ProfileStore::list() const
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        Entry entry;
        entry.path = info.absoluteFilePath();
        Profile profile;
        if (read(entry.path, &profile, &entry.problem)) {
            entry.id = profile.id;
            entry.name = profile.name;
        } else {
            entry.damaged = true;
            entry.id = info.completeBaseName();
            entry.name = info.fileName();
        }
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return entries;
}

std::optional<ProfileStore::Entry> ProfileStore::findByName(const QString &name) const
{
    for (const Entry &entry : list()) {
        if (!entry.damaged && entry.name == name)
            return entry;
    }
    return std::nullopt;
}

QString ProfileStore::uniqueName(const QString &wanted) const
{
    if (!findByName(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(i);
        if (!findByName(candidate))
            return candidate;
    }
}

bool ProfileStore::load(const QString &id, Profile *out, QString *error) const
{
    if (!isValidId(id)) {
        *error = tr("no profile has the id \"%1\"").arg(id.left(80));
        return false;
    }
    return read(pathFor(id), out, error);
}

bool ProfileStore::save(const Profile &profile, QString *error, int *savedRevision)
{
    if (!isValidId(profile.id)) {
        *error = tr("the profile's id \"%1\" is not one this app gives").arg(profile.id.left(80));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    const QString path = pathFor(profile.id);
    // Another process (the window, apply --profile) may save the same file: compare and
    // replace while holding the lock.
    QLockFile lock(path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        *error = lock.error() == QLockFile::LockFailedError
                     ? tr("another program keeps the profile locked (%1)").arg(lock.fileName())
                     : tr("cannot write in %1 (read-only, or no space left?)").arg(m_directory);
        return false;
    }
    Profile existing;
    QString problem;
    if (QFile::exists(path)) {
        if (!readProfile(path, &existing, &problem)) {
            // Keep what was there: it may be recoverable by hand.
            const QString backup =
                path + QLatin1String(".damaged-") +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
            if (!QFile::copy(path, backup)) {
                *error = tr("the old file is damaged and could not be backed up to %1").arg(backup);
                return false;
            }
        } else if (existing.revision != profile.revision) {
            *error = tr("another program saved this profile since it was read here (revision %1 "
                        "on disk, %2 here); nothing was overwritten. Open it again, or save under "
                        "another name.")
                         .arg(existing.revision)
                         .arg(profile.revision);
            return false;
        }
    }
    Profile next = profile;
    next.revision = profile.revision + 1;
    // QSaveFile writes a temporary file and renames it into place only when all went well, so a
    // failure half-way leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray data = QJsonDocument(next.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    if (savedRevision)
        *savedRevision = next.revision;
    return true;
}

bool ProfileStore::recordSubmission(const QString &id, const QDateTime &when,
                                    const QString &integrationId, QString *error,
                                    int *savedRevision)
{
    // Read and written at once: a save by another program in between is refused and this
    // read-modify-write tried again on the newer file.
    for (int attempt = 0; attempt < 3; ++attempt) {
        Profile profile;
        if (!load(id, &profile, error))
            return false;
        profile.lastSubmittedAt = when;
        profile.lastIntegrationId = integrationId;
        if (save(profile, error, savedRevision))
            return true;
    }
    return false;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    QFile file(pathFor(id));
    if (file.exists() && !file.remove()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
