// The floor for the start-up benchmark: an empty main window with a two-field form, built the
// same way as the app (same Qt, same build type), reporting the same start-up probe.
#include "startupprobe.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>

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
    new StartupProbe(&app);
    return app.exec();
}
