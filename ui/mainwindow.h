#pragma once

#include "session/integrationsession.h"

#include <QMainWindow>
#include <QSet>
#include <QUrl>

class QAction;
class QLabel;
class QPushButton;
class LazyTabWidget;
class QTimer;
class EndpointTestDialog;
class HistoryDialog;
class IntegrationsDialog;
class FirstStartPanel;
class IntegrationNameEdit;
class QVBoxLayout;
class ProfileSwitcher;
class ResultView;
class SecretStore;
class IntegrationForm;
class IssueList;
class PlanView;
class RequestPreview;

// The window a Galileo admin works in: the form, the problems found in it, and a preview of the
// request it makes. It shows an IntegrationSession and asks the user where a use case needs it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Secrets go to `secrets` (the system keychain when none is given).
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);

    IntegrationSession *session() const { return m_session; }
    IntegrationModel *model() const { return m_session->model(); }
    IntegrationForm *form() const { return m_form; }
    IssueList *issueList() const { return m_issueList; }
    // The side tabs other than Problems are built when first shown or asked for here.
    RequestPreview *preview() const;

    // Fills the form from a JSON body; returns false (and says why) when it is not JSON.
    bool loadJson(const QByteArray &json, const QString &sourceName);
    bool openFile(const QString &path);
    // Validates now instead of after the typing pause.
    void validateNow();
    // Shows a 422 answer's items on the fields and cells they name, and in Problems.
    void showServerIssues(const ValidationIssues &issues);
    // The local errors that block submitting.
    int blockingErrorCount() const { return m_session->blockingCount(); }

    GalileoClient *client() const { return m_session->client(); }
    ResultView *resultView() const;
    void setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets);
    GalileoSecrets sessionSecrets() const { return m_session->secrets(); }
    ProfileSwitcher *profiles() const { return m_profiles; }

    // Replaces the form and says what is worth knowing about it in Problems.
    void showIntegration(const IntegrationConfig &config, const QString &sourceName,
                         const ValidationIssues &notes);
    // Asks before losing unsaved changes; true to go on.
    bool confirmDiscard(const QString &what);
    // The form and the connection as they are now count as saved.
    void markSaved() { m_session->markSaved(); }
    bool isModified() const { return m_session->isModified(); }
    // Sends the form to Galileo: local errors block, warnings ask once. Returns false when
    // nothing was sent.
    // With the plan before submitting (the default), it first reads what Galileo holds and asks
    // with the plan; true then means the plan is being made, and nothing is sent until the
    // user agrees.
    bool submit();
    // Whether submit() shows the plan and asks first (kept in the settings).
    bool planBeforeSubmit() const;
    void setPlanBeforeSubmit(bool on);
    // Makes the plan for the Plan tab; false when it could not start.
    bool refreshPlan();
    PlanView *planView() const;
    bool loadFromServer();
    // Opens the endpoint test and runs it with the form as it is.
    EndpointTestDialog *testEndpoint();
    // Opens the current profile's history (Profile > History...). Its "Compare with form" is
    // offered once something is connected to HistoryDialog::compareWithFormRequested.
    HistoryDialog *showHistory();
    // Opens Galileo > Integrations... and reads the list.
    IntegrationsDialog *showIntegrations();

    // The curl command for the PUT; secrets masked unless asked for.
    QString curlCommand(bool withSecrets) const;
    QUrl requestUrl() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum SideTab { ProblemsTab, PreviewTab, ResultTab, PlanTab };

    void createActions();
    QWidget *buildPreview();
    void updatePreview();
    QWidget *buildResultView();
    QWidget *buildPlanView();
    void refreshIssues();
    void updateSummary();
    void updateTitle();
    // The three ways to begin, above the form, when there is no profile yet.
    void createFirstStart(QVBoxLayout *column);
    // The labels of the required fields still to fill in, for the status bar.
    QStringList toFillInNames() const;
    void connectionChanged();
    void newIntegration();
    void openFileDialog();
    void pasteJson();
    void copyCurl(bool withSecrets);
    bool editConnection();
    void setBusy(bool busy);
    void showBusyLook(bool busy);
    void submitted(const ApiResult &result, const QString &recordProblem);
    void fetched(const ApiResult &result);
    bool confirmWarnings();
    void planned(const IntegrationPlanner::Outcome &outcome);
    // Asks with the plan whether to send; true to send.
    bool confirmPlan(const IntegrationPlanner::Outcome &outcome);
    // The checks before anything goes to Galileo; false (having said why) to stop.
    bool readyToContact();

    IntegrationSession *m_session;
    IntegrationForm *m_form;
    IssueList *m_issueList;
    LazyTabWidget *m_side;
    QLabel *m_status;
    QTimer *m_validation;
    QTimer *m_busyLookTimer;
    bool m_busyLook = false;
    QString m_pendingProgress; // what the Result tab says once the busy look shows
    QAction *m_planBeforeSubmitAction = nullptr;
    // A plan is being made, for the Plan tab or for a submit that waits on it.
    bool m_planning = false;
    bool m_submitAfterPlan = false;
    QLabel *m_connectionLabel;
    QPushButton *m_cancelButton;
    QAction *m_submitAction = nullptr;
    QAction *m_loadAction = nullptr;
    FirstStartPanel *m_firstStart = nullptr;
    QSet<QString> m_acknowledgedWarnings;
    IntegrationNameEdit *m_integrationName = nullptr;
    ProfileSwitcher *m_profiles = nullptr;
    QWidget *m_centralSplitter = nullptr;
    EndpointTestDialog *m_endpointTest = nullptr;
    HistoryDialog *m_history = nullptr;
    IntegrationsDialog *m_integrations = nullptr;
};
