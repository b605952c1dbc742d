#include "deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

namespace {

// Stands for one standard icon of a style until something needs its pixels or sizes.
class DeferredStandardIconEngine : public QIconEngine
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

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    // `size` in device pixels, as QIcon asks (at a ratio above 1 it has multiplied it already):
    // the icon it stands for is asked at a ratio of 1, not the application's.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    // Asked of every button as it is laid out, shown or not. Only the overflow arrows are
    // deferred, and every style has those, so the answer is known without reading one.
    bool isNull() override { return m_resolved && m_icon.isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("DeferredStandardIconEngine"); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredStandardIconEngine(m_style, m_which,
                                                    m_hasOption ? &m_option : nullptr, m_widget);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            // Asked as the caller asked: its option was copied (the caller's is gone), and its
            // widget is passed if it still exists. If the application has changed its style
            // since, the style it has now draws the icon.
            const QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style->standardIcon(m_which, m_hasOption ? &m_option : nullptr, m_widget);
            m_resolved = true;
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_hasOption;
    QStyleOption m_option;
    QPointer<const QWidget> m_widget;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    // Only the arrows a menu bar and a tool bar ask for as they are built, and draw only when
    // the window is too narrow; any other icon is wanted at once.
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    return QIcon(new DeferredStandardIconEngine(baseStyle(), icon, option, widget));
}
