#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Every field of CustomIntegrationCreate, with its JSON name, label and help text, in one place.
// The form, the validator, the JSON mapping and the issue display all read this table, so a field
// is named, labelled and explained the same way everywhere.
enum class FieldId {
    AuthenticationType,
    Endpoint,
    AuthenticationScope,
    Oauth2TokenUrl,
    Token,
    ApiKeyHeader,
    ApiKeyValue,
    ModelProperties,
    ModelName,
    ModelAlias,
    ModelBasedOn,
    ModelSupportedParameters,
    DefaultModel,
    Headers,
    HeaderName,
    HeaderValue,
    CustomHeaderMapping,
    MappingJobId,
    MappingUserId,
    MappingProjectId,
    MappingRunId,
    CustomLlmConfig,
    CustomLlmFileName,
    CustomLlmClassName,
    CustomLlmInitKwargs,
    MultiModalConfig,
    MultiModalMaxFiles,
    MultiModalMaxFileSizeBytes,
    Models,
    IsLegacyFormat,
};

struct FieldInfo
{
    FieldId id;
    // Dotted path below the request body, as in a 422 `loc` ("custom_llm_config.file_name").
    // Fields of a table row ("model_properties[].name") use "[]" for the row.
    const char *jsonPath;
    const char *label; // untranslated; use FieldCatalog::label()
    const char *help;  // untranslated; use FieldCatalog::help()
    bool secret;
};

namespace FieldCatalog {

const QList<FieldInfo> &all();
const FieldInfo &info(FieldId id);

// The last segment of the JSON path: the key inside its parent object.
QString jsonKey(FieldId id);
QString label(FieldId id);
QString help(FieldId id);
bool isSecret(FieldId id);

// The field a 422-style loc names (without the leading "body"), ignoring list indices and the
// names of headers. Returns false when the path names no field of the schema.
bool fieldForPath(const QStringList &keys, FieldId *field);

// The RunParamsMap field names a model may list in supported_parameters.
const QStringList &runParameterNames();

// The keys custom_header_mapping accepts, in the order the form shows them.
const QStringList &headerMappingKeys();
FieldId headerMappingField(const QString &key);

// Header names suggested for api_key_header.
QStringList apiKeyHeaderSuggestions();

} // namespace FieldCatalog

Q_DECLARE_METATYPE(FieldId)
