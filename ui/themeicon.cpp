#include "themeicon.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>

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
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
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
            m_icon = QIcon::fromTheme(m_name);
            if (m_icon.isNull() && !m_fallback.isEmpty())
                m_icon = QIcon(m_fallback);
            m_resolved = true;
        }
        return m_icon;
    }

    QString m_name;
    QString m_fallback;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

namespace ThemeIcon {

QIcon get(const QString &name, const QString &fallback)
{
    return QIcon(new LazyThemeIconEngine(name, fallback));
}

QIcon action(const QString &name)
{
    const QString bundled = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    return get(name, QFile::exists(bundled) ? bundled : QString());
}

} // namespace ThemeIcon
