#include "desktop.h"

#include "appidentity.h"
#include "deferrediconstyle.h"
#include "language.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "themeicon.h"

#include "storage/profilestore.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

namespace Desktop {

void setUpApplication()
{
    // The style Qt chose (or -style named), handing out its standard icons unread.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()));
    AppIdentity::apply();
    Language::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Galileo Integrations"));
    QApplication::setDesktopFileName(QStringLiteral("org.galileointegrations.GalileoIntegrations"));
    // The drawing is scalable; the installed PNGs are for desktops that cannot draw SVG.
    // Asking the theme for it would read the theme's index before the window can show.
    QApplication::setWindowIcon(
        ThemeIcon::drawing(QStringLiteral(":/galileo/icons/galileo-integrations.svg")));
}

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication();

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
    if (qEnvironmentVariableIsSet("GALILEO_INTEGRATIONS_STARTUP_PROBE"))
        new StartupProbe(&app);
    // A file given on the command line opens once the window is up.
    const QStringList rest = QApplication::arguments().mid(1);
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-')))
        window.openFile(rest.first());
    return app.exec();
}

} // namespace Desktop
