#include "desktop.h"
#include "mainwindow.h"
#include "profileswitcher.h"
#include "themeicon.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>
#include <QtTest>

#include <functional>

// Issue 13: start-up close to an empty window. What the first picture of a new user's window
// must not do, checked in the process itself: read an image file, which loads every
// image-format plugin installed (QImageReader asks each whether it reads the format); look for
// and load Qt's SVG icon engine plugin; build the side tabs that are not shown.
class tst_Startup : public QObject
{
    Q_OBJECT

private:
    static bool pluginLoaded(const char *kind)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return false;
        return maps.readAll().contains(QByteArray("/plugins/") + kind + '/');
    }

    static bool imagePluginLoaded() { return pluginLoaded("imageformats"); }

    static bool imagePluginsInstalled()
    {
        const QDir folder(QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                          QStringLiteral("/imageformats"));
        return !folder.entryList({QStringLiteral("*.so")}, QDir::Files).isEmpty();
    }

    // Calls back when the window is shown, before it is painted.
    class ShowWatcher : public QObject
    {
    public:
        ShowWatcher(QWidget *window, std::function<void()> shown)
            : m_shown(std::move(shown))
        {
            window->installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show)
                m_shown();
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_shown;
    };

    // Counts the paint events a widget itself is sent.
    class PaintCounter : public QObject
    {
    public:
        PaintCounter(QWidget *widget, int *count)
            : m_count(count)
        {
            widget->installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*m_count;
            return QObject::eventFilter(watched, event);
        }

    private:
        int *m_count;
    };

    // A profile without secrets, left as the last one opened.
    static void saveRememberedProfile()
    {
        MainWindow first;
        first.model()->setAuthenticationType(AuthenticationType::None);
        first.model()->setText(FieldId::Endpoint, QStringLiteral("https://remembered.example/v1"));
        QSignalSpy saved(first.profiles(), &ProfileSwitcher::finished);
        first.profiles()->saveAs(QStringLiteral("Remembered"));
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.first().first().toBool());
        first.markSaved();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!imagePluginLoaded(), "an image plugin was loaded before the test began");
        Desktop::setUpApplication();
    }

    // The system's fonts are read on a second thread while the window is built, not at its
    // first text measurement; the window measured meanwhile has the fonts read.
    void theFontsAreReadBesideTheWindow()
    {
        const auto *reader = qApp->findChild<QThread *>(QStringLiteral("Font reader"));
        QVERIFY(reader);
        MainWindow window;
        QTRY_VERIFY(reader->isFinished());
        QVERIFY(QFontDatabase::families().contains(QFontInfo(window.font()).family()));
        // Once only, however often the application is set up.
        Desktop::setUpApplication();
        QCOMPARE(qApp->findChildren<QThread *>(QStringLiteral("Font reader")).size(), 1);
    }

    void firstPictureReadsNoImageFile()
    {
        MainWindow window;
        Desktop::show(&window);
        // The window icon is for the window manager: it waits for the first picture.
        QVERIFY(QApplication::windowIcon().isNull());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Painted as a screen would show it.
        const QPixmap picture = window.grab();
        QVERIFY(!picture.isNull());
        QVERIFY2(!imagePluginLoaded(), "the first picture loaded an image-format plugin");
        // Nor an icon engine: the bundled SVGs are drawn by the app.
        QVERIFY2(!pluginLoaded("iconengines"), "the first picture loaded an icon engine plugin");
        // Nor any SVG parsed: the icons it shows were drawn at build time. The window icon,
        // set after the first picture, may be.
        QStringList parsed = ThemeIcon::parsedDrawings();
        parsed.removeAll(QStringLiteral(":/galileo/icons/galileo-integrations.svg"));
        QVERIFY2(parsed.isEmpty(), qPrintable(parsed.join(QStringLiteral(", "))));

        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!window.windowIcon().pixmap(QSize(64, 64)).isNull());

        // The side tabs not shown are not built yet.
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("planChanges")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("resultFields")));

        // The check can fail: drawing the tool bar's overflow arrow reads its PNG.
        if (!imagePluginsInstalled())
            QSKIP("no image-format plugin is installed, so none could have been loaded");
        QVERIFY(!QApplication::style()
                     ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                     .pixmap(QSize(16, 16))
                     .isNull());
        QVERIFY(imagePluginLoaded());
    }

    // One font file for the whole first picture. The first-start panel's bold title took
    // another (DejaVu Sans Bold, say) to read, with glyphs of its own: half a millisecond.
    void theFirstPictureDrawsInOneFace()
    {
        MainWindow window;
        Desktop::show(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *panel = window.findChild<QWidget *>(QStringLiteral("firstStartPanel"));
        QVERIFY(panel && panel->isVisible());
        const QFontInfo application(QApplication::font());
        QStringList others;
        for (const QWidget *widget : window.findChildren<QWidget *>()) {
            const QFontInfo info(widget->font());
            if (widget->isVisible() &&
                (info.family() != application.family() || info.bold() != application.bold() ||
                 info.italic() != application.italic()))
                others << QString::fromLatin1(widget->metaObject()->className()) +
                              QLatin1Char(' ') + widget->objectName();
        }
        QVERIFY2(others.isEmpty(), qPrintable(others.join(QStringLiteral(", "))));
    }

    // The window icon waits for the window's first picture, not for a paint of the window's
    // own background: a window its content covers entirely is never sent one.
    void theWindowIconFollowsAWindowItsContentCovers()
    {
        QApplication::setWindowIcon(QIcon());
        QWidget window;
        auto *content = new QWidget(&window);
        content->setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(content);
        window.resize(200, 100);
        int windowPaints = 0;
        PaintCounter counter(&window, &windowPaints);
        Desktop::show(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QCOMPARE(windowPaints, 0);
    }

    // A returning user's first picture is the last profile, not an empty form that fills in
    // a moment later.
    void aReturningUsersWindowShowsWithTheProfile()
    {
        saveRememberedProfile();
        MainWindow window;
        QString endpointWhenShown = QStringLiteral("(not shown)");
        ShowWatcher watcher(&window,
                            [&] { endpointWhenShown = window.model()->config().endpoint; });
        Desktop::open(&window, {});
        QVERIFY(!window.isVisible());
        QTRY_VERIFY(window.isVisible());
        QCOMPARE(endpointWhenShown, QStringLiteral("https://remembered.example/v1"));
        QCOMPARE(window.profiles()->currentName(), QStringLiteral("Remembered"));
    }

    // A file named on the command line is what the window shows: the last profile, opened a
    // moment later, used to replace it.
    void aFileGivenIsNotReplacedByTheLastProfile()
    {
        saveRememberedProfile();
        MainWindow window;
        Desktop::open(&window, QStringLiteral(GALILEO_TEST_DATA "/seed-oauth2.json"));
        QVERIFY(window.isVisible());
        QCOMPARE(window.model()->config().endpoint,
                 QStringLiteral("https://api.custom-provider.com/v1"));
        // Longer than the last profile takes to open.
        QTest::qWait(300);
        QCOMPARE(window.model()->config().endpoint,
                 QStringLiteral("https://api.custom-provider.com/v1"));
        QVERIFY(window.profiles()->currentName().isEmpty());
        window.markSaved();
    }
};

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
