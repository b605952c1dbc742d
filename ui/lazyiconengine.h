#pragma once

#include <QIcon>
#include <QIconEngine>

// An icon engine standing for an icon that is made the first time something needs its pixels
// or sizes, because making it (a theme lookup, an image read) is what should wait. Subclasses
// say how the icon is made.
class LazyIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    // `size` in device pixels, as QIcon asks (at a ratio above 1 it has multiplied it already):
    // the icon made is asked at a ratio of 1, not the application's.
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

protected:
    virtual QIcon make() = 0;

    const QIcon &icon()
    {
        if (!m_made) {
            m_icon = make();
            m_made = true;
        }
        return m_icon;
    }

    bool isMade() const { return m_made; }

private:
    QIcon m_icon;
    bool m_made = false;
};
