#include "deferrediconstyle.h"
#include "themeicon.h"

#include <QApplication>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <QtTest>

// DeferredIconStyle hands out a style's standard icons unread; drawn, they must be the style's
// own, as the caller asked for them.
class tst_DeferredIconStyle : public QObject
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

private slots:
    void aScalableIconIsDrawnOnceAtTheScreensDensity()
    {
        ScalableStyle plain;
        DeferredIconStyle deferred(new ScalableStyle);
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
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
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
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        for (const auto which : {QStyle::SP_RestoreDefaultsButton, QStyle::SP_CustomBase}) {
            QCOMPARE(deferred.standardIcon(which).isNull(), plain->standardIcon(which).isNull());
        }
    }

    void keepsTheOptionItWasAskedWith()
    {
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
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
            DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
            icon = deferred.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        }
        // Drawn after the application changed its style: the style it has now draws it.
        QVERIFY(!icon.pixmap(QSize(16, 16)).isNull());
    }
};

QTEST_MAIN(tst_DeferredIconStyle)
#include "tst_deferrediconstyle.moc"
