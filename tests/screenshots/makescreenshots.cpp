// Renders the main window in its main states to PNG files, for the README and for looking at
// the app without clicking through it. Usage: make-screenshots OUTPUT_DIR [DATA_DIR]
#include "connectiondialog.h"
#include "endpointtestdialog.h"
#include "fakegalileo.h"
#include "integrationform.h"
#include "integrationsdialog.h"
#include "loopbackserver.h"

#include "api/galileoclient.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
        QTest::qWait(1200);
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

    // The smallest size the window is meant for.
    window.resize(1024, 700);
    tabs->setCurrentIndex(0);
    shoot(&window, QStringLiteral("small-endpoint"));
    tabs->setCurrentIndex(3);
    shoot(&window, QStringLiteral("small-advanced"));
    window.resize(1180, 760);

    QApplication::setPalette(darkPalette());
    tabs->setCurrentIndex(1);
    shoot(&window, QStringLiteral("dark-errors-models"));
    tabs->setCurrentIndex(0);
    shoot(&window, QStringLiteral("dark-errors-endpoint"));
    window.markSaved(); // no "discard changes?" on the way out
    return 0;
}
