#include "integrationsdialog.h"
#include "mainwindow.h"

#include "model/secretcatalog.h"
#include "session/integrationlist.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include "../testsupport.h"
#include "../widgettestsupport.h"
#include "fakegalileo.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

// Galileo > Integrations... against a loopback Galileo: the list with its status column, opening
// a custom integration into the form, saving it as a profile, other providers read-only, and
// deleting only once the name is typed again.
class tst_IntegrationsDialog : public QObject
{
    Q_OBJECT

private:
    static QJsonObject alphaBody()
    {
        return QJsonObject{
            {u"authentication_type"_s, u"api_key"_s},
            {u"endpoint"_s, u"https://alpha.example.org/v1"_s},
            {u"api_key_header"_s, u"X-API-Key"_s},
            {u"api_key_value"_s, u"alpha-secret-value"_s},
            {u"model_properties"_s, QJsonArray{QJsonObject{{u"name"_s, u"alpha-model"_s}}}}};
    }

    IntegrationsDialog *openDialog()
    {
        auto *action = m_window->findChild<QAction *>(u"integrationsAction"_s);
        if (!action)
            qFatal("no integrationsAction");
        action->trigger();
        auto *dialog = m_window->findChild<IntegrationsDialog *>(u"integrationsDialog"_s);
        if (!dialog)
            qFatal("no integrationsDialog");
        return dialog;
    }

    // The dialog's list and every status read.
    bool waitForStatuses(IntegrationsDialog *dialog)
    {
        QSignalSpy read(dialog->list(), &IntegrationList::statusesRead);
        return read.count() > 0 || read.wait(10000);
    }

    QString cell(IntegrationsDialog *dialog, int row, int column) const
    {
        return dialog->list()->index(row, column).data().toString();
    }

    void select(IntegrationsDialog *dialog, const QString &name, const QString &provider)
    {
        const int row = dialog->list()->rowOf(name, provider);
        QVERIFY(row >= 0);
        auto *table = dialog->findChild<QTableView *>(u"integrationsTable"_s);
        table->selectRow(row);
    }

    QPushButton *button(IntegrationsDialog *dialog, const char *name) const
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    LoopbackServer *m_server = nullptr;
    std::shared_ptr<FakeGalileo> m_galileo;
    MemorySecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init()
    {
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
        QSettings().clear();
        m_server = new LoopbackServer;
        QVERIFY(m_server->listen());
        m_galileo = std::make_shared<FakeGalileo>();
        m_galileo->named.insert(u"alpha"_s, alphaBody());
        m_galileo->named.insert(u"beta"_s, QJsonObject{{u"authentication_type"_s, u"none"_s},
                                                       {u"endpoint"_s, u"https://beta.example"_s}});
        m_server->setHandler(m_galileo->handler(m_galileo));
        m_secrets = new MemorySecretStore;
        m_window = new MainWindow(m_secrets);
        ConnectionSettings settings;
        settings.baseUrl = m_server->url().toString();
        settings.timeoutSeconds = 5;
        m_window->setConnection(settings, {u"galileo-key"_s, {}});
        m_window->client()->setRetryPolicy(1, 0);
        m_window->markSaved(); // nothing to lose yet: opening replaces the form without asking
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
        delete m_secrets;
        delete m_server;
    }

    void listsEveryProviderWithTheStatusOfEachCustomOne()
    {
        m_galileo->status =
            QJsonObject{{u"status"_s, u"healthy"_s}, {u"message"_s, u"models answered"_s}};
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        IntegrationList *list = dialog->list();
        QCOMPARE(list->rowCount(), 3);
        const int openai = list->rowOf(u"openai"_s, u"openai"_s);
        const int alpha = list->rowOf(u"alpha"_s);
        QVERIFY(openai >= 0 && alpha >= 0);
        QCOMPARE(cell(dialog, alpha, IntegrationList::Provider), u"custom"_s);
        QCOMPARE(cell(dialog, openai, IntegrationList::Selected), u"yes"_s);
        QCOMPARE(cell(dialog, alpha, IntegrationList::Disabled), u"no"_s);
        QVERIFY(!cell(dialog, alpha, IntegrationList::Updated).isEmpty());
        QCOMPARE(cell(dialog, alpha, IntegrationList::Status), u"healthy: models answered"_s);
        QCOMPARE(list->statusState(alpha), IntegrationList::StatusState::Known);
        // Only custom integrations have their status read.
        QCOMPARE(list->statusState(openai), IntegrationList::StatusState::None);
        QCOMPARE(m_server->requestsTo("/integrations/custom/alpha/status").size(), 1);
        QCOMPARE(m_server->requestsTo("/integrations/custom/beta/status").size(), 1);
        QVERIFY(m_server->requestsTo("/integrations/openai/status").isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(u"integrationsMessage"_s)
                    ->text()
                    .startsWith(u"3 integrations."_s));
    }

    void aStatusFailureShowsInItsCell()
    {
        m_server->setHandler([galileo = m_galileo](const HttpRequest &request) {
            if (request.path() == "/integrations/custom/beta/status")
                return HttpResponse::json(500, "{\"detail\":\"status backend down\"}");
            return galileo->answer(request);
        });
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        const int beta = dialog->list()->rowOf(u"beta"_s);
        QCOMPARE(dialog->list()->statusState(beta), IntegrationList::StatusState::Failed);
        QVERIFY2(cell(dialog, beta, IntegrationList::Status).startsWith(u"Failed: "_s),
                 qPrintable(cell(dialog, beta, IntegrationList::Status)));
        // The others are read all the same.
        QCOMPARE(dialog->list()->statusState(dialog->list()->rowOf(u"alpha"_s)),
                 IntegrationList::StatusState::Known);
    }

    void otherProvidersAreReadOnly()
    {
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"openai"_s, u"openai"_s);
        QVERIFY(!button(dialog, "openButton")->isEnabled());
        QVERIFY(!button(dialog, "saveProfileButton")->isEnabled());
        QVERIFY(!button(dialog, "deleteButton")->isEnabled());
        // Acting on it anyway (a double click) reads nothing.
        m_server->clearRequests();
        dialog->openSelected();
        dialog->askToDeleteSelected();
        QVERIFY(!dialog->findChild<QWidget *>(u"deletePanel"_s)->isVisible());
        QVERIFY(
            dialog->findChild<QLabel *>(u"integrationsMessage"_s)->text().contains(u"read-only"_s));
        QTest::qWait(50);
        QVERIFY(m_server->requests().isEmpty());
        select(dialog, u"alpha"_s, u"custom"_s);
        QVERIFY(button(dialog, "openButton")->isEnabled());
        QVERIFY(button(dialog, "deleteButton")->isEnabled());
    }

    void openIntoTheFormWithItsDefinition()
    {
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"alpha"_s, u"custom"_s);
        QSignalSpy fetched(m_window->session(), &IntegrationSession::fetched);
        QTest::mouseClick(button(dialog, "openButton"), Qt::LeftButton);
        QVERIFY(fetched.wait());
        QVERIFY(fetched.first().first().value<ApiResult>().ok());
        QCOMPARE(m_server->requestsTo("/integrations/custom/alpha/definition").size(), 1);
        const IntegrationConfig config = m_window->model()->config();
        QCOMPARE(config.endpoint, u"https://alpha.example.org/v1"_s);
        QCOMPARE(config.apiKeyValue, u"alpha-secret-value"_s);
        QCOMPARE(m_window->session()->integrationName(), u"alpha"_s);
        // The secret is in the form, never on the dialog's screen.
        for (QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(u"alpha-secret-value"_s));
    }

    void openWithoutPermissionListsTheMissingSecrets()
    {
        m_galileo->mayReadSecrets = false;
        // Secrets typed into the form for another integration are not carried over.
        m_window->model()->setText(FieldId::ApiKeyValue, u"someone-elses-key"_s);
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"alpha"_s, u"custom"_s);
        bool asked = false;
        TestSupport::answerNextDialog(QDialogButtonBox::Discard, &asked);
        QSignalSpy fetched(m_window->session(), &IntegrationSession::fetched);
        dialog->openSelected();
        QVERIFY(fetched.count() > 0 || fetched.wait());
        QCOMPARE(m_window->model()->config().endpoint, u"https://alpha.example.org/v1"_s);
        QVERIFY(m_window->model()->config().apiKeyValue.isEmpty());
        bool listed = false;
        for (const IssueBoard::Entry &entry : m_window->session()->issues()) {
            if (entry.issue.type == u"secret_missing"_s && entry.issue.path() == u"api_key_value"_s)
                listed = true;
        }
        QVERIFY(listed);
    }

    void saveAsProfileKeepsTheSecretInTheKeychainOnly()
    {
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"alpha"_s, u"custom"_s);
        QSignalSpy saved(m_window->session(), &IntegrationSession::profileFinished);
        QTest::mouseClick(button(dialog, "saveProfileButton"), Qt::LeftButton);
        QVERIFY(saved.wait());
        QVERIFY(saved.first().at(1).toBool());
        const QString id = m_window->session()->currentProfileId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_window->session()->currentProfileName(), u"alpha"_s);
        // The window behind switched to it, and the dialog says so.
        QVERIFY2(dialog->findChild<QLabel *>(u"integrationsMessage"_s)
                     ->text()
                     .contains(u"The window now shows this profile."_s),
                 qPrintable(dialog->findChild<QLabel *>(u"integrationsMessage"_s)->text()));
        QCOMPARE(m_secrets->values().value(id + u"/api_key_value"_s), u"alpha-secret-value"_s);
        // The profile's file has the integration's name, and no secret.
        Profile stored;
        QString error;
        QVERIFY(ProfileStore().load(id, &stored, &error));
        QCOMPARE(stored.integrationName, u"alpha"_s);
        QCOMPARE(stored.config.endpoint, u"https://alpha.example.org/v1"_s);
        QVERIFY(TestSupport::filesContaining("alpha-secret-value").isEmpty());
    }

    void deleteOnlyAfterTypingTheExactName()
    {
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"beta"_s, u"custom"_s);
        QTest::mouseClick(button(dialog, "deleteButton"), Qt::LeftButton);
        auto *panel = dialog->findChild<QWidget *>(u"deletePanel"_s);
        auto *typed = dialog->findChild<QLineEdit *>(u"deleteNameEdit"_s);
        QPushButton *confirm = button(dialog, "confirmDeleteButton");
        QVERIFY(panel->isVisible());
        QVERIFY(!confirm->isEnabled());
        m_server->clearRequests();
        QTest::keyClicks(typed, u"bet"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(typed, Qt::Key_Return); // not yet the name: nothing happens
        QTest::keyClicks(typed, u"aa"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(typed, Qt::Key_Backspace);
        QTest::keyClicks(typed, u" "_s);
        QVERIFY(!confirm->isEnabled()); // "beta " is not "beta"
        QTest::keyClick(typed, Qt::Key_Backspace);
        QVERIFY(confirm->isEnabled());
        QTest::qWait(50);
        QVERIFY(m_server->requests().isEmpty());

        QSignalSpy removed(dialog->list(), &IntegrationList::removed);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(removed.wait());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
        QCOMPARE(m_server->requests().first().path(), QByteArray("/integrations/custom/beta"));
        QVERIFY(!m_galileo->named.contains(u"beta"_s));
        QCOMPARE(dialog->list()->rowOf(u"beta"_s), -1);
        QVERIFY(!panel->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"integrationsMessage"_s)->text().contains(u"beta"_s));
    }

    void anOlderClusterHasNoList()
    {
        m_galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
        m_server->setHandler(m_galileo->handler(m_galileo));
        IntegrationsDialog *dialog = openDialog();
        QSignalSpy refreshed(dialog->list(), &IntegrationList::refreshed);
        QVERIFY(refreshed.wait());
        const ApiResult result = refreshed.first().first().value<ApiResult>();
        QCOMPARE(result.outcome, ApiResult::Outcome::Unsupported);
        const QString message = dialog->findChild<QLabel *>(u"integrationsMessage"_s)->text();
        QVERIFY2(message.contains(u"no list of integrations"_s), qPrintable(message));
        QVERIFY(message.contains(u"older Galileo"_s));
    }

    void aFailedRefreshLeavesNoRowsToActOn_data()
    {
        QTest::addColumn<bool>("older");
        QTest::addColumn<QString>("said");
        QTest::newRow("older cluster") << true << u"no list of integrations"_s;
        QTest::newRow("network error") << false << u"closed the connection"_s;
    }

    void aFailedRefreshLeavesNoRowsToActOn()
    {
        QFETCH(bool, older);
        QFETCH(QString, said);
        IntegrationsDialog *dialog = openDialog();
        QVERIFY(waitForStatuses(dialog));
        select(dialog, u"beta"_s, u"custom"_s);
        QVERIFY(button(dialog, "openButton")->isEnabled());
        QVERIFY(button(dialog, "deleteButton")->isEnabled());

        // The same base URL, now a cluster without the list, or one that drops the connection.
        if (older) {
            m_galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
            m_server->setHandler(m_galileo->handler(m_galileo));
        } else {
            m_server->setHandler([](const HttpRequest &) { return HttpResponse::reset(); });
        }
        QSignalSpy refreshed(dialog->list(), &IntegrationList::refreshed);
        QTest::mouseClick(button(dialog, "refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait(15000));
        const ApiResult failure = refreshed.first().first().value<ApiResult>();
        QVERIFY2(!failure.ok() && failure.outcome != ApiResult::Outcome::Cancelled,
                 qPrintable(failure.summary));

        QCOMPARE(dialog->list()->rowCount(), 0);
        QVERIFY(!dialog->list()->isLoaded());
        auto *table = dialog->findChild<QTableView *>(u"integrationsTable"_s);
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(!button(dialog, "openButton")->isEnabled());
        QVERIFY(!button(dialog, "saveProfileButton")->isEnabled());
        QVERIFY(!button(dialog, "deleteButton")->isEnabled());
        QVERIFY(button(dialog, "refreshButton")->isEnabled());
        const QString message = dialog->findChild<QLabel *>(u"integrationsMessage"_s)->text();
        QVERIFY2(message.contains(said), qPrintable(message));
    }

    void refusedCredentialsAndNetworkErrorsAreTold()
    {
        m_server->setHandler([](const HttpRequest &) {
            return HttpResponse::json(401, "{\"detail\":\"Invalid API key\"}");
        });
        IntegrationsDialog *dialog = openDialog();
        QSignalSpy refreshed(dialog->list(), &IntegrationList::refreshed);
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.first().first().value<ApiResult>().outcome,
                 ApiResult::Outcome::AuthRefused);
        auto *message = dialog->findChild<QLabel *>(u"integrationsMessage"_s);
        QVERIFY(message->text().contains(u"refused the credentials"_s));

        ConnectionSettings settings = m_window->session()->connection();
        QUrl closed = m_server->url();
        closed.setPort(LoopbackServer::closedPort());
        settings.baseUrl = closed.toString();
        m_window->setConnection(settings, {u"galileo-key"_s, {}});
        refreshed.clear();
        QTest::mouseClick(button(dialog, "refreshButton"), Qt::LeftButton);
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.first().first().value<ApiResult>().outcome,
                 ApiResult::Outcome::NetworkError);
        QVERIFY(message->text().contains(u"refused the connection"_s));
    }

    void busyWhileReadingAndCancellable()
    {
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::hang(); });
        IntegrationsDialog *dialog = openDialog();
        QSignalSpy refreshed(dialog->list(), &IntegrationList::refreshed);
        QPushButton *cancel = button(dialog, "cancelButton");
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(!button(dialog, "refreshButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(refreshed.count() > 0 || refreshed.wait());
        QCOMPARE(refreshed.first().first().value<ApiResult>().outcome,
                 ApiResult::Outcome::Cancelled);
        QVERIFY(!cancel->isVisible());
        QVERIFY(button(dialog, "refreshButton")->isEnabled());
    }
};

QTEST_MAIN(tst_IntegrationsDialog)
#include "tst_integrationsdialog.moc"
