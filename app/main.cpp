#include "appidentity.h"
#include "cli/commandline.h"
#include "desktop.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Requests go through the system's proxy settings (http_proxy and friends).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    if (CommandLine::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::run(QCoreApplication::arguments(), out, err);
    }
    return Desktop::run(argc, argv);
}
