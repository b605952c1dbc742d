#pragma once

#include <QProxyStyle>

// The application's own style: the style Qt chose (or -style named), with two things done
// faster and drawn the same.
// - The overflow arrows of menu bars and tool bars are handed out unread. Qt's styles read
//   their standard icons from PNG files, and reading the first PNG loads every image-format
//   plugin installed (QImageReader asks each whether it reads PNG). A menu bar and a tool bar
//   each ask for their arrow as they are built, although it is drawn only when the window is
//   too narrow: that alone cost a millisecond of every start. Here those two are read when
//   first drawn or measured; every other standard icon is the style's own, at once.
// - Fusion's tool bar background is drawn on a strip a few pixels long and stretched over the
//   bar. Fusion draws its lines in translucent colours, and Qt 6.4 blends a translucent line
//   pixel by pixel, handing each 64 pixels to a thread pool and waiting for them: the window's
//   tool bar took a millisecond of its first picture, more than any other widget, and again
//   whenever it was repainted. Fusion's background is the same all along the bar, so the strip
//   gives the same pixels.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes `base` over, as QProxyStyle does.
    explicit AppStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
};
