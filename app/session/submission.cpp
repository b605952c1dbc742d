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
    connect(&m_keyWait, &QTimer::timeout, this, &Submission::recordHistory);
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
    m_keyProblem.clear();
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
                                        self->recordHistory();
                                    }
                                });
}

void Submission::answered(const ApiResult &result)
{
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
    if (m_pending) {
        m_pending->answer = result;
        // The key was asked for when the request left; a slow keychain gets a moment more,
        // without holding up the answer.
        if (m_keyLoading)
            m_keyWait.start(KeyGraceMs);
        else
            recordHistory();
    }
    emit finished(result, problem, revision);
}

void Submission::recordHistory()
{
    if (!m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    m_keyWait.stop();
    const QString keyProblem =
        !m_key.isEmpty() || !m_keyProblem.isEmpty() || !m_keyLoading
            ? m_keyProblem
            : QCoreApplication::translate("Submission",
                                          "the keychain did not give the fingerprint key in time");
    const HistoryEntry entry = HistoryEntry::of(
        pending.config, pending.apiUrl, pending.integrationName, pending.answer, m_key, keyProblem);
    QString problem;
    if (!m_history.append(pending.profileId, entry, &problem))
        problem =
            QCoreApplication::translate("Submission", "the history could not record the apply: %1")
                .arg(problem);
    emit historyRecorded(pending.profileId, problem);
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
    if (m_client->isBusy())
        return {ValidationIssue::error(
            {QStringLiteral("body")}, QStringLiteral("busy"),
            QCoreApplication::translate("Submission", "Another request to Galileo is running."))};
    // An earlier apply still waiting for the key is recorded now, as it stands.
    recordHistory();
    m_profileId = profileId;
    if (!profileId.isEmpty()) {
        m_pending = Pending{profileId, config, m_client->settings().apiUrl(), integrationName, {}};
        loadKey();
    }
    if (!m_client->submit(config, integrationName)) {
        m_profileId.clear();
        m_pending.reset();
        return {ValidationIssue::error(
            {QStringLiteral("body")}, QStringLiteral("busy"),
            QCoreApplication::translate("Submission", "Another request to Galileo is running."))};
    }
    return {};
}
