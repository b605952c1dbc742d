#include "historystore.h"

#include "profilestore.h"

#include "api/apiresult.h"
#include "api/galileorequests.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const char *outcomeName(ApiResult::Outcome outcome)
{
    switch (outcome) {
    case ApiResult::Outcome::Success:
        return "success";
    case ApiResult::Outcome::Invalid:
        return "invalid";
    case ApiResult::Outcome::AuthRefused:
        return "auth_refused";
    case ApiResult::Outcome::NotFound:
        return "not_found";
    case ApiResult::Outcome::Refused:
        return "refused";
    case ApiResult::Outcome::ServerError:
        return "server_error";
    case ApiResult::Outcome::NetworkError:
        return "network_error";
    case ApiResult::Outcome::Cancelled:
        return "cancelled";
    case ApiResult::Outcome::NotSent:
        return "not_sent";
    case ApiResult::Outcome::Unsupported:
        return "unsupported";
    }
    return "unknown";
}

QString normalized(const QUrl &url)
{
    QUrl plain = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps a path that is only "/".
    if (plain.path() == QLatin1String("/"))
        plain.setPath(QString());
    return plain.toString();
}

// The lines of a history file (without their line breaks), empty ones dropped.
QList<QByteArray> linesOf(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

bool lockFor(QLockFile *lock, const QString &directory, QString *error)
{
    lock->setStaleLockTime(30000);
    if (lock->tryLock(10000))
        return true;
    *error =
        lock->error() == QLockFile::LockFailedError
            ? HistoryStore::tr("another program keeps the history locked (%1)")
                  .arg(lock->fileName())
            : HistoryStore::tr("cannot write in %1 (read-only, or no space left?)").arg(directory);
    return false;
}

} // namespace

HistoryEntry HistoryEntry::of(const IntegrationConfig &config, const QUrl &apiUrl,
                              const QString &integrationName, const ApiResult &result,
                              const QByteArray &key, const QString &keyProblem)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.apiUrl = apiUrl;
    entry.integrationName = integrationName;
    entry.ok = result.ok();
    entry.httpStatus = result.httpStatus;
    entry.outcome = QString::fromLatin1(outcomeName(result.outcome));
    if (result.ok()) {
        QString ignored;
        if (const auto stored = SubmitIntegrationRequest::parse(result.json, &ignored))
            entry.integrationId = stored->id;
        entry.galileoUpdatedAt = result.json.value(QLatin1String("updated_at")).toString();
    } else {
        entry.summary = result.summary;
    }
    entry.setBody(SecretCatalog::masked(config));
    IntegrationConfig withoutSecrets = config;
    const SecretCatalog::Values secrets = SecretCatalog::extract(&withoutSecrets, nullptr);
    if (!key.isEmpty()) {
        entry.fingerprints = SecretFingerprints::ofAll(key, secrets);
    } else if (!secrets.isEmpty()) {
        entry.fingerprintsMissing =
            keyProblem.isEmpty() ? tr("the fingerprint key could not be read") : keyProblem;
    }
    return entry;
}

const IntegrationConfig &HistoryEntry::body() const
{
    if (!m_body)
        m_body = IntegrationJson::read(m_bodyText).config;
    return *m_body;
}

void HistoryEntry::setBody(const IntegrationConfig &masked)
{
    m_body = masked;
    m_bodyText = IntegrationJson::write(masked, IntegrationJson::Format::Compact);
}

QStringList HistoryEntry::secretSlots() const
{
    QStringList slotKeys = SecretCatalog::filledSlots(body(), {});
    for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it) {
        if (!slotKeys.contains(it.key()))
            slotKeys << it.key();
    }
    return slotKeys;
}

QString HistoryEntry::targetText() const
{
    const QString url = apiUrl.toDisplayString();
    return integrationName.isEmpty() ? tr("%1 (default integration)").arg(url)
                                     : QStringLiteral("%1 %2").arg(url, integrationName);
}

QString HistoryEntry::resultText() const
{
    if (ok)
        return integrationId.isEmpty() ? tr("stored") : tr("stored %1").arg(integrationId);
    const QString status = httpStatus > 0 ? tr("HTTP %1").arg(httpStatus) : outcome;
    return summary.isEmpty() ? tr("failed: %1").arg(status)
                             : tr("failed: %1, %2").arg(status, summary);
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject result{{QStringLiteral("ok"), ok}, {QStringLiteral("outcome"), outcome}};
    if (ok)
        result.insert(QStringLiteral("integration_id"), integrationId);
    if (httpStatus > 0)
        result.insert(QStringLiteral("http_status"), httpStatus);
    if (!summary.isEmpty())
        result.insert(QStringLiteral("summary"), summary);
    if (!galileoUpdatedAt.isEmpty())
        result.insert(QStringLiteral("updated_at"), galileoUpdatedAt);
    QJsonObject prints;
    for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it)
        prints.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("api_url"), apiUrl.toString()},
        {QStringLiteral("integration_name"), integrationName},
        {QStringLiteral("result"), result},
        {QStringLiteral("body"), QString::fromUtf8(m_bodyText)},
        {QStringLiteral("fingerprints"), prints},
    };
    if (!fingerprintsMissing.isEmpty())
        json.insert(QStringLiteral("fingerprints_missing"), fingerprintsMissing);
    return json;
}

bool HistoryEntry::fromJson(const QJsonObject &json, HistoryEntry *out, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    HistoryEntry entry;
    entry.time =
        QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!entry.time.isValid())
        return fail(tr("no valid \"time\""));
    entry.time = entry.time.toUTC();
    entry.apiUrl = QUrl(json.value(QLatin1String("api_url")).toString(), QUrl::StrictMode);
    if (!entry.apiUrl.isValid() || entry.apiUrl.isRelative())
        return fail(tr("no valid \"api_url\""));
    entry.integrationName = json.value(QLatin1String("integration_name")).toString();
    const QJsonObject result = json.value(QLatin1String("result")).toObject();
    if (!result.value(QLatin1String("ok")).isBool())
        return fail(tr("no \"result\""));
    entry.ok = result.value(QLatin1String("ok")).toBool();
    entry.integrationId = result.value(QLatin1String("integration_id")).toString();
    entry.httpStatus = result.value(QLatin1String("http_status")).toInt();
    entry.outcome = result.value(QLatin1String("outcome")).toString();
    entry.summary = result.value(QLatin1String("summary")).toString();
    entry.galileoUpdatedAt = result.value(QLatin1String("updated_at")).toString();
    // Checked for its shape here, read when first shown.
    entry.m_bodyText = json.value(QLatin1String("body")).toString().toUtf8();
    if (!entry.m_bodyText.startsWith('{') || !entry.m_bodyText.endsWith('}'))
        return fail(tr("its body is not a JSON object"));
    const QJsonObject prints = json.value(QLatin1String("fingerprints")).toObject();
    for (auto it = prints.constBegin(); it != prints.constEnd(); ++it)
        entry.fingerprints.insert(it.key(), it.value().toString());
    entry.fingerprintsMissing = json.value(QLatin1String("fingerprints_missing")).toString();
    *out = entry;
    return true;
}

bool HistoryEntry::operator==(const HistoryEntry &other) const
{
    return time == other.time && apiUrl == other.apiUrl &&
           integrationName == other.integrationName && ok == other.ok &&
           integrationId == other.integrationId && httpStatus == other.httpStatus &&
           outcome == other.outcome && summary == other.summary && m_bodyText == other.m_bodyText &&
           fingerprints == other.fingerprints && fingerprintsMissing == other.fingerprintsMissing &&
           galileoUpdatedAt == other.galileoUpdatedAt;
}

HistoryStore::HistoryStore(const QString &directory, int maxEntries, qint64 maxBytes)
    : m_directory(directory)
    , m_maxEntries(maxEntries)
    , m_maxBytes(maxBytes)
{}

QString HistoryStore::defaultDirectory()
{
    // Not AppDataLocation, which names the app twice (organisation and application).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1Char('/') + QCoreApplication::applicationName() + QLatin1String("/history");
}

QString HistoryStore::pathFor(const QString &profileId) const
{
    return m_directory + QLatin1Char('/') + profileId + QLatin1String(".jsonl");
}

bool HistoryStore::append(const QString &profileId, const HistoryEntry &entry, QString *error)
{
    // The id names the file: only one this app gives, so that it can name no other file.
    if (!ProfileStore::isValidId(profileId)) {
        *error = tr("the profile id \"%1\" is not one this app gives").arg(profileId.left(80));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    const QString path = pathFor(profileId);
    QLockFile lock(path + QLatin1String(".lock"));
    if (!lockFor(&lock, m_directory, error))
        return false;
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';

    QFile file(path);
    QByteArray existing;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        existing = file.readAll();
        file.close();
    }
    const qsizetype count =
        existing.isEmpty() ? 0 : existing.count('\n') + (existing.endsWith('\n') ? 0 : 1);
    if (count < m_maxEntries && existing.size() + line.size() <= m_maxBytes) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        // A line cut short (a program killed while writing) must not swallow this one.
        const QByteArray data =
            (!existing.isEmpty() && !existing.endsWith('\n') ? QByteArray("\n") : QByteArray()) +
            line;
        if (file.write(data) != data.size() || !file.flush()) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    // Full: the oldest lines go, in a new file that replaces the old one whole.
    QList<QByteArray> lines = linesOf(existing);
    lines << line.chopped(1);
    qint64 bytes = 0;
    for (const QByteArray &kept : std::as_const(lines))
        bytes += kept.size() + 1;
    while (lines.size() > 1 && (lines.size() > m_maxEntries || bytes > m_maxBytes)) {
        bytes -= lines.takeFirst().size() + 1;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    const QByteArray data = lines.join('\n') + '\n';
    if (out.write(data) != data.size() || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

HistoryStore::Read HistoryStore::read(const QString &profileId, const Wanted &wanted) const
{
    Read read;
    if (!ProfileStore::isValidId(profileId))
        return read;
    const QString path = pathFor(profileId);
    QFile file(path);
    if (!file.exists())
        return read;
    QByteArray data;
    {
        // Under the lock, so that a line being appended is never read half-written. A read
        // without it (a read-only folder) is still worth doing.
        QLockFile lock(path + QLatin1String(".lock"));
        QString ignored;
        lockFor(&lock, m_directory, &ignored);
        if (!file.open(QIODevice::ReadOnly)) {
            read.error = tr("cannot read %1: %2").arg(path, file.errorString());
            return read;
        }
        data = file.readAll();
    }
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
        HistoryEntry entry;
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("not valid JSON (%1)").arg(parseError.errorString());
        else if (!document.isObject())
            problem = tr("not a JSON object");
        else
            HistoryEntry::fromJson(document.object(), &entry, &problem);
        if (!problem.isEmpty()) {
            read.damaged << tr("%1, line %2: %3").arg(path).arg(i + 1).arg(problem);
            continue;
        }
        if (!wanted) {
            read.entries << entry;
        } else if (wanted(entry)) {
            read.entries << entry;
            break;
        }
    }
    return read;
}

HistoryStore::Read HistoryStore::read(const QString &profileId) const
{
    return read(profileId, {});
}

std::optional<HistoryEntry> HistoryStore::lastApplied(const QString &profileId, const QUrl &apiUrl,
                                                      const QString &integrationName) const
{
    const QString url = normalized(apiUrl);
    const Read found = read(profileId, [&](const HistoryEntry &entry) {
        return entry.ok && entry.integrationName == integrationName &&
               normalized(entry.apiUrl) == url;
    });
    if (found.entries.isEmpty())
        return std::nullopt;
    return found.entries.constFirst();
}

std::optional<SecretFingerprints::Fingerprints>
HistoryStore::appliedFingerprints(const QString &profileId, const QUrl &apiUrl,
                                  const QString &integrationName,
                                  const QString &galileoUpdatedAt) const
{
    const auto fingerprintsOf = [](const std::optional<HistoryEntry> &entry)
        -> std::optional<SecretFingerprints::Fingerprints> {
        if (!entry || !entry->fingerprintsMissing.isEmpty())
            return std::nullopt;
        return entry->fingerprints;
    };
    if (galileoUpdatedAt.isEmpty())
        return profileId.isEmpty()
                   ? std::nullopt
                   : fingerprintsOf(lastApplied(profileId, apiUrl, integrationName));

    // The same moment, however the server writes it ("...Z" or "+00:00", with or without
    // fractions); text that is no time compares as text.
    const auto sameTime = [](const QString &a, const QString &b) {
        const QDateTime left = QDateTime::fromString(a, Qt::ISODateWithMs);
        const QDateTime right = QDateTime::fromString(b, Qt::ISODateWithMs);
        return left.isValid() && right.isValid() ? left == right : a == b;
    };
    const QString url = normalized(apiUrl);
    std::optional<HistoryEntry> newest;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const Read found = read(file.chopped(6), [&](const HistoryEntry &entry) {
            return entry.ok && entry.integrationName == integrationName &&
                   normalized(entry.apiUrl) == url &&
                   sameTime(entry.galileoUpdatedAt, galileoUpdatedAt);
        });
        if (!found.entries.isEmpty() && (!newest || found.entries.first().time > newest->time))
            newest = found.entries.first();
    }
    return fingerprintsOf(newest);
}

bool HistoryStore::remove(const QString &profileId, QString *error)
{
    if (!ProfileStore::isValidId(profileId))
        return true;
    const QString path = pathFor(profileId);
    if (!QFile::exists(path))
        return true;
    QLockFile lock(path + QLatin1String(".lock"));
    if (!lockFor(&lock, m_directory, error))
        return false;
    QFile file(path);
    if (file.exists() && !file.remove()) {
        *error = tr("cannot remove %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
