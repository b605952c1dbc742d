#include "prerenderedicons.h"
#include "themeicon.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QtTest>

// Issue 13: the bundled fallback icons take the palette's text colour, so they read on a dark
// palette as well as on a light one.
class tst_ThemeIcon : public QObject
{
    Q_OBJECT

private:
    // The average colour of the icon's opaque pixels.
    static QColor inkOf(const QIcon &icon)
    {
        const QImage image =
            icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
        qint64 red = 0, green = 0, blue = 0, count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 255)
                    continue;
                red += pixel.red();
                green += pixel.green();
                blue += pixel.blue();
                ++count;
            }
        }
        if (count == 0)
            return {};
        return QColor(int(red / count), int(green / count), int(blue / count));
    }

    static QIcon fallbackOnly()
    {
        // A name no theme has, so the bundled drawing is what is drawn.
        return ThemeIcon::get(QStringLiteral("galileo-test-no-such-icon"),
                              QStringLiteral(":/galileo/icons/actions/list-add.svg"));
    }

    // The drawing as ThemeIcon draws it from the SVG: at `device` pixels, then in `ink` if
    // that is valid.
    static QImage drawnFromSvg(const QString &path, const QSize &device, const QColor &ink)
    {
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QSvgRenderer(path).render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
        if (ink.isValid()) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), ink);
        }
        return image;
    }

private slots:
    // Drawn at build time, the icons are the SVG's pixels: every bundled drawing at every size
    // drawn ahead, in a light and a dark palette's colour.
    void prerenderedIconsAreTheSvgsPixels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("followsPalette");
        QStringList actions = QDir(QStringLiteral(":/galileo/icons/actions"))
                                  .entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(actions.size() >= 10);
        for (const QString &file : actions)
            QTest::newRow(qPrintable(file))
                << QStringLiteral(":/galileo/icons/actions/") + file << true;
        QTest::newRow("reveal.svg") << QStringLiteral(":/galileo/icons/reveal.svg") << true;
        for (const char *status : {"error", "warning", "info", "ok"})
            QTest::newRow(status)
                << QStringLiteral(":/galileo/icons/status/%1.svg").arg(QLatin1String(status))
                << false;
    }

    void prerenderedIconsAreTheSvgsPixels()
    {
        QFETCH(QString, path);
        QFETCH(bool, followsPalette);
        const QPalette original = QApplication::palette();
        for (const QColor &text : {QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee)}) {
            QPalette palette = original;
            palette.setColor(QPalette::ButtonText, text);
            QApplication::setPalette(palette);
            // No theme name: the bundled drawing, in the palette's colour.
            const QIcon icon =
                followsPalette ? ThemeIcon::get(QString(), path) : ThemeIcon::drawing(path);
            for (const int size : {16, 24, 32, 48}) {
                const QSize device =
                    QSvgRenderer(path).defaultSize().scaled(size, size, Qt::KeepAspectRatio);
                // Drawn ahead, so that the comparison is of the build's pixels.
                QVERIFY2(!PrerenderedIcons::find(path, device).image.isNull(),
                         qPrintable(QStringLiteral("%1 at %2").arg(path).arg(size)));
                const QImage expected =
                    drawnFromSvg(path, device, followsPalette ? text : QColor());
                const QImage shown = icon.pixmap(QSize(size, size))
                                         .toImage()
                                         .convertToFormat(QImage::Format_ARGB32_Premultiplied);
                QCOMPARE(shown.size(), expected.size());
                QVERIFY2(shown == expected,
                         qPrintable(QStringLiteral("%1 at %2 differs").arg(path).arg(size)));
            }
        }
        QApplication::setPalette(original);
    }

    void followsThePalette_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(0xf0, 0xf0, 0xf0) << QColor(0x20, 0x20, 0x20);
        QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2b) << QColor(0xee, 0xee, 0xee);
    }

    void followsThePalette()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        const QPalette original = QApplication::palette();
        QPalette palette = original;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::ButtonText, text);
        QApplication::setPalette(palette);
        const QColor ink = inkOf(fallbackOnly());
        QApplication::setPalette(original);
        QVERIFY(ink.isValid());
        QCOMPARE(ink, text);
        // Readable: far from the window's own lightness.
        QVERIFY(qAbs(ink.lightness() - window.lightness()) > 150);
    }

    void disabledIsDimmer()
    {
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Active, QPalette::ButtonText, Qt::black);
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
        const QPalette original = QApplication::palette();
        QApplication::setPalette(palette);
        const QImage disabled = fallbackOnly().pixmap(QSize(32, 32), QIcon::Disabled).toImage();
        QApplication::setPalette(original);
        bool found = false;
        for (int y = 0; y < disabled.height() && !found; ++y) {
            for (int x = 0; x < disabled.width() && !found; ++x) {
                const QColor pixel = disabled.pixelColor(x, y);
                if (pixel.alpha() == 255) {
                    QCOMPARE(pixel.rgb() & 0xffffff, QColor(0x90, 0x90, 0x90).rgb() & 0xffffff);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void aDrawingKeepsItsColoursAndScales()
    {
        const QIcon info = ThemeIcon::drawing(QStringLiteral(":/galileo/icons/status/info.svg"));
        QVERIFY(!info.isNull());
        // Scalable: as large as asked, in the drawing's proportions.
        QCOMPARE(info.actualSize(QSize(64, 64)), QSize(64, 64));
        QCOMPARE(info.actualSize(QSize(64, 32)), QSize(32, 32));
        QCOMPARE(info.pixmap(QSize(48, 48)).size(), QSize(48, 48));
        // Its own blue, whatever the palette's text colour.
        const QColor ink = inkOf(info);
        QVERIFY2(ink.blue() > ink.red() + 60, qPrintable(ink.name()));
        // A drawing that is not there is an empty icon, as QIcon's own would be.
        QVERIFY(ThemeIcon::drawing(QStringLiteral(":/galileo/icons/no-such.svg")).isNull());
    }
};

QTEST_MAIN(tst_ThemeIcon)
#include "tst_themeicon.moc"
