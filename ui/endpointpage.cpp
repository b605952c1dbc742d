#include "endpointpage.h"

#include "fittingstack.h"
#include "secretlineedit.h"
#include "titledpanel.h"

#include "model/integrationvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The order of the authentication choices in the combo and of the pages in the stack.
const AuthenticationType s_authOrder[] = {AuthenticationType::None, AuthenticationType::ApiKey,
                                          AuthenticationType::OAuth2};

int authIndex(AuthenticationType type)
{
    return int(std::find(std::begin(s_authOrder), std::end(s_authOrder), type) -
               std::begin(s_authOrder));
}

// The fields of the API-key page, which is built when first needed.
bool isApiKeyField(FieldId field)
{
    return field == FieldId::ApiKeyHeader || field == FieldId::ApiKeyValue;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return layout;
}

} // namespace

EndpointPage::EndpointPage(IntegrationModel *model, QWidget *parent)
    : FormPage(model, parent)
{
    // Widgets join the Tab order as they are made: they are made in reading order.
    auto *outer = new QVBoxLayout(this);
    auto *top = new QWidget(this);
    QFormLayout *form = formLayout(top);
    outer->addWidget(top);

    auto *endpoint = new QLineEdit(this);
    m_endpointFix = new QPushButton(this);
    endpoint->setObjectName(QStringLiteral("endpointEdit"));
    endpoint->setPlaceholderText(QStringLiteral("https://gateway.example.com/v1"));
    // The one-click fix for an endpoint pasted with the operation path: beside the field, so
    // showing it moves nothing below.
    auto *endpointRow = new QWidget(this);
    auto *endpointLayout = new QHBoxLayout(endpointRow);
    endpointLayout->setContentsMargins(0, 0, 0, 0);
    endpointLayout->addWidget(endpoint, 1);
    endpointLayout->addWidget(m_endpointFix);
    m_endpointFix->setObjectName(QStringLiteral("endpointFixButton"));
    m_endpointFix->setVisible(false);
    connect(m_endpointFix, &QPushButton::clicked, this, [this] {
        const QString fixed =
            IntegrationValidator::endpointWithoutOperation(m_model->text(FieldId::Endpoint));
        if (!fixed.isEmpty())
            m_model->setText(FieldId::Endpoint, fixed);
    });
    endpoint->setToolTip(FieldCatalog::help(FieldId::Endpoint));
    addField(form, FieldId::Endpoint, endpointRow, endpoint);
    bindText(endpoint, FieldId::Endpoint);
    connect(m_model, &IntegrationModel::fieldChanged, this, [this](FieldId field) {
        if (field == FieldId::Endpoint)
            refreshEndpointFix();
    });
    connect(m_model, &IntegrationModel::configReplaced, this, &EndpointPage::refreshEndpointFix);
    refreshEndpointFix();

    m_authType = new QComboBox(this);
    m_authStack = new FittingStack(this);
    m_authType->setObjectName(QStringLiteral("authTypeCombo"));
    m_authType->addItem(tr("None"));
    m_authType->addItem(tr("API key"));
    m_authType->addItem(tr("OAuth2 client credentials"));
    addField(form, FieldId::AuthenticationType, m_authType);
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < int(std::size(s_authOrder)))
            m_model->setAuthenticationType(s_authOrder[index]);
    });

    // None
    auto *nonePage = new QLabel(tr("Galileo calls the endpoint without credentials. Custom "
                                   "headers (on the Headers page) are still sent."),
                                this);
    nonePage->setWordWrap(true);
    nonePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_authStack->addWidget(nonePage);

    // API key: built when first chosen. A new form starts with OAuth2 and a profile with its
    // own type, and the hidden page (its editable combo box most: line edit, completer, popup)
    // took 0.8 ms of every start.
    m_authStack->addLazyWidget([this] { return buildApiKeyPage(); });

    // OAuth2
    auto *oauthPage = new QWidget(this);
    QFormLayout *oauthForm = formLayout(oauthPage);
    auto *tokenUrl = new QLineEdit(this);
    tokenUrl->setObjectName(QStringLiteral("tokenUrlEdit"));
    tokenUrl->setPlaceholderText(tr("Defaults to the endpoint"));
    addField(oauthForm, FieldId::Oauth2TokenUrl, tokenUrl);
    bindText(tokenUrl, FieldId::Oauth2TokenUrl);
    auto *scope = new QLineEdit(this);
    scope->setObjectName(QStringLiteral("scopeEdit"));
    scope->setPlaceholderText(tr("Optional"));
    addField(oauthForm, FieldId::AuthenticationScope, scope);
    bindText(scope, FieldId::AuthenticationScope);

    auto *structured = new QWidget(this);
    m_clientId = new QLineEdit(this);
    m_clientSecret = new SecretLineEdit(this);
    m_credentialsStack = new FittingStack(this);
    m_rawToken = new SecretLineEdit(this);
    m_rawMode = new QCheckBox(tr("Write the credentials as raw &JSON"), this);
    QFormLayout *credentials = formLayout(structured);
    credentials->setContentsMargins(0, 0, 0, 0);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    auto *clientIdLabel = new QLabel(labelWithMnemonic(tr("Client ID")) + QLatin1Char(':'), this);
    clientIdLabel->setBuddy(m_clientId);
    auto *clientSecretLabel =
        new QLabel(labelWithMnemonic(tr("Client secret")) + QLatin1Char(':'), this);
    clientSecretLabel->setBuddy(m_clientSecret);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientId->setToolTip(tr("The OAuth2 client ID Galileo presents to the token URL."));
    m_clientSecret->setToolTip(tr("The OAuth2 client secret. Stored in the token field as "
                                  "{\"client_id\": ..., \"client_secret\": ...}."));
    credentials->addRow(clientIdLabel, m_clientId);
    credentials->addRow(clientSecretLabel, m_clientSecret);
    m_credentialsStack->addWidget(structured);
    m_rawToken->setObjectName(QStringLiteral("rawTokenEdit"));
    m_rawToken->setAccessibleName(tr("Client credentials as raw JSON"));
    m_rawToken->setToolTip(FieldCatalog::help(FieldId::Token));
    m_rawMode->setToolTip(tr("For credentials that are not a client ID and secret pair. Switching "
                             "back needs credentials of that shape, or none."));
    m_rawToken->setPlaceholderText(
        QStringLiteral("{\"client_id\": \"...\", \"client_secret\": \"...\"}"));
    m_credentialsStack->addWidget(m_rawToken);
    auto *credentialsBox = new QWidget(this);
    auto *credentialsColumn = new QVBoxLayout(credentialsBox);
    credentialsColumn->setContentsMargins(0, 0, 0, 0);
    credentialsColumn->addWidget(m_credentialsStack);
    m_rawMode->setObjectName(QStringLiteral("rawTokenCheck"));
    credentialsColumn->addWidget(m_rawMode);
    addField(oauthForm, FieldId::Token, credentialsBox, m_clientId);
    m_authStack->addWidget(oauthPage);

    connect(m_clientId, &QLineEdit::textEdited, this, &EndpointPage::composeToken);
    connect(m_clientSecret, &QLineEdit::textEdited, this, &EndpointPage::composeToken);
    connect(m_rawToken, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setText(FieldId::Token, text); });
    connect(m_rawMode, &QCheckBox::toggled, this, &EndpointPage::setRawToken);

    // Not a QGroupBox: see TitledPanel.
    auto *authBox = new TitledPanel(tr("Credentials"), this);
    authBox->setObjectName(QStringLiteral("credentialsPanel"));
    authBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *authLayout = new QVBoxLayout(authBox->body());
    authLayout->addWidget(m_authStack);
    outer->addWidget(authBox);
    outer->addStretch();

    connect(model, &IntegrationModel::fieldChanged, this, [this](FieldId field) {
        if (field == FieldId::AuthenticationType)
            refreshAuthType();
        else if (field == FieldId::Token)
            refreshCredentials();
    });
    connect(model, &IntegrationModel::configReplaced, this, [this] {
        refreshAuthType();
        refreshCredentials();
    });
    refreshAuthType();
    refreshCredentials();
}

QWidget *EndpointPage::buildApiKeyPage()
{
    auto *apiKeyPage = new QWidget(this);
    QFormLayout *apiKeyForm = formLayout(apiKeyPage);
    m_apiKeyHeader = new QComboBox(this);
    m_apiKeyHeader->setEditable(true); // makes its line edit, which Tab visits
    m_apiKeyValue = new SecretLineEdit(this);
    m_apiKeyHeader->setObjectName(QStringLiteral("apiKeyHeaderCombo"));
    m_apiKeyHeader->setInsertPolicy(QComboBox::NoInsert);
    m_apiKeyHeader->addItems(FieldCatalog::apiKeyHeaderSuggestions());
    m_apiKeyHeader->lineEdit()->setPlaceholderText(QStringLiteral("X-API-Key"));
    addField(apiKeyForm, FieldId::ApiKeyHeader, m_apiKeyHeader, m_apiKeyHeader->lineEdit());
    bindText(m_apiKeyHeader->lineEdit(), FieldId::ApiKeyHeader);
    connect(m_apiKeyHeader, &QComboBox::activated, this, [this](int index) {
        m_model->setText(FieldId::ApiKeyHeader, m_apiKeyHeader->itemText(index));
    });
    m_apiKeyValue->setObjectName(QStringLiteral("apiKeyValueEdit"));
    m_apiKeyValue->setPlaceholderText(tr("For Authorization: Bearer <key>"));
    addField(apiKeyForm, FieldId::ApiKeyValue, m_apiKeyValue);
    bindText(m_apiKeyValue, FieldId::ApiKeyValue);
    // Made after the rest of the window, the page's fields would come last in the Tab order:
    // they follow the authentication type, where they are read.
    QWidget::setTabOrder(m_authType, m_apiKeyHeader);
    QWidget::setTabOrder(m_apiKeyHeader, m_apiKeyValue);
    showIssues(shownIssues());
    return apiKeyPage;
}

bool EndpointPage::hasField(FieldId field) const
{
    return FormPage::hasField(field) || isApiKeyField(field);
}

void EndpointPage::refreshAuthType()
{
    const int index = authIndex(m_model->authenticationType());
    if (m_authType->currentIndex() != index)
        m_authType->setCurrentIndex(index);
    m_authStack->setCurrentIndex(index);
}

void EndpointPage::refreshCredentials()
{
    const QString token = m_model->text(FieldId::Token);
    if (m_rawToken->text() != token)
        m_rawToken->setText(token);
    const auto credentials = ClientCredentials::fromToken(token);
    if (!credentials) {
        // Another shape of credentials: only the raw editor can show it without loss.
        setRawToken(true);
        return;
    }
    if (m_clientId->text() != credentials->clientId)
        m_clientId->setText(credentials->clientId);
    if (m_clientSecret->text() != credentials->clientSecret)
        m_clientSecret->setText(credentials->clientSecret);
}

void EndpointPage::composeToken()
{
    m_model->setText(FieldId::Token,
                     ClientCredentials{m_clientId->text(), m_clientSecret->text()}.toToken());
}

void EndpointPage::setRawToken(bool raw)
{
    if (!raw && !ClientCredentials::fromToken(m_model->text(FieldId::Token))) {
        // The raw token has another shape; leaving raw mode would overwrite it. Stay raw.
        raw = true;
    }
    const QSignalBlocker blocker(m_rawMode);
    m_rawMode->setChecked(raw);
    m_credentialsStack->setCurrentIndex(raw ? 1 : 0);
    if (!raw)
        refreshCredentials();
}

bool EndpointPage::focusLocation(const IssueLocation &location)
{
    if (location.kind == IssueLocation::Kind::Field && isApiKeyField(location.field))
        m_authStack->ensurePage(authIndex(AuthenticationType::ApiKey));
    if (location.kind == IssueLocation::Kind::Field && location.field == FieldId::Token &&
        m_rawMode->isChecked()) {
        m_rawToken->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return FormPage::focusLocation(location);
}

void EndpointPage::refreshEndpointFix()
{
    const QString endpoint = m_model->text(FieldId::Endpoint).trimmed();
    const QString fixed = IntegrationValidator::endpointWithoutOperation(endpoint);
    m_endpointFix->setVisible(!fixed.isEmpty());
    if (fixed.isEmpty())
        return;
    const QString operation = endpoint.mid(fixed.size());
    m_endpointFix->setText(tr("Remove %1").arg(operation));
    m_endpointFix->setToolTip(
        tr("Galileo appends %1 itself: make the endpoint %2").arg(operation, fixed));
}
