#include "themeicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace {

class LazyThemeIconEngine : public QIconEngine
{
public:
    LazyThemeIconEngine(const QString &name, const QString &fallback)
        : m_name(name)
        , m_fallback(fallback)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        if (!usesFallback()) {
            icon().paint(painter, rect, Qt::AlignCenter, mode, state);
            return;
        }
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        const QSize shown = drawn.deviceIndependentSize().toSize();
        painter->drawPixmap(QRect(rect.topLeft() + QPoint((rect.width() - shown.width()) / 2,
                                                          (rect.height() - shown.height()) / 2),
                                  shown),
                            drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (!usesFallback())
            return icon().pixmap(size, mode, state);
        // The bundled drawings are one colour: they take the palette's text colour, so they
        // read on a dark palette as well as a light one.
        QPixmap result = icon().pixmap(size, QIcon::Normal, state);
        if (result.isNull())
            return result;
        const QPalette palette = QGuiApplication::palette();
        const QColor color = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        QPainter painter(&result);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(result.rect(), color);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    // Layouts ask this of every button, shown or not; with a bundled fallback the answer is
    // known without walking the theme.
    bool isNull() override { return m_fallback.isEmpty() && icon().isNull(); }
    QString iconName() override { return m_name; }
    QString key() const override { return QStringLiteral("LazyThemeIconEngine"); }
    QIconEngine *clone() const override { return new LazyThemeIconEngine(m_name, m_fallback); }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            // hicolor, the theme Qt uses when no desktop chose one, holds application icons
            // only (freedesktop icon theme spec): looking for an action there cannot succeed,
            // and reading its index costs more than building the whole window.
            const bool themeHasActions =
                !QIcon::themeName().isEmpty() && QIcon::themeName() != QLatin1String("hicolor");
            m_icon = m_name.isEmpty() || (!themeHasActions && !m_fallback.isEmpty())
                         ? QIcon()
                         : QIcon::fromTheme(m_name);
            if (m_icon.isNull() && !m_fallback.isEmpty()) {
                m_icon = QIcon(m_fallback);
                m_usesFallback = true;
            }
            m_resolved = true;
        }
        return m_icon;
    }

    bool usesFallback()
    {
        icon();
        return m_usesFallback;
    }

    QString m_name;
    QString m_fallback;
    QIcon m_icon;
    bool m_resolved = false;
    bool m_usesFallback = false;
};

} // namespace

namespace ThemeIcon {

QIcon get(const QString &name, const QString &fallback)
{
    return QIcon(new LazyThemeIconEngine(name, fallback));
}

QIcon action(const QString &name)
{
    const QString bundled = QStringLiteral(":/galileo/icons/actions/%1.svg").arg(name);
    return get(name, QFile::exists(bundled) ? bundled : QString());
}

} // namespace ThemeIcon
