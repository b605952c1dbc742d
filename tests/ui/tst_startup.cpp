#include "desktop.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QStyle>
#include <QtTest>

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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!imagePluginLoaded(), "an image plugin was loaded before the test began");
        Desktop::setUpApplication();
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
};

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
