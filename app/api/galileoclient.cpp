#include "galileoclient.h"

#include <QElapsedTimer>

namespace {

constexpr qint64 ReloginMarginSeconds = 300;

// A 404 from a route the cluster has, about the thing asked for, in the words of `newer`.
ApiResult missingThing(const GalileoRequest::NewerCall &newer, ApiResult result)
{
    result.summary = newer.missingSummary.arg(
        result.detail.isEmpty() ? QStringLiteral("404") : QStringLiteral("404: ") + result.detail);
    result.hint = newer.missingHint;
    return result;
}

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
    m_cancelled = false;
    setBusy(true);
    return true;
}

void GalileoClient::finishOperation()
{
    setBusy(false);
}

bool GalileoClient::submit(const IntegrationConfig &config, const QString &name)
{
    if (!beginOperation())
        return false;
    const auto request = std::make_shared<SubmitIntegrationRequest>(config, name);
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

bool GalileoClient::fetchIntegration(const QString &name)
{
    if (!beginOperation())
        return false;
    call(std::make_shared<DefinitionRequest>(name), [this, name](const ApiResult &definition) {
        // Without permission to read secrets (403), or on a cluster without definitions
        // (404, 405), the stored fields are what there is.
        // A cluster without named integrations has no stored fields of one either.
        const bool fallBack = definition.outcome != ApiResult::Outcome::Unsupported &&
                              (definition.httpStatus == 403 || definition.httpStatus == 404 ||
                               definition.httpStatus == 405);
        if (!fallBack) {
            finishOperation();
            emit fetched(definition, true);
            return;
        }
        call(std::make_shared<FetchIntegrationRequest>(name), [this](const ApiResult &stored) {
            finishOperation();
            emit fetched(stored, false);
        });
    });
    return true;
}

bool GalileoClient::run(std::shared_ptr<const GalileoRequest> request,
                        std::function<void(const ApiResult &)> done)
{
    if (!beginOperation())
        return false;
    call(request, [this, done](const ApiResult &result) {
        finishOperation();
        done(result);
    });
    return true;
}

bool GalileoClient::detectCapabilities(std::function<void(const ClusterCapabilities &)> done)
{
    if (!beginOperation())
        return false;
    probeCapabilities(0, std::make_shared<ClusterCapabilities>(),
                      [this, done](const ClusterCapabilities &found) {
                          finishOperation();
                          done(found);
                      });
    return true;
}

void GalileoClient::probeCapabilities(int index, std::shared_ptr<ClusterCapabilities> found,
                                      std::function<void(const ClusterCapabilities &)> done)
{
    using Support = ClusterCapabilities::Support;
    // A slug no one names an integration: OPTIONS only asks whether the route exists.
    static const QString probeName = QStringLiteral("galileo-integrations-route-probe");
    std::shared_ptr<const GalileoRequest> request;
    std::function<void(int)> record;
    switch (index) {
    case 0:
        request = std::make_shared<RouteProbeRequest>(SubmitIntegrationRequest::path());
        record = [found](int status) {
            found->seedPut = ClusterCapabilities::fromProbeStatus(status);
        };
        break;
    case 1:
        request = std::make_shared<RouteProbeRequest>(SubmitIntegrationRequest::path(probeName));
        record = [found](int status) {
            found->named = ClusterCapabilities::fromProbeStatus(status);
        };
        break;
    case 2:
        request = std::make_shared<ListIntegrationsRequest>();
        record = [found](int status) { found->list = ClusterCapabilities::fromReadStatus(status); };
        break;
    case 3:
        // Where named integrations exist, /integrations/custom/definition would also match
        // /integrations/custom/{name}: the named definition's path has no such twin. Only the
        // route is asked about; reading a definition would fetch its secrets.
        request = std::make_shared<RouteProbeRequest>(
            found->named == Support::Offered
                ? QStringLiteral("/integrations/custom/%1/definition").arg(probeName)
                : QStringLiteral("/integrations/custom/definition"));
        record = [found](int status) {
            found->definitions = ClusterCapabilities::fromProbeStatus(status);
        };
        break;
    default:
        done(*found);
        return;
    }
    call(request, [this, index, found, done, record](const ApiResult &result) {
        if (result.outcome == ApiResult::Outcome::Cancelled) {
            done(*found);
            return;
        }
        record(result.httpStatus);
        probeCapabilities(index + 1, found, done);
    });
}

QString GalileoClient::cancelledDriftReason()
{
    return tr("The check was cancelled.");
}

bool GalileoClient::checkDrift(std::function<void(const SchemaDrift &)> done)
{
    if (!beginOperation())
        return false;
    readSchema(0, {}, [this, done](const SchemaDrift &drift) {
        finishOperation();
        done(drift);
    });
    return true;
}

void GalileoClient::readSchema(int index, QStringList reasons,
                               std::function<void(const SchemaDrift &)> done)
{
    const QStringList paths = OpenApiRequest::paths();
    if (index >= paths.size()) {
        done(SchemaDrift::unknown(tr("No OpenAPI document with CustomIntegrationCreate: %1")
                                      .arg(reasons.join(QLatin1String("; ")))));
        return;
    }
    const auto request = std::make_shared<OpenApiRequest>(paths.at(index));
    call(request, [this, index, reasons, done, request](const ApiResult &result) mutable {
        if (result.outcome == ApiResult::Outcome::Cancelled) {
            done(SchemaDrift::unknown(cancelledDriftReason()));
            return;
        }
        const SchemaDrift drift = request->parse(result);
        if (drift.isKnown()) {
            done(drift);
            return;
        }
        reasons << drift.reason;
        readSchema(index + 1, reasons, done);
    });
}

void GalileoClient::classifyNamed(const QString &name, ApiResult result, Done done)
{
    const auto unsupported = [name](ApiResult result) {
        result.outcome = ApiResult::Outcome::Unsupported;
        result.summary = tr("This cluster has no named custom integrations (%1 on "
                            "/integrations/custom/%2).")
                             .arg(result.httpStatus)
                             .arg(name);
        result.hint = tr("It is an older Galileo. Apply without a name to set up its one custom "
                         "integration, or ask for Galileo to be updated.");
        return result;
    };
    if (result.httpStatus == 405) {
        done(unsupported(result));
        return;
    }
    call(std::make_shared<RouteProbeRequest>(SubmitIntegrationRequest::path(name)),
         [name, result, done, unsupported](const ApiResult &probe) mutable {
             const auto exists = RouteProbeRequest::routeExists(probe.httpStatus);
             if (exists.has_value() && !*exists) {
                 done(unsupported(result));
                 return;
             }
             result.summary = tr("Galileo has no custom integration named \"%1\" (404).").arg(name);
             result.hint = tr("Check the name with the list of integrations, or apply to create "
                              "it.");
             done(result);
         });
}

void GalileoClient::classifyNewer(const GalileoRequest::NewerCall &newer, ApiResult result,
                                  Done done)
{
    const auto unsupported = [newer](ApiResult result) {
        result.outcome = ApiResult::Outcome::Unsupported;
        result.summary = newer.summary.arg(result.httpStatus);
        result.hint = newer.hint;
        return result;
    };
    if (result.httpStatus == 405) {
        done(unsupported(result));
        return;
    }
    // A 404 from a route that exists is about something else (no such integration). Where no
    // route has the path, a wrong base URL has none either: Galileo's health check tells the
    // two apart.
    call(std::make_shared<RouteProbeRequest>(newer.path), [this, newer, result, done,
                                                           unsupported](const ApiResult &probe) {
        const auto exists = RouteProbeRequest::routeExists(probe.httpStatus);
        if (exists.value_or(false) && result.httpStatus == 404 && !newer.missingSummary.isEmpty()) {
            done(missingThing(newer, result));
            return;
        }
        if (!exists.has_value() || *exists) {
            done(result);
            return;
        }
        call(std::make_shared<HealthCheckRequest>(), [result, done,
                                                      unsupported](const ApiResult &health) {
            const bool galileo = health.ok() && HealthCheckRequest::parse(health.json).isGalileo;
            done(galileo ? unsupported(result) : result);
        });
    });
}

bool GalileoClient::checkConnection()
{
    if (!beginOperation())
        return false;
    CheckStep health;
    health.name = tr("Galileo API");
    CheckStep user;
    user.name = tr("Credentials");
    CheckStep capabilities;
    capabilities.name = tr("Capabilities");
    CheckStep drift;
    drift.name = tr("Field drift");
    runCheckStep(0, {health, user, capabilities, drift});
    return true;
}

void GalileoClient::runCheckStep(int index, QList<CheckStep> steps)
{
    if (index >= steps.size()) {
        finishOperation();
        emit connectionChecked(steps);
        return;
    }
    if (index == 2) {
        probeCapabilities(0, std::make_shared<ClusterCapabilities>(),
                          [this, steps](const ClusterCapabilities &found) mutable {
                              CheckStep &step = steps[2];
                              step.ok = found.seedPut != ClusterCapabilities::Support::Missing;
                              step.detail = found.describe().join(QLatin1String("; "));
                              if (!step.ok)
                                  step.hint = tr("This server has no PUT /v2/integrations/custom: "
                                                 "check the base URL.");
                              step.capabilities = found;
                              emit stepFinished(step);
                              runCheckStep(3, steps);
                          });
        return;
    }
    if (index == 3 && m_cancelled) {
        steps[3].skipped = true;
        steps[3].detail = tr("Cancelled.");
        emit stepFinished(steps[3]);
        finishOperation();
        emit connectionChecked(steps);
        return;
    }
    if (index == 3) {
        QElapsedTimer clock;
        clock.start();
        readSchema(0, {}, [this, steps, clock](const SchemaDrift &found) mutable {
            CheckStep &step = steps[3];
            step.elapsedMs = clock.elapsed();
            step.ok = found.isKnown() && !found.hasDrift();
            step.advisory = !step.ok;
            step.detail = found.summary();
            if (found.hasDrift())
                step.hint = tr("A field only this app knows is dropped by this cluster without "
                               "a word; Submit warns when the form uses one.");
            else if (!found.isKnown())
                step.hint = tr("Nothing to compare with: fields this cluster does not know "
                               "would be dropped without a word.");
            step.drift = found;
            emit stepFinished(step);
            finishOperation();
            emit connectionChecked(steps);
        });
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
        // Without an HTTP answer there is nobody to ask for the credentials; without working
        // credentials the capabilities cannot be told from refusals.
        if ((health && result.httpStatus == 0) || (!health && !step.ok)) {
            for (int later = index + 1; later < steps.size(); ++later) {
                CheckStep &next = steps[later];
                next.skipped = true;
                next.detail = health ? tr("Skipped: the API could not be reached.")
                                     : tr("Skipped: the credentials did not work.");
                emit stepFinished(next);
            }
            finishOperation();
            emit connectionChecked(steps);
            return;
        }
        runCheckStep(index + 1, steps);
    });
}

void GalileoClient::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
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
    TransportPolicy limits = policy();
    if (request->maxAnswerBytes() > 0)
        limits.maxAnswerBytes = request->maxAnswerBytes();
    m_transport->send(
        wire, limits,
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
            const QString named = request->namedTarget();
            if (!named.isEmpty() && (answer.status == 404 || answer.status == 405)) {
                classifyNamed(named, result, done);
                return;
            }
            if (const auto newer = request->newerCall();
                newer && (answer.status == 404 || answer.status == 405)) {
                classifyNewer(*newer, result, done);
                return;
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
