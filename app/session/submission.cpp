#include "submission.h"

#include "model/integrationvalidator.h"
#include "storage/secretfingerprints.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QPointer>

Submission::Submission(GalileoClient *client, ProfileStore store, SecretStore *fingerprintKeys,
                       HistoryStore history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(std::move(store))
    , m_fingerprintKeys(fingerprintKeys)
    , m_history(std::move(history))
{
    m_keyWait.setSingleShot(true);
    connect(&m_keyWait, &QTimer::timeout, this, [this] {
        m_keyProblem = QCoreApplication::translate(
            "Submission", "the keychain did not give the fingerprint key in time");
        finish();
    });
    connect(m_client, &GalileoClient::submitted, this, &Submission::answered);
}

void Submission::loadKey()
{
    if (!m_key.isEmpty() || m_keyLoading)
        return;
    if (!m_fingerprintKeys) {
        m_keyProblem = QCoreApplication::translate("Submission", "no keychain to keep the key in");
        return;
    }
    m_keyLoading = true;
    QPointer<Submission> self(this);
    SecretFingerprints::loadKey(m_fingerprintKeys,
                                [self](const QByteArray &key, const QString &problem) {
                                    if (!self)
                                        return;
                                    self->m_keyLoading = false;
                                    self->m_key = key;
                                    self->m_keyProblem = problem;
                                    if (self->m_keyWait.isActive()) {
                                        self->m_keyWait.stop();
                                        self->finish();
                                    }
                                });
}

void Submission::answered(const ApiResult &result)
{
    m_answer = result;
    m_recordProblem.clear();
    m_recordedRevision = 0;
    if (result.ok() && !m_profileId.isEmpty()) {
        QString reason;
        const auto stored = SubmitIntegrationRequest::parse(result.json, &reason);
        if (!m_store.recordSubmission(m_profileId, QDateTime::currentDateTimeUtc(),
                                      stored ? stored->id : QString(), &reason,
                                      &m_recordedRevision))
            m_recordProblem = reason;
    }
    // The key was asked for when the request left; a slow keychain gets a moment more.
    if (!m_profileId.isEmpty() && m_keyLoading) {
        m_keyWait.start(KeyGraceMs);
        return;
    }
    finish();
}

void Submission::finish()
{
    if (!m_profileId.isEmpty()) {
        const HistoryEntry entry =
            HistoryEntry::of(m_sent, m_sentTo, m_sentName, m_answer, m_key, m_keyProblem);
        QString problem;
        if (!m_history.append(m_profileId, entry, &problem)) {
            const QString history =
                QCoreApplication::translate("Submission", "the history could not record it: %1")
                    .arg(problem);
            m_recordProblem = m_recordProblem.isEmpty()
                                  ? history
                                  : m_recordProblem + QLatin1String("; ") + history;
        }
    }
    m_profileId.clear();
    m_sent = {};
    emit finished(m_answer, m_recordProblem, m_recordedRevision);
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
    if (m_keyWait.isActive())
        return {ValidationIssue::error(
            {QStringLiteral("body")}, QStringLiteral("busy"),
            QCoreApplication::translate("Submission", "Another request to Galileo is running."))};
    m_profileId = profileId;
    if (!profileId.isEmpty()) {
        m_sent = config;
        m_sentTo = m_client->settings().apiUrl();
        m_sentName = integrationName;
        loadKey();
    }
    if (!m_client->submit(config, integrationName)) {
        m_profileId.clear();
        m_sent = {};
        return {ValidationIssue::error(
            {QStringLiteral("body")}, QStringLiteral("busy"),
            QCoreApplication::translate("Submission", "Another request to Galileo is running."))};
    }
    return {};
}
