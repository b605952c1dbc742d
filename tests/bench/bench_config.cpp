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

int main(int argc, char *argv[])
{
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
    QElapsedTimer clock;
    QList<double> overhead;
    QList<double> firstBytes;
    QObject::connect(&server, &LoopbackServer::bytesArrived, &server,
                     [&] { firstBytes << clock.nsecsElapsed() / 1e6; });
    QObject::connect(&server, &LoopbackServer::requestReceived, &server,
                     [&](const HttpRequest &) { overhead << clock.nsecsElapsed() / 1e6; });
    server.setHandler([](const HttpRequest &) {
        return HttpResponse::json(
            200, "{\"id\":\"1\",\"name\":\"custom\",\"created_at\":\"2026-01-01T00:00:00Z\","
                 "\"updated_at\":\"2026-01-01T00:00:00Z\",\"created_by\":\"u\"}");
    });
    ConnectionSettings settings;
    settings.baseUrl = server.url().toString();
    window.setConnection(settings, {QStringLiteral("k"), {}});
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
    {
        // The client alone against the same server: no window work after the click.
        GalileoClient bare;
        bare.setConnection(settings, {QStringLiteral("k"), {}});
        firstBytes.clear();
        overhead.clear();
        for (int i = 0; i < 20; ++i) {
            clock.start();
            bare.submit(parsed);
            if (!waitForAnswer(&bare))
                qFatal("no answer");
        }
        std::printf("submit, client alone: first bytes at the server %5.2f ms, whole request "
                    "%5.2f ms\n",
                    median(firstBytes), median(overhead));
    }
    // The same against a server in another process (BENCH_SUBMIT_URL, e.g. a minimal HTTP
    // server on 127.0.0.1): click to the stored integration shown, a full round trip.
    const QString external = qEnvironmentVariable("BENCH_SUBMIT_URL");
    if (!external.isEmpty()) {
        settings.baseUrl = external;
        window.setConnection(settings, {QStringLiteral("k"), {}});
        QList<double> roundTrips;
        for (int i = 0; i < 20; ++i) {
            clock.start();
            window.submit();
            if (!waitForAnswer(window.client()))
                qFatal("no answer from %s", qPrintable(external));
            roundTrips << clock.nsecsElapsed() / 1e6;
        }
        GalileoClient bare;
        bare.setConnection(settings, {QStringLiteral("k"), {}});
        QList<double> bareTrips;
        for (int i = 0; i < 10; ++i) {
            clock.start();
            bare.submit(parsed);
            if (!waitForAnswer(&bare))
                qFatal("no answer");
            bareTrips << clock.nsecsElapsed() / 1e6;
        }
        std::printf("submit: the client alone, same body %5.2f ms\n", median(bareTrips));
        IntegrationConfig small = parsed;
        small.modelProperties = small.modelProperties.mid(0, 5);
        small.headers = small.headers.mid(0, 5);
        small.defaultModel.clear();
        QList<double> smallTrips;
        for (int i = 0; i < 10; ++i) {
            clock.start();
            bare.submit(small);
            if (!waitForAnswer(&bare))
                qFatal("no answer");
            smallTrips << clock.nsecsElapsed() / 1e6;
        }
        std::printf("submit: the client alone, a %lld-byte body %5.2f ms\n",
                    qint64(IntegrationJson::write(small, IntegrationJson::Format::Compact).size()),
                    median(smallTrips));
        std::printf("submit: click to answer shown, server in another process %5.2f ms "
                    "(first %5.2f ms)\n",
                    median(roundTrips), roundTrips.first());
    }
    window.markSaved();
    return 0;
}
