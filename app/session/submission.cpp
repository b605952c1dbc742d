#include "submission.h"

#include "model/integrationvalidator.h"

#include <QCoreApplication>

Submission::Submission(GalileoClient *client, ProfileStore store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(std::move(store))
{
    connect(m_client, &GalileoClient::submitted, this, [this](const ApiResult &result) {
        QString problem;
        int revision = 0;
        if (result.ok() && !m_profileId.isEmpty()) {
            QString reason;
            const auto stored = SubmitIntegrationRequest::parse(result.json, &reason);
            if (!m_store.recordSubmission(m_profileId, QDateTime::currentDateTimeUtc(),
                                          stored ? stored->id : QString(), &reason, &revision))
                problem = reason;
        }
        m_profileId.clear();
        emit finished(result, problem, revision);
    });
}

ValidationIssues Submission::check(const IntegrationConfig &config, const ValidationIssues &known)
{
    const ValidationIssues all =
        IntegrationValidator::merge(known, IntegrationValidator::validate(config));
    ValidationIssues errors;
    for (const ValidationIssue &issue : all) {
        if (issue.severity == ValidationIssue::Severity::Error)
            errors << issue;
    }
    return errors;
}

ValidationIssues Submission::start(const IntegrationConfig &config, const ValidationIssues &checked,
                                   const QString &profileId, const QString &integrationName)
{
    ValidationIssues errors;
    for (const ValidationIssue &issue : checked) {
        if (issue.severity == ValidationIssue::Severity::Error)
            errors << issue;
    }
    if (!errors.isEmpty())
        return errors;
    if (!integrationName.isEmpty()) {
        if (const QString problem = IntegrationName::problem(integrationName); !problem.isEmpty())
            return {ValidationIssue::error(
                {QStringLiteral("body")}, QStringLiteral("name"),
                QCoreApplication::translate("Submission", "Integration name: %1").arg(problem))};
    }
    m_profileId = profileId;
    if (!m_client->submit(config, integrationName)) {
        m_profileId.clear();
        return {ValidationIssue::error(
            {QStringLiteral("body")}, QStringLiteral("busy"),
            QCoreApplication::translate("Submission", "Another request to Galileo is running."))};
    }
    return {};
}
