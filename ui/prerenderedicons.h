#pragma once

#include <QImage>
#include <QSize>
#include <QString>

// The bundled SVG icons as drawn at build time (resources/prerender-icons.cpp) at the sizes the
// window shows them: 16, 24, 32 and 48 device pixels. Copying these pixels instead of parsing
// and drawing the SVG saves 0.4 ms of the first picture. Sizes not drawn are drawn from the SVG.
namespace PrerenderedIcons {

struct Found
{
    // Empty when the drawing was not drawn at this size. A mask (Format_Alpha8) is the
    // drawing's coverage, for an icon drawn in the palette's colour; otherwise the drawing in
    // its own colours (Format_ARGB32_Premultiplied). The pixels are the application's
    // resources: the image never owns them.
    QImage image;
    bool mask = false;
};

// `path` is the drawing's resource path, as ThemeIcon names it; `device` its size in pixels.
Found find(const QString &path, const QSize &device);
// The drawing's own size, as QSvgRenderer::defaultSize() gives it; empty when it was not drawn.
QSize naturalSize(const QString &path);

// How many drawings `data` (as the build tool writes it) holds, or -1 if it cannot be read: a
// wrong header, a truncated index, images outside the data or not aligned for QImage.
int countDrawings(const uchar *data, qint64 size);

} // namespace PrerenderedIcons
