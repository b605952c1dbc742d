#include "schemadrift.h"

#include "model/fieldcatalog.h"
#include "model/singleline.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace {

// lupdate files the texts of SchemaDrift's functions under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaDrift", text);
}

// A hostile or broken document may chain $refs or nest alternatives without end.
constexpr int MaxRefHops = 32;
constexpr int MaxDepth = 16;
// The reason shown for an unknown drift is one line of reasonable length, whatever a server
// put into its answer.
constexpr int MaxReasonLength = 400;
// A server's field names are shown as they come, within these bounds.
constexpr int MaxNameLength = 120;
constexpr int MaxDescribedFields = 50;

const QLatin1String s_schemaPrefix("#/components/schemas/");

// The app's fields by the object that holds them: "" for the body, "model_properties[]" for a
// model row, "custom_llm_config" and so on.
QMap<QString, QStringList> appFields()
{
    QMap<QString, QStringList> fields;
    for (const FieldInfo &field : FieldCatalog::all()) {
        const QString path = QString::fromLatin1(field.jsonPath);
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        const QString parent = dot < 0 ? QString() : path.left(dot);
        // The catalog's "headers[].name" and "headers[].value" describe the entries of a map
        // of header names, not keys of an object.
        if (parent == QLatin1String("headers[]"))
            continue;
        fields[parent] << path.mid(dot + 1);
    }
    return fields;
}

QString joined(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

// A field name from the server, made fit for one line of a terminal or a list.
QString shownName(const QString &path)
{
    QString line = singleLine(path);
    if (line.size() > MaxNameLength)
        line = line.left(MaxNameLength) + QStringLiteral("...");
    return line;
}

bool hasType(const QJsonObject &schema, const QString &type)
{
    const QJsonValue value = schema.value(QLatin1String("type"));
    if (value.isArray())
        return value.toArray().contains(type);
    return value.toString() == type;
}

// Reads schemas as FastAPI (pydantic v1 and v2) writes them.
class SchemaReader
{
public:
    explicit SchemaReader(QJsonObject schemas)
        : m_schemas(std::move(schemas))
    {}

    QJsonObject named(const QString &name) const { return m_schemas.value(name).toObject(); }

    // The schema a chain of local $refs ends at; empty for an external or endless one.
    QJsonObject resolve(QJsonObject schema) const
    {
        for (int hop = 0; hop < MaxRefHops && schema.contains(QLatin1String("$ref")); ++hop) {
            const QString ref = schema.value(QLatin1String("$ref")).toString();
            if (!ref.startsWith(s_schemaPrefix))
                return {};
            schema = named(ref.mid(s_schemaPrefix.size()));
        }
        return schema.contains(QLatin1String("$ref")) ? QJsonObject() : schema;
    }

    // The keys an object schema accepts, looking through anyOf/oneOf (the first object among
    // them, null being the other) and allOf (all merged); nullopt when it is not an object.
    std::optional<SchemaDrift::ObjectShape> objectShape(const QJsonValue &value,
                                                        int depth = 0) const
    {
        if (depth > MaxDepth || !value.isObject())
            return std::nullopt;
        const QJsonObject schema = resolve(value.toObject());
        const QJsonValue properties = schema.value(QLatin1String("properties"));
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        if (properties.isObject()) {
            SchemaDrift::ObjectShape shape;
            shape.properties = properties.toObject().keys();
            shape.open = additional.isObject() || (additional.isBool() && additional.toBool());
            mergeAllOf(schema, depth, &shape);
            return shape;
        }
        if (hasType(schema, QStringLiteral("object")) || additional.isObject() ||
            additional.isBool()) {
            SchemaDrift::ObjectShape shape;
            shape.open = !(additional.isBool() && !additional.toBool());
            return shape;
        }
        for (const char *alternatives : {"anyOf", "oneOf"}) {
            for (const QJsonValue &alternative :
                 schema.value(QLatin1String(alternatives)).toArray()) {
                if (const auto shape = objectShape(alternative, depth + 1))
                    return shape;
            }
        }
        if (schema.contains(QLatin1String("allOf"))) {
            SchemaDrift::ObjectShape shape;
            if (mergeAllOf(schema, depth, &shape))
                return shape;
        }
        return std::nullopt;
    }

    // The item schema of an array schema, looking through anyOf/oneOf/allOf.
    QJsonValue arrayItems(const QJsonValue &value, int depth = 0) const
    {
        if (depth > MaxDepth || !value.isObject())
            return {};
        const QJsonObject schema = resolve(value.toObject());
        if (schema.value(QLatin1String("items")).isObject())
            return schema.value(QLatin1String("items"));
        for (const char *alternatives : {"anyOf", "oneOf", "allOf"}) {
            for (const QJsonValue &alternative :
                 schema.value(QLatin1String(alternatives)).toArray()) {
                const QJsonValue items = arrayItems(alternative, depth + 1);
                if (items.isObject())
                    return items;
            }
        }
        return {};
    }

private:
    bool mergeAllOf(const QJsonObject &schema, int depth, SchemaDrift::ObjectShape *shape) const
    {
        bool any = false;
        for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
            if (const auto more = objectShape(part, depth + 1)) {
                any = true;
                for (const QString &key : more->properties) {
                    if (!shape->properties.contains(key))
                        shape->properties << key;
                }
                shape->open = shape->open || more->open;
            }
        }
        return any;
    }

    QJsonObject m_schemas;
};

void warnUnknownKeys(const QJsonObject &object, const SchemaDrift::ObjectShape &shape,
                     const QJsonArray &loc, ValidationIssues *issues)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (shape.accepts(it.key()))
            continue;
        QJsonArray at = loc;
        at.append(it.key());
        issues->append(ValidationIssue::warning(
            at, QStringLiteral("field_unknown_to_server"),
            QCoreApplication::translate("SchemaDrift",
                                        "this cluster's schema has no such field: Galileo there "
                                        "would drop it without a word. Leave it out, or update "
                                        "Galileo")));
    }
}

} // namespace

SchemaDrift SchemaDrift::unknown(const QString &reason)
{
    SchemaDrift drift;
    QString line = singleLine(reason);
    if (line.size() > MaxReasonLength)
        line = line.left(MaxReasonLength) + QStringLiteral("...");
    drift.reason = line;
    return drift;
}

SchemaDrift SchemaDrift::compare(const QJsonObject &openApi)
{
    const QJsonObject schemas = openApi.value(QLatin1String("components"))
                                    .toObject()
                                    .value(QLatin1String("schemas"))
                                    .toObject();
    const SchemaReader reader(schemas);
    // Pydantic v2 names the request side "...-Input" where input and output differ.
    QJsonObject create = reader.named(QStringLiteral("CustomIntegrationCreate"));
    if (create.isEmpty())
        create = reader.named(QStringLiteral("CustomIntegrationCreate-Input"));
    const auto body = reader.objectShape(create);
    if (!body || body->properties.isEmpty())
        return unknown(tr("The OpenAPI document has no CustomIntegrationCreate schema."));

    SchemaDrift drift;
    drift.state = State::Compared;
    drift.shapes.insert(QString(), *body);
    const QJsonObject properties =
        reader.resolve(create).value(QLatin1String("properties")).toObject();
    const QMap<QString, QStringList> app = appFields();
    for (auto it = app.constBegin(); it != app.constEnd(); ++it) {
        const QString &parent = it.key();
        if (parent.isEmpty())
            continue;
        const bool rows = parent.endsWith(QLatin1String("[]"));
        const QJsonValue field = properties.value(rows ? parent.chopped(2) : parent);
        const auto shape = reader.objectShape(rows ? reader.arrayItems(field) : field);
        // A parent the server lacks (or has in another shape) is reported as itself.
        if (shape)
            drift.shapes.insert(parent, *shape);
    }
    for (auto it = app.constBegin(); it != app.constEnd(); ++it) {
        const auto shape = drift.shapes.constFind(it.key());
        if (shape == drift.shapes.constEnd())
            continue;
        for (const QString &key : it.value()) {
            if (!shape->accepts(key))
                drift.appOnly << joined(it.key(), key);
        }
    }
    for (auto it = drift.shapes.constBegin(); it != drift.shapes.constEnd(); ++it) {
        const QStringList known = app.value(it.key());
        for (const QString &key : it->properties) {
            if (!known.contains(key))
                drift.serverOnly << shownName(joined(it.key(), key));
        }
    }
    return drift;
}

ValidationIssues SchemaDrift::warningsFor(const QJsonObject &body) const
{
    ValidationIssues issues;
    if (!isKnown())
        return issues;
    const QJsonArray root{QStringLiteral("body")};
    warnUnknownKeys(body, shapes.value(QString()), root, &issues);
    for (auto it = shapes.constBegin(); it != shapes.constEnd(); ++it) {
        const QString &parent = it.key();
        if (parent.isEmpty())
            continue;
        if (parent.endsWith(QLatin1String("[]"))) {
            const QString field = parent.chopped(2);
            // Rows of a field the server does not know are warned about as the field.
            if (!shapes.value(QString()).accepts(field))
                continue;
            const QJsonArray rows = body.value(field).toArray();
            for (qsizetype row = 0; row < rows.size(); ++row) {
                warnUnknownKeys(rows.at(row).toObject(), it.value(),
                                QJsonArray{QStringLiteral("body"), field, row}, &issues);
            }
        } else if (shapes.value(QString()).accepts(parent)) {
            warnUnknownKeys(body.value(parent).toObject(), it.value(),
                            QJsonArray{QStringLiteral("body"), parent}, &issues);
        }
    }
    return issues;
}

QString SchemaDrift::summary() const
{
    if (!isKnown())
        return tr("Field drift unknown: %1").arg(reason);
    if (!hasDrift())
        return tr("The same fields as this app (%1).").arg(source);
    return tr("Fields only on the server: %1; only in this app: %2 (%3).")
        .arg(serverOnly.size())
        .arg(appOnly.size())
        .arg(source);
}

QStringList SchemaDrift::describe() const
{
    QStringList lines;
    for (const QString &path : serverOnly.mid(0, MaxDescribedFields)) {
        // Only top-level fields can be written as they are, under Other fields.
        lines << (path.contains(QLatin1Char('.'))
                      ? tr("%1: known to the server, not to this app").arg(path)
                      : tr("%1: known to the server, not to this app (it can be set under Other "
                           "fields)")
                            .arg(path));
    }
    if (serverOnly.size() > MaxDescribedFields)
        lines << tr("... and %1 more known only to the server")
                     .arg(serverOnly.size() - MaxDescribedFields);
    for (const QString &path : appOnly)
        lines << tr("%1: sent by this app, unknown to the server (an older Galileo drops it)")
                     .arg(path);
    return lines;
}

QJsonObject SchemaDrift::toJson() const
{
    QJsonObject json{{QStringLiteral("state"),
                      isKnown() ? QStringLiteral("compared") : QStringLiteral("unknown")}};
    if (!isKnown()) {
        json.insert(QStringLiteral("reason"), reason);
        return json;
    }
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("server_only"), QJsonArray::fromStringList(serverOnly));
    json.insert(QStringLiteral("app_only"), QJsonArray::fromStringList(appOnly));
    return json;
}
