// Benchmark, not a test: a config with 1,000 models and 50 headers through the core (read,
// validate, write), one validation pass of the window as typing triggers it, and the submit
// overhead from the click to the request on the wire. Prints medians in milliseconds.
#include "integrationform.h"
#include "mainwindow.h"

#include "api/galileoclient.h"
#include "model/integrationjson.h"
#include "model/integrationvalidator.h"
#include "storage/secretstore.h"

#include "loopbackserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename Work> double measure(int runs, Work work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << timer.nsecsElapsed() / 1e6;
    }
    return median(samples);
}

IntegrationConfig bigConfig()
{
    IntegrationConfig config;
    config.authenticationType = AuthenticationType::ApiKey;
    config.endpoint = QStringLiteral("https://gateway.example.org/v1");
    config.apiKeyHeader = QStringLiteral("X-Api-Key");
    config.apiKeyValue = QStringLiteral("sk-bench");
    for (int i = 0; i < 1000; ++i) {
        ModelProperty model{
            QStringLiteral("model-%1").arg(i), QStringLiteral("Model %1").arg(i), {}, {}};
        if (i % 2)
            model.basedOn = QStringLiteral("gpt-5.4");
        else
            model.supportedParameters =
                QStringList{QStringLiteral("temperature"), QStringLiteral("max_tokens")};
        config.modelProperties << model;
    }
    for (int i = 0; i < 50; ++i)
        config.headers << HeaderEntry{QStringLiteral("X-Header-%1").arg(i),
                                      QStringLiteral("value-%1").arg(i)};
    config.defaultModel = QStringLiteral("model-7");
    return config;
}

QByteArray storedJson()
{
    return "{\"id\":\"1\",\"name\":\"custom\",\"created_at\":\"2026-01-01T00:00:00Z\","
           "\"updated_at\":\"2026-01-01T00:00:00Z\",\"created_by\":\"u\"}";
}

// Waits in a real event loop (QTest::qWaitFor sleeps in 10 ms slices, which would delay an
// in-process server's reading and show up in the figures).
bool waitForAnswer(GalileoClient *client)
{
    if (!client->isBusy())
        return true;
    QSignalSpy done(client, &GalileoClient::busyChanged);
    return done.wait(5000);
}

} // namespace

// A Galileo that stores anything, for the round trips: `bench_config --serve` prints its port.
int serve(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LoopbackServer server;
    server.setKeepAlive(true);
    if (!server.listen())
        return 1;
    server.setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });
    std::printf("port %d\n", server.url().port());
    std::fflush(stdout);
    return app.exec();
}

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "--serve")
        return serve(argc, argv);
    QApplication app(argc, argv);
    const QByteArray json = IntegrationJson::write(bigConfig(), IntegrationJson::Format::Compact);
    IntegrationConfig parsed;

    const double read = measure(50, [&] { parsed = IntegrationJson::read(json).config; });
    const double validate = measure(50, [&] { IntegrationValidator::validate(parsed); });
    const double write = measure(50, [&] { IntegrationJson::write(parsed); });
    std::printf("body: %lld bytes, 1000 models, 50 headers\n", qint64(json.size()));
    std::printf("read       %7.2f ms\nvalidate   %7.2f ms\nwrite      %7.2f ms\n", read, validate,
                write);
    std::printf("together   %7.2f ms   (budget 20 ms)\n", read + validate + write);

    // One validation pass of the window, as a keystroke triggers it after the pause: validate,
    // mark fields and cells, refresh the problems and the preview.
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window did not show");
    window.model()->setConfig(parsed);
    QTest::qWait(300);
    auto *endpoint = window.findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    int n = 0;
    const double pass = measure(30, [&] {
        window.model()->setText(FieldId::Endpoint,
                                QStringLiteral("https://gw%1.example.org/v1").arg(++n));
        window.validateNow();
    });
    const double keystroke = measure(30, [&] { QTest::keyClick(endpoint, Qt::Key_A); });
    window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentIndex(1);
    const double withPreview = measure(30, [&] {
        window.model()->setText(FieldId::Endpoint,
                                QStringLiteral("https://gw%1.example.org/v1").arg(++n));
        window.validateNow();
    });
    window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentIndex(0);
    std::printf("window validation pass %5.2f ms (budget 5 ms)\n", pass);
    std::printf("keystroke (no pass)    %5.2f ms\n", keystroke);
    std::printf("pass with the 80 KB preview showing %5.2f ms\n", withPreview);

    // Submit overhead: from the call to the request's arrival at a loopback server.
    LoopbackServer server;
    server.listen();
    server.setKeepAlive(true);
    QElapsedTimer clock;
    QList<double> overhead;
    QList<double> firstBytes;
    QObject::connect(&server, &LoopbackServer::bytesArrived, &server,
                     [&] { firstBytes << clock.nsecsElapsed() / 1e6; });
    QObject::connect(&server, &LoopbackServer::requestReceived, &server,
                     [&](const HttpRequest &) { overhead << clock.nsecsElapsed() / 1e6; });
    server.setHandler([](const HttpRequest &) { return HttpResponse::json(200, storedJson()); });
    ConnectionSettings settings;
    settings.baseUrl = server.url().toString();
    window.setConnection(settings, {QStringLiteral("k"), {}});
    // The send itself is measured, not the plan that asks before it.
    window.setPlanBeforeSubmit(false);
    QList<double> sent;
    QObject::connect(window.client(), &GalileoClient::requestSent, &app,
                     [&] { sent << clock.nsecsElapsed() / 1e6; });
    for (int i = 0; i < 20; ++i) {
        window.model()->setText(FieldId::Endpoint,
                                QStringLiteral("https://gateway.example.org/v1"));
        window.validateNow();
        clock.start();
        window.submit();
        if (!waitForAnswer(window.client()))
            qFatal("no answer");
    }
    std::printf("submit: click to request handed to Qt %5.2f ms\n", median(sent));
    std::printf("submit: click to the request's first bytes at the server %5.2f ms\n",
                median(firstBytes));
    std::printf("submit: click to the whole request at the server %5.2f ms\n", median(overhead));

    // Round trips against a server in another process (this program with --serve), which
    // keeps connections alive as a real one does: the window's repeated submit against the
    // client alone, with the same body.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve")});
    if (!child.waitForReadyRead(10000))
        qFatal("the server process did not start");
    const QByteArray port = child.readLine().trimmed().split(' ').last();
    settings.baseUrl = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(port);
    const auto roundTrips = [&](const std::function<void()> &submit, GalileoClient *client) {
        QList<double> trips;
        for (int i = 0; i < 23; ++i) {
            clock.start();
            submit();
            if (!waitForAnswer(client))
                qFatal("no answer from the server process");
            if (i >= 3) // the first ones open the connection
                trips << clock.nsecsElapsed() / 1e6;
        }
        return trips;
    };
    GalileoClient bare;
    bare.setConnection(settings, {QStringLiteral("k"), {}});
    const QList<double> bareTrips = roundTrips([&] { bare.submit(parsed); }, &bare);
    window.setConnection(settings, {QStringLiteral("k"), {}});
    window.model()->setConfig(parsed);
    window.validateNow();
    const QList<double> windowTrips = roundTrips([&] { window.submit(); }, window.client());
    IntegrationConfig small = parsed;
    small.modelProperties = small.modelProperties.mid(0, 5);
    small.headers = small.headers.mid(0, 5);
    small.defaultModel.clear();
    const QList<double> smallTrips = roundTrips([&] { bare.submit(small); }, &bare);
    child.kill();
    child.waitForFinished();
    std::printf("round trip, client alone, %lld-byte body %5.2f ms\n",
                qint64(IntegrationJson::write(small, IntegrationJson::Format::Compact).size()),
                median(smallTrips));
    std::printf("round trip, client alone, the 79 KB body %5.2f ms\n", median(bareTrips));
    std::printf("round trip, the window's repeated submit %5.2f ms (%.1fx the client; budget 2x)\n",
                median(windowTrips), median(windowTrips) / median(bareTrips));
    window.markSaved();
    return 0;
}
