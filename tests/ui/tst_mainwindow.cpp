#include "connectiondialog.h"
#include "integrationform.h"
#include "issuelist.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "pastejsondialog.h"
#include "requestpreview.h"
#include "rowtableeditor.h"

#include "../testsupport.h"
#include "../widgettestsupport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

// The main window as a user meets it: loading bodies, the title, closing, copying, problems.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QString statusText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("statusSummary"))->text();
    }

    MainWindow *m_window = nullptr;

private slots:
    void init()
    {
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
    }

    void startsEmptyWithTheReasonSubmitIsBlocked()
    {
        QVERIFY(statusText().contains(QLatin1String("submitted: 1")));
        QCOMPARE(m_window->blockingErrorCount(), 1); // the endpoint
        QVERIFY(!m_window->isWindowModified());
    }

    void loadJsonFillsTheFormAndListsNotes()
    {
        QVERIFY(m_window->loadJson(TestSupport::readData(QStringLiteral("seed-api-key.json")),
                                   QStringLiteral("seed.json")));
        const IntegrationConfig config = m_window->model()->config();
        QCOMPARE(config.authenticationType, AuthenticationType::ApiKey);
        QCOMPARE(config.modelNames(), QStringList({"custom-model-1", "custom-model-2"}));
        QCOMPARE(config.headers.size(), 2);
        // The legacy models list was converted, and that is said.
        QCOMPARE(m_window->issueList()->count(), 1);
        QVERIFY(m_window->issueList()->item(0)->text().contains(QLatin1String("models")));
        QCOMPARE(m_window->blockingErrorCount(), 0);
        QVERIFY(m_window->windowTitle().startsWith(QLatin1String("seed.json")));
    }

    void malformedJsonLosesNothing()
    {
        m_window->model()->setText(FieldId::Endpoint, QStringLiteral("https://keep.example"));
        TestSupport::answerNextDialog(QDialogButtonBox::Ok);
        QVERIFY(!m_window->loadJson("{\"endpoint\": ", QStringLiteral("broken.json")));
        QCOMPARE(m_window->model()->config().endpoint, QStringLiteral("https://keep.example"));
    }

    void pasteDialogKeepsBadTextAndPointsAtTheError()
    {
        PasteJsonDialog dialog;
        dialog.show();
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        edit->insertPlainText(
            QStringLiteral("{\n  \"endpoint\": \"https://a.example\",\n}")); // as a paste
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible()); // still open
        QVERIFY(edit->toPlainText().contains(QLatin1String("a.example")));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("line 3")));
        QCOMPARE(edit->textCursor().blockNumber(), 2);

        edit->setPlainText(
            QStringLiteral("{\"endpoint\": \"https://a.example\", \"models\": [\"m\"]}"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.readResult().config.modelNames(), QStringList{"m"});
    }

    void titleMarksUnsavedChangesAndCloseAsks()
    {
        auto *endpoint = m_window->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
        QTest::keyClicks(endpoint, QStringLiteral("https://gw.example"));
        QVERIFY(m_window->isWindowModified());
        TestSupport::answerNextDialog(QDialogButtonBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        TestSupport::answerNextDialog(QDialogButtonBox::Discard);
        QVERIFY(m_window->close());
    }

    void validationFollowsTyping()
    {
        auto *endpoint = m_window->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
        QTest::keyClicks(endpoint, QStringLiteral("gw.example"));
        QTRY_VERIFY(statusText().contains(QLatin1String("submitted: 1")));
        QTRY_VERIFY(
            m_window->issueList()->item(0)->text().contains(QLatin1String("needs a scheme")));
        endpoint->clear();
        QTest::keyClicks(endpoint, QStringLiteral("https://gw.example"));
        QTRY_COMPARE(m_window->blockingErrorCount(), 0);
        QVERIFY(statusText().startsWith(QLatin1String("Ready to submit")));
    }

    void problemsListTakesTheUserToTheCell()
    {
        QVERIFY(m_window->loadJson(TestSupport::readData(QStringLiteral("with-errors.json")),
                                   QStringLiteral("with-errors.json")));
        IssueList *list = m_window->issueList();
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("model_properties[2].name")))
                row = i;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        QCOMPARE(m_window->form()->tabs()->currentIndex(), 1);
        QTableView *view = m_window->form()->modelsPage()->table()->view();
        QCOMPARE(view->currentIndex().row(), 2);
        QCOMPARE(view->currentIndex().column(), 0);
    }

    void serverIssuesShowUntilTheFieldIsEdited()
    {
        QVERIFY(m_window->loadJson(TestSupport::readData(QStringLiteral("full.json")),
                                   QStringLiteral("full.json")));
        m_window->showServerIssues(ValidationIssue::fromDetail(
            QJsonArray{QJsonObject{{"loc", QJsonArray{"body", "model_properties", 1, "name"}},
                                   {"msg", "unknown model"},
                                   {"type", "value_error"}}}));
        QCOMPARE(m_window->issueList()->count(), 1);
        QVERIFY(m_window->issueList()->item(0)->text().contains(QLatin1String("from Galileo")));
        QTableView *view = m_window->form()->modelsPage()->table()->view();
        QCOMPARE(view->model()->index(1, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("unknown model"));
        QCOMPARE(m_window->form()->tabs()->currentIndex(), 1); // taken there
        // Not blocking: the server's word is about the last attempt.
        QCOMPARE(m_window->blockingErrorCount(), 0);
        view->model()->setData(view->model()->index(1, 0), QStringLiteral("gpt-proxy-2"));
        QCOMPARE(m_window->issueList()->count(), 0);
    }

    void copiesNeverLeakSecretsUnasked()
    {
        QVERIFY(m_window->loadJson(TestSupport::readData(QStringLiteral("full.json")),
                                   QStringLiteral("full.json")));
        m_window->findChild<QAction *>(QStringLiteral("copyCurlAction"))->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.startsWith(QLatin1String("curl -X PUT")));
        QVERIFY(curl.contains(QLatin1String("/v2/integrations/custom")));
        QVERIFY(curl.contains(QLatin1String("$GALILEO_API_KEY")));
        for (const char *secret : {"s3cr3t-value", "acme", "eu-west"})
            QVERIFY2(!curl.contains(QLatin1String(secret)), secret);
        QVERIFY(!m_window->preview()->text().contains(QLatin1String("s3cr3t-value")));

        TestSupport::answerNextDialog(QDialogButtonBox::Cancel);
        m_window->findChild<QAction *>(QStringLiteral("copyCurlSecretsAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), curl); // nothing copied on Cancel
        TestSupport::answerNextDialog(QDialogButtonBox::Yes);
        m_window->findChild<QAction *>(QStringLiteral("copyCurlSecretsAction"))->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("s3cr3t-value")));
    }

    // Findings 4 and 5 of issue 10: init_kwargs went out verbatim, and curl always said
    // Galileo-API-Key.
    void curlAndPreviewFollowTheConnection_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("header");
        QTest::newRow("own key header")
            << int(ConnectionSettings::AuthMethod::ApiKey)
            << QStringLiteral("\"Splunk-AO-API-Key: $GALILEO_API_KEY\"");
        QTest::newRow("login") << int(ConnectionSettings::AuthMethod::Login)
                               << QStringLiteral("\"Authorization: Bearer $GALILEO_ACCESS_TOKEN\"");
        QTest::newRow("basic") << int(ConnectionSettings::AuthMethod::Basic)
                               << QStringLiteral("$GALILEO_USERNAME");
    }

    void curlAndPreviewFollowTheConnection()
    {
        QFETCH(int, method);
        QFETCH(QString, header);
        IntegrationConfig config =
            IntegrationJson::read(TestSupport::readData(QStringLiteral("full.json"))).config;
        config.customLlm.initKwargs =
            QJsonObject{{QStringLiteral("api_key"), QStringLiteral("kw-SECRET-9")}};
        m_window->showIntegration(config, QStringLiteral("kwargs"), {});
        ConnectionSettings settings = m_window->client()->settings();
        settings.authMethod = ConnectionSettings::AuthMethod(method);
        settings.apiKeyHeader = QStringLiteral("Splunk-AO-API-Key");
        settings.username = QStringLiteral("ada@example.org");
        m_window->setConnection(settings,
                                {QStringLiteral("gk-SECRET-1"), QStringLiteral("pw-SECRET-2")});
        m_window->findChild<QAction *>(QStringLiteral("copyCurlAction"))->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(header), qPrintable(curl));
        QVERIFY(!curl.contains(QLatin1String("Galileo-API-Key")));
        m_window->findChild<QAction *>(QStringLiteral("copyBodyAction"))->trigger();
        const QString body = QApplication::clipboard()->text();
        QVERIFY(body.contains(QLatin1String("api_key"))); // its keys stay readable
        const QString preview = m_window->preview()->text();
        for (const char *secret : {"kw-SECRET-9", "gk-SECRET-1", "pw-SECRET-2", "s3cr3t-value"}) {
            QVERIFY2(!curl.contains(QLatin1String(secret)), secret);
            QVERIFY2(!body.contains(QLatin1String(secret)), secret);
            QVERIFY2(!preview.contains(QLatin1String(secret)), secret);
        }
    }

    void connectionDialogWarnsAndRefuses()
    {
        ConnectionDialog dialog;
        ConnectionSettings settings;
        settings.baseUrl = QStringLiteral("http://galileo.internal.example:8088");
        dialog.setConnection(settings, {QStringLiteral("k"), {}});
        dialog.show();
        auto *derived = dialog.findChild<QLabel *>(QStringLiteral("derivedUrlLabel"));
        QVERIFY2(derived->text().contains(QLatin1String("plain http://")),
                 qPrintable(derived->text()));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8088"));
        QVERIFY(!derived->text().contains(QLatin1String("plain http://")));

        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *header = dialog.findChild<QLineEdit *>(QStringLiteral("keyHeaderEdit"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("keyHeaderProblemLabel"));
        QVERIFY(ok->isEnabled());
        header->clear();
        QTest::keyClicks(header, QStringLiteral("X Key"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("X Key")));
        header->clear();
        QTest::keyClicks(header, QStringLiteral("Splunk-AO-API-Key"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());
    }

    void keyHeaderOffersBothNames()
    {
        ConnectionDialog dialog(m_window);
        ConnectionSettings settings;
        settings.baseUrl = QStringLiteral("https://api.example.org");
        dialog.setConnection(settings, {QStringLiteral("k"), {}});
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("keyHeaderCombo"));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->itemText(0), QStringLiteral("Galileo-API-Key"));
        QCOMPARE(choice->itemText(1), QStringLiteral("Splunk-AO-API-Key"));
        choice->setCurrentIndex(1);
        QCOMPARE(dialog.settings().apiKeyHeader, QStringLiteral("Splunk-AO-API-Key"));
    }

    // The integration name is checked as it is typed, changes the request's path and marks the
    // document modified.
    void integrationNameIsCheckedAsTyped()
    {
        m_window->show();
        auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("integrationNameEdit"));
        QVERIFY(name);
        QVERIFY(!m_window->isWindowModified());
        QTest::keyClicks(name, QStringLiteral("Team"));
        QVERIFY(name->toolTip().contains(QLatin1String("lower-case")));
        QVERIFY(!m_window->submit()); // nothing is sent under an invalid name
        name->clear();
        QTest::keyClicks(name, QStringLiteral("team-a"));
        QVERIFY(name->toolTip().contains(QLatin1String("/integrations/custom/NAME")));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(
            m_window->curlCommand(false).contains(QLatin1String("/integrations/custom/team-a")));
        QVERIFY(!m_window->curlCommand(false).contains(QLatin1String("/v2/integrations")));
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(m_window->curlCommand(false).contains(QLatin1String("/v2/integrations/custom")));
    }

    // Issue 12: fields this app does not know are shown raw, editable, and sent.
    void otherFieldsAreShownEditedAndSent()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = QStringLiteral("https://gw.example/v1");
        config.extra.insert(QStringLiteral("future_flag"), true);
        m_window->model()->setConfig(config);
        auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("otherFieldsEdit"));
        QVERIFY(edit);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("otherFieldsNote")));
        QVERIFY(edit->toPlainText().contains(QLatin1String("\"future_flag\": true")));
        QVERIFY(m_window->curlCommand(false).contains(QLatin1String("future_flag")));

        const auto problems = [this] {
            QStringList texts;
            for (int i = 0; i < m_window->issueList()->count(); ++i)
                texts << m_window->issueList()->item(i)->text();
            return texts.join(QLatin1Char('\n'));
        };
        edit->setPlainText(QStringLiteral("{\"future_flag\": "));
        m_window->validateNow();
        QVERIFY2(problems().contains(QLatin1String("Other fields: not valid JSON")),
                 qPrintable(problems()));
        edit->setPlainText(QStringLiteral("{\"endpoint\": \"https://elsewhere\"}"));
        m_window->validateNow();
        QVERIFY(problems().contains(QLatin1String("is a field of the form")));
        QCOMPARE(m_window->model()->config().endpoint, QStringLiteral("https://gw.example/v1"));
        edit->setPlainText(QStringLiteral("{\"other_flag\": 3}"));
        m_window->validateNow();
        QVERIFY(!problems().contains(QLatin1String("Other fields")));
        QCOMPARE(m_window->model()->extraFields(),
                 QJsonObject({{QStringLiteral("other_flag"), 3}}));
        QVERIFY(m_window->curlCommand(false).contains(QLatin1String("other_flag")));
        edit->clear();
        QVERIFY(m_window->model()->extraFields().isEmpty());
    }

    void curlIsAWorkingShellCommand()
    {
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::None;
        config.endpoint = QStringLiteral("https://gw.example/v1");
        config.modelProperties << ModelProperty{QStringLiteral("it's"), {}, {}, std::nullopt};
        m_window->model()->setConfig(config);
        const QString curl = m_window->curlCommand(false);
        QVERIFY(curl.contains(QLatin1String("it'\\''s"))); // a quote cannot end the argument
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
