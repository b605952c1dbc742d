#include "prerenderedicons.h"

#include <QHash>
#include <QList>
#include <QResource>

namespace {

struct Drawing
{
    QSize natural;
    bool mask = false;
    QList<std::pair<QSize, const uchar *>> images;
};

// Reads the index written by resources/prerender-icons.cpp: little-endian, "GIPR", version 1,
// the number of drawings, then for each its alias, natural size, kind and images (size and
// offset of rows padded to 4 bytes). Anything unexpected leaves the index empty: every icon is
// then drawn from its SVG, as before.
class Reader
{
public:
    Reader(const uchar *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {}

    bool ok() const { return m_ok; }
    qint64 position() const { return m_at; }

    uint u8() { return uint(take(1) ? m_data[m_at - 1] : 0); }
    uint u16() { return take(2) ? uint(m_data[m_at - 2]) | uint(m_data[m_at - 1]) << 8 : 0; }
    quint32 u32()
    {
        if (!take(4))
            return 0;
        return quint32(m_data[m_at - 4]) | quint32(m_data[m_at - 3]) << 8 |
               quint32(m_data[m_at - 2]) << 16 | quint32(m_data[m_at - 1]) << 24;
    }
    QString utf8(uint length)
    {
        if (!take(length))
            return {};
        return QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_at - length),
                                 qsizetype(length));
    }
    // `length` bytes at `offset` from the start, if they are all there and aligned for QImage.
    const uchar *at(quint32 offset, qint64 length)
    {
        if (qint64(offset) + length > m_size || quintptr(m_data + offset) % 4 != 0) {
            m_ok = false;
            return nullptr;
        }
        return m_data + offset;
    }

private:
    bool take(qint64 count)
    {
        if (!m_ok || m_at + count > m_size) {
            m_ok = false;
            return false;
        }
        m_at += count;
        return true;
    }

    const uchar *m_data;
    qint64 m_size;
    qint64 m_at = 0;
    bool m_ok = true;
};

int rowBytes(const QSize &size, bool mask)
{
    return (size.width() * (mask ? 1 : 4) + 3) & ~3;
}

// An empty index when `data` cannot be read.
QHash<QString, Drawing> parse(const uchar *data, qint64 size)
{
    Reader reader(data, size);
    if (reader.utf8(4) != QLatin1String("GIPR") || reader.u32() != 1)
        return {};
    QHash<QString, Drawing> index;
    const quint32 count = reader.u32();
    for (quint32 i = 0; i < count && reader.ok(); ++i) {
        const QString alias = reader.utf8(reader.u16());
        Drawing drawing;
        const int width = int(reader.u16());
        drawing.natural = QSize(width, int(reader.u16()));
        drawing.mask = reader.u8() == 0;
        const uint images = reader.u8();
        for (uint j = 0; j < images && reader.ok(); ++j) {
            const QSize size(int(reader.u16()), int(reader.u16()));
            const quint32 offset = reader.u32();
            const qint64 bytes = qint64(rowBytes(size, drawing.mask)) * size.height();
            if (const uchar *pixels = reader.at(offset, bytes))
                drawing.images.append({size, pixels});
        }
        index.insert(alias, drawing);
    }
    return reader.ok() ? index : QHash<QString, Drawing>();
}

QHash<QString, Drawing> readIndex()
{
    const QResource resource(QStringLiteral(":/galileo/prerendered-icons.bin"));
    // Kept uncompressed (rcc -no-compress), so that the images point into the resource.
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression) {
        qWarning("The icons drawn at build time are missing: they are drawn from SVG.");
        return {};
    }
    QHash<QString, Drawing> index = parse(resource.data(), resource.size());
    if (index.isEmpty())
        qWarning("The icons drawn at build time cannot be read: they are drawn from SVG.");
    return index;
}

const QHash<QString, Drawing> &index()
{
    static const QHash<QString, Drawing> drawings = readIndex();
    return drawings;
}

} // namespace

namespace PrerenderedIcons {

Found find(const QString &path, const QSize &device)
{
    const auto drawing = index().constFind(path);
    if (drawing == index().cend())
        return {};
    for (const auto &[size, pixels] : drawing->images) {
        if (size != device)
            continue;
        return {QImage(pixels, size.width(), size.height(), rowBytes(size, drawing->mask),
                       drawing->mask ? QImage::Format_Alpha8 : QImage::Format_ARGB32_Premultiplied),
                drawing->mask};
    }
    return {};
}

QSize naturalSize(const QString &path)
{
    return index().value(path).natural;
}

int countDrawings(const uchar *data, qint64 size)
{
    const QHash<QString, Drawing> drawings = parse(data, size);
    return drawings.isEmpty() ? -1 : int(drawings.size());
}

} // namespace PrerenderedIcons
