#include "endpointtestdialog.h"
#include "mainwindow.h"

#include "model/integrationmodel.h"
#include "storage/secretstore.h"

#include "../testsupport.h"
#include "loopbackserver.h"

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

// The endpoint test as a user runs it from the window, against a loopback gateway.
class tst_EndpointTestDialog : public QObject
{
    Q_OBJECT

private:
    LoopbackServer m_gateway;
    MainWindow *m_window = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_gateway.listen());
        m_gateway.setHandler([](const HttpRequest &request) {
            if (request.header("X-Key") != "gw-secret")
                return HttpResponse::json(401, "{}");
            if (request.path() == "/v1/models")
                return HttpResponse::json(
                    200, "{\"data\":[{\"id\":\"llama-3\"},{\"id\":\"qwen\"},{\"id\":\"phi\"}]}");
            return HttpResponse::json(200, "{\"choices\":[{\"message\":{\"content\":\"OK\"}}]}");
        });
    }

    void init()
    {
        m_window = new MainWindow(new MemorySecretStore(this));
        IntegrationConfig config;
        config.authenticationType = AuthenticationType::ApiKey;
        config.endpoint = m_gateway.url().toString() + "/v1";
        config.apiKeyHeader = QStringLiteral("X-Key");
        config.apiKeyValue = QStringLiteral("gw-secret");
        config.modelProperties = {{QStringLiteral("llama-3"), {}, {}, {}}};
        m_window->model()->setConfig(config);
        m_window->show();
    }

    void cleanup()
    {
        m_window->markSaved();
        delete m_window;
    }

    // Finding 1 of issue 10, from the window: Submit was blocked, but Test endpoint sent it.
    void headerWithLineBreakIsNeverSent()
    {
        m_gateway.clearRequests();
        m_window->model()->headers()->setRows(
            {{QStringLiteral("X-Route"), QStringLiteral("a\r\nX-Injected: 1")}});
        EndpointTestDialog *dialog = m_window->testEndpoint();
        QSignalSpy finished(dialog->prober(), &EndpointProber::finished);
        QVERIFY(finished.wait(10000));
        auto *stages = dialog->findChild<QTreeWidget *>(QStringLiteral("stagesTree"));
        QCOMPARE(stages->topLevelItem(1)->text(1), QStringLiteral("fail"));
        stages->setCurrentItem(stages->topLevelItem(1));
        QVERIFY(dialog->prober()->stages().at(1).detail.contains(QLatin1String("X-Route")));
        QVERIFY(m_gateway.received().isEmpty());
    }

    void runShowsStagesAndAddsDiscoveredModels()
    {
        m_window->findChild<QAction *>(QStringLiteral("testEndpointAction"))->trigger();
        auto *dialog = m_window->findChild<EndpointTestDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QSignalSpy finished(dialog->prober(), &EndpointProber::finished);
        QVERIFY(finished.wait(10000));

        auto *stages = dialog->findChild<QTreeWidget *>(QStringLiteral("stagesTree"));
        QCOMPARE(stages->topLevelItemCount(), 3);
        QCOMPARE(stages->topLevelItem(1)->text(1), QStringLiteral("pass"));
        QCOMPARE(stages->topLevelItem(1)->text(2), QStringLiteral("200"));
        QCOMPARE(stages->topLevelItem(2)->text(1), QStringLiteral("pass"));
        // The short columns are as wide as what they hold; the result takes the rest.
        for (int column = 0; column < 4; ++column) {
            int needed = stages->header()->fontMetrics().horizontalAdvance(
                stages->headerItem()->text(column));
            for (int row = 0; row < stages->topLevelItemCount(); ++row)
                needed = qMax(needed, stages->fontMetrics().horizontalAdvance(
                                          stages->topLevelItem(row)->text(column)));
            QVERIFY(stages->columnWidth(column) >= needed);
            QVERIFY2(stages->columnWidth(column) < needed + 40,
                     qPrintable(QStringLiteral("column %1: %2 px")
                                    .arg(column)
                                    .arg(stages->columnWidth(column))));
        }
        QVERIFY(stages->columnWidth(4) > stages->viewport()->width() / 2);

        // Details and curl of a stage never show the secret.
        stages->setCurrentItem(stages->topLevelItem(2));
        const QString details =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("exchangeDetails"))->toPlainText();
        QVERIFY(details.contains(QLatin1String("/v1/chat/completions")));
        QVERIFY(details.contains(QLatin1String("X-Key: ********")));
        QVERIFY(!details.contains(QLatin1String("gw-secret")));
        QVERIFY(dialog->curlForSelectedStage().startsWith(QLatin1String("curl -X POST")));
        QVERIFY(!dialog->curlForSelectedStage().contains(QLatin1String("gw-secret")));

        // Tick discovered models and add them; one already in the table is not offered.
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("discoveredList"));
        QCOMPARE(list->count(), 3);
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsUserCheckable)); // llama-3 is in the table
        list->item(1)->setCheckState(Qt::Checked);
        list->item(2)->setCheckState(Qt::Checked);
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addModelsButton"));
        QVERIFY(add->isEnabled());
        add->click();
        QCOMPARE(m_window->model()->config().modelNames(), QStringList({"llama-3", "qwen", "phi"}));
        // Adding again adds nothing twice.
        QCOMPARE(dialog->addTickedModels(), 0);
        QCOMPARE(m_window->model()->config().modelNames().size(), 3);
    }

    void cancelStopsTheRun()
    {
        LoopbackServer slow;
        QVERIFY(slow.listen());
        slow.setHandler([](const HttpRequest &) { return HttpResponse::hang(); });
        m_window->model()->setText(FieldId::Endpoint, slow.url().toString() + "/v1");
        EndpointTestDialog *dialog = m_window->testEndpoint();
        QSignalSpy finished(dialog->prober(), &EndpointProber::finished);
        QTRY_VERIFY(!slow.requests().isEmpty());
        // The stage that waits counts its time as it runs.
        auto *stages = dialog->findChild<QTreeWidget *>(QStringLiteral("stagesTree"));
        QTreeWidgetItem *waiting = nullptr;
        for (int row = 0; row < stages->topLevelItemCount(); ++row) {
            if (dialog->prober()->stages().at(row).status == ProbeStage::Status::Running)
                waiting = stages->topLevelItem(row);
        }
        QVERIFY(waiting);
        const auto shownMs = [waiting] { return waiting->text(3).section(u' ', 0, 0).toInt(); };
        QTRY_VERIFY(shownMs() >= 500);
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runTestButton"));
        QCOMPARE(run->text(), QStringLiteral("&Cancel"));
        run->click();
        QVERIFY(finished.count() == 1 || finished.wait(3000));
        QVERIFY(!dialog->prober()->isRunning());
    }
};

QTEST_MAIN(tst_EndpointTestDialog)
#include "tst_endpointtestdialog.moc"
