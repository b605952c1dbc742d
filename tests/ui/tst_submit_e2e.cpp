#include "integrationform.h"
#include "issuelist.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "profileswitcher.h"
#include "resultview.h"
#include "rowtableeditor.h"

#include "api/galileoclient.h"
#include "model/integrationjson.h"
#include "storage/profilestore.h"

#include "../testsupport.h"
#include "../widgettestsupport.h"
#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

// The main window end to end: a user fills the form, submits, and sees what Galileo (a loopback
// server here) made of it.
class tst_SubmitEndToEnd : public QObject
{
    Q_OBJECT

private:
    static QByteArray stored()
    {
        return R"({"id":"7e57c0de-0000-4c55-9d0e-3c1f1f1f1f1f","name":"custom",
                  "created_at":"2026-11-26T10:00:00Z","updated_at":"2026-11-26T10:05:00Z",
                  "created_by":"8d1c2f4e-0000-4c55-9d0e-3c1f1f1f1f1f","is_selected":true,
                  "permissions":[{"action":"update","allowed":true}]})";
    }

    // Galileo's 422 about the second model's name.
    static HttpResponse modelNotServed()
    {
        return HttpResponse::json(422, R"({"detail":[{"loc":["body","model_properties",1,"name"],
                                          "msg":"model not served by the gateway",
                                          "type":"value_error"}]})");
    }

    void fillTheForm()
    {
        auto *endpoint = m_window->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
        QTest::keyClicks(endpoint, QStringLiteral("https://gateway.example.org/v1"));
        auto *auth = m_window->findChild<QComboBox *>(QStringLiteral("authTypeCombo"));
        auth->setFocus();
        QTest::keyClick(auth, Qt::Key_Up); // API key
        QTest::keyClicks(
            m_window->findChild<QComboBox *>(QStringLiteral("apiKeyHeaderCombo"))->lineEdit(),
            QStringLiteral("X-Api-Key"));
        QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("apiKeyValueEdit")),
                         QStringLiteral("gw-secret"));
        m_window->form()->modelsPage()->addNames(QStringLiteral("llama-3\nmistral-large"));
        m_window->validateNow();
    }

    QAction *submitAction() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("submitAction"));
    }

    LoopbackServer *m_server = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init();
    void cleanup();
    void fillSubmitAndSeeTheStoredIntegration();
    void serverErrorMarksTheTableCell();
    void busyWhileWaitingAndCancellable();
    void warningsAskOnce();
    void loadFromServerKeepsLocalSecrets();
    void savingKeepsGalileosIssuesAndTheResult();
    void serverMarkupIsShownAsText();
    void fieldsTheClusterWouldDropAskBeforeSubmit();
};

#ifndef Q_MOC_RUN // moc cannot parse the raw string literals below

void tst_SubmitEndToEnd::init()
{
    m_server = new LoopbackServer;
    QVERIFY(m_server->listen());
    m_window = new MainWindow;
    ConnectionSettings settings;
    settings.baseUrl = m_server->url().toString();
    settings.timeoutSeconds = 5;
    m_window->setConnection(settings, {QStringLiteral("galileo-key"), {}});
    m_window->client()->setRetryPolicy(3, 20);
    // These tests are about sending; the plan before it has its own (tst_plan_e2e).
    m_window->setPlanBeforeSubmit(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void tst_SubmitEndToEnd::cleanup()
{
    m_window->markSaved();
    delete m_window;
    delete m_server;
}

void tst_SubmitEndToEnd::fillSubmitAndSeeTheStoredIntegration()
{
    // Empty form: the endpoint is still to fill in; trying Submit is how to see what is missing.
    QVERIFY(submitAction()->isEnabled());
    QVERIFY(submitAction()->toolTip().startsWith(QLatin1String("Fill in first: Endpoint URL")));
    QVERIFY(!m_window->submit());
    QVERIFY(!submitAction()->isEnabled());
    QVERIFY(submitAction()->toolTip().contains(QLatin1String("Fix the errors")));
    QCOMPARE(m_server->requests().size(), 0);
    fillTheForm();
    QVERIFY(submitAction()->isEnabled());

    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, stored()); });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(done.wait());

    const HttpRequest &request = m_server->requests().first();
    QCOMPARE(request.header("Galileo-API-Key"), QByteArray("galileo-key"));
    const auto body = IntegrationJson::read(request.body).config;
    QCOMPARE(body.endpoint, QStringLiteral("https://gateway.example.org/v1"));
    QCOMPARE(body.apiKeyValue, QStringLiteral("gw-secret"));
    QCOMPARE(body.modelNames(), QStringList({"llama-3", "mistral-large"}));

    auto *side = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    QVERIFY(side->currentWidget()->isAncestorOf(m_window->resultView()));
    QCOMPARE(m_window->resultView()->integrationId(),
             QStringLiteral("7e57c0de-0000-4c55-9d0e-3c1f1f1f1f1f"));
    // An older server names the provider in `name`; a newer one says it in `provider`.
    auto *fields = m_window->resultView()->findChild<QTreeWidget *>(QStringLiteral("resultFields"));
    QVERIFY(fields);
    const QList<QTreeWidgetItem *> provider =
        fields->findItems(QStringLiteral("Provider"), Qt::MatchExactly, 0);
    QCOMPARE(provider.size(), 1);
    QCOMPARE(provider.first()->text(1), QStringLiteral("custom"));
    QVERIFY(m_window->form()->isEnabled());
}

void tst_SubmitEndToEnd::serverErrorMarksTheTableCell()
{
    fillTheForm();
    m_server->setHandler([](const HttpRequest &) { return modelNotServed(); });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    submitAction()->trigger();
    QVERIFY(done.wait());

    QTableView *view = m_window->form()->modelsPage()->table()->view();
    const QModelIndex cell = view->model()->index(1, 0);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("model not served by the gateway"));
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    QCOMPARE(m_window->form()->tabs()->currentIndex(), 1);
    QCOMPARE(view->currentIndex(), cell);
    QVERIFY(m_window->issueList()->item(0)->text().contains(QLatin1String("from Galileo")));
}

void tst_SubmitEndToEnd::busyWhileWaitingAndCancellable()
{
    fillTheForm();
    m_server->setHandler(
        [](const HttpRequest &) { return HttpResponse::json(200, stored()).after(3000); });
    QSignalSpy received(m_server, &LoopbackServer::requestReceived);
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    QVERIFY(m_window->submit());
    // Read-only at once: typing reaches nothing, before the busy look shows.
    auto *endpoint = m_window->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    const QString sent = endpoint->text();
    QTest::keyClicks(endpoint, QStringLiteral("changed"));
    QCOMPARE(endpoint->text(), sent);
    QVERIFY(!m_window->submit()); // a second click sends nothing
    // The busy look follows when the answer takes a moment.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->form()->isEnabled(), 1000);
    QVERIFY(!submitAction()->isEnabled());
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    auto *side = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    QVERIFY(side->currentWidget()->isAncestorOf(m_window->resultView()));
    QVERIFY(received.count() == 1 || received.wait());
    cancel->click();
    QVERIFY(done.count() == 1 || done.wait(2000));
    QCOMPARE(done.first().first().value<ApiResult>().outcome, ApiResult::Outcome::Cancelled);
    QVERIFY(m_window->form()->isEnabled());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_server->requests().size(), 1);
    QTest::keyClicks(endpoint, QStringLiteral("x"));
    QCOMPARE(endpoint->text(), sent + QLatin1Char('x')); // editable again
}

void tst_SubmitEndToEnd::warningsAskOnce()
{
    fillTheForm();
    // A header named like the authentication header is a warning, not an error; a long name
    // makes a long warning.
    const QString longName = QStringLiteral("XGatewayKeyOfTheTenant");
    m_window->model()->setText(FieldId::ApiKeyHeader, longName);
    m_window->model()->headers()->setRows({{longName.toLower(), QStringLiteral("v")}});
    m_window->validateNow();
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, stored()); });
    bool asked = false;
    TestSupport::answerNextDialog(QDialogButtonBox::Cancel, &asked);
    QVERIFY(!m_window->submit());
    QVERIFY(asked);
    QVERIFY(m_server->requests().isEmpty());

    asked = false;
    QTimer::singleShot(0, [&asked] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        // The warnings wrap inside the box (a review saw one cut off at its edge).
        auto *text = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
        QVERIFY(text);
        QVERIFY2(text->width() >= text->minimumSizeHint().width() &&
                     text->geometry().right() <= box->width(),
                 qPrintable(QStringLiteral("%1 wide in %2, needs %3")
                                .arg(text->width())
                                .arg(box->width())
                                .arg(text->minimumSizeHint().width())));
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    QVERIFY(m_window->submit());
    QVERIFY(asked);
    QVERIFY(done.wait());
    // The same warnings do not ask again.
    done.clear();
    QVERIFY(m_window->submit());
    QVERIFY(done.wait());
    QCOMPARE(m_server->requests().size(), 2);
}

void tst_SubmitEndToEnd::loadFromServerKeepsLocalSecrets()
{
    fillTheForm();
    m_window->markSaved();
    m_server->setHandler([](const HttpRequest &request) {
        if (request.path() == "/integrations/custom/definition")
            return HttpResponse::json(403, R"({"detail":"Not allowed to read secrets"})");
        return HttpResponse::json(200, R"({"authentication_type":"api_key",
            "endpoint":"https://gateway.example.org/v2","api_key_header":"X-Api-Key",
            "model_properties":[{"name":"llama-3"}]})");
    });
    QSignalSpy fetched(m_window->client(), &GalileoClient::fetched);
    QVERIFY(m_window->loadFromServer());
    QVERIFY(fetched.wait());
    const IntegrationConfig config = m_window->model()->config();
    QCOMPARE(config.endpoint, QStringLiteral("https://gateway.example.org/v2"));
    QCOMPARE(config.apiKeyValue, QStringLiteral("gw-secret")); // kept, and said so
    bool said = false;
    for (int i = 0; i < m_window->issueList()->count(); ++i)
        said |=
            m_window->issueList()->item(i)->text().contains(QLatin1String("local value was kept"));
    QVERIFY(said);
    // A review found a load showing nothing of itself: the status bar says what was loaded.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("stored fields")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Not loaded: the status bar says so, and the Result tab, which says why, comes forward.
    m_server->setHandler([](const HttpRequest &) {
        return HttpResponse::json(401, R"({"detail":"Invalid API key"})");
    });
    m_window->markSaved();
    fetched.clear();
    QVERIFY(m_window->loadFromServer());
    QVERIFY(fetched.wait());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QLatin1String("Not loaded from Galileo: Galileo refused the credentials")),
             qPrintable(m_window->statusBar()->currentMessage()));
    auto *side = m_window->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    QVERIFY(side);
    QVERIFY(side->tabText(side->currentIndex()).startsWith(QLatin1String("Result")));
}
// Issue 11: a server's words with markup are shown as the text they are, never drawn.
void tst_SubmitEndToEnd::serverMarkupIsShownAsText()
{
    fillTheForm();
    m_server->setHandler([](const HttpRequest &request) {
        if (request.header("Galileo-API-Key") == "galileo-key")
            return HttpResponse::json(422,
                                      R"({"detail":[{"loc":["body","model_properties",1,"name"],
                "msg":"<img src='https://evil.example/x.png'><b>bold</b>\u001b[31mred","type":"x"}]})");
        return HttpResponse::json(401, R"({"detail":"<a href='https://evil.example'>log in</a>"})");
    });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    submitAction()->trigger();
    QVERIFY(done.wait());
    QTableView *view = m_window->form()->modelsPage()->table()->view();
    const QString cellTip = view->model()->index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(!cellTip.contains(QLatin1String("<img")), qPrintable(cellTip));
    QVERIFY(cellTip.contains(QLatin1String("&lt;img")));
    const QString listTip = m_window->issueList()->item(0)->toolTip();
    QVERIFY2(!listTip.contains(QLatin1String("<b>")), qPrintable(listTip));

    m_window->setConnection(m_window->client()->settings(), {QStringLiteral("other-key"), {}});
    view->model()->setData(view->model()->index(1, 0), QStringLiteral("mistral-large-2"));
    m_window->validateNow();
    done.clear();
    submitAction()->trigger();
    QVERIFY(done.wait());
    auto *headline = m_window->resultView()->findChild<QLabel *>(QStringLiteral("resultHeadline"));
    QCOMPARE(headline->textFormat(), Qt::PlainText);
    QVERIFY(headline->text().contains(QLatin1String("<a href=")));
}

// Finding 7 of issue 10: saving a profile cleared the Result tab and the 422 issues being fixed.
void tst_SubmitEndToEnd::savingKeepsGalileosIssuesAndTheResult()
{
    fillTheForm();
    m_server->setHandler([](const HttpRequest &) { return modelNotServed(); });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    submitAction()->trigger();
    QVERIFY(done.wait());
    QCOMPARE(m_window->issueList()->count(), 1);
    auto *headline = m_window->resultView()->findChild<QLabel *>(QStringLiteral("resultHeadline"));
    const QString shown = headline->text();
    QVERIFY(!shown.isEmpty());

    QSignalSpy saved(m_window->profiles(), &ProfileSwitcher::finished);
    m_window->profiles()->saveAs(QStringLiteral("Keeps issues"));
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(m_window->issueList()->count(), 1);
    QVERIFY(m_window->issueList()->item(0)->text().contains(QLatin1String("from Galileo")));
    QTableView *view = m_window->form()->modelsPage()->table()->view();
    QCOMPARE(view->model()->index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("model not served by the gateway"));
    QCOMPARE(headline->text(), shown);

    // A stored submission: the Result stays through a save, and the window records it in the
    // profile as the command line does.
    m_server->setHandler([](const HttpRequest &) { return HttpResponse::json(200, stored()); });
    view->model()->setData(view->model()->index(1, 0), QStringLiteral("mistral-large-2"));
    m_window->validateNow();
    submitAction()->trigger();
    QVERIFY(done.wait());
    QCOMPARE(m_window->resultView()->integrationId(),
             QStringLiteral("7e57c0de-0000-4c55-9d0e-3c1f1f1f1f1f"));
    saved.clear();
    m_window->profiles()->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_window->resultView()->integrationId(),
             QStringLiteral("7e57c0de-0000-4c55-9d0e-3c1f1f1f1f1f"));
    Profile onDisk;
    QString error;
    QVERIFY(ProfileStore().load(m_window->profiles()->currentId(), &onDisk, &error));
    QCOMPARE(onDisk.lastIntegrationId, QStringLiteral("7e57c0de-0000-4c55-9d0e-3c1f1f1f1f1f"));
    QVERIFY(onDisk.lastSubmittedAt.isValid());

    saved.clear();
    m_window->profiles()->remove();
    QVERIFY(saved.wait(10000));
}
void tst_SubmitEndToEnd::fieldsTheClusterWouldDropAskBeforeSubmit()
{
    // An older cluster whose schema has no custom_header_mapping yet.
    auto galileo = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
    galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
        FakeGalileo::removeProperties(schemas, QStringLiteral("CustomIntegrationCreate"),
                                      {QStringLiteral("custom_header_mapping")});
    });
    m_server->setHandler(galileo->handler(galileo));
    fillTheForm();
    m_window->model()->setText(FieldId::MappingRunId, QStringLiteral("X-Run"));
    QSignalSpy drift(m_window->session(), &IntegrationSession::driftChanged);
    QVERIFY(m_window->session()->checkDrift());
    QVERIFY(drift.wait());
    m_window->validateNow();
    QCOMPARE(m_window->blockingErrorCount(), 0);
    QVERIFY(submitAction()->isEnabled());

    // The warning names the field and asks once; declining sends nothing.
    QString question;
    QTimer::singleShot(0, [&question] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    m_server->clearRequests();
    QVERIFY(!m_window->submit());
    QVERIFY2(question.contains(QLatin1String("custom_header_mapping")), qPrintable(question));
    QVERIFY(question.contains(QLatin1String("drop")));
    QVERIFY(m_server->requests().isEmpty());

    QTimer::singleShot(0, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy done(m_window->client(), &GalileoClient::submitted);
    QVERIFY(m_window->submit());
    QVERIFY(done.wait());
    QVERIFY(done.first().first().value<ApiResult>().ok());
    QCOMPARE(m_server->requestsTo("/v2/integrations/custom").size(), 1);
    QCOMPARE(galileo->defaultCustom.value(QLatin1String("custom_header_mapping")).toObject(),
             QJsonObject({{QStringLiteral("run_id"), QStringLiteral("X-Run")}}));
}

#endif

QTEST_MAIN(tst_SubmitEndToEnd)
#include "tst_submit_e2e.moc"
