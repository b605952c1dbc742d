#include "fieldcatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace FieldCatalog {

namespace {

// Help texts are the OpenAPI descriptions of ../shared/seeds, lightly edited for a form.
const QList<FieldInfo> s_fields = {
    {FieldId::AuthenticationType, "authentication_type",
     QT_TRANSLATE_NOOP("Field", "Authentication"),
     QT_TRANSLATE_NOOP("Field", "How Galileo authenticates to your endpoint: no authentication, "
                                "an API key header, or OAuth2 client credentials."),
     false},
    {FieldId::Endpoint, "endpoint", QT_TRANSLATE_NOOP("Field", "Endpoint URL"),
     QT_TRANSLATE_NOOP("Field",
                       "Endpoint URL for the custom integration, the base of an "
                       "OpenAI-compatible API (for example https://gateway.example.com/v1)."),
     false},
    {FieldId::AuthenticationScope, "authentication_scope", QT_TRANSLATE_NOOP("Field", "Scope"),
     QT_TRANSLATE_NOOP("Field", "Optional scope for OAuth2 authentication."), false},
    {FieldId::Oauth2TokenUrl, "oauth2_token_url", QT_TRANSLATE_NOOP("Field", "Token URL"),
     QT_TRANSLATE_NOOP("Field", "OAuth2 token URL for custom OAuth2 authentication. If not "
                                "provided, defaults to the endpoint."),
     false},
    {FieldId::Token, "token", QT_TRANSLATE_NOOP("Field", "Client credentials"),
     QT_TRANSLATE_NOOP("Field", "OAuth2 client credentials, normally a JSON object with the client "
                                "ID and secret. Only used for OAuth2 authentication."),
     true},
    {FieldId::ApiKeyHeader, "api_key_header", QT_TRANSLATE_NOOP("Field", "API key header"),
     QT_TRANSLATE_NOOP("Field", "HTTP header name to use for API key authentication (e.g. "
                                "'X-API-Key', 'Authorization')."),
     false},
    {FieldId::ApiKeyValue, "api_key_value", QT_TRANSLATE_NOOP("Field", "API key"),
     QT_TRANSLATE_NOOP("Field", "API key value to send in the specified header for authentication. "
                                "For a bearer key use the header Authorization and the value "
                                "'Bearer <key>'."),
     true},
    {FieldId::ModelProperties, "model_properties", QT_TRANSLATE_NOOP("Field", "Models"),
     QT_TRANSLATE_NOOP("Field", "List of model properties with name and alias for the custom "
                                "integration."),
     false},
    {FieldId::ModelName, "model_properties[].name", QT_TRANSLATE_NOOP("Field", "Name"),
     QT_TRANSLATE_NOOP("Field", "The model name used when calling the API."), false},
    {FieldId::ModelAlias, "model_properties[].alias", QT_TRANSLATE_NOOP("Field", "Alias"),
     QT_TRANSLATE_NOOP("Field", "The display name/alias for the model. Defaults to name."), false},
    {FieldId::ModelBasedOn, "model_properties[].based_on", QT_TRANSLATE_NOOP("Field", "Based on"),
     QT_TRANSLATE_NOOP("Field", "Alias of a built-in model whose parameter map should be used, for "
                                "example 'gpt-5.4'. Mutually exclusive with supported parameters."),
     false},
    {FieldId::ModelSupportedParameters, "model_properties[].supported_parameters",
     QT_TRANSLATE_NOOP("Field", "Supported parameters"),
     QT_TRANSLATE_NOOP("Field", "Explicit list of parameter names this model supports (e.g. "
                                "max_tokens, temperature, verbosity). Each name must be a valid "
                                "RunParamsMap field. Mutually exclusive with based on."),
     false},
    {FieldId::DefaultModel, "default_model", QT_TRANSLATE_NOOP("Field", "Default model"),
     QT_TRANSLATE_NOOP("Field", "Default model to use. If not provided, defaults to the first "
                                "model."),
     false},
    {FieldId::Headers, "headers", QT_TRANSLATE_NOOP("Field", "Headers"),
     QT_TRANSLATE_NOOP("Field", "Optional custom HTTP headers to include in requests to the "
                                "integration endpoint. Stored encrypted at rest; at most 50."),
     false},
    {FieldId::HeaderName, "headers[].name", QT_TRANSLATE_NOOP("Field", "Header name"),
     QT_TRANSLATE_NOOP("Field", "An HTTP header name (letters, digits and !#$%&'*+-.^_`|~)."),
     false},
    {FieldId::HeaderValue, "headers[].value", QT_TRANSLATE_NOOP("Field", "Header value"),
     QT_TRANSLATE_NOOP("Field",
                       "The header's value. Headers often carry credentials, so values are "
                       "treated as secrets."),
     true},
    {FieldId::CustomHeaderMapping, "custom_header_mapping",
     QT_TRANSLATE_NOOP("Field", "Header mapping"),
     QT_TRANSLATE_NOOP("Field", "Custom header mapping from internal fields (job_id, user_id, "
                                "project_id, run_id) to custom header names to be included in LLM "
                                "requests."),
     false},
    {FieldId::MappingJobId, "custom_header_mapping.job_id", QT_TRANSLATE_NOOP("Field", "Job ID"),
     QT_TRANSLATE_NOOP("Field", "Header that carries Galileo's job ID with each LLM request."),
     false},
    {FieldId::MappingUserId, "custom_header_mapping.user_id", QT_TRANSLATE_NOOP("Field", "User ID"),
     QT_TRANSLATE_NOOP("Field", "Header that carries the Galileo user's ID with each LLM request."),
     false},
    {FieldId::MappingProjectId, "custom_header_mapping.project_id",
     QT_TRANSLATE_NOOP("Field", "Project ID"),
     QT_TRANSLATE_NOOP("Field", "Header that carries the Galileo project's ID with each LLM "
                                "request."),
     false},
    {FieldId::MappingRunId, "custom_header_mapping.run_id", QT_TRANSLATE_NOOP("Field", "Run ID"),
     QT_TRANSLATE_NOOP("Field", "Header that carries the Galileo run's ID with each LLM request."),
     false},
    {FieldId::CustomLlmConfig, "custom_llm_config",
     QT_TRANSLATE_NOOP("Field", "Custom LiteLLM handler"),
     QT_TRANSLATE_NOOP("Field", "Optional configuration for a custom LiteLLM handler class. When "
                                "specified, the handler's acompletion() method is used instead of "
                                "the default litellm.acompletion()."),
     false},
    {FieldId::CustomLlmFileName, "custom_llm_config.file_name",
     QT_TRANSLATE_NOOP("Field", "File name"),
     QT_TRANSLATE_NOOP("Field", "Python file name containing the CustomLLM class (e.g. "
                                "'my_handler.py')."),
     false},
    {FieldId::CustomLlmClassName, "custom_llm_config.class_name",
     QT_TRANSLATE_NOOP("Field", "Class name"),
     QT_TRANSLATE_NOOP("Field", "Class name within the module (must be a litellm.CustomLLM "
                                "subclass)."),
     false},
    {FieldId::CustomLlmInitKwargs, "custom_llm_config.init_kwargs",
     QT_TRANSLATE_NOOP("Field", "Constructor arguments"),
     QT_TRANSLATE_NOOP("Field", "Optional keyword arguments to pass to the CustomLLM constructor, "
                                "as a JSON object. They often carry credentials, so the whole "
                                "object is treated as a secret."),
     true},
    {FieldId::MultiModalConfig, "multi_modal_config",
     QT_TRANSLATE_NOOP("Field", "Multi-modal limits"),
     QT_TRANSLATE_NOOP("Field", "Configuration for multi-modal (file upload) capabilities."),
     false},
    {FieldId::MultiModalMaxFiles, "multi_modal_config.max_files",
     QT_TRANSLATE_NOOP("Field", "Maximum files"),
     QT_TRANSLATE_NOOP("Field", "Maximum number of files allowed per request. None means no "
                                "limit."),
     false},
    {FieldId::MultiModalMaxFileSizeBytes, "multi_modal_config.max_file_size_bytes",
     QT_TRANSLATE_NOOP("Field", "Maximum file size"),
     QT_TRANSLATE_NOOP("Field", "Maximum file size in bytes per file. None means no limit."),
     false},
    {FieldId::Models, "models", QT_TRANSLATE_NOOP("Field", "Models (deprecated)"),
     QT_TRANSLATE_NOOP("Field", "List of model names for the custom integration. Deprecated: use "
                                "model_properties instead."),
     false},
    {FieldId::IsLegacyFormat, "is_legacy_format", QT_TRANSLATE_NOOP("Field", "Legacy format"),
     QT_TRANSLATE_NOOP("Field", "Internal: whether this config was created from the legacy "
                                "'models' field."),
     false},
};

} // namespace

const QList<FieldInfo> &all()
{
    return s_fields;
}

const FieldInfo &info(FieldId id)
{
    // The table is ordered like the enum; the assert keeps the two in step.
    const FieldInfo &field = s_fields.at(static_cast<int>(id));
    Q_ASSERT(field.id == id);
    return field;
}

QString jsonKey(FieldId id)
{
    const QString path = QString::fromLatin1(info(id).jsonPath);
    return path.mid(path.lastIndexOf(QLatin1Char('.')) + 1);
}

QString label(FieldId id)
{
    return QCoreApplication::translate("Field", info(id).label);
}

QString help(FieldId id)
{
    return QCoreApplication::translate("Field", info(id).help);
}

bool isSecret(FieldId id)
{
    return info(id).secret;
}

bool fieldForPath(const QStringList &keys, FieldId *field)
{
    if (keys.isEmpty())
        return false;
    QString path = keys.first();
    // A table row's fields are "table[].field"; a header's name stands where a field would.
    if (keys.size() >= 2 && (path == QLatin1String("model_properties"))) {
        path += QLatin1String("[].") + keys.at(1);
    } else if (keys.size() >= 2 && path == QLatin1String("headers")) {
        path = QStringLiteral("headers[].value");
    } else if (keys.size() >= 2) {
        path += QLatin1Char('.') + keys.at(1);
    }
    const auto it = std::find_if(s_fields.cbegin(), s_fields.cend(), [&](const FieldInfo &f) {
        return QLatin1String(f.jsonPath) == path;
    });
    if (it == s_fields.cend())
        return false;
    *field = it->id;
    return true;
}

const QStringList &runParameterNames()
{
    static const QStringList names = {
        QStringLiteral("model"),
        QStringLiteral("temperature"),
        QStringLiteral("max_tokens"),
        QStringLiteral("stop_sequences"),
        QStringLiteral("top_p"),
        QStringLiteral("top_k"),
        QStringLiteral("frequency_penalty"),
        QStringLiteral("presence_penalty"),
        QStringLiteral("echo"),
        QStringLiteral("logprobs"),
        QStringLiteral("top_logprobs"),
        QStringLiteral("n"),
        QStringLiteral("api_version"),
        QStringLiteral("tools"),
        QStringLiteral("tool_choice"),
        QStringLiteral("response_format"),
        QStringLiteral("reasoning_effort"),
        QStringLiteral("verbosity"),
        QStringLiteral("deployment_name"),
    };
    return names;
}

const QStringList &headerMappingKeys()
{
    static const QStringList keys = {QStringLiteral("job_id"), QStringLiteral("user_id"),
                                     QStringLiteral("project_id"), QStringLiteral("run_id")};
    return keys;
}

FieldId headerMappingField(const QString &key)
{
    static const FieldId fields[] = {FieldId::MappingJobId, FieldId::MappingUserId,
                                     FieldId::MappingProjectId, FieldId::MappingRunId};
    const int index = headerMappingKeys().indexOf(key);
    Q_ASSERT(index >= 0);
    return fields[index];
}

QStringList apiKeyHeaderSuggestions()
{
    return {QStringLiteral("Authorization"), QStringLiteral("X-API-Key"),
            QStringLiteral("api-key")};
}

} // namespace FieldCatalog
