#include "desktop.h"

#include "appidentity.h"
#include "language.h"
#include "mainwindow.h"

#include "storage/profilestore.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace Desktop {

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    Language::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Galileo Integrations"));
    QApplication::setDesktopFileName(QStringLiteral("org.galileointegrations.GalileoIntegrations"));
    QIcon icon(QStringLiteral(":/icons/galileo-integrations.svg"));
    for (const int size : {32, 64, 256}) {
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/galileo-integrations.png").arg(size),
                     QSize(size, size));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("galileo-integrations"), icon));

    // Before the window lists the profiles: they may still be in the old folder.
    const ProfileStore::Migration migration = ProfileStore::moveLegacyProfiles();
    MainWindow window;
    window.show();
    if (!migration.problems.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, migration] {
            QMessageBox::warning(&window, QApplication::translate("Desktop", "Profiles not moved"),
                                 migration.problems.join(QLatin1Char('\n')));
        });
    }
    if (qEnvironmentVariableIsSet("GALILEO_INTEGRATIONS_STARTUP_PROBE")) {
        // For tests/bench/startup.sh: report once the window is up, then leave.
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
    }
    // A file given on the command line opens once the window is up.
    const QStringList rest = QApplication::arguments().mid(1);
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-')))
        window.openFile(rest.first());
    return app.exec();
}

} // namespace Desktop
