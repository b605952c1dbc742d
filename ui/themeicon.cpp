#include "themeicon.h"

#include "lazyiconengine.h"
#include "prerenderedicons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

namespace {

QHash<QString, std::shared_ptr<QSvgRenderer>> &renderers()
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> parsed;
    return parsed;
}

// One parsed drawing per file, shared by every icon drawn from it.
QSvgRenderer *rendererFor(const QString &path)
{
    std::shared_ptr<QSvgRenderer> &renderer = renderers()[path];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(path);
    return renderer.get();
}

// A bundled SVG drawn with QSvgRenderer. Qt's own SVG icon engine is a plugin: finding it scans
// the plugin folder and loads it, and it parses the file again for every size.
class DrawingIconEngine : public QIconEngine
{
public:
    DrawingIconEngine(const QString &path, bool followsPalette)
        : m_path(path)
        , m_followsPalette(followsPalette)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        const QSize shown = drawn.deviceIndependentSize().toSize();
        painter->drawPixmap(QRect(rect.topLeft() + QPoint((rect.width() - shown.width()) / 2,
                                                          (rect.height() - shown.height()) / 2),
                                  shown),
                            drawn);
    }

    // `size` in device pixels, as QIcon asks.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QSize device = actualSize(size, mode, QIcon::Off);
        if (device.isEmpty())
            return {};
        // The bundled action drawings are one colour: they take the palette's text colour, so
        // they read on a dark palette as well as a light one.
        const QColor ink =
            m_followsPalette ? QGuiApplication::palette().color(
                                   mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                   QPalette::ButtonText)
                             : QColor();
        const QString key = QStringLiteral("galileo-drawing:%1:%2x%3:%4:%5")
                                .arg(m_path)
                                .arg(device.width())
                                .arg(device.height())
                                .arg(int(mode))
                                .arg(ink.isValid() ? ink.rgba() : 0);
        QPixmap result;
        if (QPixmapCache::find(key, &result))
            return result;
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            // Drawn at build time at the usual sizes. A mask is only the drawing's coverage,
            // which is all the ink below keeps: it stands for a drawing that takes the ink.
            const PrerenderedIcons::Found drawn = PrerenderedIcons::find(m_path, device);
            if (!drawn.image.isNull() && (ink.isValid() || !drawn.mask))
                painter.drawImage(0, 0, drawn.image);
            else
                rendererFor(m_path)->render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
            if (ink.isValid()) {
                painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                painter.fillRect(image.rect(), ink);
            }
        }
        result = QPixmap::fromImage(std::move(image));
        if (!ink.isValid() && mode != QIcon::Normal) {
            // A drawing in its own colours looks disabled or selected the style's way.
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
                result = app->style()->generatedIconPixmap(mode, result, &option);
        }
        QPixmapCache::insert(key, result);
        return result;
    }

    // Scalable: the largest size that fits, in the drawing's proportions.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        QSize natural = PrerenderedIcons::naturalSize(m_path);
        if (natural.isEmpty())
            natural = rendererFor(m_path)->defaultSize();
        if (natural.isEmpty())
            return {};
        return natural.scaled(size, Qt::KeepAspectRatio);
    }

    // None: any size is drawn (a window icon asks for the sizes it needs).
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {}; }

    bool isNull() override
    {
        return PrerenderedIcons::naturalSize(m_path).isEmpty() && !rendererFor(m_path)->isValid();
    }
    QString key() const override { return QStringLiteral("DrawingIconEngine"); }
    QIconEngine *clone() const override { return new DrawingIconEngine(m_path, m_followsPalette); }

private:
    QString m_path;
    bool m_followsPalette;
};

class LazyThemeIconEngine : public LazyIconEngine
{
public:
    LazyThemeIconEngine(const QString &name, const QString &fallback)
        : m_name(name)
        , m_fallback(fallback)
    {}

    // Layouts ask this of every button, shown or not; with a bundled fallback the answer is
    // known without walking the theme.
    bool isNull() override { return m_fallback.isEmpty() && icon().isNull(); }
    QString iconName() override { return m_name; }
    QString key() const override { return QStringLiteral("LazyThemeIconEngine"); }
    QIconEngine *clone() const override { return new LazyThemeIconEngine(m_name, m_fallback); }

protected:
    QIcon make() override
    {
        // hicolor, the theme Qt uses when no desktop chose one, holds application icons only
        // (freedesktop icon theme spec): looking for an action there cannot succeed, and
        // reading its index costs more than building the whole window.
        const bool themeHasActions =
            !QIcon::themeName().isEmpty() && QIcon::themeName() != QLatin1String("hicolor");
        QIcon icon = m_name.isEmpty() || (!themeHasActions && !m_fallback.isEmpty())
                         ? QIcon()
                         : QIcon::fromTheme(m_name);
        if (icon.isNull() && !m_fallback.isEmpty())
            icon = QIcon(new DrawingIconEngine(m_fallback, true));
        return icon;
    }

private:
    QString m_name;
    QString m_fallback;
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

QIcon drawing(const QString &path)
{
    return QIcon(new DrawingIconEngine(path, false));
}

QStringList parsedDrawings()
{
    return renderers().keys();
}

} // namespace ThemeIcon
