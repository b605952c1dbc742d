#include "integrationmodel.h"

IntegrationModel::IntegrationModel(QObject *parent)
    : QObject(parent)
    , m_models(new ModelPropertiesTable(this))
    , m_headers(new HeadersTable(this))
{
    const auto tableEdited = [this] {
        if (m_replacing)
            return;
        emit changed();
        updateModified();
    };
    connect(m_models, &RowTableBase::edited, this, tableEdited);
    connect(m_headers, &RowTableBase::edited, this, tableEdited);
}

IntegrationConfig IntegrationModel::config() const
{
    IntegrationConfig config = m_config;
    config.modelProperties = m_models->rows();
    config.headers = m_headers->rows();
    return config;
}

void IntegrationModel::setConfig(const IntegrationConfig &config)
{
    m_config = config;
    m_config.modelProperties.clear();
    m_config.headers.clear();
    // The tables' views must hear of their reset; `changed` is announced once for everything.
    m_replacing = true;
    m_models->setRows(config.modelProperties);
    m_headers->setRows(config.headers);
    m_replacing = false;
    emit configReplaced();
    emit changed();
    updateModified();
}

void IntegrationModel::setAuthenticationType(AuthenticationType type)
{
    if (m_config.authenticationType == type)
        return;
    m_config.authenticationType = type;
    fieldEdited(FieldId::AuthenticationType);
}

bool IntegrationModel::isTextField(FieldId field)
{
    IntegrationConfig probe;
    return textSlot(probe, field) != nullptr;
}

QString IntegrationModel::text(FieldId field) const
{
    const QString *slot = textSlot(m_config, field);
    return slot ? *slot : QString();
}

void IntegrationModel::setText(FieldId field, const QString &value)
{
    QString *slot = textSlot(m_config, field);
    Q_ASSERT_X(slot, "IntegrationModel::setText", "not a text field");
    if (!slot || *slot == value)
        return;
    *slot = value;
    fieldEdited(field);
}

void IntegrationModel::setCustomLlmEnabled(bool enabled)
{
    if (m_config.customLlm.enabled == enabled)
        return;
    m_config.customLlm.enabled = enabled;
    fieldEdited(FieldId::CustomLlmConfig);
}

void IntegrationModel::setInitKwargs(const std::optional<QJsonObject> &kwargs)
{
    if (m_config.customLlm.initKwargs == kwargs)
        return;
    m_config.customLlm.initKwargs = kwargs;
    fieldEdited(FieldId::CustomLlmInitKwargs);
}

void IntegrationModel::setExtraFields(const QJsonObject &fields)
{
    if (m_config.extra == fields)
        return;
    m_config.extra = fields;
    emit changed();
    updateModified();
}

void IntegrationModel::setMultiModalEnabled(bool enabled)
{
    if (m_config.multiModal.enabled == enabled)
        return;
    m_config.multiModal.enabled = enabled;
    fieldEdited(FieldId::MultiModalConfig);
}

std::optional<qint64> IntegrationModel::limit(FieldId field) const
{
    return field == FieldId::MultiModalMaxFiles ? m_config.multiModal.maxFiles
                                                : m_config.multiModal.maxFileSizeBytes;
}

void IntegrationModel::setLimit(FieldId field, std::optional<qint64> value)
{
    Q_ASSERT(field == FieldId::MultiModalMaxFiles || field == FieldId::MultiModalMaxFileSizeBytes);
    std::optional<qint64> &slot = field == FieldId::MultiModalMaxFiles
                                      ? m_config.multiModal.maxFiles
                                      : m_config.multiModal.maxFileSizeBytes;
    if (slot == value)
        return;
    slot = value;
    fieldEdited(field);
}

void IntegrationModel::markSaved()
{
    m_saved = config();
    updateModified();
}

template<typename Config>
auto IntegrationModel::textSlot(Config &config, FieldId field) -> decltype(&config.endpoint)
{
    switch (field) {
    case FieldId::Endpoint:
        return &config.endpoint;
    case FieldId::AuthenticationScope:
        return &config.authenticationScope;
    case FieldId::Oauth2TokenUrl:
        return &config.oauth2TokenUrl;
    case FieldId::Token:
        return &config.token;
    case FieldId::ApiKeyHeader:
        return &config.apiKeyHeader;
    case FieldId::ApiKeyValue:
        return &config.apiKeyValue;
    case FieldId::DefaultModel:
        return &config.defaultModel;
    case FieldId::MappingJobId:
        return &config.headerMapping.jobId;
    case FieldId::MappingUserId:
        return &config.headerMapping.userId;
    case FieldId::MappingProjectId:
        return &config.headerMapping.projectId;
    case FieldId::MappingRunId:
        return &config.headerMapping.runId;
    case FieldId::CustomLlmFileName:
        return &config.customLlm.fileName;
    case FieldId::CustomLlmClassName:
        return &config.customLlm.className;
    default:
        return nullptr;
    }
}

void IntegrationModel::fieldEdited(FieldId field)
{
    emit fieldChanged(field);
    emit changed();
    updateModified();
}

void IntegrationModel::updateModified()
{
    const bool modified = config() != m_saved;
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}
