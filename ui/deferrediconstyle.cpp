#include "deferrediconstyle.h"

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

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    // Asked of every button as it is laid out, shown or not: a style hands out an icon for the
    // pixmaps it knows, so the answer is known without reading one.
    bool isNull() override { return m_resolved && m_icon.isNull(); }
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
            // The style may be gone when the application changed it; the icon is empty then.
            // Asked as the caller asked: its option was copied (the caller's is gone), and its
            // widget is passed if it still exists.
            if (m_style)
                m_icon =
                    m_style->standardIcon(m_which, m_hasOption ? &m_option : nullptr, m_widget);
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
    return QIcon(new DeferredStandardIconEngine(baseStyle(), icon, option, widget));
}
