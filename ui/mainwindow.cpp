#include "mainwindow.h"

#include "themeicon.h"

#include "connectiondialog.h"
#include "endpointtestdialog.h"
#include "firststartpanel.h"
#include "historydialog.h"
#include "integrationform.h"
#include "integrationnameedit.h"
#include "integrationsdialog.h"
#include "issuelist.h"
#include "language.h"
#include "lazytabwidget.h"
#include "pastejsondialog.h"
#include "plaintext.h"
#include "planview.h"
#include "profileswitcher.h"
#include "requestpreview.h"
#include "resultview.h"

#include "api/galileorequests.h"
#include "model/fieldcatalog.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "storage/inputfile.h"
#include "storage/keychainsecretstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// A tool bar button's text: the action's without its mnemonic and ellipsis. Qt strips "..."
// itself, but not the "…" that translations write: German buttons kept it, came out wider, and
// pushed Submit off the tool bar into its overflow menu.
QString toolButtonText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size() && text.at(i + 1) != u'&')
            continue; // a mnemonic's marker
        if (text.at(i) == QLatin1Char('&'))
            ++i; // "&&" is one "&"
        shown += text.at(i);
    }
    shown = shown.trimmed();
    for (const QString &ellipsis : {QStringLiteral("..."), QStringLiteral("\u2026")}) {
        if (shown.endsWith(ellipsis))
            shown = shown.chopped(ellipsis.size()).trimmed();
    }
    return shown;
}

constexpr int ValidationDelayMs = 250;
// How long a wait for Galileo may be before the window shows it is busy.
constexpr int BusyLookDelayMs = 150;

} // namespace

MainWindow::MainWindow(SecretStore *secretStore, QWidget *parent)
    : QMainWindow(parent)
    , m_session(
          new IntegrationSession(secretStore ? secretStore : new KeychainSecretStore(this), this))
    , m_form(new IntegrationForm(m_session->model(), this))
    , m_issueList(new IssueList(this))
    , m_side(new LazyTabWidget(this))
    , m_status(new QLabel(this))
    , m_validation(new QTimer(this))
    , m_busyLookTimer(new QTimer(this))
    , m_connectionLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_side->setObjectName(QStringLiteral("sideTabs"));
    m_side->setDocumentMode(true);
    // Problems is shown at start; the other tabs are built when first shown or needed.
    m_side->addTab(m_issueList, tr("Problems"));
    m_side->addLazyTab(tr("Request preview"), [this] { return buildPreview(); });
    m_side->addLazyTab(tr("Result"), [this] { return buildResultView(); });
    m_side->addLazyTab(tr("Plan"), [this] { return buildPlanView(); });

    auto *splitter = new QSplitter;
    splitter->addWidget(m_form);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 460});
    m_centralSplitter = splitter;

    m_status->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addWidget(m_status, 1);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setVisible(false);
    m_cancelButton->setToolTip(tr("Stop waiting for Galileo (Esc)"));
    statusBar()->addPermanentWidget(m_cancelButton);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_cancelButton, &QPushButton::clicked, m_session, &IntegrationSession::cancel);
    connect(m_session, &IntegrationSession::busyChanged, this, &MainWindow::setBusy);
    connect(m_session, &IntegrationSession::progress, this, [this](const QString &message) {
        resultView()->showProgress(message);
        statusBar()->showMessage(message);
    });
    connect(m_session, &IntegrationSession::submitted, this, &MainWindow::submitted);
    connect(m_session, &IntegrationSession::fetched, this, &MainWindow::fetched);
    connect(m_session, &IntegrationSession::planned, this, &MainWindow::planned);
    connect(m_session, &IntegrationSession::issuesChanged, this, &MainWindow::refreshIssues);
    connect(m_session, &IntegrationSession::documentChanged, this, &MainWindow::updateTitle);
    connect(m_session, &IntegrationSession::connectionChanged, this,
            &MainWindow::connectionChanged);

    m_busyLookTimer->setSingleShot(true);
    m_busyLookTimer->setInterval(BusyLookDelayMs);
    connect(m_busyLookTimer, &QTimer::timeout, this, [this] { showBusyLook(true); });
    m_validation->setSingleShot(true);
    m_validation->setInterval(ValidationDelayMs);
    connect(m_validation, &QTimer::timeout, this, &MainWindow::validateNow);
    connect(model(), &IntegrationModel::changed, m_validation, qOverload<>(&QTimer::start));
    connect(m_form, &IntegrationForm::formIssuesChanged, m_validation, qOverload<>(&QTimer::start));
    connect(m_form, &IntegrationForm::fieldLeft, m_session, &IntegrationSession::fieldLeft);
    connect(m_issueList, &IssueList::issueActivated, this, [this](const ValidationIssue &issue) {
        if (issue.loc.size() == 1 && issue.loc.first() == QLatin1String("integration_name")) {
            m_integrationName->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!m_form->focusIssue(issue))
            statusBar()->showMessage(tr("This problem is about the body as a whole."), 4000);
    });

    m_profiles = new ProfileSwitcher(m_session, this);
    m_integrationName = new IntegrationNameEdit(m_session, this);
    // The name changes the request's path: the preview follows.
    connect(m_session, &IntegrationSession::integrationNameChanged, m_validation,
            qOverload<>(&QTimer::start));
    connect(m_profiles, &ProfileSwitcher::message, statusBar(), &QStatusBar::showMessage);
    connect(m_profiles, &ProfileSwitcher::historyRequested, this, &MainWindow::showHistory);
    connect(m_session, &IntegrationSession::historyRecorded, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    });
    connect(m_session, &IntegrationSession::historyRestored, this,
            [this](const QStringList &fromKeychain, const QStringList &toFillIn) {
                statusBar()->showMessage(
                    toFillIn.isEmpty()
                        ? tr("Restored from the history; %n secret(s) from the keychain.", "",
                             int(fromKeychain.size()))
                        : tr("Restored from the history; %n secret(s) to fill in, listed in "
                             "Problems.",
                             "", int(toFillIn.size())),
                    8000);
            });
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_profiles->banner());
    column->addWidget(m_centralSplitter, 1);
    setCentralWidget(central);
    createActions();
    createFirstStart(column);
    // Keychain work starts once the window shows, never before.
    QTimer::singleShot(0, m_profiles, &ProfileSwitcher::openLast);

    // The non-secret connection settings are remembered; secrets come from the environment
    // (as the SDKs read them) until the user types them, and are never written anywhere.
    const EnvironmentConnection::Result environment = m_session->restoreConnection();
    if (!environment.problem.isEmpty())
        statusBar()->showMessage(environment.problem, 10000);
    resize(1180, 760);
    updateTitle();
    validateNow();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);

    const auto action = [this](const QString &text, const QString &icon, const QKeySequence &keys,
                               const QString &name) {
        auto *a = new QAction(ThemeIcon::action(icon), text, this);
        a->setIconText(toolButtonText(text));
        a->setShortcut(keys);
        a->setObjectName(name);
        return a;
    };

    QAction *newAction = action(tr("&New"), QStringLiteral("document-new"), QKeySequence::New,
                                QStringLiteral("newAction"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newIntegration);
    QAction *open = action(tr("&Open JSON..."), QStringLiteral("document-open"), QKeySequence::Open,
                           QStringLiteral("openAction"));
    open->setToolTip(tr("Fill the form from a JSON file (Ctrl+O)"));
    connect(open, &QAction::triggered, this, &MainWindow::openFileDialog);
    QAction *paste =
        action(tr("&Paste JSON..."), QStringLiteral("edit-paste"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), QStringLiteral("pasteJsonAction"));
    paste->setToolTip(tr("Fill the form from a pasted JSON body (Ctrl+Shift+V)"));
    connect(paste, &QAction::triggered, this, &MainWindow::pasteJson);
    m_loadAction = action(tr("&Load from Galileo..."), QStringLiteral("document-import"), {},
                          QStringLiteral("loadFromServerAction"));
    m_loadAction->setToolTip(tr("Fill the form with the custom integration Galileo has now"));
    connect(m_loadAction, &QAction::triggered, this, &MainWindow::loadFromServer);
    QAction *quit = action(tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit,
                           QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addActions({newAction, open, paste, m_loadAction});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyBody = action(tr("Copy request &body"), QStringLiteral("edit-copy"), {},
                               QStringLiteral("copyBodyAction"));
    copyBody->setToolTip(tr("Copy the JSON body with secrets masked"));
    connect(copyBody, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(IntegrationJson::write(
            SecretCatalog::masked(model()->config()), IntegrationJson::Format::Indented)));
        statusBar()->showMessage(tr("Copied the request body, secrets masked."), 4000);
    });
    QAction *curl =
        action(tr("Copy as &curl"), QStringLiteral("utilities-terminal"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QStringLiteral("copyCurlAction"));
    // The tool bar's own words, which a translation may keep shorter than the menu's.
    curl->setIconText(tr("Copy as curl", "tool bar button"));
    curl->setToolTip(tr("Copy the PUT as a curl command, secrets masked (Ctrl+Shift+C)"));
    connect(curl, &QAction::triggered, this, [this] { copyCurl(false); });
    QAction *curlSecrets = action(tr("Copy as curl with &secrets..."), {}, {},
                                  QStringLiteral("copyCurlSecretsAction"));
    connect(curlSecrets, &QAction::triggered, this, [this] { copyCurl(true); });
    edit->addActions({copyBody, curl, curlSecrets});

    menuBar()->addMenu(m_profiles->menu());
    QMenu *galileo = menuBar()->addMenu(tr("&Galileo"));
    m_submitAction =
        action(tr("&Submit to Galileo"), QStringLiteral("document-send"),
               QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("submitAction"));
    m_submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submitAction->setIconText(tr("Submit to Galileo", "tool bar button"));
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submit);
    QAction *connection = action(tr("&Connection..."), QStringLiteral("network-server"), {},
                                 QStringLiteral("connectionAction"));
    connection->setToolTip(tr("Where Galileo is and how to sign in"));
    connect(connection, &QAction::triggered, this, [this] {
        // Once the connection is set, what the cluster's schema says about the fields is
        // read in the background, unless the dialog's check read it already.
        if (editConnection() && client()->missingCredentials().isEmpty())
            m_session->checkDrift();
    });
    QAction *cancel = action(tr("Ca&ncel"), QStringLiteral("process-stop"),
                             QKeySequence(Qt::Key_Escape), QStringLiteral("cancelAction"));
    connect(cancel, &QAction::triggered, m_session, &IntegrationSession::cancel);
    QAction *testEndpoint =
        action(tr("&Test endpoint..."), QStringLiteral("network-transmit-receive"),
               QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("testEndpointAction"));
    testEndpoint->setToolTip(tr("Reach the gateway, get a token, list its models and ask one "
                                "completion, from this computer (Ctrl+T)"));
    connect(testEndpoint, &QAction::triggered, this, &MainWindow::testEndpoint);
    m_planBeforeSubmitAction = new QAction(tr("Show the plan &before submitting"), this);
    m_planBeforeSubmitAction->setObjectName(QStringLiteral("planBeforeSubmitAction"));
    m_planBeforeSubmitAction->setCheckable(true);
    m_planBeforeSubmitAction->setChecked(
        QSettings().value(QStringLiteral("planBeforeSubmit"), true).toBool());
    m_planBeforeSubmitAction->setToolTip(
        tr("Read what Galileo holds and show what will change before sending"));
    connect(m_planBeforeSubmitAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("planBeforeSubmit"), on); });
    QAction *plan = action(tr("&Plan"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           QStringLiteral("planAction"));
    plan->setToolTip(tr("What submitting would change in Galileo, without changing anything "
                        "(Ctrl+Shift+P)"));
    connect(plan, &QAction::triggered, this, &MainWindow::refreshPlan);

    QAction *integrations = action(tr("&Integrations..."), QStringLiteral("view-list-details"), {},
                                   QStringLiteral("integrationsAction"));
    integrations->setToolTip(tr("The organisation's integrations on Galileo: open, save as a "
                                "profile, delete"));
    connect(integrations, &QAction::triggered, this, &MainWindow::showIntegrations);
    galileo->addActions(
        {m_submitAction, plan, m_planBeforeSubmitAction, cancel, connection, integrations});
    galileo->addSeparator();
    galileo->addAction(testEndpoint);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addMenu(Language::createMenu(this));
    help->addSeparator();
    QAction *about = action(tr("&About Galileo Integrations"), QStringLiteral("help-about"), {},
                            QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Galileo Integrations"),
            tr("<h3>Galileo Integrations %1</h3><p>Set up, check and submit a custom LLM "
               "integration for Galileo.</p><p>Secrets stay masked on screen and in copies unless "
               "you ask for them.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto *profileLabel = new QLabel(tr("Profile:"), toolBar);
    profileLabel->setBuddy(m_profiles->combo());
    profileLabel->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profiles->combo());
    auto *nameLabel = new QLabel(tr("&Integration:"), toolBar);
    nameLabel->setBuddy(m_integrationName);
    nameLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(nameLabel);
    toolBar->addWidget(m_integrationName);
    toolBar->addSeparator();
    toolBar->addActions({open, paste});
    toolBar->addSeparator();
    toolBar->addAction(curl);
    toolBar->addSeparator();
    toolBar->addActions({testEndpoint, connection, m_submitAction});
}

void MainWindow::createFirstStart(QVBoxLayout *column)
{
    // Only for someone with nothing yet: no profile, and a form not begun.
    if (!m_session->library()->store().list().isEmpty())
        return;
    m_firstStart = new FirstStartPanel(findChild<QAction *>(QStringLiteral("pasteJsonAction")),
                                       m_loadAction, this);
    column->insertWidget(1, m_firstStart);
    connect(m_firstStart, &FirstStartPanel::fillInChosen, this, [this] {
        m_form->tabs()->setCurrentIndex(0);
        if (auto *endpoint = m_form->findChild<QWidget *>(QStringLiteral("endpointEdit")))
            endpoint->setFocus(Qt::OtherFocusReason);
    });
    // Begun, whichever way: typing, a body read, a profile opened.
    const auto begun = [this] {
        if (m_firstStart)
            m_firstStart->hide();
    };
    connect(model(), &IntegrationModel::changed, m_firstStart, begun);
    connect(m_session, &IntegrationSession::documentReplaced, m_firstStart, begun);
    connect(m_session, &IntegrationSession::profilesChanged, m_firstStart, begun);
}

void MainWindow::validateNow()
{
    m_validation->stop();
    m_session->setFormIssues(m_form->formIssues());
    m_session->validate();
    updatePreview();
}

RequestPreview *MainWindow::preview() const
{
    return static_cast<RequestPreview *>(m_side->page(PreviewTab));
}

ResultView *MainWindow::resultView() const
{
    return static_cast<ResultView *>(m_side->page(ResultTab));
}

PlanView *MainWindow::planView() const
{
    return static_cast<PlanView *>(m_side->page(PlanTab));
}

QWidget *MainWindow::buildPreview()
{
    auto *preview = new RequestPreview;
    preview->setRequest(client()->identity(), model()->config(), m_session->integrationName());
    return preview;
}

void MainWindow::updatePreview()
{
    // Filled when it is built, and kept up to date from then on.
    if (auto *preview = static_cast<RequestPreview *>(m_side->builtPage(PreviewTab)))
        preview->setRequest(client()->identity(), model()->config(), m_session->integrationName());
}

QWidget *MainWindow::buildResultView()
{
    auto *result = new ResultView;
    connect(m_session, &IntegrationSession::documentReplaced, result, &ResultView::clear);
    return result;
}

QWidget *MainWindow::buildPlanView()
{
    // A plan made before the view was built went to it through planView(), which built it; a
    // view built later has no plan yet, so nothing can be stale in it.
    auto *plan = new PlanView;
    connect(plan, &PlanView::refreshRequested, this, &MainWindow::refreshPlan);
    connect(
        plan, &PlanView::changeActivated, this, [this](const QJsonArray &loc, const QString &line) {
            if (!m_form->focusIssue(ValidationIssue::info(loc, QStringLiteral("plan"), line)))
                statusBar()->showMessage(tr("This change is not about a field of the form."), 4000);
        });
    connect(model(), &IntegrationModel::changed, plan, &PlanView::markStale);
    connect(m_session, &IntegrationSession::integrationNameChanged, plan, &PlanView::markStale);
    connect(m_session, &IntegrationSession::connectionChanged, plan, &PlanView::markStale);
    return plan;
}

void MainWindow::showServerIssues(const ValidationIssues &issues)
{
    m_session->setServerIssues(issues);
    if (!issues.isEmpty()) {
        m_side->setCurrentIndex(0);
        m_form->focusIssue(issues.constFirst());
    }
}

void MainWindow::refreshIssues()
{
    const QList<IssueBoard::Entry> entries = m_session->issues();
    m_form->showIssues(entries);
    m_issueList->setEntries(entries);
    m_side->setTabText(0, entries.isEmpty() ? tr("Problems")
                                            : tr("Problems (%1)").arg(entries.size()));
    updateSummary();
}

void MainWindow::updateSummary()
{
    int errors = 0;
    int importedErrors = 0;
    int warnings = 0;
    for (const IssueBoard::Entry &entry : m_session->issues()) {
        if (entry.toFillIn) // said as "to fill in", not counted as a mistake
            continue;
        if (entry.issue.severity == ValidationIssue::Severity::Error) {
            ++errors;
            if (entry.origin == IssueBoard::Origin::Imported)
                ++importedErrors;
        } else if (entry.issue.severity == ValidationIssue::Severity::Warning) {
            ++warnings;
        }
    }
    const int blocking = m_session->blockingCount();
    const int toFillIn = m_session->toFillInCount();
    const QString fillIn = toFillInNames().join(QLatin1String(", "));
    QString summary;
    if (m_busyLook) {
        summary = tr("Waiting for Galileo...");
    } else if (blocking > 0 && blocking == toFillIn) {
        summary = tr("To fill in: %1").arg(fillIn);
    } else if (blocking > 0) {
        summary = tr("Errors to fix before this can be submitted: %1").arg(blocking);
    } else if (errors > importedErrors) {
        summary = tr("Galileo refused the last submission: see Problems");
    } else if (!fillIn.isEmpty()) {
        // What Galileo does not require but the integration needs to work (credentials,
        // models) is still listed as to fill in: the status bar says so too.
        summary = tr("Can be submitted; still to fill in: %1").arg(fillIn);
    } else {
        summary = tr("Ready to submit");
    }
    // Problems lists these in red too: they were in the file read, and are not in the form.
    if (importedErrors > 0 && !m_busyLook)
        summary += tr("; left out of the form from the imported JSON: %1").arg(importedErrors);
    if (warnings > 0 && !m_busyLook)
        summary += tr(" \u2014 warnings: %1").arg(warnings);
    m_status->setText(summary);
    if (m_submitAction) {
        // With only fields to fill in, Submit stays available: trying it marks what is missing.
        m_submitAction->setEnabled((blocking == 0 || blocking == toFillIn) && !m_session->isBusy());
        m_submitAction->setToolTip(
            blocking == 0 ? tr("Send the integration to Galileo (%1)")
                                .arg(m_submitAction->shortcut().toString(QKeySequence::NativeText))
            : blocking == toFillIn
                ? tr("Fill in first: %1").arg(toFillInNames().join(QLatin1String(", ")))
                : tr("Fix the errors listed in Problems first"));
    }
}

QStringList MainWindow::toFillInNames() const
{
    QStringList names;
    for (const IssueBoard::Entry &entry : m_session->issues()) {
        if (!entry.toFillIn)
            continue;
        QStringList keys;
        // The loc without its leading "body".
        for (qsizetype i = 1; i < entry.issue.loc.size(); ++i) {
            if (entry.issue.loc.at(i).isString())
                keys << entry.issue.loc.at(i).toString();
        }
        FieldId field;
        const QString name = FieldCatalog::fieldForPath(keys, &field) ? FieldCatalog::label(field)
                                                                      : entry.issue.path();
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void MainWindow::updateTitle()
{
    const QString source = m_session->sourceName();
    const QString name = source.isEmpty() ? tr("New integration") : source;
    setWindowTitle(name + QLatin1String("[*]"));
    setWindowModified(isModified());
}

QUrl MainWindow::requestUrl() const
{
    return client()->urlFor(SubmitIntegrationRequest::path(m_session->integrationName()));
}

void MainWindow::showIntegration(const IntegrationConfig &config, const QString &sourceName,
                                 const ValidationIssues &notes)
{
    m_session->showIntegration(config, sourceName, notes);
    if (!notes.isEmpty())
        m_side->setCurrentIndex(0);
}

void MainWindow::setConnection(const ConnectionSettings &settings, const GalileoSecrets &secrets)
{
    m_session->setConnection(settings, secrets);
}

void MainWindow::connectionChanged()
{
    const ConnectionSettings &settings = m_session->connection();
    QString problem;
    const QUrl api = settings.apiUrl(&problem);
    const QString warning = settings.plainHttpWarning();
    m_connectionLabel->setText(problem.isEmpty() ? tr("Galileo: %1").arg(api.host()) : problem);
    m_connectionLabel->setToolTip(problem.isEmpty() ? api.toDisplayString() : problem);
    if (!warning.isEmpty()) {
        m_connectionLabel->setText(tr("Galileo: %1 (unencrypted)").arg(api.host()));
        m_connectionLabel->setToolTip(warning);
    }
    updatePreview();
}

bool MainWindow::editConnection()
{
    ConnectionDialog dialog(this);
    // The dialog shows the secrets the session has, masked.
    dialog.setConnection(m_session->connection(), m_session->secrets());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setConnection(dialog.settings(), dialog.secrets());
    if (const auto drift = dialog.checkedDrift())
        m_session->setDrift(client()->identity().apiUrl, *drift);
    statusBar()->showMessage(
        tr("Galileo connection set: %1").arg(client()->identity().apiUrl.toDisplayString()), 5000);
    return true;
}

IntegrationsDialog *MainWindow::showIntegrations()
{
    if (!m_integrations) {
        m_integrations = new IntegrationsDialog(m_session, this);
        m_integrations->setConfirmDiscard(
            [this](const QString &what) { return confirmDiscard(what); });
    }
    m_integrations->show();
    m_integrations->raise();
    m_integrations->activateWindow();
    m_integrations->refresh();
    return m_integrations;
}

EndpointTestDialog *MainWindow::testEndpoint()
{
    if (!m_endpointTest)
        m_endpointTest = new EndpointTestDialog(model(), this);
    m_endpointTest->show();
    m_endpointTest->raise();
    m_endpointTest->activateWindow();
    m_endpointTest->run();
    return m_endpointTest;
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryDialog(m_session, this);
        connect(m_history, &HistoryDialog::restoreRequested, this,
                [this](const HistoryEntry &entry) {
                    if (confirmDiscard(tr("Restore the entry from the history anyway?")))
                        m_session->restoreFromHistory(entry);
                });
        connect(m_history, &HistoryDialog::compareWithFormRequested, this,
                [this](const HistoryEntry &entry) {
                    m_side->showPage(PlanTab);
                    planView()->showPlanning();
                    m_session->compareWithHistory(entry);
                });
    }
    m_history->reload();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::setBusy(bool busy)
{
    // Read-only at once while Galileo works on it: what was sent is what the form shows. The
    // busy look follows only when the answer takes a moment, so that a quick one does not flash
    // the window, and painting it does not hold up the request (Qt hands the body to its
    // network thread through this thread's event loop).
    // Nothing else changes on screen yet: a second submit is refused by the session itself.
    if (busy) {
        qApp->installEventFilter(this);
        m_busyLookTimer->start();
        return;
    }
    qApp->removeEventFilter(this);
    m_busyLookTimer->stop();
    showBusyLook(false);
    m_loadAction->setEnabled(true);
    updateSummary();
}

void MainWindow::showBusyLook(bool busy)
{
    if (busy == m_busyLook)
        return;
    m_busyLook = busy;
    m_form->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_loadAction->setEnabled(!busy);
    if (busy) {
        // The plan's own tab says it is planning; the Result tab is for a submission.
        if (!m_planning) {
            m_side->showPage(ResultTab);
            if (!m_pendingProgress.isEmpty())
                resultView()->showProgress(m_pendingProgress);
        }
    } else {
        statusBar()->clearMessage();
    }
    m_pendingProgress.clear();
    updateSummary();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // While busy, nothing typed or clicked reaches the form, before its busy look shows too.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::ContextMenu:
    case QEvent::Drop: {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (widget == m_form || m_form->isAncestorOf(widget)))
            return true;
        break;
    }
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::confirmWarnings()
{
    QStringList fresh;
    for (const IssueBoard::Entry &entry : m_session->issues()) {
        if (entry.origin == IssueBoard::Origin::Local &&
            entry.issue.severity == ValidationIssue::Severity::Warning &&
            !m_acknowledgedWarnings.contains(entry.issue.toLine())) {
            fresh << entry.issue.toLine();
        }
    }
    if (fresh.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Submit with warnings?"),
                    tr("Galileo will accept this, but some things look wrong:"),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    // The warnings quote what the user typed: shown as text, never as markup.
    // Not Qt's default WhiteSpacePre, whose non-breaking spaces keep a long warning on one line
    // and cut it at the box's edge.
    box.setInformativeText(
        Qt::convertFromPlainText(fresh.join(QLatin1String("\n\n")), Qt::WhiteSpaceNormal));
    box.button(QMessageBox::Yes)->setText(tr("&Submit anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    // Asked once: the same warnings do not ask again.
    for (const QString &line : std::as_const(fresh))
        m_acknowledgedWarnings.insert(line);
    return true;
}

bool MainWindow::submit()
{
    // Typed since the last pass: validate now, so that the problems shown are the ones sent.
    if (m_validation->isActive())
        validateNow();
    // A plan being made (for this submit or the Plan tab) is answered first.
    if (m_session->isBusy() || m_planning)
        return false;
    if (m_session->blockingCount() > 0) {
        // Trying to submit is when every empty required field becomes an error to fix.
        m_session->revealRequired();
        m_side->setCurrentIndex(0);
        statusBar()->showMessage(tr("Fix the errors listed in Problems first."), 5000);
        return false;
    }
    if (!readyToContact())
        return false;
    if (!confirmWarnings())
        return false;
    if (planBeforeSubmit()) {
        m_pendingProgress = tr("Reading what Galileo holds, to show what will change...");
        planView()->showPlanning();
        m_planning = true;
        m_submitAfterPlan = true;
        if (m_session->plan() == IntegrationSession::Blocked::No)
            return true;
        m_planning = false;
        m_submitAfterPlan = false;
        planView()->clear();
        return false;
    }
    m_pendingProgress = tr("Sending to %1...").arg(requestUrl().toDisplayString());
    return m_session->submit() == IntegrationSession::Blocked::No;
}

bool MainWindow::readyToContact()
{
    if (!client()->missingCredentials().isEmpty()) {
        statusBar()->showMessage(client()->missingCredentials(), 5000);
        if (!editConnection() || !client()->missingCredentials().isEmpty())
            return false;
    }
    if (const QString problem = m_session->integrationNameProblem(); !problem.isEmpty()) {
        m_integrationName->setFocus();
        statusBar()->showMessage(tr("The integration name: %1").arg(problem), 5000);
        return false;
    }
    return true;
}

bool MainWindow::planBeforeSubmit() const
{
    return m_planBeforeSubmitAction->isChecked();
}

void MainWindow::setPlanBeforeSubmit(bool on)
{
    m_planBeforeSubmitAction->setChecked(on);
}

bool MainWindow::refreshPlan()
{
    if (m_validation->isActive())
        validateNow();
    if (m_session->isBusy() || m_planning)
        return false;
    if (!readyToContact())
        return false;
    m_side->showPage(PlanTab);
    planView()->showPlanning();
    m_pendingProgress = tr("Reading what Galileo holds...");
    m_planning = true;
    if (m_session->plan() == IntegrationSession::Blocked::No)
        return true;
    m_planning = false;
    planView()->clear();
    return false;
}

void MainWindow::planned(const IntegrationPlanner::Outcome &outcome)
{
    m_planning = false;
    planView()->showOutcome(outcome);
    if (!m_submitAfterPlan)
        return;
    m_submitAfterPlan = false;
    if (outcome.fetch.outcome == ApiResult::Outcome::Cancelled) {
        statusBar()->showMessage(tr("Cancelled; nothing was sent."), 4000);
        return;
    }
    if (!confirmPlan(outcome)) {
        m_side->showPage(PlanTab);
        statusBar()->showMessage(tr("Nothing was sent."), 4000);
        return;
    }
    // What was planned is what is sent: an edit made while the plan was read needs a new one.
    if (model()->config() != m_session->plannedConfig()) {
        statusBar()->showMessage(
            tr("The form changed while the plan was made; nothing was sent. Submit again to see "
               "the plan for the form as it is."),
            8000);
        return;
    }
    m_pendingProgress = tr("Sending to %1...").arg(requestUrl().toDisplayString());
    if (m_session->submit() != IntegrationSession::Blocked::No)
        statusBar()->showMessage(tr("Nothing was sent: fix what Problems lists first."), 5000);
}

bool MainWindow::confirmPlan(const IntegrationPlanner::Outcome &outcome)
{
    // Long plans show their first lines here; the Plan tab has them all.
    constexpr int ShownLines = 25;
    const QString target = requestUrl().toDisplayString();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("planConfirmation"));
    box.setWindowTitle(tr("Submit to Galileo?"));
    box.setTextFormat(Qt::PlainText);
    QString details;
    if (!outcome.ok && outcome.fetch.outcome == ApiResult::Outcome::Unsupported) {
        // This cluster has no such call at all: submitting can only fail the same way.
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("Cannot submit"));
        box.setText(tr("Nothing can be sent to %1.").arg(target));
        details = outcome.fetch.summary;
        if (!outcome.fetch.hint.isEmpty())
            details += QLatin1Char('\n') + outcome.fetch.hint;
        box.setInformativeText(Qt::convertFromPlainText(details, Qt::WhiteSpaceNormal));
        box.setStandardButtons(QMessageBox::Close);
        box.exec();
        return false;
    }
    if (!outcome.ok) {
        box.setIcon(QMessageBox::Warning);
        box.setText(
            tr("The plan could not be made, so what will change in %1 is not known.").arg(target));
        details = outcome.fetch.summary;
        if (!outcome.fetch.hint.isEmpty())
            details += QLatin1Char('\n') + outcome.fetch.hint;
    } else {
        const IntegrationPlan &plan = outcome.plan;
        box.setIcon(QMessageBox::Question);
        box.setText(plan.hasChanges() ? tr("Submitting will change %1:").arg(target)
                                      : tr("%1 already holds this integration.").arg(target));
        QStringList lines = PlanView::lines(plan);
        if (lines.size() > ShownLines) {
            const int more = int(lines.size()) - ShownLines;
            lines = lines.mid(0, ShownLines);
            lines << tr("... and %1 more in the Plan tab").arg(more);
        }
        details = plan.summary();
        if (!lines.isEmpty())
            details += QLatin1String("\n\n") + lines.join(QLatin1Char('\n'));
        details += QLatin1String("\n\n") + plan.sourceDescription();
        // Fields the cluster's published schema does not have: sent, and dropped there.
        const ValidationIssues dropped = m_session->drift().warningsFor(
            QJsonDocument::fromJson(IntegrationJson::write(m_session->plannedConfig())).object());
        if (!dropped.isEmpty()) {
            box.setIcon(QMessageBox::Warning);
            QStringList places;
            for (const ValidationIssue &issue : dropped)
                places << issue.path();
            details += QLatin1String("\n\n") +
                       tr("This cluster's schema does not know %n field(s) of the body; it would "
                          "drop them: %1",
                          nullptr, int(places.size()))
                           .arg(places.join(QLatin1String(", ")));
        }
        if (!outcome.keyProblem.isEmpty())
            details +=
                QLatin1Char(' ') + tr("Secrets cannot be compared: %1").arg(outcome.keyProblem);
    }
    // Names and values from the form and the server: text, never markup.
    box.setInformativeText(Qt::convertFromPlainText(details, Qt::WhiteSpaceNormal));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(outcome.ok ? tr("&Submit") : tr("&Submit anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::submitted(const ApiResult &result, const QString &recordProblem)
{
    resultView()->showResult(result);
    if (result.outcome == ApiResult::Outcome::Invalid) {
        showServerIssues(result.issues);
        return;
    }
    m_side->showPage(ResultTab);
    statusBar()->showMessage(recordProblem.isEmpty()
                                 ? result.summary
                                 : tr("%1 It could not be recorded in the profile: %2")
                                       .arg(result.summary, recordProblem),
                             8000);
}

bool MainWindow::loadFromServer()
{
    if (m_session->isBusy() || !confirmDiscard(tr("Replace the form with Galileo's copy?")))
        return false;
    if (!client()->missingCredentials().isEmpty()) {
        if (!editConnection() || !client()->missingCredentials().isEmpty())
            return false;
    }
    m_pendingProgress = tr("Reading the integration from Galileo...");
    return m_session->loadFromServer() == IntegrationSession::Blocked::No;
}

void MainWindow::fetched(const ApiResult &result)
{
    resultView()->showResult(result);
    // Loaded, the form shows it; not loaded, nothing else would: the Result says why.
    if (!result.ok())
        m_side->showPage(ResultTab);
    statusBar()->showMessage(
        result.ok() ? result.summary : tr("Not loaded from Galileo: %1").arg(result.summary), 8000);
}

QString MainWindow::curlCommand(bool withSecrets) const
{
    // The request the client would send now; Galileo's own credentials stay in the environment
    // unless asked for.
    return SubmitIntegrationRequest(model()->config(), m_session->integrationName())
        .request(client()->identity())
        .curl(withSecrets);
}

void MainWindow::copyCurl(bool withSecrets)
{
    if (withSecrets) {
        const auto answer = QMessageBox::warning(
            this, tr("Copy with secrets?"),
            tr("The command will hold the API key, client secret and header values in plain "
               "text. Anything that reads the clipboard, and the shell history of whoever runs "
               "it, will see them."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QApplication::clipboard()->setText(curlCommand(withSecrets));
    statusBar()->showMessage(withSecrets ? tr("Copied the curl command with secrets.")
                                         : tr("Copied the curl command, secrets masked."),
                             4000);
}

bool MainWindow::confirmDiscard(const QString &what)
{
    return m_profiles->confirmDiscard(what);
}

bool MainWindow::loadJson(const QByteArray &json, const QString &sourceName)
{
    const IntegrationJson::ReadResult result = IntegrationJson::read(json);
    if (!result.ok) {
        PlainText::warning(
            this, tr("Not an integration body"),
            tr("%1 could not be read: %2").arg(sourceName, result.issues.constFirst().message));
        return false;
    }
    showIntegration(result.config, sourceName, result.issues);
    if (!result.issues.isEmpty()) {
        statusBar()->showMessage(tr("Read %1; notes about it: %2 (see Problems)")
                                     .arg(sourceName)
                                     .arg(result.issues.size()),
                                 6000);
    }
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    QByteArray data;
    QString problem;
    if (!InputFile::read(path, &data, &problem)) {
        PlainText::warning(this, tr("Cannot open"), problem);
        return false;
    }
    if (!loadJson(data, QFileInfo(path).fileName()))
        return false;
    m_profiles->detach();
    markSaved();
    return true;
}

void MainWindow::newIntegration()
{
    if (!confirmDiscard(tr("Start a new integration anyway?")))
        return;
    m_profiles->detach();
    showIntegration(IntegrationConfig{}, QString(), {});
    markSaved();
}

void MainWindow::openFileDialog()
{
    if (!confirmDiscard(tr("Open another body anyway?")))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open integration JSON"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::pasteJson()
{
    PasteJsonDialog dialog(this);
    const QString clipboard = QApplication::clipboard()->text();
    if (clipboard.trimmed().startsWith(QLatin1Char('{')))
        dialog.setText(clipboard);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!confirmDiscard(tr("Replace the form with the pasted body?")))
        return;
    showIntegration(dialog.readResult().config, tr("Pasted integration"),
                    dialog.readResult().issues);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_profiles->confirmClose() == ProfileSwitcher::CloseAnswer::Close)
        event->accept();
    else
        event->ignore();
}
