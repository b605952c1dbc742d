#include "integrationsession.h"

#include "submission.h"

#include "api/storedconfig.h"
#include "model/integrationvalidator.h"
#include "model/secretcatalog.h"
#include "storage/connectionstore.h"
#include "storage/secretfingerprints.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

const QLatin1String s_lastProfileKey("lastProfile");

// ["body", "headers", "X-A"] from "headers.X-A", for the notes about kept secrets.
QJsonArray issueLocFor(const QString &path)
{
    QJsonArray loc{QStringLiteral("body")};
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    loc.append(dot < 0 ? path : path.left(dot));
    if (dot >= 0)
        loc.append(path.mid(dot + 1));
    return loc;
}

} // namespace

IntegrationSession::IntegrationSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_model(new IntegrationModel(this))
    , m_client(new GalileoClient(this))
    , m_schemaClient(new GalileoClient(this))
    , m_library(new ProfileLibrary(ProfileStore(), secrets, this))
    , m_submission(new Submission(m_client, ProfileStore(), secrets, HistoryStore(), this))
    , m_planner(new IntegrationPlanner(m_client, secrets, this))
{
    connect(m_planner, &IntegrationPlanner::finished, this, &IntegrationSession::planned);
    connect(m_library, &ProfileLibrary::notice, this, &IntegrationSession::keychainProblem);
    connect(m_client, &GalileoClient::busyChanged, this, &IntegrationSession::busyChanged);
    connect(m_client, &GalileoClient::progress, this, &IntegrationSession::progress);
    connect(m_client, &GalileoClient::fetched, this, &IntegrationSession::fetchedAnswer);
    connect(m_submission, &Submission::finished, this,
            [this](const ApiResult &result, const QString &recordProblem, int revision) {
                // The file has the record now. The copy here follows only when the record was
                // written on top of the revision it knows; if another program saved in between,
                // the next save here is refused instead of undoing that program's change.
                if (result.ok() && recordProblem.isEmpty() && !m_current.id.isEmpty() &&
                    revision == m_current.revision + 1) {
                    m_current.revision = revision;
                    m_current.lastSubmittedAt = QDateTime::currentDateTimeUtc();
                    QString ignored;
                    if (const auto stored = SubmitIntegrationRequest::parse(result.json, &ignored))
                        m_current.lastIntegrationId = stored->id;
                }
                if (result.outcome == ApiResult::Outcome::Invalid)
                    setServerIssues(result.issues);
                emit submitted(result, recordProblem);
            });
    connect(m_submission, &Submission::historyRecorded, this,
            [this](const QString &, const QString &problem) { emit historyRecorded(problem); });
    connect(m_model, &IntegrationModel::changed, this, [this] { m_validated = false; });
    connect(m_model, &IntegrationModel::modifiedChanged, this,
            &IntegrationSession::documentChanged);
    connect(m_model, &IntegrationModel::fieldChanged, this, [this](FieldId field) {
        placeEdited(QString::fromLatin1(FieldCatalog::info(field).jsonPath));
    });
    connect(m_model->models(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &index) {
                placeEdited(QStringLiteral("model_properties[%1]").arg(index.row()));
            });
    connect(m_model->headers(), &QAbstractItemModel::dataChanged, this,
            [this] { placeEdited(QStringLiteral("headers")); });
}

void IntegrationSession::setFormIssues(const ValidationIssues &issues)
{
    if (issues == m_formIssues)
        return;
    m_formIssues = issues;
    m_validated = false;
}

void IntegrationSession::validate()
{
    const IntegrationConfig config = m_model->config();
    m_localIssues = m_formIssues + IntegrationValidator::validate(config);
    if (m_drift.isKnown()) {
        m_localIssues +=
            m_drift.warningsFor(QJsonDocument::fromJson(IntegrationJson::write(config)).object());
    }
    // The integration name is no part of the body, but nothing is sent under a bad one: it is
    // listed with the body's errors, so that Problems and the status bar say so as it is typed.
    if (const QString problem = integrationNameProblem(); !problem.isEmpty()) {
        m_localIssues << ValidationIssue::error({QStringLiteral("integration_name")},
                                                QStringLiteral("value_error.integration_name"),
                                                tr("The integration name: %1").arg(problem));
    }
    // What is still empty, for the issues that are only "to fill in" yet.
    QSet<QString> empty;
    for (const FieldInfo &field : FieldCatalog::all()) {
        if (IntegrationModel::isTextField(field.id) && m_model->text(field.id).trimmed().isEmpty())
            empty.insert(QString::fromLatin1(field.jsonPath));
    }
    if (config.modelProperties.isEmpty())
        empty.insert(FieldCatalog::jsonKey(FieldId::ModelProperties));
    // Secrets that a restore from the history or an opened profile could not take from the
    // keychain: to fill in, like an empty required field, until typed (or, once submitting is
    // tried or the form holds what someone wrote, errors), or until their place is gone (a
    // header removed). The reason replaces the validator's "required" there.
    const QStringList present = SecretCatalog::sentSlotKeys(config);
    const QStringList filled = SecretCatalog::filledSlots(config, {});
    for (auto it = m_askedFor.cbegin(); it != m_askedFor.cend(); ++it) {
        if (!present.contains(it.key()) || filled.contains(it.key()))
            continue;
        const ValidationIssue issue = ValidationIssue::error(
            SecretCatalog::loc(it.key()), QStringLiteral("secret_to_fill_in"), it.value());
        empty.insert(issue.path());
        m_localIssues.removeIf([&issue](const ValidationIssue &local) {
            return local.isError() && local.path() == issue.path();
        });
        m_localIssues << issue;
    }
    m_board.setEmptyPlaces(empty);
    m_board.setLocal(m_localIssues);
    m_validated = true;
    emit issuesChanged();
}

void IntegrationSession::placeEdited(const QString &path)
{
    if (m_board.placeEdited(path))
        emit issuesChanged();
}

QString IntegrationSession::proposedProfileName() const
{
    if (!m_current.id.isEmpty())
        return m_current.name;
    QString host = QUrl(m_model->config().endpoint.trimmed()).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return m_library->store().uniqueName(host.isEmpty() ? tr("New profile") : host);
}

void IntegrationSession::fieldLeft(FieldId field)
{
    if (m_board.fieldLeft(QString::fromLatin1(FieldCatalog::info(field).jsonPath)))
        emit issuesChanged();
}

void IntegrationSession::revealRequired()
{
    if (m_board.revealRequired())
        emit issuesChanged();
}

void IntegrationSession::setServerIssues(const ValidationIssues &issues)
{
    m_board.setServer(issues);
    emit issuesChanged();
}

void IntegrationSession::setDrift(const QUrl &apiUrl, const SchemaDrift &drift)
{
    if (apiUrl.isEmpty() || apiUrl != m_client->identity().apiUrl)
        return;
    m_drift = drift;
    m_driftApiUrl = apiUrl;
    emit driftChanged(m_drift);
    validate();
}

bool IntegrationSession::checkDrift(std::function<void(bool cancelled)> then)
{
    const QUrl apiUrl = m_client->identity().apiUrl;
    if (apiUrl.isEmpty() || apiUrl == m_driftApiUrl)
        return false;
    m_schemaClient->setConnection(m_client->settings(), m_secrets);
    return m_schemaClient->checkDrift([this, apiUrl, then](const SchemaDrift &drift) {
        // A cancelled read says nothing about the cluster: the next check reads again.
        const bool cancelled =
            m_client->identity().apiUrl != apiUrl ||
            (!drift.isKnown() && drift.reason == GalileoClient::cancelledDriftReason());
        if (!cancelled)
            setDrift(apiUrl, drift);
        if (then)
            then(cancelled);
    });
}

void IntegrationSession::forgetDriftUnlessAt(const QUrl &apiUrl)
{
    if (m_driftApiUrl.isEmpty() || m_driftApiUrl == apiUrl)
        return;
    m_drift = SchemaDrift();
    m_driftApiUrl.clear();
    emit driftChanged(m_drift);
    validate();
}

void IntegrationSession::applyConnection(const ConnectionSettings &settings,
                                         const GalileoSecrets &secrets)
{
    m_secrets = secrets;
    m_client->setConnection(settings, secrets);
    forgetDriftUnlessAt(m_client->identity().apiUrl);
}

void IntegrationSession::setConnection(const ConnectionSettings &settings,
                                       const GalileoSecrets &secrets)
{
    applyConnection(settings, secrets);
    ConnectionStore::save(settings);
    emit connectionChanged();
    emit documentChanged();
}

void IntegrationSession::useProfileConnection(const ConnectionSettings &own,
                                              const GalileoSecrets &ownSecrets)
{
    ConnectionSettings settings = own;
    GalileoSecrets secrets = ownSecrets;
    // A variable that cannot be used was reported when the window started.
    m_environmentSecrets = EnvironmentConnection::read(EnvironmentConnection::Precedence::Settings,
                                                       &settings, &secrets)
                               .supplied;
    applyConnection(settings, secrets);
    // The next start reads the environment again: what it remembers is the profile's own.
    ConnectionStore::save(own);
    emit connectionChanged();
    emit documentChanged();
}

EnvironmentConnection::Result IntegrationSession::restoreConnection()
{
    ConnectionSettings settings = ConnectionStore::load();
    GalileoSecrets secrets;
    const EnvironmentConnection::Result environment = EnvironmentConnection::read(
        EnvironmentConnection::Precedence::Settings, &settings, &secrets);
    m_environmentSecrets = environment.supplied;
    applyConnection(settings, secrets);
    m_savedConnection = settings;
    m_savedSecrets = secrets;
    emit connectionChanged();
    emit documentChanged();
    return environment;
}

bool IntegrationSession::isModified() const
{
    return m_model->isModified() || m_client->settings() != m_savedConnection ||
           m_integrationName != m_savedIntegrationName ||
           m_secrets.apiKey != m_savedSecrets.apiKey ||
           m_secrets.password != m_savedSecrets.password;
}

QStringList IntegrationSession::unsavedParts() const
{
    QStringList parts;
    if (m_model->isModified())
        parts << tr("the integration");
    if (m_integrationName != m_savedIntegrationName)
        parts << tr("the integration's name");
    if (m_client->settings() != m_savedConnection)
        parts << tr("the Galileo connection");
    if (m_secrets.apiKey != m_savedSecrets.apiKey || m_secrets.password != m_savedSecrets.password)
        parts << tr("Galileo's credentials");
    return parts;
}

void IntegrationSession::markSaved()
{
    m_model->markSaved();
    m_savedConnection = m_client->settings();
    m_savedSecrets = m_secrets;
    m_savedIntegrationName = m_integrationName;
    emit documentChanged();
}

void IntegrationSession::setIntegrationName(const QString &name)
{
    if (name == m_integrationName)
        return;
    m_integrationName = name;
    emit integrationNameChanged(name);
    emit documentChanged();
}

QString IntegrationSession::integrationNameProblem() const
{
    return m_integrationName.isEmpty() ? QString() : IntegrationName::problem(m_integrationName);
}

void IntegrationSession::showIntegration(const IntegrationConfig &config, const QString &sourceName,
                                         const ValidationIssues &notes)
{
    m_askedFor.clear();
    m_model->setConfig(config);
    // A new, empty form has nothing missing yet; anything else was written by someone, and
    // what it lacks is missing.
    if (config == IntegrationConfig())
        m_board.forgetVisits();
    else
        m_board.revealRequired();
    m_board.setImported(notes);
    m_board.setServer({});
    m_sourceName = sourceName;
    emit documentReplaced();
    validate();
    emit documentChanged();
}

IntegrationSession::Blocked IntegrationSession::submit()
{
    if (m_client->isBusy())
        return Blocked::Busy;
    // What was last validated is what is sent: nothing changed since, or it is validated now.
    if (!m_validated)
        validate();
    if (m_board.blockingCount() > 0) {
        revealRequired();
        return Blocked::Errors;
    }
    if (!m_client->missingCredentials().isEmpty())
        return Blocked::Credentials;
    if (!integrationNameProblem().isEmpty())
        return Blocked::IntegrationName;
    if (m_board.hasServerIssues())
        setServerIssues({});
    if (!m_submission->start(m_model->config(), m_localIssues, m_current.id, m_integrationName)
             .isEmpty())
        return Blocked::Errors;
    return Blocked::No;
}

IntegrationSession::Blocked IntegrationSession::loadFromServer()
{
    if (m_client->isBusy())
        return Blocked::Busy;
    if (!m_client->missingCredentials().isEmpty())
        return Blocked::Credentials;
    if (!integrationNameProblem().isEmpty())
        return Blocked::IntegrationName;
    if (!m_client->fetchIntegration(m_integrationName))
        return Blocked::Busy;
    m_loading = true;
    return Blocked::No;
}

IntegrationSession::Blocked IntegrationSession::plan()
{
    if (isBusy() || m_planner->isRunning())
        return Blocked::Busy;
    if (!m_client->missingCredentials().isEmpty())
        return Blocked::Credentials;
    if (!integrationNameProblem().isEmpty())
        return Blocked::IntegrationName;
    m_plannedConfig = m_model->config();
    // Once per cluster, its published schema is read first: the plan can then say which fields
    // an older cluster would drop, before anything is sent.
    const bool readingDrift = checkDrift([this](bool cancelled) {
        m_driftBeforePlan = false;
        emit busyChanged(isBusy());
        startPlanner(cancelled);
    });
    if (readingDrift) {
        m_driftBeforePlan = true;
        emit busyChanged(true);
        return Blocked::No;
    }
    if (!m_planner->start(m_plannedConfig, m_integrationName, appliedLookup()))
        return Blocked::Busy;
    return Blocked::No;
}

IntegrationPlanner::AppliedLookup IntegrationSession::appliedLookup() const
{
    // Without the definition, the history's record of the apply that made Galileo's copy says
    // what its secrets were.
    return [profileId = m_current.id, apiUrl = m_client->settings().apiUrl(),
            name = m_integrationName](const QString &galileoUpdatedAt) {
        return HistoryStore().appliedFingerprints(profileId, apiUrl, name, galileoUpdatedAt);
    };
}

void IntegrationSession::startPlanner(bool cancelled)
{
    if (!cancelled && m_planner->start(m_plannedConfig, m_integrationName, appliedLookup()))
        return;
    IntegrationPlanner::Outcome outcome;
    outcome.fetch.outcome = ApiResult::Outcome::Cancelled;
    outcome.fetch.summary = cancelled ? tr("Cancelled; nothing was read or sent.")
                                      : tr("Another request was under way; nothing was planned.");
    emit planned(outcome);
}

void IntegrationSession::compareWithHistory(const HistoryEntry &entry)
{
    IntegrationPlan::Remote remote;
    remote.source = IntegrationPlan::Remote::Source::History;
    remote.config = entry.body();
    if (entry.fingerprintsMissing.isEmpty())
        remote.applied = entry.fingerprints;
    const IntegrationConfig desired = m_model->config();
    SecretFingerprints::loadKey(m_library->secretStore(),
                                [self = QPointer<IntegrationSession>(this), desired,
                                 remote](const QByteArray &key, const QString &problem) {
                                    if (!self)
                                        return;
                                    IntegrationPlanner::Outcome outcome;
                                    outcome.ok = true;
                                    outcome.plan = IntegrationPlan::make(desired, remote, key);
                                    outcome.keyProblem = problem;
                                    emit self->planned(outcome);
                                });
}

IntegrationSession::Blocked IntegrationSession::openFromGalileo(const QString &name,
                                                                bool saveAsProfile)
{
    if (m_client->isBusy())
        return Blocked::Busy;
    if (!m_client->missingCredentials().isEmpty())
        return Blocked::Credentials;
    if (!name.isEmpty() && !IntegrationName::problem(name).isEmpty())
        return Blocked::IntegrationName;
    if (!m_client->fetchIntegration(name))
        return Blocked::Busy;
    m_opening = std::make_pair(name, saveAsProfile);
    m_loading = true;
    return Blocked::No;
}

void IntegrationSession::fetchedAnswer(const ApiResult &result, bool withSecrets)
{
    // A plan's read is the planner's.
    if (!m_loading)
        return;
    m_loading = false;
    const std::optional<std::pair<QString, bool>> opening = std::exchange(m_opening, {});
    if (!result.ok()) {
        emit fetched(result);
        return;
    }
    const IntegrationJson::ReadResult read = FetchIntegrationRequest::parse(result.json);
    if (!read.ok) {
        ApiResult problem = result;
        problem.outcome = ApiResult::Outcome::ServerError;
        problem.summary = tr("Galileo's answer holds no integration settings.");
        emit fetched(problem);
        return;
    }
    QStringList kept;
    QStringList missing;
    // A definition carries the secrets; stored fields never do.
    // Another integration than the form's has none of the form's secrets.
    const IntegrationConfig config =
        withSecrets
            ? read.config
            : StoredConfig::keepLocalSecrets(
                  read.config, opening ? IntegrationConfig() : m_model->config(), &kept, &missing);
    ValidationIssues notes = read.issues;
    for (const QString &path : std::as_const(kept)) {
        notes << ValidationIssue::info(
            issueLocFor(path), QStringLiteral("secret_kept"),
            tr("Galileo returned only the stored fields, no secrets; the local value was "
               "kept"));
    }
    for (const QString &path : std::as_const(missing)) {
        const bool whole = path == QLatin1String("headers") ||
                           path == QLatin1String("custom_llm_config.init_kwargs");
        notes << ValidationIssue::warning(
            issueLocFor(path), QStringLiteral("secret_missing"),
            whole ? tr("Galileo never returns these with the stored fields, so any it holds are "
                       "unknown here: add them again before submitting, or submitting removes "
                       "them")
                  : tr("Galileo returned only the stored fields, no secrets, and there is no "
                       "local value: enter it again before submitting"));
    }
    if (opening) {
        detachProfile();
        setIntegrationName(opening->first);
    }
    const QString shownName =
        opening ? (opening->first.isEmpty() ? QStringLiteral("custom") : opening->first)
                : QString();
    showIntegration(config, opening ? tr("%1 (from Galileo)").arg(shownName) : tr("From Galileo"),
                    notes);
    if (opening && opening->second)
        saveProfileAs(m_library->store().uniqueName(shownName));
    ApiResult shown = result;
    shown.summary = withSecrets ? tr("Loaded the integration's definition from Galileo, secrets "
                                     "included.")
                                : tr("Loaded the integration's stored fields from Galileo.");
    emit fetched(shown);
}

void IntegrationSession::setCurrentProfile(const Profile &profile)
{
    m_current = profile;
    m_savedIntegrationName = profile.integrationName;
    if (m_integrationName != profile.integrationName) {
        m_integrationName = profile.integrationName;
        emit integrationNameChanged(m_integrationName);
    }
    // Not set again unchanged (the last profile opened at start): QSettings would rewrite its file.
    QSettings settings;
    if (!profile.id.isEmpty() && settings.value(s_lastProfileKey).toString() != profile.id)
        settings.setValue(s_lastProfileKey, profile.id);
    emit profilesChanged();
    emit documentChanged();
}

QString IntegrationSession::lastProfileId() const
{
    return QSettings().value(s_lastProfileKey).toString();
}

void IntegrationSession::detachProfile()
{
    m_current = Profile();
    m_savedIntegrationName.clear();
    setIntegrationName({});
    emit profilesChanged();
}

void IntegrationSession::openProfile(const QString &id)
{
    m_library->load(id, [this, id](const ProfileLibrary::Loaded &loaded) {
        if (!loaded.ok) {
            emit profilesChanged();
            emit profileFinished(ProfileAction::Open, false, loaded.error);
            return;
        }
        if (!loaded.keychainProblem.isEmpty())
            emit keychainProblem(loaded.keychainProblem);
        // A secret of the body that the keychain no longer gives is an error until typed
        // again: sent empty, a header's value or init_kwargs would replace what Galileo holds.
        // The API key and the token are required by the validator where the authentication
        // type uses them, and Galileo's own credentials are asked for when a call needs them:
        // for those, a note says why they are empty.
        const QString why = loaded.keychainProblem.isEmpty()
                                ? tr("this secret is not in the keychain any more: enter it again")
                                : tr("the keychain could not be read: enter this secret again, "
                                     "or open the profile again once the keychain can be used");
        QMap<QString, QString> askedFor;
        ValidationIssues notes;
        for (const QString &slot : loaded.missingSecrets) {
            if (SecretCatalog::isGalileoSlot(slot) || SecretCatalog::isRequiredSlot(slot))
                notes << ValidationIssue::warning(SecretCatalog::loc(slot),
                                                  QStringLiteral("secret_missing"), why);
            else
                askedFor.insert(slot, why);
        }
        m_current = loaded.profile;
        showIntegration(loaded.profile.config, loaded.profile.name, notes);
        m_askedFor = askedFor;
        validate();
        useProfileConnection(loaded.profile.connection, loaded.galileo);
        markSaved();
        setCurrentProfile(loaded.profile);
        emit profileFinished(ProfileAction::Open, true, {});
    });
}

Profile IntegrationSession::profileFromForm() const
{
    Profile profile = m_current;
    profile.config = m_model->config();
    profile.integrationName = m_integrationName;
    profile.connection = m_client->settings();
    return profile;
}

void IntegrationSession::saveAsProfile(Profile profile, ProfileAction action)
{
    // Galileo's credentials as the profile owns them: not those the environment supplies.
    GalileoSecrets own = m_secrets;
    if (!m_environmentSecrets.apiKey.isEmpty() && own.apiKey == m_environmentSecrets.apiKey)
        own.apiKey.clear();
    if (!m_environmentSecrets.password.isEmpty() && own.password == m_environmentSecrets.password)
        own.password.clear();
    // A secret asked for and not typed yet stays asked for: saved without it, the profile would
    // otherwise send it empty from the command line.
    m_library->save(
        profile, own, ProfileLibrary::SecretsPolicy::SaveWithoutSecrets,
        [this, profile, action](const ProfileLibrary::Saved &result) mutable {
            const ProfileLibrary::Saved &saved = result;
            profile.revision = saved.revision;
            if (!saved.ok) {
                emit profileFinished(action, false, saved.error);
                return;
            }
            if (!saved.keychainProblem.isEmpty())
                emit keychainProblem(saved.keychainProblem);
            // Saving changes where the form belongs, not what it shows: Galileo's issues and
            // the last result stay.
            m_sourceName = profile.name;
            markSaved();
            setCurrentProfile(profile);
            emit profileFinished(
                action, true,
                saved.secretsStored
                    ? tr("Saved \"%1\"; its secrets are in the keychain.").arg(profile.name)
                    : tr("Saved \"%1\" without its secrets.").arg(profile.name));
        },
        m_askedFor.keys());
}

void IntegrationSession::saveProfile()
{
    if (m_current.id.isEmpty()) {
        emit profileFinished(ProfileAction::Save, false, tr("The form is not a profile yet."));
        return;
    }
    saveAsProfile(profileFromForm(), ProfileAction::Save);
}

void IntegrationSession::saveProfileAs(const QString &name)
{
    Profile profile = profileFromForm();
    profile.id = Profile::create(name).id;
    profile.name = m_library->store().uniqueName(name.trimmed());
    profile.lastSubmittedAt = {};
    profile.lastIntegrationId.clear();
    profile.revision = 0;
    saveAsProfile(profile, ProfileAction::Save);
}

bool IntegrationSession::renameProfile(const QString &name)
{
    QString error;
    int revision = 0;
    if (!m_library->rename(m_current.id, name.trimmed(), &error, &revision)) {
        emit profileFinished(ProfileAction::Rename, false, error);
        return false;
    }
    // Only the name changed on disk; if another program had saved before, a save here is still
    // refused, as it should be.
    if (revision == m_current.revision + 1)
        m_current.revision = revision;
    m_current.name = name.trimmed();
    m_sourceName = m_current.name;
    emit profilesChanged();
    emit documentChanged();
    emit profileFinished(ProfileAction::Rename, true, {});
    return true;
}

void IntegrationSession::removeProfile()
{
    m_library->remove(m_current.id, [this](bool ok, const QString &error) {
        if (!ok) {
            emit profileFinished(ProfileAction::Remove, false, error);
            return;
        }
        QSettings().remove(s_lastProfileKey);
        detachProfile();
        emit profileFinished(ProfileAction::Remove, true,
                             tr("Deleted the profile, its keychain entries and its history."));
    });
}

ProfileExchange::Imported IntegrationSession::readImport(const QString &path,
                                                         const QString &name) const
{
    return m_library->readImport(path, name);
}

bool IntegrationSession::importChangesConnection(const ProfileExchange::Imported &imported) const
{
    return ProfileLibrary::connectionDiffers(imported.profile.connection, m_client->settings());
}

void IntegrationSession::saveImport(const ProfileExchange::Imported &imported, bool trustConnection)
{
    m_library->saveImport(
        imported,
        trustConnection ? ProfileLibrary::ImportedConnection::Trust
                        : ProfileLibrary::ImportedConnection::UseOwn,
        m_client->settings(), ProfileLibrary::SecretsPolicy::SaveWithoutSecrets,
        [this, imported, trustConnection](const ProfileLibrary::Saved &saved,
                                          const Profile &profile) {
            if (!saved.ok) {
                emit profileFinished(ProfileAction::Import, false, saved.error);
                return;
            }
            if (!saved.keychainProblem.isEmpty())
                emit keychainProblem(saved.keychainProblem);
            // A placeholder of a secret the validator does not require
            // is an error until the real one is typed, as a secret the
            // keychain lost is: sent empty it would replace Galileo's.
            QMap<QString, QString> askedFor;
            ValidationIssues notes;
            for (const ValidationIssue &note : imported.notes) {
                const auto slot =
                    std::find_if(imported.placeholders.cbegin(), imported.placeholders.cend(),
                                 [&note](const QString &placeholder) {
                                     return SecretCatalog::loc(placeholder) == note.loc;
                                 });
                if (slot == imported.placeholders.cend() || SecretCatalog::isGalileoSlot(*slot) ||
                    SecretCatalog::isRequiredSlot(*slot))
                    notes << note;
                else
                    askedFor.insert(*slot, note.message);
            }
            showIntegration(profile.config, profile.name, notes);
            m_askedFor = askedFor;
            validate();
            useProfileConnection(profile.connection,
                                 trustConnection ? imported.galileo : m_secrets);
            markSaved();
            // As saved: a later save checks the revision on disk against it.
            Profile current = profile;
            current.revision = saved.revision;
            setCurrentProfile(current);
            emit profileFinished(ProfileAction::Import, true, {});
        });
}

bool IntegrationSession::exportProfile(const QString &path)
{
    QString error;
    if (!m_library->exportTo(m_current.id, path, &error)) {
        emit profileFinished(ProfileAction::Export, false, error);
        return false;
    }
    emit profileFinished(ProfileAction::Export, true,
                         tr("Exported to %1, without secrets.").arg(path));
    return true;
}

HistoryStore::Read IntegrationSession::history() const
{
    if (m_current.id.isEmpty())
        return {};
    return m_library->history().read(m_current.id);
}

void IntegrationSession::restoreFromHistory(const HistoryEntry &entry)
{
    IntegrationConfig config = entry.body();
    // The masks go; what may come back comes from the keychain.
    SecretCatalog::extract(&config, nullptr);
    const QString profileId = m_current.id;
    const QStringList slotKeys = entry.secretSlots();
    if (profileId.isEmpty() || slotKeys.isEmpty() || entry.fingerprints.isEmpty()) {
        showRestored(entry, config, {},
                     entry.fingerprintsMissing.isEmpty()
                         ? QString()
                         : tr("this apply's secrets have no fingerprints (%1), so the keychain's "
                              "cannot be told to be the same: enter the one to apply")
                               .arg(entry.fingerprintsMissing));
        return;
    }
    SecretStore *store = m_library->secretStore();
    QPointer<IntegrationSession> self(this);
    SecretFingerprints::loadKey(store, [self, store, entry, config, slotKeys,
                                        profileId](const QByteArray &key, const QString &problem) {
        if (!self)
            return;
        if (key.isEmpty()) {
            self->showRestored(
                entry, config, {},
                tr("the keychain cannot be asked (%1): enter the one to apply").arg(problem));
            return;
        }
        QStringList keys;
        for (const QString &slot : slotKeys)
            keys << SecretCatalog::keychainKey(profileId, slot);
        store->readAll(keys, [self, entry, config, slotKeys, profileId,
                              key](const QMap<QString, SecretStore::Result> &results) {
            if (!self)
                return;
            SecretCatalog::Values same;
            for (const QString &slot : slotKeys) {
                const SecretStore::Result read =
                    results.value(SecretCatalog::keychainKey(profileId, slot));
                const QString applied = entry.fingerprints.value(slot);
                if (read.ok() && !applied.isEmpty() &&
                    SecretFingerprints::of(key, slot, read.value) == applied)
                    same.insert(slot, read.value);
            }
            self->showRestored(entry, config, same, {});
        });
    });
}

void IntegrationSession::showRestored(const HistoryEntry &entry, IntegrationConfig config,
                                      const SecretCatalog::Values &fromKeychain, const QString &why)
{
    SecretCatalog::restore(fromKeychain, &config, nullptr);
    QMap<QString, QString> askedFor;
    for (const QString &slot : entry.secretSlots()) {
        if (!fromKeychain.contains(slot))
            askedFor.insert(slot, why.isEmpty()
                                      ? tr("the keychain's value of this secret is not the one "
                                           "applied then (it changed since, or is gone): enter "
                                           "the one to apply")
                                      : why);
    }
    showIntegration(config,
                    tr("%1, as applied %2")
                        .arg(m_current.name,
                             QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat)),
                    {});
    setIntegrationName(entry.integrationName);
    // Like a new form: what is left empty is to fill in, not yet a mistake.
    m_askedFor = askedFor;
    m_board.forgetVisits();
    validate();
    emit historyRestored(fromKeychain.keys(), askedFor.keys());
}
