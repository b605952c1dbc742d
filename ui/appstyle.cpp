#include "appstyle.h"

#include "lazyiconengine.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <cmath>
#include <cstring>

namespace {

// Stands for one standard icon of a style until something needs its pixels or sizes.
class DeferredStandardIconEngine : public LazyIconEngine
{
public:
    DeferredStandardIconEngine(const QStyle *style, QStyle::StandardPixmap which,
                               const QStyleOption *option, const QWidget *widget)
        : m_style(style)
        , m_which(which)
        , m_hasOption(option)
        , m_widget(widget)
    {
        if (option)
            m_option = *option;
    }

    // Asked of every button as it is laid out, shown or not. Only the overflow arrows are
    // deferred, and every style has those, so the answer is known without reading one.
    bool isNull() override { return isMade() && icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("DeferredStandardIconEngine"); }
    QIconEngine *clone() const override
    {
        return new DeferredStandardIconEngine(m_style, m_which, m_hasOption ? &m_option : nullptr,
                                              m_widget);
    }

protected:
    QIcon make() override
    {
        // Asked as the caller asked: its option was copied (the caller's is gone), and its
        // widget is passed if it still exists. If the application has changed its style since,
        // the style it has now draws the icon.
        const QStyle *style = m_style ? m_style.data() : QApplication::style();
        return style->standardIcon(m_which, m_hasOption ? &m_option : nullptr, m_widget);
    }

private:
    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_hasOption;
    QStyleOption m_option;
    QPointer<const QWidget> m_widget;
};

// Whether `style` is Qt's own Fusion, whose tool bar background is the same all along the bar:
// a gradient across it and lines along it. A style derived from it may draw otherwise.
bool isFusion(const QStyle *style)
{
    return style && std::strcmp(style->metaObject()->className(), "QFusionStyle") == 0;
}

// Whether the painter moves what it draws by whole pixels only, so that the strip's pixels land
// where Fusion's own would: not scaled, rotated or moved by a fraction (a QGraphicsProxyWidget,
// a printout).
bool movesByWholePixels(const QPainter *painter)
{
    const QTransform transform = painter->transform();
    return transform.type() <= QTransform::TxTranslate &&
           transform.dx() == std::floor(transform.dx()) &&
           transform.dy() == std::floor(transform.dy());
}

// Draws `toolBar`'s background as `base` draws it on a strip a few pixels long, then paints
// the strip's ends as they are and its middle stretched over the rest of the bar. False, with
// nothing drawn, for a bar the strip cannot stand for: one whose lines do not run along it, an
// empty one, a screen density that is not a whole number or a painter that scales (the strip's
// pixels would not line up).
bool drawToolBarFromStrip(const QStyle *base, const QStyleOptionToolBar &toolBar, QPainter *painter,
                          const QWidget *widget)
{
    const bool horizontal = toolBar.state & QStyle::State_Horizontal;
    const bool linesAlong = horizontal ? (toolBar.toolBarArea == Qt::TopToolBarArea ||
                                          toolBar.toolBarArea == Qt::BottomToolBarArea)
                                       : (toolBar.toolBarArea == Qt::LeftToolBarArea ||
                                          toolBar.toolBarArea == Qt::RightToolBarArea);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    // The ends, drawn as they are, in case a line stops short of the bar's last pixel.
    constexpr int End = 3;
    constexpr int Strip = 2 * End + 1;
    const QRect bar = toolBar.rect;
    const int length = horizontal ? bar.width() : bar.height();
    const int thickness = horizontal ? bar.height() : bar.width();
    if (!linesAlong || ratio != std::floor(ratio) || length <= Strip || thickness <= 0 ||
        !movesByWholePixels(painter))
        return false;

    QStyleOptionToolBar stripOption = toolBar;
    stripOption.rect =
        horizontal ? QRect(0, 0, Strip, bar.height()) : QRect(0, 0, bar.width(), Strip);
    QImage strip(stripOption.rect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    strip.setDevicePixelRatio(ratio);
    strip.fill(Qt::transparent);
    {
        QPainter stripPainter(&strip);
        base->drawControl(QStyle::CE_ToolBar, &stripOption, &stripPainter, widget);
    }

    // Pieces of the strip, in its device pixels, and where each goes on the bar.
    const auto along = [horizontal](const QRectF &across, qreal from, qreal size) {
        return horizontal ? QRectF(from, across.top(), size, across.height())
                          : QRectF(across.left(), from, across.width(), size);
    };
    const QRectF stripPixels(QPointF(0, 0), QSizeF(strip.size()));
    const qreal start = horizontal ? bar.left() : bar.top();
    painter->drawImage(along(bar, start, End), strip, along(stripPixels, 0, End * ratio));
    painter->drawImage(along(bar, start + End, length - 2 * End), strip,
                       along(stripPixels, End * ratio, ratio));
    painter->drawImage(along(bar, start + length - End, End), strip,
                       along(stripPixels, (Strip - End) * ratio, End * ratio));
    return true;
}

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                             const QWidget *widget) const
{
    // Only the arrows a menu bar and a tool bar ask for as they are built, and draw only when
    // the window is too narrow; any other icon is wanted at once.
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    return QIcon(new DeferredStandardIconEngine(baseStyle(), icon, option, widget));
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const
{
    if (element == CE_ToolBar && isFusion(baseStyle())) {
        const auto *toolBar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
        if (toolBar && drawToolBarFromStrip(baseStyle(), *toolBar, painter, widget))
            return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}
