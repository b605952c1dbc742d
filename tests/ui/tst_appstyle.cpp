#include "appstyle.h"
#include "themeicon.h"

#include <QApplication>
#include <QMainWindow>
#include <QPaintEngine>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <QtTest>

// AppStyle hands out a style's standard icons unread; drawn, they must be the style's own, as
// the caller asked for them. It draws Fusion's tool bar background from a strip; drawn, it must
// be Fusion's own, pixel for pixel.
class tst_AppStyle : public QObject
{
    Q_OBJECT

private:
    static QImage drawn(const QIcon &icon, int size)
    {
        return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    }

    // A style whose overflow arrow is scalable, as an icon theme's may be: it is drawn at
    // whatever size it is asked for, so asking for the wrong one shows.
    class ScalableStyle : public QProxyStyle
    {
    public:
        ScalableStyle()
            : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
        {}

        QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                           const QWidget *widget = nullptr) const override
        {
            if (which == SP_ToolBarHorizontalExtensionButton)
                return ThemeIcon::drawing(QStringLiteral(":/galileo/icons/status/info.svg"));
            return QProxyStyle::standardIcon(which, option, widget);
        }
    };

    // The option a main window's tool bar `bar` is drawn with, for a bar of `size`.
    static QStyleOptionToolBar toolBarOption(const QWidget *bar, Qt::ToolBarArea area,
                                             QStyleOptionToolBar::ToolBarPosition line,
                                             const QSize &size)
    {
        QStyleOptionToolBar option;
        option.initFrom(bar);
        option.rect = QRect(QPoint(0, 0), size);
        option.toolBarArea = area;
        option.positionOfLine = line;
        option.positionWithinLine = QStyleOptionToolBar::OnlyOne;
        const bool horizontal = area == Qt::TopToolBarArea || area == Qt::BottomToolBarArea;
        option.state = horizontal ? (option.state | QStyle::State_Horizontal)
                                  : (option.state & ~QStyle::State_Horizontal);
        return option;
    }

    // A tool bar's background as `style` draws it, on a transparent image of the bar's size.
    static QImage toolBarDrawn(const QStyle &style, const QStyleOptionToolBar &option,
                               const QWidget *widget, qreal ratio)
    {
        QImage image(option.rect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        style.drawControl(QStyle::CE_ToolBar, &option, &painter, widget);
        return image;
    }

    // A tool bar's background as `style` draws it under `transform`, on a transparent image of
    // `size`.
    static QImage drawnOn(const QSize &size, const QStyle &style, const QStyleOptionToolBar &option,
                          const QWidget *widget, const QTransform &transform = {})
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setTransform(transform);
        style.drawControl(QStyle::CE_ToolBar, &option, &painter, widget);
        return image;
    }

    // A paint device that only notes the longest line drawn on it.
    class LineMeter : public QPaintDevice
    {
    public:
        int longestLine() const { return m_engine.longest; }

        QPaintEngine *paintEngine() const override { return &m_engine; }

    protected:
        int metric(PaintDeviceMetric metric) const override
        {
            switch (metric) {
            case PdmWidth:
                return 1180;
            case PdmHeight:
                return 39;
            case PdmDevicePixelRatio:
                return 1;
            case PdmDevicePixelRatioScaled:
                return int(devicePixelRatioFScale());
            case PdmDepth:
                return 32;
            case PdmDpiX:
            case PdmDpiY:
            case PdmPhysicalDpiX:
            case PdmPhysicalDpiY:
                return 96;
            default:
                return 1000;
            }
        }

    private:
        class Engine : public QPaintEngine
        {
        public:
            Engine()
                : QPaintEngine(AllFeatures)
            {}
            bool begin(QPaintDevice *) override { return true; }
            bool end() override { return true; }
            void updateState(const QPaintEngineState &) override {}
            void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
            void drawImage(const QRectF &, const QImage &, const QRectF &,
                           Qt::ImageConversionFlags) override
            {}
            void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
            void drawPath(const QPainterPath &) override {}
            void drawLines(const QLineF *lines, int count) override
            {
                for (int i = 0; i < count; ++i)
                    longest = qMax(longest, int(lines[i].length()));
            }
            void drawLines(const QLine *lines, int count) override
            {
                for (int i = 0; i < count; ++i)
                    longest = qMax(longest, int(QLineF(lines[i]).length()));
            }
            Type type() const override { return User; }

            int longest = 0;
        };
        mutable Engine m_engine;
    };

    // Fusion as Qt makes it, and ours over another Fusion; Fusion draws the background of a
    // main window's tool bars only.
    std::unique_ptr<QStyle> m_plain{QStyleFactory::create(QStringLiteral("Fusion"))};
    AppStyle m_style{QStyleFactory::create(QStringLiteral("Fusion"))};
    QMainWindow m_window;
    QWidget *m_bar = new QWidget(&m_window);

private slots:
    // The point of the strip: no line as long as the bar is drawn. Qt 6.4 blends a long
    // translucent line in pieces on a thread pool, a millisecond for the window's tool bar.
    void drawsNoLineAlongTheToolBar()
    {
        const QStyleOptionToolBar option =
            toolBarOption(m_bar, Qt::TopToolBarArea, QStyleOptionToolBar::OnlyOne, {1180, 39});
        LineMeter fusions;
        {
            QPainter painter(&fusions);
            m_plain->drawControl(QStyle::CE_ToolBar, &option, &painter, m_bar);
        }
        QCOMPARE(fusions.longestLine(), 1179);
        LineMeter ours;
        {
            QPainter painter(&ours);
            m_style.drawControl(QStyle::CE_ToolBar, &option, &painter, m_bar);
        }
        QCOMPARE(ours.longestLine(), 0);
    }

    // Under a painter that scales, rotates or moves by a fraction of a pixel (a graphics
    // view, a printout), the bar is Fusion's own drawing, not the strip's.
    void aTransformedPainterGetsFusionsOwnDrawing_data()
    {
        QTest::addColumn<QTransform>("transform");
        QTest::newRow("scaled by 1.5") << QTransform::fromScale(1.5, 1.5);
        QTest::newRow("scaled by 2") << QTransform::fromScale(2, 2);
        QTest::newRow("moved by half a pixel") << QTransform::fromTranslate(3.5, 0.5);
        QTest::newRow("rotated") << QTransform().rotate(90).translate(0, -60);
        QTest::newRow("moved by whole pixels") << QTransform::fromTranslate(3, 2);
    }

    void aTransformedPainterGetsFusionsOwnDrawing()
    {
        QFETCH(QTransform, transform);
        const QStyleOptionToolBar option =
            toolBarOption(m_bar, Qt::TopToolBarArea, QStyleOptionToolBar::OnlyOne, {300, 39});
        QCOMPARE(drawnOn({700, 700}, m_style, option, m_bar, transform),
                 drawnOn({700, 700}, *m_plain, option, m_bar, transform));
    }

    // A bar without thickness is drawn as Fusion draws it, without a warning.
    void aBarWithoutThicknessIsFusionsOwn()
    {
        const QStyleOptionToolBar option =
            toolBarOption(m_bar, Qt::TopToolBarArea, QStyleOptionToolBar::OnlyOne, {100, 0});
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QCOMPARE(drawnOn({120, 20}, m_style, option, m_bar),
                 drawnOn({120, 20}, *m_plain, option, m_bar));
    }

    void drawsFusionsToolBarBackground_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<int>("line");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<qreal>("ratio");
        const QList<std::pair<const char *, Qt::ToolBarArea>> areas{
            {"top", Qt::TopToolBarArea},
            {"bottom", Qt::BottomToolBarArea},
            {"left", Qt::LeftToolBarArea},
            {"right", Qt::RightToolBarArea}};
        const QList<std::pair<const char *, QStyleOptionToolBar::ToolBarPosition>> lines{
            {"only one", QStyleOptionToolBar::OnlyOne},
            {"beginning", QStyleOptionToolBar::Beginning},
            {"middle", QStyleOptionToolBar::Middle},
            {"end", QStyleOptionToolBar::End}};
        for (const auto &[areaName, area] : areas) {
            const bool horizontal = area == Qt::TopToolBarArea || area == Qt::BottomToolBarArea;
            for (const auto &[lineName, line] : lines) {
                for (const qreal ratio : {1.0, 2.0}) {
                    for (const bool dark : {false, true}) {
                        const QSize size = horizontal ? QSize(1180, 39) : QSize(39, 640);
                        QTest::addRow("%s, %s, x%g%s", areaName, lineName, ratio,
                                      dark ? ", dark" : "")
                            << int(area) << int(line) << size << dark << ratio;
                    }
                }
            }
        }
        // Bars too short for a strip, or of one pixel less than the strip and its ends.
        for (const int length : {1, 6, 7, 8, 9})
            QTest::addRow("top, %d pixels long", length)
                << int(Qt::TopToolBarArea) << int(QStyleOptionToolBar::OnlyOne) << QSize(length, 39)
                << false << 1.0;
    }

    void drawsFusionsToolBarBackground()
    {
        QFETCH(int, area);
        QFETCH(int, line);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(qreal, ratio);
        QStyleOptionToolBar option = toolBarOption(
            m_bar, Qt::ToolBarArea(area), QStyleOptionToolBar::ToolBarPosition(line), size);
        if (dark)
            option.palette = QPalette(QColor(0x35, 0x35, 0x35));
        const QImage expected = toolBarDrawn(*m_plain, option, m_bar, ratio);
        const QImage drawn = toolBarDrawn(m_style, option, m_bar, ratio);
        // Not blank: Fusion drew something, lines included.
        QVERIFY(expected.pixel(0, 0) != 0);
        QCOMPARE(drawn.size(), expected.size());
        QCOMPARE(drawn, expected);
    }

    void aScalableIconIsDrawnOnceAtTheScreensDensity()
    {
        ScalableStyle plain;
        AppStyle deferred(new ScalableStyle);
        const auto which = QStyle::SP_ToolBarHorizontalExtensionButton;
        const QIcon expected = plain.standardIcon(which);
        const QIcon icon = deferred.standardIcon(which);
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap mine = icon.pixmap(QSize(16, 16), ratio);
            const QPixmap theirs = expected.pixmap(QSize(16, 16), ratio);
            QCOMPARE(mine.size(), QSize(16, 16) * ratio);
            QCOMPARE(mine.size(), theirs.size());
            QCOMPARE(mine.devicePixelRatio(), theirs.devicePixelRatio());
        }
    }

    void drawsTheBaseStylesIcons_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("tool bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("vertical tool bar overflow")
            << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("warning") << int(QStyle::SP_MessageBoxWarning);
        QTest::newRow("back arrow") << int(QStyle::SP_ArrowBack);
        QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
    }

    void drawsTheBaseStylesIcons()
    {
        QFETCH(int, which);
        const auto pixmap = QStyle::StandardPixmap(which);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        AppStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon expected = plain->standardIcon(pixmap);
        const QIcon icon = deferred.standardIcon(pixmap);
        QVERIFY(!expected.isNull());
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.availableSizes(), expected.availableSizes());
        for (const int size : {16, 32}) {
            QCOMPARE(icon.actualSize(QSize(size, size)), expected.actualSize(QSize(size, size)));
            QCOMPARE(drawn(icon, size), drawn(expected, size));
        }
        // A copy of the icon (as QAction and QToolButton keep) draws the same.
        const QIcon copy = icon;
        QCOMPARE(drawn(copy, 16), drawn(expected, 16));
        // On a high-density screen: as many device pixels as the style's own, once.
        for (const qreal ratio : {1.0, 2.0}) {
            const QPixmap mine = icon.pixmap(QSize(16, 16), ratio);
            const QPixmap theirs = expected.pixmap(QSize(16, 16), ratio);
            QCOMPARE(mine.size(), theirs.size());
            QCOMPARE(mine.devicePixelRatio(), theirs.devicePixelRatio());
            QCOMPARE(mine.toImage().convertToFormat(QImage::Format_ARGB32),
                     theirs.toImage().convertToFormat(QImage::Format_ARGB32));
        }
    }

    // An icon the style does not have is as empty as the style's own answer, so that a button
    // keeps no room for it.
    void anIconTheStyleLacksIsNull()
    {
        AppStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const auto which : {QStyle::SP_RestoreDefaultsButton, QStyle::SP_CustomBase}) {
            QCOMPARE(deferred.standardIcon(which).isNull(), plain->standardIcon(which).isNull());
        }
    }

    void keepsTheOptionItWasAskedWith()
    {
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        AppStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        const auto which = QStyle::SP_ToolBarHorizontalExtensionButton;
        QIcon rightToLeft;
        QIcon expected;
        {
            QWidget widget;
            QStyleOption option;
            option.initFrom(&widget);
            option.direction = Qt::RightToLeft;
            rightToLeft = deferred.standardIcon(which, &option, &widget);
            expected = plain->standardIcon(which, &option, &widget);
        }
        // The option and the widget are gone before the icon is first drawn, as a closed
        // dialog's would be; the arrow still points the way the option said.
        QVERIFY(drawn(expected, 16) != drawn(plain->standardIcon(which), 16));
        QCOMPARE(drawn(rightToLeft, 16), drawn(expected, 16));
    }

    void anIconOutlivesItsStyle()
    {
        QIcon icon;
        {
            AppStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
            icon = deferred.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        }
        // Drawn after the application changed its style: the style it has now draws it.
        QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
    }
};

QTEST_MAIN(tst_AppStyle)
#include "tst_appstyle.moc"
