#include "desktop.h"

#include "appidentity.h"
#include "appstyle.h"
#include "language.h"
#include "mainwindow.h"
#include "profileswitcher.h"
#include "startupprobe.h"
#include "themeicon.h"

#include "storage/profilestore.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <memory>

namespace {

// How long a returning user's window waits for the last profile (and its secrets) before it
// shows without them.
constexpr int LastProfileWaitMs = 300;

// Runs `then` once, right after `window`'s first picture: for what the window manager shows
// rather than the window itself. It watches the native window's first expose, which paints and
// flushes the whole window before it returns, whatever covers the window's own background.
class AfterFirstPicture : public QObject
{
public:
    AfterFirstPicture(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        // The native window exists before it is shown, so that its first expose cannot be missed.
        window->winId();
        window->windowHandle()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // The expose under way paints and flushes before the event loop turns again.
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

// Reads the system's fonts (fontconfig's configuration and caches, a few milliseconds) on a
// second thread while the window is being built, instead of at the window's first text
// measurement. QFontDatabase is thread-safe: a measurement made meanwhile waits for this read
// rather than reading again. The thread is waited for before the application ends.
void readFontsAhead()
{
    static QThread *reader = nullptr;
    if (reader)
        return;
    reader = QThread::create([] { QFontDatabase::families(); });
    reader->setObjectName(QStringLiteral("Font reader"));
    reader->setParent(qApp);
    reader->start();
    qAddPostRoutine([] {
        reader->wait();
        delete reader;
        reader = nullptr;
    });
}

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
    readFontsAhead();
    // The style Qt chose (or -style named), handing out its standard icons unread.
    QApplication::setStyle(new AppStyle(QApplication::style()));
    AppIdentity::apply();
    Language::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Galileo Integrations"));
    QApplication::setDesktopFileName(QStringLiteral("org.galileointegrations.GalileoIntegrations"));
}

void show(QWidget *window)
{
    // The icon is drawn at four sizes for the window manager: after the window's own first
    // picture, not before it.
    new AfterFirstPicture(window, setWindowIcon);
    window->show();
    // Layouts asked for while the window was hidden (a profile opened before it showed) settle
    // now, not after the first picture: a scroll area measured at its size before showing would
    // otherwise be painted once with a scroll bar it does not need.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void open(MainWindow *window, const QString &file, const std::function<void()> &shown)
{
    const auto showNow = [window, shown] {
        show(window);
        if (shown)
            shown();
    };
    if (!file.isEmpty() || !window->profiles()->hasLastToOpen()) {
        showNow();
        // Read before the last profile would be opened, which it keeps from replacing it.
        if (!file.isEmpty())
            window->openFile(file);
        return;
    }
    // A returning user's window shows once the last profile is in it, so that its first picture
    // is that profile rather than an empty form filled in a moment later. A keychain slower
    // than this (one waiting to be unlocked) does not hold it back.
    auto done = std::make_shared<bool>(false);
    const auto showOnce = [showNow, done] {
        if (!*done) {
            *done = true;
            showNow();
        }
    };
    QObject::connect(window->profiles(), &ProfileSwitcher::finished, window, showOnce);
    QTimer::singleShot(LastProfileWaitMs, window, showOnce);
}

int run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication();

    // Before the window lists the profiles: they may still be in the old folder.
    const ProfileStore::Migration migration = ProfileStore::moveLegacyProfiles();
    MainWindow window;
    if (qEnvironmentVariableIsSet("GALILEO_INTEGRATIONS_STARTUP_PROBE"))
        new StartupProbe(&app);
    const QStringList rest = QApplication::arguments().mid(1);
    const QString file =
        !rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-')) ? rest.first() : QString();
    open(&window, file, [&window, migration] {
        if (migration.problems.isEmpty())
            return;
        QTimer::singleShot(0, &window, [&window, migration] {
            QMessageBox::warning(&window, QApplication::translate("Desktop", "Profiles not moved"),
                                 migration.problems.join(QLatin1Char('\n')));
        });
    });
    return app.exec();
}

} // namespace Desktop
