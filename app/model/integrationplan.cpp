#include "integrationplan.h"

#include "integrationjson.h"
#include "secretcatalog.h"
#include "singleline.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QPair>

#include <algorithm>

namespace {

const QLatin1String s_headerPrefix("header:");

// The config as it would be sent: what the authentication type does not use is gone.
IntegrationConfig asSent(const IntegrationConfig &config)
{
    return IntegrationJson::read(IntegrationJson::write(config, IntegrationJson::Format::Compact))
        .config;
}

QJsonObject bodyOf(const IntegrationConfig &config)
{
    return QJsonDocument::fromJson(IntegrationJson::write(config, IntegrationJson::Format::Compact))
        .object();
}

// One side's secrets: which slots hold one, and each one's fingerprint ("" when it cannot be
// made or is not known).
struct SecretSide
{
    // Whether a slot missing from `filled` is known to be empty.
    bool complete = true;
    QMap<QString, QString> filled; // slot key -> fingerprint
    // Header names in the order of the form's rows, where the changes are listed.
    QStringList headerOrder;
};

SecretSide secretsOf(IntegrationConfig config, const QByteArray &key)
{
    SecretSide side;
    for (const HeaderEntry &header : std::as_const(config.headers))
        side.headerOrder << header.name;
    const SecretCatalog::Values values = SecretCatalog::extract(&config, nullptr);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        side.filled.insert(it.key(),
                           key.isEmpty() ? QString() : SecretFingerprints::of(key, it.key(), *it));
    // A header is there even with an empty value; its value is then not a secret to compare.
    for (const QString &name : std::as_const(side.headerOrder))
        side.filled.insert(s_headerPrefix + name, side.filled.value(s_headerPrefix + name));
    return side;
}

QString valueText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar is written as the one item of an array, without the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

// The names of a reordered table, the first few of a long one (the JSON has them all).
QString nameList(const QJsonValue &names)
{
    constexpr int Shown = 12;
    const QJsonArray list = names.toArray();
    QStringList shown;
    for (int i = 0; i < list.size() && i < Shown; ++i)
        shown << list.at(i).toString();
    QString text = shown.join(QLatin1String(", "));
    if (list.size() > Shown)
        text = IntegrationPlan::tr("%1, ... (%2 in all)").arg(text).arg(list.size());
    return text;
}

QJsonArray bodyLoc(std::initializer_list<QJsonValue> keys)
{
    QJsonArray loc{QStringLiteral("body")};
    for (const QJsonValue &key : keys)
        loc.append(key);
    return loc;
}

QJsonArray locOfPath(const QString &jsonPath)
{
    QJsonArray loc{QStringLiteral("body")};
    for (const QString &key : jsonPath.split(QLatin1Char('.')))
        loc.append(key);
    return loc;
}

bool isTopLevel(const FieldInfo &field)
{
    const QLatin1String path(field.jsonPath);
    return !path.contains(QLatin1Char('.')) && !path.contains(QLatin1Char('['));
}

// The catalog's fields inside `parent` ("custom_llm_config." or "model_properties[].").
QList<FieldInfo> fieldsBelow(const QString &prefix)
{
    QList<FieldInfo> found;
    for (const FieldInfo &field : FieldCatalog::all()) {
        if (QLatin1String(field.jsonPath).startsWith(prefix))
            found << field;
    }
    return found;
}

// Rows of a table matched by a name: the n-th row called "x" on one side is the n-th on the
// other.
using RowKey = QPair<QString, int>;

QList<RowKey> rowKeys(const QStringList &names)
{
    QList<RowKey> keys;
    QHash<QString, int> seen;
    for (const QString &name : names)
        keys.append({name, seen[name]++});
    return keys;
}

// Where each key is in `keys`.
QHash<RowKey, int> rowIndex(const QList<RowKey> &keys)
{
    QHash<RowKey, int> index;
    for (int row = 0; row < keys.size(); ++row)
        index.insert(keys.at(row), row);
    return index;
}

class Comparison
{
public:
    Comparison(const SecretSide &desired, const SecretSide &remote)
        : m_desired(desired)
        , m_remote(remote)
    {}

    QList<IntegrationPlan::Change> changes;

    void value(const QString &path, const QJsonArray &loc, const QJsonValue &before,
               const QJsonValue &after)
    {
        if (before == after)
            return;
        IntegrationPlan::Change change;
        change.kind = before.isUndefined()  ? IntegrationPlan::Kind::Added
                      : after.isUndefined() ? IntegrationPlan::Kind::Removed
                                            : IntegrationPlan::Kind::Changed;
        change.path = path;
        change.loc = loc;
        change.before = before;
        change.after = after;
        changes << change;
    }

    void secret(const QString &slot, const QString &path, const QJsonArray &loc)
    {
        using Kind = IntegrationPlan::Kind;
        using Secret = IntegrationPlan::Secret;
        const bool inDesired = m_desired.filled.contains(slot);
        const bool inRemote = m_remote.filled.contains(slot);
        if (!inDesired && !inRemote)
            return;
        IntegrationPlan::Change change;
        change.path = path;
        change.loc = loc;
        if (inDesired && inRemote) {
            const QString mine = m_desired.filled.value(slot);
            const QString theirs = m_remote.filled.value(slot);
            if (mine.isEmpty() || theirs.isEmpty()) {
                change.kind = Kind::Changed;
                change.secret = Secret::Unknown;
            } else if (mine == theirs) {
                change.kind = Kind::Unchanged;
                change.secret = Secret::Unchanged;
            } else {
                change.kind = Kind::Changed;
                change.secret = Secret::Changed;
            }
        } else if (inDesired) {
            change.kind = m_remote.complete ? Kind::Added : Kind::Changed;
            change.secret = m_remote.complete ? Secret::Changed : Secret::Unknown;
        } else {
            change.kind = Kind::Removed;
            change.secret = Secret::Changed;
        }
        changes << change;
    }

    // A table whose rows are matched by name: `fields` are the columns to compare, `name`
    // (the matching column) excluded.
    void table(const QString &tableKey, const QJsonArray &before, const QJsonArray &after,
               const QString &nameKey, const QList<FieldInfo> &columns)
    {
        QStringList beforeNames;
        QStringList afterNames;
        for (const QJsonValue &row : before)
            beforeNames << row.toObject().value(nameKey).toString();
        for (const QJsonValue &row : after)
            afterNames << row.toObject().value(nameKey).toString();
        const QList<RowKey> beforeKeys = rowKeys(beforeNames);
        const QList<RowKey> afterKeys = rowKeys(afterNames);
        const QHash<RowKey, int> beforeRows = rowIndex(beforeKeys);
        const QHash<RowKey, int> afterRows = rowIndex(afterKeys);
        QList<RowKey> keptInAfterOrder;
        for (int row = 0; row < after.size(); ++row) {
            const RowKey &key = afterKeys.at(row);
            const QString path = QStringLiteral("%1[%2]").arg(tableKey, key.first);
            const int match = beforeRows.value(key, -1);
            if (match < 0) {
                value(path, bodyLoc({tableKey, row}), QJsonValue::Undefined, after.at(row));
                continue;
            }
            keptInAfterOrder << key;
            const QJsonObject was = before.at(match).toObject();
            const QJsonObject is = after.at(row).toObject();
            for (const FieldInfo &column : columns) {
                const QString field = FieldCatalog::jsonKey(column.id);
                if (field == nameKey)
                    continue;
                value(path + QLatin1Char('.') + field, bodyLoc({tableKey, row, field}),
                      was.value(field), is.value(field));
            }
        }
        QList<RowKey> keptInBeforeOrder;
        for (int row = 0; row < before.size(); ++row) {
            const RowKey &key = beforeKeys.at(row);
            if (afterRows.contains(key))
                keptInBeforeOrder << key;
            else
                value(QStringLiteral("%1[%2]").arg(tableKey, key.first), bodyLoc({tableKey}),
                      before.at(row), QJsonValue::Undefined);
        }
        reorder(tableKey, keptInBeforeOrder, keptInAfterOrder);
    }

    // A secret whose presence on Galileo's side cannot be known.
    void unknown(const QString &path, const QJsonArray &loc)
    {
        IntegrationPlan::Change change;
        change.path = path;
        change.loc = loc;
        change.kind = IntegrationPlan::Kind::Changed;
        change.secret = IntegrationPlan::Secret::Unknown;
        changes << change;
    }

    void headers()
    {
        const QString table = FieldCatalog::jsonKey(FieldId::Headers);
        for (const QString &name : std::as_const(m_desired.headerOrder))
            secret(s_headerPrefix + name, QStringLiteral("%1[%2]").arg(table, name),
                   bodyLoc({table, name}));
        // Headers that only Galileo has (or the history names), in order of name.
        for (auto it = m_remote.filled.cbegin(); it != m_remote.filled.cend(); ++it) {
            if (!it.key().startsWith(s_headerPrefix))
                continue;
            const QString name = it.key().mid(s_headerPrefix.size());
            if (!m_desired.headerOrder.contains(name))
                secret(it.key(), QStringLiteral("%1[%2]").arg(table, name), bodyLoc({table}));
        }
        // Headers are a JSON object, whose order is no part of it (a server may well keep
        // them sorted, as a JSONB column does): unlike the models' order, theirs is no change,
        // or a plan after an apply would never come out empty.
    }

private:
    void reorder(const QString &table, const QList<RowKey> &before, const QList<RowKey> &after)
    {
        if (before == after)
            return;
        const auto names = [](const QList<RowKey> &keys) {
            QJsonArray list;
            for (const RowKey &key : keys)
                list.append(key.first);
            return list;
        };
        IntegrationPlan::Change change;
        change.kind = IntegrationPlan::Kind::Reordered;
        change.path = table;
        change.loc = bodyLoc({table});
        change.before = names(before);
        change.after = names(after);
        changes << change;
    }

    SecretSide m_desired;
    SecretSide m_remote;
};

} // namespace

bool IntegrationPlan::Change::operator==(const Change &other) const
{
    return kind == other.kind && secret == other.secret && loc == other.loc && path == other.path &&
           before == other.before && after == other.after;
}

QString IntegrationPlan::Change::toLine() const
{
    static const char *const ops[] = {"+", "-", "~", "~", " "};
    const QString op = QLatin1String(ops[static_cast<int>(kind)]);
    QString what;
    switch (secret) {
    case Secret::Changed:
        // A secret that comes or goes is not one that changed.
        what = kind == Kind::Added     ? tr("(secret added)")
               : kind == Kind::Removed ? tr("(secret removed)")
                                       : tr("(secret changed)");
        break;
    case Secret::Unchanged:
        what = tr("(secret unchanged)");
        break;
    case Secret::Unknown:
        what = tr("(secret unknown)");
        break;
    case Secret::No:
        switch (kind) {
        case Kind::Added:
            what = valueText(after);
            break;
        case Kind::Removed:
            what = valueText(before);
            break;
        case Kind::Changed:
            what = QStringLiteral("%1 -> %2").arg(valueText(before), valueText(after));
            break;
        case Kind::Reordered:
            what = tr("reordered: %1 -> %2").arg(nameList(before), nameList(after));
            break;
        case Kind::Unchanged:
            break;
        }
        break;
    }
    // Names and values come from the user and the server: one line, whatever they hold.
    return singleLine(QStringLiteral("%1 %2: %3").arg(op, path, what));
}

QJsonObject IntegrationPlan::Change::toJson() const
{
    static const char *const ops[] = {"+", "-", "~", "~", " "};
    QJsonObject json{{QStringLiteral("op"), QLatin1String(ops[static_cast<int>(kind)])},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("loc"), loc}};
    if (secret != Secret::No) {
        json.insert(QStringLiteral("secret"), secretName(secret));
        return json;
    }
    if (!before.isUndefined())
        json.insert(QStringLiteral("before"), before);
    if (!after.isUndefined())
        json.insert(QStringLiteral("after"), after);
    return json;
}

IntegrationPlan IntegrationPlan::make(const IntegrationConfig &desired, const Remote &remote,
                                      const QByteArray &key)
{
    IntegrationPlan plan;
    plan.m_source = remote.source;

    const IntegrationConfig mine = asSent(desired);
    const SecretSide mySecrets = secretsOf(mine, key);
    IntegrationConfig theirs;
    SecretSide theirSecrets;
    switch (remote.source) {
    case Remote::Source::Definition:
        theirs = asSent(remote.config);
        theirSecrets = secretsOf(theirs, key);
        break;
    case Remote::Source::StoredFields:
    case Remote::Source::History:
        theirs = asSent(remote.config);
        // A history entry's body has its secrets masked: only the fingerprints recorded with it
        // say anything about them.
        if (remote.source == Remote::Source::History)
            SecretCatalog::extract(&theirs, nullptr);
        // Galileo leaves the secrets and the headers out; any secret it did return is compared
        // as it is, and the rest come from the record of the last apply, if there is one.
        theirSecrets = secretsOf(theirs, key);
        theirSecrets.complete = remote.applied.has_value();
        if (remote.applied) {
            for (auto it = remote.applied->cbegin(); it != remote.applied->cend(); ++it) {
                if (!theirSecrets.filled.value(it.key()).isEmpty())
                    continue;
                theirSecrets.filled.insert(it.key(), key.isEmpty() ? QString() : it.value());
            }
        }
        break;
    case Remote::Source::Nothing:
        break;
    }

    // Secrets and headers leave the bodies: they are compared by fingerprint only.
    IntegrationConfig mineBare = mine;
    IntegrationConfig theirsBare = theirs;
    SecretCatalog::extract(&mineBare, nullptr);
    SecretCatalog::extract(&theirsBare, nullptr);
    mineBare.headers.clear();
    theirsBare.headers.clear();
    const QJsonObject after = bodyOf(mineBare);
    const QJsonObject before =
        remote.source == Remote::Source::Nothing ? QJsonObject() : bodyOf(theirsBare);

    Comparison compare(mySecrets, theirSecrets);
    QStringList known;
    for (const FieldInfo &field : FieldCatalog::all()) {
        if (!isTopLevel(field))
            continue;
        const QString name = FieldCatalog::jsonKey(field.id);
        known << name;
        if (field.secret) {
            compare.secret(name, name, bodyLoc({name}));
            continue;
        }
        if (field.id == FieldId::Headers) {
            compare.headers();
            // Galileo never returns headers: without a record of the last apply, any it holds
            // are unknown, and an apply replaces them with the form's.
            if (remote.source == Remote::Source::StoredFields && !remote.applied &&
                mine.headers.isEmpty())
                compare.unknown(name, bodyLoc({name}));
            continue;
        }
        if (field.id == FieldId::ModelProperties) {
            compare.table(name, before.value(name).toArray(), after.value(name).toArray(),
                          FieldCatalog::jsonKey(FieldId::ModelName),
                          fieldsBelow(name + QLatin1String("[].")));
            continue;
        }
        const QList<FieldInfo> inside = fieldsBelow(name + QLatin1Char('.'));
        const QJsonValue was = before.value(name);
        const QJsonValue is = after.value(name);
        if (inside.isEmpty() || !was.isObject() || !is.isObject())
            compare.value(name, bodyLoc({name}), was, is);
        for (const FieldInfo &part : inside) {
            const QString path = QString::fromLatin1(part.jsonPath);
            if (part.secret) {
                compare.secret(path, path, locOfPath(path));
                // The same for the handler's arguments, which the stored fields leave out.
                if (remote.source == Remote::Source::StoredFields && !remote.applied &&
                    is.isObject() && !mySecrets.filled.contains(path) &&
                    !theirSecrets.filled.contains(path))
                    compare.unknown(path, locOfPath(path));
            } else if (was.isObject() && is.isObject()) {
                const QString key = FieldCatalog::jsonKey(part.id);
                compare.value(path, locOfPath(path), was.toObject().value(key),
                              is.toObject().value(key));
            }
        }
    }
    // Fields this app does not know, in order of name.
    QStringList unknown;
    for (const QJsonObject &body : {before, after}) {
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!known.contains(it.key()) && !unknown.contains(it.key()))
                unknown << it.key();
        }
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &name : std::as_const(unknown))
        compare.value(name, bodyLoc({name}), before.value(name), after.value(name));
    // Unknown fields named as credentials are secrets (SecretCatalog): by fingerprint only.
    QStringList otherSecrets;
    for (const SecretSide *side : {&std::as_const(mySecrets), &std::as_const(theirSecrets)}) {
        for (auto it = side->filled.cbegin(); it != side->filled.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("other:")) && !otherSecrets.contains(it.key()))
                otherSecrets << it.key();
        }
    }
    std::sort(otherSecrets.begin(), otherSecrets.end());
    for (const QString &slot : std::as_const(otherSecrets))
        compare.secret(slot, slot.mid(6), SecretCatalog::loc(slot));

    plan.m_changes = compare.changes;
    std::stable_partition(plan.m_changes.begin(), plan.m_changes.end(),
                          [](const Change &change) { return change.kind != Kind::Unchanged; });
    return plan;
}

int IntegrationPlan::changeCount() const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [](const Change &change) {
        return change.kind != Kind::Unchanged && change.secret != Secret::Unknown;
    }));
}

int IntegrationPlan::unknownCount() const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [](const Change &change) {
        return change.secret == Secret::Unknown;
    }));
}

QString IntegrationPlan::summary() const
{
    // Long lists name the first few places; the plan itself lists them all.
    constexpr int Named = 6;
    const auto places = [](const QStringList &paths) {
        QString text = paths.mid(0, Named).join(QLatin1String(", "));
        if (paths.size() > Named)
            text = tr("%1 and %2 more").arg(text).arg(paths.size() - Named);
        return text;
    };
    QStringList changed;
    QStringList unknown;
    for (const Change &change : m_changes) {
        if (change.secret == Secret::Unknown)
            unknown << change.path;
        else if (change.kind != Kind::Unchanged)
            changed << change.path;
    }
    if (changed.isEmpty() && unknown.isEmpty())
        return tr("No changes.");
    QStringList parts;
    if (!changed.isEmpty())
        parts << (changed.size() == 1
                      ? tr("1 change: %1").arg(places(changed))
                      : tr("%1 changes: %2").arg(changed.size()).arg(places(changed)));
    if (!unknown.isEmpty())
        parts << (unknown.size() == 1
                      ? tr("1 secret unknown: %1").arg(places(unknown))
                      : tr("%1 secrets unknown: %2").arg(unknown.size()).arg(places(unknown)));
    return parts.join(QLatin1String("; "));
}

QString IntegrationPlan::sourceDescription() const
{
    switch (m_source) {
    case Remote::Source::Definition:
        return tr("Compared with Galileo's definition of the integration; secrets by keyed "
                  "fingerprint.");
    case Remote::Source::StoredFields:
        return tr("Compared with Galileo's stored fields (these credentials may not read the "
                  "secrets); secrets and headers by the fingerprints of the last apply from "
                  "here, where there is one.");
    case Remote::Source::Nothing:
        return tr("Galileo holds no such integration yet: everything is added.");
    case Remote::Source::History:
        return tr("Compared with an earlier apply from the history; secrets by the fingerprints "
                  "recorded then (unknown where none were).");
    }
    return {};
}

QString IntegrationPlan::toText() const
{
    QString text;
    for (const Change &change : m_changes)
        text += change.toLine() + QLatin1Char('\n');
    return text + summary() + QLatin1Char('\n');
}

QJsonObject IntegrationPlan::toJson() const
{
    QJsonArray changes;
    for (const Change &change : m_changes)
        changes.append(change.toJson());
    return {{QStringLiteral("source"), sourceName(m_source)},
            {QStringLiteral("has_changes"), hasChanges()},
            {QStringLiteral("change_count"), changeCount()},
            {QStringLiteral("unknown_count"), unknownCount()},
            {QStringLiteral("summary"), summary()},
            {QStringLiteral("changes"), changes}};
}

QString IntegrationPlan::sourceName(Remote::Source source)
{
    switch (source) {
    case Remote::Source::Definition:
        return QStringLiteral("definition");
    case Remote::Source::StoredFields:
        return QStringLiteral("stored_fields");
    case Remote::Source::Nothing:
        return QStringLiteral("nothing");
    case Remote::Source::History:
        return QStringLiteral("history");
    }
    return {};
}

QString IntegrationPlan::kindName(Kind kind)
{
    static const char *const names[] = {"added", "removed", "changed", "reordered", "unchanged"};
    return QLatin1String(names[static_cast<int>(kind)]);
}

QString IntegrationPlan::secretName(Secret secret)
{
    static const char *const names[] = {"", "changed", "unchanged", "unknown"};
    return QLatin1String(names[static_cast<int>(secret)]);
}
