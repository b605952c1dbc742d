#include "integrationvalidator.h"

#include "fieldcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace IntegrationValidator {

namespace {

constexpr int MaxHeaders = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("IntegrationValidator", text);
}

QJsonArray loc(FieldId field)
{
    QJsonArray result{QStringLiteral("body")};
    for (const QString &part :
         QString::fromLatin1(FieldCatalog::info(field).jsonPath).split(QLatin1Char('.')))
        result.append(part);
    return result;
}

QJsonArray modelLoc(int row, FieldId field)
{
    return QJsonArray{QStringLiteral("body"), FieldCatalog::jsonKey(FieldId::ModelProperties), row,
                      FieldCatalog::jsonKey(field)};
}

QJsonArray headerLoc(const QString &name)
{
    return QJsonArray{QStringLiteral("body"), FieldCatalog::jsonKey(FieldId::Headers), name};
}

QString authName(AuthenticationType type)
{
    switch (type) {
    case AuthenticationType::None:
        return tr("no authentication");
    case AuthenticationType::ApiKey:
        return tr("API key authentication");
    case AuthenticationType::OAuth2:
        return tr("OAuth2 authentication");
    }
    return {};
}

class Checker
{
public:
    // lupdate files the texts of this class under its own name.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("IntegrationValidator::Checker", text);
    }

public:
    explicit Checker(const IntegrationConfig &config)
        : m_config(config)
    {}

    ValidationIssues run()
    {
        checkEndpoint();
        checkOperationSuffix();
        checkAuthentication();
        checkModels();
        checkHeaders();
        checkHeaderMapping();
        checkCustomLlm();
        checkMultiModal();
        return std::move(m_issues);
    }

private:
    void error(const QJsonArray &where, const char *type, const QString &message)
    {
        m_issues << ValidationIssue::error(where, QLatin1String(type), message);
    }
    void warning(const QJsonArray &where, const char *type, const QString &message)
    {
        m_issues << ValidationIssue::warning(where, QLatin1String(type), message);
    }
    void info(const QJsonArray &where, const char *type, const QString &message)
    {
        m_issues << ValidationIssue::info(where, QLatin1String(type), message);
    }

    bool hasCredentials() const
    {
        return m_config.authenticationType != AuthenticationType::None ||
               !m_config.headers.isEmpty();
    }

    void checkEndpoint()
    {
        const QString &endpoint = m_config.endpoint;
        if (endpoint.trimmed().isEmpty()) {
            error(loc(FieldId::Endpoint), "value_error.missing",
                  tr("the endpoint URL is required, e.g. https://gateway.example.com/v1"));
            return;
        }
        QString problem;
        if (!isHttpUrl(endpoint, &problem)) {
            error(loc(FieldId::Endpoint), "value_error.url", problem);
            return;
        }
        if (QUrl(endpoint).scheme() == QLatin1String("http") && hasCredentials()) {
            warning(loc(FieldId::Endpoint), "value_error.insecure",
                    tr("credentials and headers would travel unencrypted over http://; use "
                       "https:// unless the gateway is on a trusted network"));
        }
    }

    void checkOperationSuffix()
    {
        const QString fixed = endpointWithoutOperation(m_config.endpoint);
        if (fixed.isEmpty())
            return;
        warning(loc(FieldId::Endpoint), "value_error.endpoint_operation",
                tr("the endpoint ends in %1, which Galileo appends itself: use %2")
                    .arg(m_config.endpoint.trimmed().mid(fixed.size()), fixed));
    }

    void checkAuthentication()
    {
        switch (m_config.authenticationType) {
        case AuthenticationType::ApiKey:
            checkApiKey();
            break;
        case AuthenticationType::OAuth2:
            checkOAuth2();
            break;
        case AuthenticationType::None:
            break;
        }
        // Values kept from another authentication type are not sent; say so rather than drop
        // them unannounced.
        const auto unused = [this](FieldId field, const QString &value) {
            if (!value.isEmpty()) {
                info(loc(field), "unused",
                     tr("not used with %1, so it will not be sent")
                         .arg(authName(m_config.authenticationType)));
            }
        };
        if (!m_config.usesApiKey()) {
            unused(FieldId::ApiKeyHeader, m_config.apiKeyHeader);
            unused(FieldId::ApiKeyValue, m_config.apiKeyValue);
        }
        if (!m_config.usesOAuth2()) {
            unused(FieldId::Token, m_config.token);
            unused(FieldId::Oauth2TokenUrl, m_config.oauth2TokenUrl);
            unused(FieldId::AuthenticationScope, m_config.authenticationScope);
        }
    }

    void checkApiKey()
    {
        if (m_config.apiKeyHeader.isEmpty()) {
            error(loc(FieldId::ApiKeyHeader), "value_error.missing",
                  tr("API key authentication needs the header name, e.g. X-API-Key or "
                     "Authorization"));
        } else if (!isHeaderName(m_config.apiKeyHeader)) {
            error(loc(FieldId::ApiKeyHeader), "value_error.header_name",
                  tr("\"%1\" is not a valid HTTP header name (letters, digits and "
                     "!#$%&'*+-.^_`|~ only, no spaces)")
                      .arg(m_config.apiKeyHeader));
        }
        if (m_config.apiKeyValue.isEmpty()) {
            error(loc(FieldId::ApiKeyValue), "value_error.missing",
                  tr("API key authentication needs the key's value"));
        } else if (hasLineBreak(m_config.apiKeyValue)) {
            error(loc(FieldId::ApiKeyValue), "value_error.header_value",
                  tr("contains a line break or NUL character, which would inject extra headers"));
        }
    }

    void checkOAuth2()
    {
        const QString &tokenUrl = m_config.oauth2TokenUrl;
        if (!tokenUrl.isEmpty()) {
            QString problem;
            if (!isHttpUrl(tokenUrl, &problem)) {
                error(loc(FieldId::Oauth2TokenUrl), "value_error.url", problem);
            } else {
                const QUrl url(tokenUrl);
                if (url.scheme() == QLatin1String("http")) {
                    warning(loc(FieldId::Oauth2TokenUrl), "value_error.insecure",
                            tr("the client secret would travel unencrypted over http://; use "
                               "https://"));
                }
                const QUrl endpoint(m_config.endpoint);
                if (endpoint.isValid() && !endpoint.host().isEmpty() &&
                    url.host().compare(endpoint.host(), Qt::CaseInsensitive) != 0) {
                    warning(loc(FieldId::Oauth2TokenUrl), "value_error.token_url_host",
                            tr("the token URL is on %1, not on the endpoint's host %2: make sure "
                               "this identity provider is the one the gateway trusts")
                                .arg(url.host(), endpoint.host()));
                }
            }
        }

        const QString expected =
            tr("OAuth2 needs the client credentials in token, normally a JSON object such as "
               "{\"client_id\": \"...\", \"client_secret\": \"...\"}");
        const QString &token = m_config.token;
        if (token.trimmed().isEmpty()) {
            warning(loc(FieldId::Token), "value_error.token", expected);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(token.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            warning(loc(FieldId::Token), "value_error.token",
                    expected + tr("; this value is not a JSON object, so the gateway's token "
                                  "endpoint will probably refuse it"));
            return;
        }
        const QJsonObject object = document.object();
        QStringList missing;
        for (const char *key : {"client_id", "client_secret"}) {
            if (object.value(QLatin1String(key)).toString().isEmpty())
                missing << QLatin1String(key);
        }
        if (!missing.isEmpty()) {
            warning(loc(FieldId::Token), "value_error.token",
                    tr("the client credentials have no %1").arg(missing.join(tr(" and "))));
        }
    }

    void checkModels()
    {
        const QList<ModelProperty> &models = m_config.modelProperties;
        if (models.isEmpty()) {
            warning(loc(FieldId::ModelProperties), "value_error.empty",
                    tr("no models: add at least one model the gateway serves, or Galileo will "
                       "have nothing to call"));
        }
        QHash<QString, int> rowByName;
        QHash<QString, int> rowByAlias;
        const QStringList &known = FieldCatalog::runParameterNames();
        for (int row = 0; row < models.size(); ++row) {
            const ModelProperty &model = models.at(row);
            if (model.name.trimmed().isEmpty()) {
                error(modelLoc(row, FieldId::ModelName), "value_error.missing",
                      tr("a model needs the name the gateway knows it by"));
            } else if (const auto it = rowByName.constFind(model.name); it != rowByName.cend()) {
                error(modelLoc(row, FieldId::ModelName), "value_error.duplicate",
                      // The table's row counts from 1, the path's index from 0: both named.
                      tr("\"%1\" is already the name of the model in row %2 "
                         "(model_properties[%3])")
                          .arg(model.name)
                          .arg(*it + 1)
                          .arg(*it));
            } else {
                rowByName.insert(model.name, row);
                if (model.name != model.name.trimmed()) {
                    warning(modelLoc(row, FieldId::ModelName), "value_error.whitespace",
                            tr("starts or ends with a space, which the gateway will not expect"));
                }
            }
            const QString alias = model.alias.isEmpty() ? model.name : model.alias;
            if (!alias.isEmpty()) {
                if (const auto it = rowByAlias.constFind(alias); it != rowByAlias.cend()) {
                    if (!model.alias.isEmpty()) {
                        warning(modelLoc(row, FieldId::ModelAlias), "value_error.duplicate",
                                tr("the model in row %1 is also shown as \"%2\"; users will not "
                                   "tell them apart")
                                    .arg(*it + 1)
                                    .arg(alias));
                    }
                } else {
                    rowByAlias.insert(alias, row);
                }
            }
            if (!model.basedOn.isEmpty() && model.supportedParameters) {
                error(modelLoc(row, FieldId::ModelBasedOn), "value_error.exclusive",
                      tr("based_on and supported_parameters are mutually exclusive: keep one"));
            }
            if (!model.supportedParameters)
                continue;
            QSet<QString> seen;
            const QStringList &parameters = *model.supportedParameters;
            for (int i = 0; i < parameters.size(); ++i) {
                QJsonArray where = modelLoc(row, FieldId::ModelSupportedParameters);
                where.append(i);
                const QString &parameter = parameters.at(i);
                if (!known.contains(parameter)) {
                    error(where, "value_error.parameter",
                          tr("\"%1\" is not a RunParamsMap field; valid names: %2")
                              .arg(parameter, known.join(QLatin1String(", "))));
                } else if (seen.contains(parameter)) {
                    warning(where, "value_error.duplicate",
                            tr("\"%1\" is listed twice").arg(parameter));
                }
                seen.insert(parameter);
            }
        }

        const QString &defaultModel = m_config.defaultModel;
        if (defaultModel.isEmpty() || rowByName.contains(defaultModel))
            return;
        const auto byAlias = std::find_if(models.cbegin(), models.cend(), [&](const auto &model) {
            return model.alias == defaultModel;
        });
        if (byAlias != models.cend()) {
            error(loc(FieldId::DefaultModel), "value_error.default_model",
                  tr("\"%1\" is an alias; the default model is named by its name, \"%2\"")
                      .arg(defaultModel, byAlias->name));
        } else {
            error(loc(FieldId::DefaultModel), "value_error.default_model",
                  tr("\"%1\" is not one of the models").arg(defaultModel));
        }
    }

    void checkHeaders()
    {
        const QList<HeaderEntry> &headers = m_config.headers;
        if (headers.size() > MaxHeaders) {
            error(loc(FieldId::Headers), "value_error.too_many",
                  tr("at most %1 headers are allowed; there are %2")
                      .arg(MaxHeaders)
                      .arg(headers.size()));
        }
        static const QSet<QString> managed = {
            QStringLiteral("content-type"), QStringLiteral("content-length"),
            QStringLiteral("host"), QStringLiteral("transfer-encoding"),
            QStringLiteral("connection")};
        const QString authHeader = m_config.usesApiKey()   ? m_config.apiKeyHeader.toLower()
                                   : m_config.usesOAuth2() ? QStringLiteral("authorization")
                                                           : QString();
        QHash<QString, int> rowByName;
        for (int row = 0; row < headers.size(); ++row) {
            const HeaderEntry &header = headers.at(row);
            const QJsonArray where = headerLoc(header.name);
            const QString lower = header.name.toLower();
            if (header.name.isEmpty()) {
                error(where, "value_error.header_name", tr("a header needs a name"));
            } else if (!isHeaderName(header.name)) {
                error(where, "value_error.header_name",
                      tr("\"%1\" is not a valid HTTP header name (letters, digits and "
                         "!#$%&'*+-.^_`|~ only, no spaces)")
                          .arg(header.name));
            } else if (const auto it = rowByName.constFind(lower); it != rowByName.cend()) {
                error(where, "value_error.header_duplicate",
                      tr("the header in row %1 has the same name (header names ignore case)")
                          .arg(*it + 1));
            } else {
                rowByName.insert(lower, row);
                if (managed.contains(lower)) {
                    warning(where, "value_error.header_managed",
                            tr("%1 is set by Galileo's HTTP client; overriding it can break every "
                               "request")
                                .arg(header.name));
                } else if (!authHeader.isEmpty() && lower == authHeader) {
                    warning(where, "value_error.header_auth",
                            tr("%1 is also the authentication header; one will override the "
                               "other")
                                .arg(header.name));
                }
            }
            if (hasLineBreak(header.value)) {
                error(where, "value_error.header_value",
                      tr("the value contains a line break or NUL character, which would inject "
                         "extra headers"));
            }
        }
    }

    void checkHeaderMapping()
    {
        QHash<QString, QString> fieldByHeader;
        for (const QString &field : FieldCatalog::headerMappingKeys()) {
            const QString header = m_config.headerMapping.value(field);
            if (header.isEmpty())
                continue;
            const QJsonArray where = loc(FieldCatalog::headerMappingField(field));
            if (!isHeaderName(header)) {
                error(where, "value_error.header_name",
                      tr("\"%1\" is not a valid HTTP header name (letters, digits and "
                         "!#$%&'*+-.^_`|~ only, no spaces)")
                          .arg(header));
                continue;
            }
            const QString lower = header.toLower();
            if (const auto it = fieldByHeader.constFind(lower); it != fieldByHeader.cend()) {
                error(where, "value_error.header_duplicate",
                      tr("%1 already carries %2").arg(header, *it));
                continue;
            }
            fieldByHeader.insert(lower, field);
            const bool clashes = std::any_of(
                m_config.headers.cbegin(), m_config.headers.cend(), [&](const HeaderEntry &h) {
                    return h.name.compare(header, Qt::CaseInsensitive) == 0;
                });
            if (clashes) {
                warning(where, "value_error.header_duplicate",
                        tr("%1 is also one of the custom headers; one will override the other")
                            .arg(header));
            }
        }
    }

    void checkCustomLlm()
    {
        const CustomLlmConfig &custom = m_config.customLlm;
        if (!custom.enabled)
            return;
        if (custom.fileName.isEmpty()) {
            error(loc(FieldId::CustomLlmFileName), "value_error.missing",
                  tr("the handler's Python file name is required, e.g. my_handler.py"));
        } else if (!custom.fileName.endsWith(QLatin1String(".py")) || custom.fileName.size() <= 3) {
            error(loc(FieldId::CustomLlmFileName), "value_error.file_name",
                  tr("must be a Python file name ending in .py, e.g. my_handler.py"));
        } else if (custom.fileName.contains(QLatin1Char('/')) ||
                   custom.fileName.contains(QLatin1Char('\\'))) {
            error(loc(FieldId::CustomLlmFileName), "value_error.file_name",
                  tr("must be a file name without folders, e.g. my_handler.py"));
        }
        if (custom.className.isEmpty()) {
            error(loc(FieldId::CustomLlmClassName), "value_error.missing",
                  tr("the handler's class name is required, e.g. MyHandler"));
        } else if (!isPythonIdentifier(custom.className)) {
            error(loc(FieldId::CustomLlmClassName), "value_error.identifier",
                  tr("\"%1\" is not a Python class name (letters, digits and _, not starting with "
                     "a digit, not a keyword)")
                      .arg(custom.className));
        }
    }

    void checkMultiModal()
    {
        const MultiModalConfig &multiModal = m_config.multiModal;
        if (!multiModal.enabled)
            return;
        const auto atLeastOne = [this](FieldId field, const std::optional<qint64> &value) {
            if (value && *value < 1) {
                error(loc(field), "value_error.number.not_ge",
                      tr("must be at least 1; leave it empty for no limit"));
            }
        };
        atLeastOne(FieldId::MultiModalMaxFiles, multiModal.maxFiles);
        atLeastOne(FieldId::MultiModalMaxFileSizeBytes, multiModal.maxFileSizeBytes);
    }

    const IntegrationConfig &m_config;
    ValidationIssues m_issues;
};

} // namespace

ValidationIssues validate(const IntegrationConfig &config)
{
    return Checker(config).run();
}

bool isHeaderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') ||
                        (u < 128 && std::strchr("!#$%&'*+-.^_`|~", char(u)) && u != 0);
        if (!ok)
            return false;
    }
    return true;
}

bool hasLineBreak(QStringView value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return true;
    }
    return false;
}

bool isPythonIdentifier(QStringView name)
{
    static const QSet<QString> keywords = {
        QStringLiteral("False"),  QStringLiteral("None"),     QStringLiteral("True"),
        QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),   QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"),     QStringLiteral("pass"),     QStringLiteral("raise"),
        QStringLiteral("return"), QStringLiteral("try"),      QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("yield")};
    if (name.isEmpty() || name.front().isDigit() || keywords.contains(name.toString()))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

bool isHttpUrl(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return false;
    };
    if (text != text.trimmed() || text.contains(QLatin1Char(' ')))
        return fail(tr("must not contain spaces"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return fail(tr("is not a valid URL: %1").arg(url.errorString()));
    if (scheme.isEmpty() || !text.contains(QLatin1String("://")))
        return fail(tr("needs a scheme: write https://%1").arg(text));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("must start with https:// or http://, not %1://").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("has no host name, e.g. https://gateway.example.com/v1"));
    return true;
}

QString endpointWithoutOperation(const QString &endpoint)
{
    if (!isHttpUrl(endpoint))
        return {};
    static const QRegularExpression operation(
        QStringLiteral("/+(chat/completions|completions|models|embeddings)/*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = endpoint.trimmed();
    const QUrl url(trimmed);
    if (url.hasQuery() || url.hasFragment())
        return {};
    const QRegularExpressionMatch match = operation.match(trimmed);
    if (!match.hasMatch())
        return {};
    const QString fixed = trimmed.left(match.capturedStart());
    // The operation must be in the path, not the host ("https://models").
    return QUrl(fixed).host() == url.host() ? fixed : QString();
}

ValidationIssues merge(const ValidationIssues &readIssues, const ValidationIssues &validation)
{
    QSet<QString> errorPlaces;
    for (const ValidationIssue &issue : readIssues) {
        if (issue.isError())
            errorPlaces.insert(issue.path());
    }
    ValidationIssues merged = readIssues;
    for (const ValidationIssue &issue : validation) {
        if (!errorPlaces.contains(issue.path()))
            merged << issue;
    }
    return merged;
}

} // namespace IntegrationValidator
