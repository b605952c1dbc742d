#include "integrationjson.h"

#include "fieldcatalog.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace IntegrationJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationJson", text);
}

QJsonArray bodyLoc(std::initializer_list<QJsonValue> parts = {})
{
    QJsonArray loc{QStringLiteral("body")};
    for (const QJsonValue &part : parts)
        loc.append(part);
    return loc;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("null");
    }
}

// Whether a field's schema allows null (an anyOf with a null branch).
enum class Null { Allowed, Refused };

// Reads one object's fields, reporting wrong types against the field's loc.
class ObjectReader
{
public:
    // lupdate files the texts of this class under its own name.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("IntegrationJson::ObjectReader", text);
    }

public:
    ObjectReader(const QJsonObject &object, const QJsonArray &loc, ValidationIssues *issues)
        : m_object(object)
        , m_loc(loc)
        , m_issues(issues)
    {}

    QJsonArray loc(const QString &key) const
    {
        QJsonArray result = m_loc;
        result.append(key);
        return result;
    }

    // Unset (missing, or null where the schema allows it) leaves *out untouched and returns
    // false. A null where the schema allows none is an error, as on the server.
    bool string(const QString &key, QString *out, Null null = Null::Allowed) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || (value.isNull() && null == Null::Allowed))
            return false;
        if (!value.isString()) {
            typeError(key, value,
                      value.isNull() ? QStringLiteral("type_error.none.not_allowed")
                                     : QStringLiteral("type_error.str"),
                      tr("must be a string, not %1"));
            return false;
        }
        *out = value.toString();
        return true;
    }

    // A boolean the schema requires not to be null; false when missing or wrong.
    bool boolean(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            typeError(key, value, QStringLiteral("type_error.bool"),
                      tr("must be true or false, not %1"));
            return false;
        }
        return true;
    }

    bool integer(const QString &key, std::optional<qint64> *out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        const double number = value.toDouble();
        if (!value.isDouble()) {
            typeError(key, value, QStringLiteral("type_error.integer"),
                      tr("must be a whole number, not %1"));
            return false;
        }
        if (std::floor(number) != number || std::abs(number) > 9007199254740992.0) {
            m_issues->append(ValidationIssue::error(loc(key), QStringLiteral("type_error.integer"),
                                                    tr("must be a whole number")));
            return false;
        }
        *out = qint64(number);
        return true;
    }

    // The value when it is an object; reports any other non-null value.
    std::optional<QJsonObject> object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            typeError(key, value, QStringLiteral("type_error.dict"),
                      tr("must be an object, not %1"));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray()) {
            typeError(key, value, QStringLiteral("type_error.list"), tr("must be a list, not %1"));
            return std::nullopt;
        }
        return value.toArray();
    }

    void reportUnknownKeys(const QStringList &known, const QString &what) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (known.contains(it.key()))
                continue;
            m_issues->append(ValidationIssue::warning(
                loc(it.key()), QStringLiteral("value_error.extra"),
                tr("unknown field \"%1\" in %2: Galileo ignores it, so it will not be sent")
                    .arg(it.key(), what)));
        }
    }

private:
    void typeError(const QString &key, const QJsonValue &value, const QString &type,
                   const QString &message) const
    {
        m_issues->append(ValidationIssue::error(loc(key), type, message.arg(typeName(value))));
    }

    const QJsonObject &m_object;
    QJsonArray m_loc;
    ValidationIssues *m_issues;
};

QString key(FieldId id)
{
    return FieldCatalog::jsonKey(id);
}

QStringList keys(std::initializer_list<FieldId> ids)
{
    QStringList result;
    for (FieldId id : ids)
        result << key(id);
    return result;
}

void readModels(const ObjectReader &body, ReadResult *result)
{
    ValidationIssues *issues = &result->issues;
    const std::optional<QJsonArray> properties = body.array(key(FieldId::ModelProperties));
    if (properties) {
        const QStringList known = keys({FieldId::ModelName, FieldId::ModelAlias,
                                        FieldId::ModelBasedOn, FieldId::ModelSupportedParameters});
        for (qsizetype row = 0; row < properties->size(); ++row) {
            QJsonArray rowLoc = body.loc(key(FieldId::ModelProperties));
            rowLoc.append(int(row));
            const QJsonValue item = properties->at(row);
            if (!item.isObject()) {
                issues->append(ValidationIssue::error(
                    rowLoc, QStringLiteral("type_error.dict"),
                    tr("each model must be an object with at least a name, not %1")
                        .arg(typeName(item))));
                continue;
            }
            const QJsonObject object = item.toObject();
            const ObjectReader reader(object, rowLoc, issues);
            ModelProperty model;
            reader.string(key(FieldId::ModelName), &model.name, Null::Refused);
            reader.string(key(FieldId::ModelAlias), &model.alias);
            reader.string(key(FieldId::ModelBasedOn), &model.basedOn);
            const QString parametersKey = key(FieldId::ModelSupportedParameters);
            if (const auto parameters = reader.array(parametersKey)) {
                QStringList names;
                for (qsizetype i = 0; i < parameters->size(); ++i) {
                    if (parameters->at(i).isString()) {
                        names << parameters->at(i).toString();
                        continue;
                    }
                    QJsonArray itemLoc = reader.loc(parametersKey);
                    itemLoc.append(int(i));
                    issues->append(
                        ValidationIssue::error(itemLoc, QStringLiteral("type_error.str"),
                                               tr("must be a parameter name (a string), not %1")
                                                   .arg(typeName(parameters->at(i)))));
                }
                model.supportedParameters = names;
            }
            reader.reportUnknownKeys(known, tr("a model"));
            result->config.modelProperties << model;
        }
    }

    const std::optional<QJsonArray> legacy = body.array(key(FieldId::Models));
    if (!legacy)
        return;
    const QJsonArray legacyLoc = body.loc(key(FieldId::Models));
    QStringList names;
    for (qsizetype i = 0; i < legacy->size(); ++i) {
        if (legacy->at(i).isString()) {
            names << legacy->at(i).toString();
            continue;
        }
        QJsonArray itemLoc = legacyLoc;
        itemLoc.append(int(i));
        issues->append(ValidationIssue::error(
            itemLoc, QStringLiteral("type_error.str"),
            tr("must be a model name (a string), not %1").arg(typeName(legacy->at(i)))));
    }
    if (properties) {
        if (names == result->config.modelNames()) {
            issues->append(ValidationIssue::info(
                legacyLoc, QStringLiteral("deprecated"),
                tr("the deprecated \"models\" list repeats model_properties; only "
                   "model_properties will be sent")));
        } else {
            issues->append(ValidationIssue::warning(
                legacyLoc, QStringLiteral("deprecated"),
                tr("the deprecated \"models\" list is ignored because model_properties is also "
                   "given; it named: %1")
                    .arg(names.join(QLatin1String(", ")))));
        }
        return;
    }
    for (const QString &name : std::as_const(names))
        result->config.modelProperties << ModelProperty{name, {}, {}, std::nullopt};
    issues->append(ValidationIssue::info(
        legacyLoc, QStringLiteral("deprecated"),
        tr("the deprecated \"models\" list was converted to model_properties (models: %1); it "
           "will be sent as model_properties")
            .arg(names.size())));
}

void readHeaders(const ObjectReader &body, const QStringList &order, ReadResult *result)
{
    const std::optional<QJsonObject> headers = body.object(key(FieldId::Headers));
    if (!headers)
        return;
    // QJsonObject sorts its keys; the scanner kept the order the user wrote them in. Two keys
    // may still be one name: Qt drops a leading U+FEFF when it turns a key into a string.
    QStringList names = order + headers->keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const QJsonValue value = headers->value(name);
        QJsonArray loc = body.loc(key(FieldId::Headers));
        loc.append(name);
        HeaderEntry entry{name, value.toString()};
        if (!value.isString()) {
            result->issues.append(ValidationIssue::error(
                loc, QStringLiteral("type_error.str"),
                tr("a header value must be a string, not %1").arg(typeName(value))));
        }
        result->config.headers << entry;
    }
}

void readHeaderMapping(const ObjectReader &body, ReadResult *result)
{
    const std::optional<QJsonObject> mapping = body.object(key(FieldId::CustomHeaderMapping));
    if (!mapping)
        return;
    const ObjectReader reader(*mapping, body.loc(key(FieldId::CustomHeaderMapping)),
                              &result->issues);
    const QStringList &allowed = FieldCatalog::headerMappingKeys();
    for (auto it = mapping->constBegin(); it != mapping->constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            result->issues.append(ValidationIssue::error(
                reader.loc(it.key()), QStringLiteral("value_error.mapping_key"),
                tr("\"%1\" is not an internal field that can be mapped; use one of %2")
                    .arg(it.key(), allowed.join(QLatin1String(", ")))));
            continue;
        }
        QString header;
        if (reader.string(it.key(), &header, Null::Refused))
            result->config.headerMapping.setValue(it.key(), header);
    }
}

void readCustomLlm(const ObjectReader &body, ReadResult *result)
{
    const std::optional<QJsonObject> config = body.object(key(FieldId::CustomLlmConfig));
    if (!config)
        return;
    const ObjectReader reader(*config, body.loc(key(FieldId::CustomLlmConfig)), &result->issues);
    CustomLlmConfig &custom = result->config.customLlm;
    custom.enabled = true;
    reader.string(key(FieldId::CustomLlmFileName), &custom.fileName, Null::Refused);
    reader.string(key(FieldId::CustomLlmClassName), &custom.className, Null::Refused);
    custom.initKwargs = reader.object(key(FieldId::CustomLlmInitKwargs));
    reader.reportUnknownKeys(keys({FieldId::CustomLlmFileName, FieldId::CustomLlmClassName,
                                   FieldId::CustomLlmInitKwargs}),
                             key(FieldId::CustomLlmConfig));
}

void readMultiModal(const ObjectReader &body, ReadResult *result)
{
    const std::optional<QJsonObject> config = body.object(key(FieldId::MultiModalConfig));
    if (!config)
        return;
    const ObjectReader reader(*config, body.loc(key(FieldId::MultiModalConfig)), &result->issues);
    MultiModalConfig &multiModal = result->config.multiModal;
    multiModal.enabled = true;
    reader.integer(key(FieldId::MultiModalMaxFiles), &multiModal.maxFiles);
    reader.integer(key(FieldId::MultiModalMaxFileSizeBytes), &multiModal.maxFileSizeBytes);
    reader.reportUnknownKeys(
        keys({FieldId::MultiModalMaxFiles, FieldId::MultiModalMaxFileSizeBytes}),
        key(FieldId::MultiModalConfig));
}

} // namespace

namespace {

// A value with each object's repeated keys (which Qt's reader keeps, and which keys equal after
// Qt drops a byte order mark make) folded into one, the last one winning as in FastAPI: what is
// kept is what is sent, and sending it again sends the same.
QJsonValue withoutDuplicateKeys(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject folded;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            folded.insert(it.key(), withoutDuplicateKeys(it.value()));
        return folded;
    }
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(withoutDuplicateKeys(item));
        return items;
    }
    return value;
}

} // namespace

// The body's top-level keys that the catalog knows; any other is kept in `extra`.
static QStringList knownTopLevelKeys()
{
    QStringList known;
    for (const FieldInfo &field : FieldCatalog::all()) {
        const QString path = QString::fromLatin1(field.jsonPath);
        if (!path.contains(QLatin1Char('.')) && !path.contains(QLatin1Char('[')))
            known << path;
    }
    known << key(FieldId::IsLegacyFormat);
    return known;
}

ReadResult read(const QByteArray &json)
{
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // For structural errors Qt points just past the character it stumbled on; people (and
        // Python's json, which FastAPI uses) point at the character itself.
        static const QSet<QJsonParseError::ParseError> pastTheCharacter = {
            QJsonParseError::UnterminatedObject, QJsonParseError::MissingNameSeparator,
            QJsonParseError::UnterminatedArray, QJsonParseError::MissingValueSeparator,
            QJsonParseError::MissingObject, QJsonParseError::IllegalValue};
        if (pastTheCharacter.contains(parseError.error) && parseError.offset > 0 &&
            parseError.offset < json.size()) {
            --parseError.offset;
        }
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        const QByteArray text = json.trimmed();
        // A command copied whole (this app's Copy as curl, say) instead of its body.
        const bool curl = text.startsWith("curl ") || text.startsWith("curl\t");
        result.issues << ValidationIssue::error(
            bodyLoc({int(parseError.offset)}), QStringLiteral("value_error.jsondecode"),
            tr("%1: line %2 column %3 (char %4)")
                .arg(text.isEmpty() ? tr("the text is empty, not a JSON object")
                     : curl         ? tr("this is a curl command, not a JSON body: take the JSON "
                                         "in quotes after --data-raw (or -d)")
                                    : parseError.errorString())
                .arg(line)
                .arg(column)
                .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.issues << ValidationIssue::error(
            bodyLoc(), QStringLiteral("type_error.dict"),
            tr("the body must be a JSON object ({...}) with the integration's fields"));
        return result;
    }

    const JsonText::KeyScan scan = JsonText::scanKeys(json, {QJsonArray{key(FieldId::Headers)}});
    for (const QJsonArray &path : scan.duplicateKeys) {
        QJsonArray loc = bodyLoc();
        for (const QJsonValue &part : path)
            loc.append(part);
        result.issues << ValidationIssue::error(
            loc, QStringLiteral("value_error.duplicate_key"),
            tr("\"%1\" is given more than once; only the last one would count")
                .arg(loc.last().toString()));
    }

    const QJsonObject object = document.object();
    const ObjectReader body(object, bodyLoc(), &result.issues);
    IntegrationConfig &config = result.config;

    QString authType;
    if (body.string(key(FieldId::AuthenticationType), &authType, Null::Refused)) {
        if (const auto type = authenticationTypeFromString(authType)) {
            config.authenticationType = *type;
        } else {
            result.issues << ValidationIssue::error(
                body.loc(key(FieldId::AuthenticationType)), QStringLiteral("type_error.enum"),
                tr("\"%1\" is not an authentication type; permitted: 'api_key', 'none', 'oauth2'")
                    .arg(authType));
        }
    }
    body.string(key(FieldId::Endpoint), &config.endpoint, Null::Refused);
    body.string(key(FieldId::AuthenticationScope), &config.authenticationScope);
    body.string(key(FieldId::Oauth2TokenUrl), &config.oauth2TokenUrl);
    body.string(key(FieldId::Token), &config.token);
    body.string(key(FieldId::ApiKeyHeader), &config.apiKeyHeader);
    body.string(key(FieldId::ApiKeyValue), &config.apiKeyValue);
    body.string(key(FieldId::DefaultModel), &config.defaultModel);
    readModels(body, &result);
    readHeaders(body, scan.keyOrders.constFirst(), &result);
    readHeaderMapping(body, &result);
    readCustomLlm(body, &result);
    readMultiModal(body, &result);

    if (body.boolean(key(FieldId::IsLegacyFormat))) {
        result.issues << ValidationIssue::info(
            body.loc(key(FieldId::IsLegacyFormat)), QStringLiteral("internal"),
            tr("is_legacy_format is set by Galileo itself and is not sent"));
    }

    const QStringList known = knownTopLevelKeys();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        result.config.extra.insert(it.key(), withoutDuplicateKeys(it.value()));
        // A warning, not a note: a misspelt known field must catch the eye before it is sent.
        result.issues << ValidationIssue::warning(
            body.loc(it.key()), QStringLiteral("extra_kept"),
            tr("\"%1\" is not a field this app knows: it is kept under Advanced > Other fields "
               "and sent as it is (a newer Galileo may use it, an older one ignores it)")
                .arg(it.key()));
    }
    result.ok = true;
    return result;
}

namespace {

// The writer, laid out as write() was asked to.
struct JsonWriter : JsonText::Writer
{
    explicit JsonWriter(Format format)
        : Writer(format == Format::Indented ? JsonText::Layout::Indented
                                            : JsonText::Layout::Compact)
    {}
};

} // namespace

QPair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

QByteArray write(const IntegrationConfig &config, Format format)
{
    JsonWriter json(format);
    auto optionalString = [&json](FieldId field, const QString &value) {
        if (value.isEmpty())
            return;
        json.key(key(field));
        json.string(value);
    };

    json.beginObject();
    json.key(key(FieldId::AuthenticationType));
    json.string(authenticationTypeToString(config.authenticationType));
    json.key(key(FieldId::Endpoint));
    json.string(config.endpoint);
    if (config.usesOAuth2()) {
        optionalString(FieldId::Oauth2TokenUrl, config.oauth2TokenUrl);
        optionalString(FieldId::AuthenticationScope, config.authenticationScope);
        optionalString(FieldId::Token, config.token);
    } else if (config.usesApiKey()) {
        optionalString(FieldId::ApiKeyHeader, config.apiKeyHeader);
        optionalString(FieldId::ApiKeyValue, config.apiKeyValue);
    }

    if (!config.modelProperties.isEmpty()) {
        json.key(key(FieldId::ModelProperties));
        json.beginArray();
        for (const ModelProperty &model : config.modelProperties) {
            json.beginObject();
            json.key(key(FieldId::ModelName));
            json.string(model.name);
            optionalString(FieldId::ModelAlias, model.alias);
            optionalString(FieldId::ModelBasedOn, model.basedOn);
            if (model.supportedParameters) {
                json.key(key(FieldId::ModelSupportedParameters));
                json.beginArray();
                for (const QString &parameter : *model.supportedParameters)
                    json.string(parameter);
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
    }
    optionalString(FieldId::DefaultModel, config.defaultModel);

    if (!config.headers.isEmpty()) {
        json.key(key(FieldId::Headers));
        json.beginObject();
        for (const HeaderEntry &header : config.headers) {
            json.key(header.name);
            json.string(header.value);
        }
        json.endObject();
    }

    if (!config.headerMapping.isEmpty()) {
        json.key(key(FieldId::CustomHeaderMapping));
        json.beginObject();
        for (const QString &field : FieldCatalog::headerMappingKeys()) {
            const QString header = config.headerMapping.value(field);
            if (header.isEmpty())
                continue;
            json.key(field);
            json.string(header);
        }
        json.endObject();
    }

    if (config.customLlm.enabled) {
        json.key(key(FieldId::CustomLlmConfig));
        json.beginObject();
        json.key(key(FieldId::CustomLlmFileName));
        json.string(config.customLlm.fileName);
        json.key(key(FieldId::CustomLlmClassName));
        json.string(config.customLlm.className);
        if (config.customLlm.initKwargs) {
            json.key(key(FieldId::CustomLlmInitKwargs));
            json.value(*config.customLlm.initKwargs);
        }
        json.endObject();
    }

    if (config.multiModal.enabled) {
        json.key(key(FieldId::MultiModalConfig));
        json.beginObject();
        if (config.multiModal.maxFiles) {
            json.key(key(FieldId::MultiModalMaxFiles));
            json.integer(*config.multiModal.maxFiles);
        }
        if (config.multiModal.maxFileSizeBytes) {
            json.key(key(FieldId::MultiModalMaxFileSizeBytes));
            json.integer(*config.multiModal.maxFileSizeBytes);
        }
        json.endObject();
    }
    // Unknown fields go last, as they came; one that names a known field never overrides it.
    const QStringList known = knownTopLevelKeys();
    for (auto it = config.extra.constBegin(); it != config.extra.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    return json.take();
}

} // namespace IntegrationJson
