// Renders the main window in its main states to PNG files, for the README and for looking at
// the app without clicking through it. Usage: make-screenshots OUTPUT_DIR [DATA_DIR]
#include "connectiondialog.h"
#include "endpointtestdialog.h"
#include "fakegalileo.h"
#include "historydialog.h"
#include "integrationform.h"
#include "integrationsdialog.h"
#include "loopbackserver.h"
#include "planview.h"

#include "api/galileoclient.h"
#include "mainwindow.h"
#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {

QDir s_output;

void shoot(QWidget *window, const QString &name)
{
    QTest::qWait(400); // let the debounced validation and layouts settle
    const QString path = s_output.filePath(name + QLatin1String(".png"));
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    s_output = QDir(args.value(1, QStringLiteral("screenshots")));
    const QDir data(args.value(2, QStringLiteral(GALILEO_TEST_DATA)));
    s_output.mkpath(QStringLiteral("."));

    MainWindow window;
    window.resize(1180, 760);
    window.show();
    QTabWidget *tabs = window.form()->tabs();
    auto *side = window.findChild<QTabWidget *>(QStringLiteral("sideTabs"));

    // With no profile yet, the window offers the ways to begin; choosing to fill in a new form
    // leaves the empty form.
    shoot(&window, QStringLiteral("first-start"));
    if (auto *fill = window.findChild<QPushButton *>(QStringLiteral("firstStartFillButton")))
        fill->click();
    shoot(&window, QStringLiteral("empty"));

    window.loadJson(read(data.filePath(QStringLiteral("full.json"))), QStringLiteral("full.json"));
    const char *const pages[] = {"filled-endpoint", "filled-models", "filled-headers",
                                 "filled-advanced"};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(&window, QLatin1String(pages[i]));
    }
    side->setCurrentIndex(1);
    tabs->setCurrentIndex(0);
    shoot(&window, QStringLiteral("filled-preview"));

    window.loadJson(read(data.filePath(QStringLiteral("with-errors.json"))),
                    QStringLiteral("with-errors.json"));
    side->setCurrentIndex(0);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(&window, QStringLiteral("errors-%1").arg(i + 1));
    }

    // Against a loopback Galileo: the connection check and a stored integration.
    LoopbackServer galileo;
    galileo.listen();
    galileo.setHandler([](const HttpRequest &request) {
        if (request.path() == "/v2/healthcheck")
            return HttpResponse::json(200,
                                      R"({"api_version":"v2","message":"ok","version":"1.421.0"})");
        if (request.path() == "/v2/current_user")
            return HttpResponse::json(
                200, R"({"email":"ada@acme.example","role":"admin","organization_name":"Acme"})");
        return HttpResponse::json(200,
                                  R"({"id":"7e57c0de-51f3-4c55-9d0e-3c1f1f1f1f1f","name":"custom",
            "created_at":"2026-11-26T10:00:00Z","updated_at":"2026-11-26T10:05:00Z",
            "created_by":"8d1c2f4e-77aa-4c55-9d0e-3c1f1f1f1f1f","is_selected":true,"is_disabled":false,
            "provider":"custom","permissions":[{"action":"update","allowed":true},
            {"action":"delete","allowed":false,"message":"Only admins can delete integrations"}]})");
    });
    ConnectionSettings connection;
    connection.baseUrl = galileo.url().toString();
    window.setConnection(connection, {QStringLiteral("demo-key"), {}});
    {
        ConnectionDialog dialog(&window);
        dialog.setConnection(connection, {QStringLiteral("demo-key"), {}});
        dialog.show();
        dialog.checkConnection();
        QTest::qWait(800);
        shoot(&dialog, QStringLiteral("connection"));
    }
    window.loadJson(read(data.filePath(QStringLiteral("full.json"))), QStringLiteral("full.json"));
    window.setPlanBeforeSubmit(false);
    window.submit();
    QTest::qWait(800);
    shoot(&window, QStringLiteral("submitted"));
    // The endpoint test against a loopback gateway with OAuth2.
    LoopbackServer gateway;
    gateway.listen();
    gateway.setHandler([](const HttpRequest &request) {
        if (request.path() == "/oauth2/token")
            return HttpResponse::json(
                200,
                R"({"access_token":"t","token_type":"Bearer","expires_in":3600,"scope":"llm.invoke"})");
        if (request.path() == "/v1/models")
            return HttpResponse::json(
                200,
                R"({"data":[{"id":"llama-3-70b"},{"id":"gpt-proxy"},{"id":"qwen-2.5-72b"},{"id":"phi-4"}]})");
        return HttpResponse::json(200, R"({"choices":[{"message":{"content":"OK"}}]})");
    });
    {
        IntegrationConfig config = window.model()->config();
        config.endpoint = gateway.url().toString() + QStringLiteral("/v1");
        config.oauth2TokenUrl = gateway.url().toString() + QStringLiteral("/oauth2/token");
        window.model()->setConfig(config);
        EndpointTestDialog *dialog = window.testEndpoint();
        QTest::qWait(1500);
        shoot(dialog, QStringLiteral("endpoint-test"));
        dialog->close();
    }
    // Galileo > Integrations... against a cluster with named custom integrations, one of which
    // cannot say how it is; and the connection check against one whose schema differs.
    LoopbackServer cluster;
    cluster.listen();
    auto fake = std::make_shared<FakeGalileo>();
    fake->named.insert(QStringLiteral("support-bot"),
                       QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("https://a")}});
    fake->named.insert(QStringLiteral("team-research"),
                       QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("https://b")}});
    fake->status = QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")},
                               {QStringLiteral("message"), QStringLiteral("4 models answered")}};
#ifdef GALILEO_SEED_OPENAPI
    fake->openApi = FakeGalileo::seedOpenApi([](QJsonObject &schemas) {
        FakeGalileo::addProperty(schemas, QStringLiteral("CustomIntegrationCreate"),
                                 QStringLiteral("reasoning_config"));
        FakeGalileo::removeProperties(schemas, QStringLiteral("CustomIntegrationCreate"),
                                      {QStringLiteral("custom_header_mapping")});
    });
#endif
    cluster.setHandler([fake](const HttpRequest &request) {
        if (request.path() == "/integrations/custom/team-research/status")
            return HttpResponse::json(503, R"({"detail":"status service unavailable"})");
        return fake->answer(request);
    });
    ConnectionSettings clusterConnection;
    clusterConnection.baseUrl = cluster.url().toString();
    window.setConnection(clusterConnection, {QStringLiteral("demo-key"), {}});
    window.client()->setRetryPolicy(1, 0);
    {
        IntegrationsDialog *dialog = window.showIntegrations();
        // Until every status has been read (one is refused three times).
        auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        if (!QTest::qWaitFor([refresh] { return refresh->isEnabled(); }, 15000))
            qWarning("the integrations were still being read");
        dialog->findChild<QTableView *>(QStringLiteral("integrationsTable"))->selectRow(1);
        shoot(dialog, QStringLiteral("integrations"));
        dialog->askToDeleteSelected();
        shoot(dialog, QStringLiteral("integrations-delete"));
        dialog->close();
    }
    {
        ConnectionDialog dialog(&window);
        dialog.setConnection(clusterConnection, {QStringLiteral("demo-key"), {}});
        dialog.show();
        dialog.checkConnection();
        QTest::qWait(1200);
        shoot(&dialog, QStringLiteral("connection-drift"));
    }

    window.loadJson(read(data.filePath(QStringLiteral("with-errors.json"))),
                    QStringLiteral("with-errors.json"));

    // The Plan tab against a loopback Galileo that holds an older copy of full.json: one model
    // fewer, another endpoint, another client secret. The fingerprint key is kept in memory,
    // so the secrets compare without a keychain.
    {
        MemorySecretStore keys;
        MainWindow planWindow(&keys);
        planWindow.resize(1180, 760);
        planWindow.show();
        planWindow.loadJson(read(data.filePath(QStringLiteral("full.json"))),
                            QStringLiteral("full.json"));
        IntegrationConfig held = planWindow.model()->config();
        held.endpoint = QStringLiteral("https://gateway.example.org/v0");
        held.modelProperties.removeLast();
        held.token = QStringLiteral("{\"client_id\":\"galileo\",\"client_secret\":\"older\"}");
        LoopbackServer planServer;
        planServer.listen();
        auto fake = std::make_shared<FakeGalileo>();
        fake->named.insert(QStringLiteral("team-eu"),
                           QJsonDocument::fromJson(IntegrationJson::write(held)).object());
        planServer.setHandler(fake->handler(fake));
        ConnectionSettings planConnection;
        planConnection.baseUrl = planServer.url().toString();
        planWindow.setConnection(planConnection, {QStringLiteral("demo-key"), {}});
        planWindow.session()->setIntegrationName(QStringLiteral("team-eu"));
        QSignalSpy planned(planWindow.session(), &IntegrationSession::planned);
        planWindow.refreshPlan();
        planned.wait(5000);
        shoot(&planWindow, QStringLiteral("plan"));
        // The submit confirmation with the same plan, declined.
        QTimer answer;
        answer.setInterval(50);
        QObject::connect(&answer, &QTimer::timeout, &answer, [&answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            QTest::qWait(300);
            const QString path = s_output.filePath(QStringLiteral("plan-confirmation.png"));
            if (!box->grab().save(path))
                qFatal("cannot write %s", qPrintable(path));
            qInfo("wrote %s", qPrintable(path));
            box->button(QMessageBox::Cancel)->click();
        });
        answer.start();
        planned.clear();
        planWindow.setPlanBeforeSubmit(true); // the main window turned it off for its shot
        if (!planWindow.submit())
            qWarning("the plan window did not submit");
        planned.wait(5000);
        planWindow.markSaved();
    }

    // The smallest size the window is meant for.
    window.resize(1024, 700);
    tabs->setCurrentIndex(0);
    shoot(&window, QStringLiteral("small-endpoint"));
    tabs->setCurrentIndex(3);
    shoot(&window, QStringLiteral("small-advanced"));
    window.resize(1180, 760);

    // A profile's history: folders and a keychain of their own, so that nothing of the user's
    // is touched. Two applies through the window, and a refused one in between.
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        MemorySecretStore keychain;
        MainWindow historic(&keychain);
        historic.resize(1180, 760);
        historic.setConnection(connection, {QStringLiteral("demo-key"), {}});
        historic.show();
        IntegrationSession *session = historic.session();
        historic.loadJson(read(data.filePath(QStringLiteral("full.json"))),
                          QStringLiteral("full.json"));
        QSignalSpy saved(session, &IntegrationSession::profileFinished);
        session->saveProfileAs(QStringLiteral("Acme staging"));
        saved.wait(5000);
        QSignalSpy recorded(session, &IntegrationSession::historyRecorded);
        session->submit();
        recorded.wait(5000);
        ApiResult refused;
        refused.outcome = ApiResult::Outcome::AuthRefused;
        refused.httpStatus = 403;
        refused.summary = QStringLiteral("Galileo refused: these credentials may not change "
                                         "this integration.");
        HistoryEntry entry =
            HistoryEntry::of(historic.model()->config(), connection.apiUrl(),
                             QStringLiteral("team-a"), refused, QByteArray(32, 'k'), {});
        QString error;
        HistoryStore().append(session->currentProfileId(), entry, &error);
        IntegrationConfig changed = historic.model()->config();
        changed.endpoint = QStringLiteral("https://llm-gateway.acme.example/v2");
        historic.model()->setConfig(changed);
        QTest::qWait(100);
        recorded.clear();
        session->submit();
        recorded.wait(5000);
        HistoryDialog *dialog = historic.showHistory();
        dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"))
            ->setCurrentItem(
                dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"))->topLevelItem(0));
        shoot(dialog, QStringLiteral("history"));
        dialog->close();
        // Restored after one header's secret changed in the keychain: that one is to fill in.
        bool written = false;
        keychain.write(SecretCatalog::keychainKey(session->currentProfileId(),
                                                  QStringLiteral("header:X-Tenant")),
                       QStringLiteral("changed since"),
                       [&written](const SecretStore::Result &) { written = true; });
        if (!QTest::qWaitFor([&written] { return written; }))
            qFatal("the keychain did not answer");
        QSignalSpy restored(session, &IntegrationSession::historyRestored);
        session->restoreFromHistory(dialog->entries().constFirst());
        restored.wait(5000);
        historic.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentIndex(0);
        historic.form()->tabs()->setCurrentIndex(2);
        shoot(&historic, QStringLiteral("history-restored"));
        historic.markSaved();
    }

    QApplication::setPalette(darkPalette());
    tabs->setCurrentIndex(1);
    shoot(&window, QStringLiteral("dark-errors-models"));
    tabs->setCurrentIndex(0);
    shoot(&window, QStringLiteral("dark-errors-endpoint"));
    window.markSaved(); // no "discard changes?" on the way out
    return 0;
}
