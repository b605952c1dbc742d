#include "desktop.h"

#include "appidentity.h"
#include "deferrediconstyle.h"
#include "language.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "themeicon.h"

#include "storage/profilestore.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace {

// Runs `then` once, right after `window` has been painted for the first time: for what the
// window manager shows rather than the window itself.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // The paint under way is flushed before the event loop turns again.
            QTimer::singleShot(0, this, [this] {
                m_then();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

void setWindowIcon()
{
    // The drawing is scalable; the installed PNGs are for desktops that cannot draw SVG.
    // Asking the theme for it would read the theme's index before the window can show.
    QApplication::setWindowIcon(
        ThemeIcon::drawing(QStringLiteral(":/galileo/icons/galileo-integrations.svg")));
}

} // namespace

namespace Desktop {

void setUpApplication()
{
    // The style Qt chose (or -style named), handing out its standard icons unread.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()));
    AppIdentity::apply();
    Language::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Galileo Integrations"));
    QApplication::setDesktopFileName(QStringLiteral("org.galileointegrations.GalileoIntegrations"));
}

void show(QWidget *window)
{
    // The icon is drawn at four sizes for the window manager: after the window's own first
    // picture, not before it.
    new AfterFirstPaint(window, setWindowIcon);
    window->show();
}

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication();

    // Before the window lists the profiles: they may still be in the old folder.
    const ProfileStore::Migration migration = ProfileStore::moveLegacyProfiles();
    MainWindow window;
    show(&window);
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
