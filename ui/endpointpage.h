#pragma once

#include "formpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class FittingStack;
class SecretLineEdit;

// Endpoint & authentication: the endpoint URL, the authentication type, and the fields that
// type needs. OAuth2 client ID and secret are composed into the `token` JSON; other credential
// shapes can be written raw.
class EndpointPage : public FormPage
{
    Q_OBJECT

public:
    explicit EndpointPage(IntegrationModel *model, QWidget *parent = nullptr);

    bool focusLocation(const IssueLocation &location) override;
    bool hasField(FieldId field) const override;

private:
    QWidget *buildApiKeyPage();
    void refreshAuthType();
    void refreshCredentials();
    void composeToken();
    void setRawToken(bool raw);
    void refreshEndpointFix();

    QComboBox *m_authType;
    FittingStack *m_authStack;
    QComboBox *m_apiKeyHeader = nullptr; // with its page, when first needed
    SecretLineEdit *m_apiKeyValue = nullptr;
    QLineEdit *m_clientId;
    SecretLineEdit *m_clientSecret;
    SecretLineEdit *m_rawToken;
    QCheckBox *m_rawMode;
    FittingStack *m_credentialsStack;
    QPushButton *m_endpointFix;
};
