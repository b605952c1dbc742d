// The floor for the start-up benchmark: an empty main window with a two-field form, built the
// same way as the app (same Qt, same build type), reporting the same start-up probe.
#include <QApplication>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->addRow(QStringLiteral("Endpoint:"), new QLineEdit);
    layout->addRow(QStringLiteral("Model:"), new QLineEdit);
    window.setCentralWidget(form);
    window.resize(1180, 760);
    window.show();
    QTimer::singleShot(0, &app, [] {
        QFile status(QStringLiteral("/proc/self/status"));
        status.open(QIODevice::ReadOnly);
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("VmRSS:");
        std::printf("shown; %s\n",
                    text.mid(at, text.indexOf('\n', at) - at).simplified().constData());
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
