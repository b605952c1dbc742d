#pragma once

#include "fieldcatalog.h"
#include "headerstable.h"
#include "integrationconfig.h"
#include "modelpropertiestable.h"

#include <QObject>

// The integration being edited: the one object the form's views bind to. Scalar fields are read
// and written by FieldId, the models and headers are table models, and every edit is announced,
// so views, validation, the preview and the unsaved-changes mark all follow one source.
class IntegrationModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)

public:
    explicit IntegrationModel(QObject *parent = nullptr);

    IntegrationConfig config() const;
    // Replaces everything, e.g. after opening a file; views refresh on configReplaced().
    void setConfig(const IntegrationConfig &config);

    AuthenticationType authenticationType() const { return m_config.authenticationType; }
    void setAuthenticationType(AuthenticationType type);

    // The plain text fields: endpoint, scope, token URL, token, API key header and value,
    // default model, the four header mappings, and the custom handler's file and class.
    static bool isTextField(FieldId field);
    QString text(FieldId field) const;
    void setText(FieldId field, const QString &value);

    bool customLlmEnabled() const { return m_config.customLlm.enabled; }
    void setCustomLlmEnabled(bool enabled);
    std::optional<QJsonObject> initKwargs() const { return m_config.customLlm.initKwargs; }
    void setInitKwargs(const std::optional<QJsonObject> &kwargs);
    // The body's top-level fields this app does not know (see IntegrationConfig::extra).
    QJsonObject extraFields() const { return m_config.extra; }
    void setExtraFields(const QJsonObject &fields);

    bool multiModalEnabled() const { return m_config.multiModal.enabled; }
    void setMultiModalEnabled(bool enabled);
    // MultiModalMaxFiles or MultiModalMaxFileSizeBytes; unset means no limit.
    std::optional<qint64> limit(FieldId field) const;
    void setLimit(FieldId field, std::optional<qint64> value);

    ModelPropertiesTable *models() const { return m_models; }
    HeadersTable *headers() const { return m_headers; }

    // Unsaved changes: whether config() differs from what markSaved() last saw.
    bool isModified() const { return m_modified; }
    void markSaved();

signals:
    // One scalar field changed (not emitted for the tables, which have their own signals).
    void fieldChanged(FieldId field);
    void configReplaced();
    // Anything changed: a field, a table, or the whole config.
    void changed();
    void modifiedChanged(bool modified);

private:
    // The member of `config` a text field lives in, or nullptr (const or not, like `config`).
    template<typename Config>
    static auto textSlot(Config &config, FieldId field) -> decltype(&config.endpoint);
    void fieldEdited(FieldId field);
    void updateModified();

    IntegrationConfig m_config; // the scalar fields; the tables hold the rows
    IntegrationConfig m_saved;
    ModelPropertiesTable *m_models;
    HeadersTable *m_headers;
    bool m_modified = false;
    bool m_replacing = false;
};
