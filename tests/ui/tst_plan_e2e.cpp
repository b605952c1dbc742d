#include "integrationform.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "planview.h"
#include "rowtableeditor.h"

#include "api/galileoclient.h"
#include "model/fieldcatalog.h"
#include "model/integrationjson.h"
#include "storage/secretstore.h"

#include "fakegalileo.h"
#include "loopbackserver.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

// The plan in the window: the submit confirmation shows it and nothing is sent until the user
// agrees; the Plan tab shows it on demand and takes the user to a change's field. Galileo is a
// loopback server; no secret value is ever on screen.
class tst_PlanEndToEnd : public QObject
{
    Q_OBJECT

private:
    // What Galileo holds for "team-a", secrets included.
    static IntegrationConfig held()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::ApiKey;
        config.endpoint = u"https://gateway.example.org/v1"_s;
        config.apiKeyHeader = u"X-Api-Key"_s;
        config.apiKeyValue = u"sk-held-secret-1"_s;
        config.modelProperties = {{u"llama-3"_s, {}, {}, {}}};
        config.headers = {{u"X-Team"_s, u"team-held-secret"_s}};
        return config;
    }

    // The form: a new model, a changed endpoint and a changed key.
    static IntegrationConfig edited()
    {
        IntegrationConfig config = held();
        config.endpoint = u"https://gateway.example.org/v2"_s;
        config.apiKeyValue = u"sk-typed-secret-2"_s;
        config.modelProperties << ModelProperty{u"gpt-4o"_s, u"GPT"_s, {}, {}};
        return config;
    }

    // Answers the next message box with `button` once it shows (from the nested event loop
    // the box runs in), keeping what it said as plain text.
    void answerWhenShown(QMessageBox::StandardButton button, QString *said)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, button, said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            *said = box->text() + u'\n' +
                    QTextDocumentFragment::fromHtml(box->informativeText()).toPlainText();
            box->button(button)->click();
        });
        timer->start();
    }

    QList<HttpRequest> puts() const
    {
        QList<HttpRequest> found;
        for (const HttpRequest &request : m_server->requests()) {
            if (request.method == "PUT")
                found << request;
        }
        return found;
    }

    static bool showsNoSecret(const QString &text)
    {
        return !text.contains(u"sk-held-secret"_s) && !text.contains(u"sk-typed-secret"_s) &&
               !text.contains(u"team-held-secret"_s) && !text.contains(u"galileo-key"_s);
    }

    LoopbackServer *m_server = nullptr;
    std::shared_ptr<FakeGalileo> m_galileo;
    MemorySecretStore *m_keys = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void init()
    {
        m_server = new LoopbackServer;
        QVERIFY(m_server->listen());
        m_galileo = std::make_shared<FakeGalileo>();
        m_galileo->named.insert(u"team-a"_s,
                                QJsonDocument::fromJson(IntegrationJson::write(held())).object());
        m_server->setHandler(m_galileo->handler(m_galileo));
        m_keys = new MemorySecretStore;
        m_window = new MainWindow(m_keys);
        ConnectionSettings settings;
        settings.baseUrl = m_server->url().toString();
        settings.timeoutSeconds = 5;
        m_window->setConnection(settings, {u"galileo-key"_s, {}});
        m_window->client()->setRetryPolicy(1, 0);
        m_window->setPlanBeforeSubmit(true);
        m_window->session()->setIntegrationName(u"team-a"_s);
        m_window->showIntegration(edited(), u"test"_s, {});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
        delete m_keys;
        delete m_server;
    }

    void agreeingSends()
    {
        QString said;
        answerWhenShown(QMessageBox::Yes, &said);
        QSignalSpy submitted(m_window->client(), &GalileoClient::submitted);
        QVERIFY(m_window->submit());
        QVERIFY(!m_window->submit()); // a second click while planning asks nothing more
        QVERIFY(submitted.wait(5000));
        QVERIFY2(said.contains(u"3 changes: "_s), qPrintable(said));
        QVERIFY(said.contains(u"~ endpoint: \"https://gateway.example.org/v1\" -> "
                              u"\"https://gateway.example.org/v2\""_s));
        QVERIFY(said.contains(
            u"+ model_properties[gpt-4o]: {\"alias\":\"GPT\",\"name\":\"gpt-4o\"}"_s));
        QVERIFY(said.contains(u"~ api_key_value: (secret changed)"_s));
        QVERIFY(said.contains(u"headers[X-Team]: (secret unchanged)"_s));
        QVERIFY(showsNoSecret(said));
        QCOMPARE(puts().size(), 1);
        QCOMPARE(puts().first().path(), QByteArray("/integrations/custom/team-a"));
        QCOMPARE(IntegrationJson::read(puts().first().body).config, edited());
    }

    void decliningSendsNothing()
    {
        QString said;
        answerWhenShown(QMessageBox::Cancel, &said);
        QVERIFY(m_window->submit());
        QTRY_VERIFY(!said.isEmpty());
        QTRY_VERIFY(!m_window->session()->isBusy());
        QTest::qWait(100);
        QVERIFY(!m_server->requests().isEmpty()); // Galileo was read ...
        QVERIFY(puts().isEmpty());                // ... and nothing was sent
        // The plan stays in its tab.
        auto *side = m_window->findChild<QTabWidget *>(u"sideTabs"_s);
        QVERIFY(side->currentWidget()->isAncestorOf(m_window->planView()));
    }

    // The first plan for a cluster reads its schema first: the confirmation names the fields
    // that cluster would drop (issue 12, drift), and the schema is read once.
    void theConfirmationNamesFieldsTheClusterWouldDrop()
    {
        m_galileo->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
            FakeGalileo::removeProperties(schemas, u"CustomIntegrationCreate"_s,
                                          {u"custom_header_mapping"_s});
        });
        m_window->model()->setText(FieldId::MappingRunId, u"X-Run"_s);
        QString said;
        answerWhenShown(QMessageBox::Cancel, &said);
        QVERIFY(m_window->submit());
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(u"does not know 1 field"_s), qPrintable(said));
        QVERIFY(said.contains(u"custom_header_mapping"_s));
        QVERIFY(puts().isEmpty());

        // Known now: the form warns at the field, and the next plan does not read it again.
        QTRY_VERIFY(!m_window->session()->isBusy());
        m_window->validateNow();
        bool warned = false;
        for (const IssueBoard::Entry &entry : m_window->session()->issues())
            warned = warned || entry.issue.path().startsWith(u"custom_header_mapping"_s);
        QVERIFY(warned);
        QSignalSpy planned(m_window->session(), &IntegrationSession::planned);
        QVERIFY(m_window->refreshPlan());
        QVERIFY(planned.wait(5000));
        int schemaReads = 0;
        for (const HttpRequest &request : m_server->requests())
            schemaReads += request.path() == "/openapi.json" ? 1 : 0;
        QCOMPARE(schemaReads, 1);
        QVERIFY(puts().isEmpty());
    }

    // An older cluster has no named integrations: the PUT could only fail, so it is not offered.
    void anOlderClusterIsNotOfferedASubmit()
    {
        auto older = std::make_shared<FakeGalileo>(FakeGalileo::Generation::Older);
        m_server->setHandler(older->handler(older));
        QString said;
        answerWhenShown(QMessageBox::Close, &said);
        QVERIFY(m_window->submit());
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(u"Nothing can be sent"_s), qPrintable(said));
        QVERIFY2(said.contains(u"no named custom integrations"_s), qPrintable(said));
        QTRY_VERIFY(!m_window->session()->isBusy());
        QVERIFY(puts().isEmpty());
    }

    void noPlanStillLetsTheUserDecide()
    {
        // Galileo answers reads with an error, but takes the PUT.
        m_server->setHandler([galileo = m_galileo](const HttpRequest &request) {
            if (request.method == "GET")
                return HttpResponse::json(500, "{\"detail\":\"database unavailable\"}");
            return galileo->answer(request);
        });
        QString said;
        answerWhenShown(QMessageBox::Yes, &said);
        QSignalSpy submitted(m_window->client(), &GalileoClient::submitted);
        QVERIFY(m_window->submit());
        QVERIFY(submitted.wait(5000));
        QVERIFY2(said.contains(u"The plan could not be made"_s), qPrintable(said));
        QCOMPARE(puts().size(), 1);
    }

    void planTabShowsTheChangesAndGoesToTheField()
    {
        // The Plan tab is built when it is first shown, as a user opens it.
        auto *side = m_window->findChild<QTabWidget *>(u"sideTabs"_s);
        QVERIFY(!m_window->findChild<QPushButton *>(u"planRefreshButton"_s));
        side->setCurrentIndex(3);
        auto *refresh = m_window->findChild<QPushButton *>(u"planRefreshButton"_s);
        QVERIFY(refresh);
        QSignalSpy planned(m_window->session(), &IntegrationSession::planned);
        refresh->click();
        QVERIFY(planned.wait(5000));
        QVERIFY(side->currentWidget()->isAncestorOf(m_window->planView()));
        auto *list = m_window->planView()->findChild<QListWidget *>(u"planChanges"_s);
        QStringList lines;
        QListWidgetItem *model = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            lines << list->item(row)->text();
            if (list->item(row)->text().startsWith(u"+ model_properties[gpt-4o]"_s))
                model = list->item(row);
        }
        QVERIFY2(model, qPrintable(lines.join(u'\n')));
        QVERIFY(showsNoSecret(lines.join(u'\n')));
        // Plan colours, not severity icons (a review read a removal's error cross as an error).
        QVERIFY(model->icon().isNull());
        QCOMPARE(model->foreground().color().green() > model->foreground().color().red(), true);
        QVERIFY(puts().isEmpty());

        list->setFocus();
        list->setCurrentItem(model);
        QTest::keyClick(list, Qt::Key_Return);
        QTableView *view = m_window->form()->modelsPage()->table()->view();
        QTRY_COMPARE(view->currentIndex().row(), 1);
        QVERIFY(view->isVisible());

        // An edit makes the plan out of date, and the Plan tab says so, also when the edit was
        // made with another side tab in front.
        side->setCurrentIndex(0);
        m_window->model()->setText(FieldId::Endpoint, u"https://gateway.example.org/v3"_s);
        side->setCurrentIndex(3);
        auto *details = m_window->planView()->findChild<QLabel *>(u"planDetails"_s);
        QVERIFY2(details->text().contains(u"Refresh"_s), qPrintable(details->text()));
        // The headline no longer states the old plan as the form's, and its lines are greyed.
        auto *headline = m_window->planView()->findChild<QLabel *>(u"planHeadline"_s);
        QVERIFY2(headline->text().startsWith(u"Out of date: "_s), qPrintable(headline->text()));
        QVERIFY(!list->isEnabled());
        refresh->click();
        QVERIFY(planned.wait(5000));
        QVERIFY(list->isEnabled());
        QVERIFY(!headline->text().startsWith(u"Out of date"_s));
    }
};

QTEST_MAIN(tst_PlanEndToEnd)
#include "tst_plan_e2e.moc"
