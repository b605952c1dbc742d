// Build tool: draws the bundled SVG icons at the sizes the window shows them, so that the first
// picture copies pixels instead of parsing and drawing SVG (0.4 ms of a start). The app reads
// the result with ui/prerenderedicons.cpp; both keep to the format described there.
//
// Usage: prerender-icons OUT.bin (mask|colour):ALIAS=FILE...
//   mask    an icon drawn in the palette's text colour: only its coverage is kept (8 bits);
//   colour  a drawing in its own colours: premultiplied ARGB (32 bits).
// Each is drawn at 16, 24, 32 and 48 device pixels square, as ThemeIcon draws it.

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace {

constexpr int Sizes[] = {16, 24, 32, 48};

struct Drawn
{
    QString alias;
    QSize natural;
    bool mask = false;
    QList<QImage> images;
};

// As ThemeIcon's DrawingIconEngine draws it: on a transparent image of the device size.
QImage draw(QSvgRenderer &renderer, const QSize &device)
{
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
    return image;
}

QImage coverage(const QImage &drawn)
{
    QImage mask(drawn.size(), QImage::Format_Alpha8);
    for (int y = 0; y < drawn.height(); ++y) {
        const auto *from = reinterpret_cast<const QRgb *>(drawn.constScanLine(y));
        uchar *to = mask.scanLine(y);
        for (int x = 0; x < drawn.width(); ++x)
            to[x] = uchar(qAlpha(from[x]));
    }
    return mask;
}

void putU16(QByteArray &out, int value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void putU32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xff));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: prerender-icons OUT.bin (mask|colour):ALIAS=FILE...\n");
        return 2;
    }

    QList<Drawn> drawings;
    for (const QString &argument : arguments.mid(1)) {
        const qsizetype colon = argument.indexOf(QLatin1Char(':'));
        const qsizetype equals = argument.indexOf(QLatin1Char('='), colon);
        const QString kind = argument.left(colon);
        if (colon < 0 || equals < 0 ||
            (kind != QLatin1String("mask") && kind != QLatin1String("colour"))) {
            std::fprintf(stderr, "prerender-icons: not (mask|colour):ALIAS=FILE: %s\n",
                         qPrintable(argument));
            return 2;
        }
        const QString file = argument.mid(equals + 1);
        QSvgRenderer renderer(file);
        if (!renderer.isValid()) {
            std::fprintf(stderr, "prerender-icons: cannot read %s\n", qPrintable(file));
            return 1;
        }
        Drawn drawn;
        drawn.alias = argument.mid(colon + 1, equals - colon - 1);
        drawn.natural = renderer.defaultSize();
        drawn.mask = kind == QLatin1String("mask");
        for (const int size : Sizes) {
            const QSize device = drawn.natural.scaled(QSize(size, size), Qt::KeepAspectRatio);
            const QImage image = draw(renderer, device);
            drawn.images << (drawn.mask ? coverage(image) : image);
        }
        drawings << drawn;
    }

    // The index is little-endian. The header: "GIPR", version 1, the number of drawings. Each
    // drawing: its alias (length, UTF-8), natural width and height, 0 for a mask or 1 for
    // colour, the number of images, and for each its width, height and the offset of its
    // pixels (rows without padding, 1 or 4 bytes a pixel) from the start of the file, which is
    // a multiple of 4.
    QByteArray index;
    index.append("GIPR", 4);
    putU32(index, 1);
    putU32(index, quint32(drawings.size()));
    qsizetype indexSize = index.size();
    for (const Drawn &drawn : drawings)
        indexSize += 2 + drawn.alias.toUtf8().size() + 2 + 2 + 1 + 1 + drawn.images.size() * 8;
    qsizetype offset = (indexSize + 3) & ~qsizetype(3);
    QByteArray pixels;
    for (const Drawn &drawn : drawings) {
        const QByteArray alias = drawn.alias.toUtf8();
        putU16(index, int(alias.size()));
        index.append(alias);
        putU16(index, drawn.natural.width());
        putU16(index, drawn.natural.height());
        index.append(char(drawn.mask ? 0 : 1));
        index.append(char(drawn.images.size()));
        for (const QImage &image : drawn.images) {
            putU16(index, image.width());
            putU16(index, image.height());
            putU32(index, quint32(offset + pixels.size()));
            const int rowBytes = image.width() * (drawn.mask ? 1 : 4);
            for (int y = 0; y < image.height(); ++y) {
                pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
                while (pixels.size() % 4 != 0)
                    pixels.append('\0');
            }
        }
    }
    index.append(QByteArray(offset - index.size(), '\0'));

    QSaveFile out(arguments.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(index + pixels) < 0 || !out.commit()) {
        std::fprintf(stderr, "prerender-icons: cannot write %s\n", qPrintable(arguments.first()));
        return 1;
    }
    return 0;
}
