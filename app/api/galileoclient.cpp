#include "galileoclient.h"

namespace {

constexpr qint64 ReloginMarginSeconds = 300;

} // namespace

GalileoClient::GalileoClient(QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(this))
{
    setConnection(ConnectionSettings{}, GalileoSecrets{});
}

void GalileoClient::setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets)
{
    const GalileoIdentity next = GalileoIdentity::from(settings, secrets);
    const bool sameIdentity =
        next.authMethod == m_identity.authMethod && next.username == m_identity.username &&
        next.password == m_identity.password && next.apiUrl == m_identity.apiUrl;
    // Open connections keep the TLS settings they were made with: a new CA file needs new ones.
    if (settings.caFile != m_settings.caFile || next.apiUrl != m_identity.apiUrl)
        m_transport->clearConnectionCache();
    const QString bearer = sameIdentity ? m_identity.bearer : QString();
    m_settings = settings;
    m_identity = next;
    m_identity.bearer = bearer;
    if (!sameIdentity)
        m_bearerExpiry = {};
    settings.apiUrl(&m_apiUrlProblem);
}

void GalileoClient::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = qMax(1, maxAttempts);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

TransportPolicy GalileoClient::policy() const
{
    TransportPolicy policy;
    policy.deadlineMs = m_settings.timeoutSeconds * 1000;
    policy.idleTimeoutMs = m_settings.timeoutSeconds * 1000;
    policy.maxAnswerBytes = MaxAnswerBytes;
    policy.maxAttempts = m_maxAttempts;
    policy.firstRetryDelayMs = m_firstDelayMs;
    policy.caFile = m_settings.caFile;
    return policy;
}

QString GalileoClient::missingCredentials() const
{
    if (!m_apiUrlProblem.isEmpty())
        return m_apiUrlProblem;
    switch (m_settings.authMethod) {
    case ConnectionSettings::AuthMethod::ApiKey:
        return m_identity.apiKey.isEmpty() ? tr("No Galileo API key is set.") : QString();
    case ConnectionSettings::AuthMethod::Login:
    case ConnectionSettings::AuthMethod::Basic:
        if (m_identity.username.isEmpty() || m_identity.password.isEmpty())
            return tr("The Galileo username and password are both needed.");
        return {};
    }
    return {};
}

void GalileoClient::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool GalileoClient::beginOperation()
{
    // One operation at a time: a second one sends nothing.
    if (m_busy)
        return false;
    setBusy(true);
    return true;
}

void GalileoClient::finishOperation()
{
    setBusy(false);
}

bool GalileoClient::submit(const IntegrationConfig &config)
{
    if (!beginOperation())
        return false;
    const auto request = std::make_shared<SubmitIntegrationRequest>(config);
    call(
        request,
        [this](ApiResult result) {
            if (result.ok()) {
                QString problem;
                if (const auto stored = SubmitIntegrationRequest::parse(result.json, &problem)) {
                    result.summary = tr("Galileo stored the integration %1.").arg(stored->id);
                } else {
                    result.outcome = ApiResult::Outcome::ServerError;
                    result.summary = tr("The server accepted the request, but its answer is not a "
                                        "stored integration: %1.")
                                         .arg(problem);
                    result.hint = tr("Check that the base URL is Galileo's API.");
                }
            }
            finishOperation();
            emit submitted(result);
        },
        true);
    return true;
}

bool GalileoClient::fetchIntegration()
{
    if (!beginOperation())
        return false;
    call(std::make_shared<FetchIntegrationRequest>(), [this](const ApiResult &result) {
        finishOperation();
        emit fetched(result);
    });
    return true;
}

bool GalileoClient::checkConnection()
{
    if (!beginOperation())
        return false;
    CheckStep health;
    health.name = tr("Galileo API");
    CheckStep user;
    user.name = tr("Credentials");
    runCheckStep(0, {health, user});
    return true;
}

void GalileoClient::runCheckStep(int index, QList<CheckStep> steps)
{
    if (index >= steps.size()) {
        finishOperation();
        emit connectionChecked(steps);
        return;
    }
    const bool health = index == 0;
    std::shared_ptr<const GalileoRequest> request;
    if (health)
        request = std::make_shared<HealthCheckRequest>();
    else
        request = std::make_shared<CurrentUserRequest>();
    call(request, [this, index, steps, health](const ApiResult &result) mutable {
        CheckStep &step = steps[index];
        step.httpStatus = result.httpStatus;
        step.elapsedMs = result.elapsedMs;
        step.ok = result.ok();
        if (result.outcome == ApiResult::Outcome::Cancelled) {
            step.detail = result.summary;
            emit stepFinished(step);
            finishOperation();
            emit connectionChecked(steps);
            return;
        }
        if (health && step.ok) {
            const HealthCheckRequest::Health found = HealthCheckRequest::parse(result.json);
            if (!found.isGalileo) {
                step.ok = false;
                step.detail = tr("The server answered, but not as Galileo's API does.");
                step.hint = tr("Check the base URL: it should be the API URL, like "
                               "https://api.galileo.ai.");
            } else {
                const auto known = [](const QString &text) {
                    return text.isEmpty() ? QStringLiteral("?") : text;
                };
                step.detail = tr("Galileo API %1 (version %2)")
                                  .arg(known(found.apiVersion), known(found.version));
            }
        } else if (step.ok) {
            const CurrentUserRequest::User user = CurrentUserRequest::parse(result.json);
            step.detail = tr("%1, %2 in %3")
                              .arg(user.email.isEmpty() ? tr("unknown user") : user.email,
                                   user.role.isEmpty() ? tr("no role") : user.role,
                                   user.organization.isEmpty() ? tr("an unnamed organisation")
                                                               : user.organization);
        } else {
            step.detail = result.summary;
            step.hint = result.hint;
        }
        emit stepFinished(step);
        // Without an HTTP answer there is nobody to ask for the credentials.
        if (health && result.httpStatus == 0) {
            CheckStep &next = steps[1];
            next.skipped = true;
            next.detail = tr("Skipped: the API could not be reached.");
            emit stepFinished(next);
            finishOperation();
            emit connectionChecked(steps);
            return;
        }
        runCheckStep(index + 1, steps);
    });
}

void GalileoClient::cancel()
{
    if (m_busy)
        m_transport->cancel();
}

bool GalileoClient::needsLogin() const
{
    if (m_settings.authMethod != ConnectionSettings::AuthMethod::Login)
        return false;
    if (m_identity.bearer.isEmpty())
        return true;
    return m_bearerExpiry.isValid() &&
           QDateTime::currentDateTimeUtc().secsTo(m_bearerExpiry) < ReloginMarginSeconds;
}

void GalileoClient::call(std::shared_ptr<const GalileoRequest> request, Done done,
                         bool announceSent, bool reloggedIn)
{
    if (!m_apiUrlProblem.isEmpty()) {
        ApiResult result;
        result.outcome = ApiResult::Outcome::NotSent;
        result.summary = m_apiUrlProblem;
        result.hint = tr("Correct the Galileo base URL in the connection settings.");
        done(result);
        return;
    }
    if (request->authenticated() && needsLogin()) {
        login([this, request, done, announceSent, reloggedIn](const ApiResult *error) {
            if (error)
                done(*error);
            else
                call(request, done, announceSent, reloggedIn);
        });
        return;
    }
    HttpTransport::Observer observer;
    observer.retrying = [this](const QString &message) { emit progress(message); };
    if (announceSent)
        observer.sent = [this] { emit requestSent(); };
    const WireRequest wire = request->request(m_identity);
    m_transport->send(
        wire, policy(),
        [this, request, done, announceSent, reloggedIn](const WireAnswer &answer) {
            // A login token may have expired on the server before its time: log in once more.
            if (answer.status == 401 && request->authenticated() && !reloggedIn &&
                m_settings.authMethod == ConnectionSettings::AuthMethod::Login) {
                m_identity.bearer.clear();
                call(request, done, announceSent, true);
                return;
            }
            ApiResult result = ApiResult::fromAnswer(answer);
            if (result.attempts > 1 && !result.ok()) {
                result.summary =
                    tr("%1 (after %2 attempts)").arg(result.summary).arg(result.attempts);
            }
            done(result);
        },
        observer);
}

void GalileoClient::login(std::function<void(const ApiResult *error)> then)
{
    emit progress(tr("Logging in to Galileo as %1...").arg(m_settings.username));
    call(std::make_shared<LoginRequest>(), [this, then](const ApiResult &answer) {
        if (answer.ok()) {
            if (const auto token = LoginRequest::parse(answer.json)) {
                m_identity.bearer = token->accessToken;
                m_bearerExpiry = token->expiry;
                then(nullptr);
                return;
            }
        }
        ApiResult error = answer;
        if (answer.ok() || answer.outcome == ApiResult::Outcome::AuthRefused ||
            answer.outcome == ApiResult::Outcome::Invalid) {
            error.outcome = ApiResult::Outcome::AuthRefused;
            error.issues.clear();
            error.summary =
                answer.ok()
                    ? tr("Galileo's login answered without a token.")
                    : tr("Galileo refused the username or password (%1).").arg(answer.httpStatus);
            error.hint = tr("Check the username and password, or use an API key instead.");
        }
        then(&error);
    });
}
