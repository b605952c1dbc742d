#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Requests go through the system's proxy settings (http_proxy and friends).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    if (CommandLine::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galileo-integrations"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALILEO_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("galileo-integrations"));
    QApplication::setApplicationDisplayName(QStringLiteral("Galileo Integrations"));
    QApplication::setApplicationVersion(QStringLiteral(GALILEO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Galileo Integrations"));
    QApplication::setDesktopFileName(QStringLiteral("galileo-integrations"));

    MainWindow window;
    window.show();
    // A file given on the command line opens once the window is up.
    const QStringList rest = QApplication::arguments().mid(1);
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-')))
        window.openFile(rest.first());
    return app.exec();
}
