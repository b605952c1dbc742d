#pragma once

#include "api/apiresult.h"
#include "api/environmentconnection.h"
#include "api/galileoclient.h"
#include "model/integrationmodel.h"
#include "model/issueboard.h"
#include "model/secretcatalog.h"
#include "session/integrationplanner.h"
#include "storage/profilelibrary.h"

#include <QObject>

#include <functional>

#include <optional>
#include <utility>

class Submission;

// One integration being worked on, and everything that goes with it: the model the form binds
// to, its issues (local, imported, Galileo's), the Galileo connection and the session's secrets,
// the client, the profile it belongs to, and what counts as saved. The window and the profile
// switcher observe it; the use cases (submit, load from Galileo, the profile operations) live
// here, so no widget owns them and the command line shares their parts.
class IntegrationSession : public QObject
{
    Q_OBJECT

public:
    enum class ProfileAction { Open, Save, Rename, Remove, Import, Export };
    enum class Blocked { No, Busy, Errors, Credentials, IntegrationName };

    // Profile secrets go to `secrets` (the system keychain in the app).
    explicit IntegrationSession(SecretStore *secrets, QObject *parent = nullptr);

    IntegrationModel *model() const { return m_model; }
    GalileoClient *client() const { return m_client; }
    ProfileLibrary *library() const { return m_library; }

    // Issues. The form reports its own (text it cannot parse); validate() runs the rules now;
    // submit() runs them only when something changed since.
    void setFormIssues(const ValidationIssues &issues);
    void validate();
    // The user edited this place: imported and Galileo's issues about it are past.
    void placeEdited(const QString &path);
    void setServerIssues(const ValidationIssues &issues);
    QList<IssueBoard::Entry> issues() const { return m_board.entries(); }
    int blockingCount() const { return m_board.blockingCount(); }
    // Required fields of a new form the user has not come to yet (see IssueBoard). Leaving a
    // field, or trying to submit (revealRequired), makes their errors count as errors.
    int toFillInCount() const { return m_board.toFillInCount(); }
    void fieldLeft(FieldId field);
    void revealRequired();

    // The Galileo connection and the secrets typed in this session (never written anywhere but
    // the keychain, through a profile).
    const ConnectionSettings &connection() const { return m_client->settings(); }
    const GalileoSecrets &secrets() const { return m_secrets; }
    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    // The connection the window starts with: the user's saved settings, completed from the
    // environment as the SDKs read it. Returns what the environment said.
    EnvironmentConnection::Result restoreConnection();

    // The document: where the form came from, and whether it changed since it was saved.
    QString sourceName() const { return m_sourceName; }
    bool isModified() const;
    // What is not saved, in words ("the integration", "the Galileo connection"); empty when
    // nothing is.
    QStringList unsavedParts() const;
    void markSaved();
    // Replaces the form (and its notes); Galileo's issues and the last result no longer apply.
    void showIntegration(const IntegrationConfig &config, const QString &sourceName,
                         const ValidationIssues &notes);

    // What the cluster's published schema says about the fields (see SchemaDrift), for the
    // connection as it is now; Unknown until read. While known, validate() adds a warning at
    // each place of the body the cluster would drop.
    const SchemaDrift &drift() const { return m_drift; }
    // A drift found elsewhere (the connection dialog's check) for the cluster at `apiUrl`; kept
    // only while that is this session's cluster.
    void setDrift(const QUrl &apiUrl, const SchemaDrift &drift);
    // Reads the cluster's schema unless it was read for this connection already. Ends in
    // driftChanged(), then `then` (told whether the read was cancelled); returns false when it
    // did not start (read already, or busy), and `then` is not called.
    bool checkDrift(std::function<void(bool cancelled)> then = {});

    // Use cases. Each returns why it did not start, if it did not.
    Blocked submit();
    Blocked loadFromServer();
    // What submit() would change in Galileo now; ends in planned(). Local errors do not block
    // it: a plan of a form that cannot be sent yet still says how far it is from Galileo's.
    Blocked plan();
    // The config the last plan was made of: submit what was planned, or plan again.
    const IntegrationConfig &plannedConfig() const { return m_plannedConfig; }
    // Replaces the form with a custom integration Galileo holds (`name` empty: the default
    // one): its definition when permitted, else its stored fields, with every secret they
    // imply listed as missing. The form then belongs to that integration and to no profile;
    // with `saveAsProfile` it is saved as a new profile named after it (secrets to the keychain
    // only), ending in profileFinished().
    Blocked openFromGalileo(const QString &name, bool saveAsProfile = false);
    void cancel()
    {
        m_client->cancel();
        m_schemaClient->cancel();
    }
    bool isBusy() const { return m_client->isBusy() || m_driftBeforePlan; }

    // Profiles. Each operation ends in profileFinished().
    QString currentProfileId() const { return m_current.id; }
    QString currentProfileName() const { return m_current.name; }
    // The named custom integration the form applies to (saved with the profile); empty: the
    // organisation's default custom integration.
    QString integrationName() const { return m_integrationName; }
    void setIntegrationName(const QString &name);
    // Why the name is not a valid slug, or empty (an empty name is valid: the default).
    QString integrationNameProblem() const;
    // The form no longer belongs to a profile (New, Open).
    void detachProfile();
    void openProfile(const QString &id);
    void saveProfile();
    void saveProfileAs(const QString &name);
    bool renameProfile(const QString &name);
    void removeProfile();
    ProfileExchange::Imported readImport(const QString &path, const QString &name) const;
    // Whether the imported profile would send credentials somewhere else than this session's
    // connection does: then the user decides.
    bool importChangesConnection(const ProfileExchange::Imported &imported) const;
    void saveImport(const ProfileExchange::Imported &imported, bool trustConnection);
    bool exportProfile(const QString &path);
    // The name "Save as profile" proposes: the profile's own, else the endpoint's host
    // ("gateway.acme.example"), else "New profile"; made unique among the profiles.
    QString proposedProfileName() const;
    // The profile the app had open last time, or empty.
    QString lastProfileId() const;

    // The current profile's applies, newest first (none without a profile).
    HistoryStore::Read history() const;
    // Puts a history entry's body and integration name into the form. Each secret whose
    // fingerprint matches the keychain's current value of this profile's slot comes from the
    // keychain; the others stay empty and are listed as to fill in, never guessed. Ends in
    // historyRestored().
    void restoreFromHistory(const HistoryEntry &entry);
    // The form compared with what a history entry applied (its masked body and the fingerprints
    // recorded with it), as a plan; ends in planned(). Nothing is read from Galileo.
    void compareWithHistory(const HistoryEntry &entry);

signals:
    void issuesChanged();
    void documentChanged();
    // The form was replaced: results about the old one no longer apply.
    void documentReplaced();
    void connectionChanged();
    void integrationNameChanged(const QString &name);
    void busyChanged(bool busy);
    void progress(const QString &message);
    // Galileo answered a submission; `recordProblem` says why it is not recorded in the
    // profile, if it is not.
    void submitted(const ApiResult &result, const QString &recordProblem);
    // Galileo answered "load"; on success the form holds its copy.
    void fetched(const ApiResult &result);
    void planned(const IntegrationPlanner::Outcome &outcome);
    void driftChanged(const SchemaDrift &drift);
    void profilesChanged();
    void keychainProblem(const QString &problem);
    // `message` is the error when !ok, else what to tell the user.
    void profileFinished(IntegrationSession::ProfileAction action, bool ok, const QString &message);
    // An apply is in the current profile's history, or `problem` says why it is not.
    void historyRecorded(const QString &problem);
    // A history entry is in the form: the secret slots that came from the keychain and those
    // left to fill in.
    void historyRestored(const QStringList &fromKeychain, const QStringList &toFillIn);

private:
    void setCurrentProfile(const Profile &profile);
    // Hands the connection to the client (and drops a drift read from another cluster); the
    // callers say what to remember and announce it.
    void applyConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    // A profile's connection, with what it leaves empty taken from GALILEO_* as at start.
    void useProfileConnection(const ConnectionSettings &own, const GalileoSecrets &ownSecrets);
    void saveAsProfile(Profile profile, ProfileAction action);
    Profile profileFromForm() const;
    void fetchedAnswer(const ApiResult &result, bool withSecrets);
    void showRestored(const HistoryEntry &entry, IntegrationConfig config,
                      const SecretCatalog::Values &fromKeychain, const QString &why);
    // The planner's part of plan(); `cancelled`: the drift read before it was cancelled.
    void startPlanner(bool cancelled);
    IntegrationPlanner::AppliedLookup appliedLookup() const;
    // A drift read from another cluster no longer applies.
    void forgetDriftUnlessAt(const QUrl &apiUrl);

    IntegrationModel *m_model;
    GalileoClient *m_client;
    // Reads the cluster's schema beside the form's calls, without making the session busy.
    GalileoClient *m_schemaClient;
    ProfileLibrary *m_library;
    Submission *m_submission;
    IntegrationPlanner *m_planner;
    bool m_loading = false; // a load from Galileo is under way (not a plan's read)
    IntegrationConfig m_plannedConfig;
    IssueBoard m_board;
    ValidationIssues m_formIssues;
    ValidationIssues m_localIssues; // of the last validate()
    bool m_validated = false;       // nothing changed since
    GalileoSecrets m_secrets;
    ConnectionSettings m_savedConnection;
    GalileoSecrets m_savedSecrets;
    GalileoSecrets m_environmentSecrets; // what GALILEO_* supplied: never saved in a profile
    QString m_sourceName;
    QString m_integrationName;
    QString m_savedIntegrationName;
    Profile m_current; // as last opened or saved; empty id: not a profile
    // Secret slots a restore from the history left empty, with why: asked for until filled in.
    QMap<QString, QString> m_askedFor;
    // openFromGalileo() waits for its answer: the name, and whether to save it as a profile.
    std::optional<std::pair<QString, bool>> m_opening;
    SchemaDrift m_drift;
    // plan() reads the cluster's schema first, once per cluster.
    bool m_driftBeforePlan = false;
    QUrl m_driftApiUrl; // the cluster m_drift was read from; empty: not read
};
