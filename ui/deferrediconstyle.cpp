#include "deferrediconstyle.h"

#include "lazyiconengine.h"

#include <QApplication>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

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
