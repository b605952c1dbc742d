#pragma once

#include <QProxyStyle>

// The application's own style, with the overflow arrows of menu bars and tool bars handed out
// unread. Qt's styles read their standard icons from PNG files, and reading the first PNG loads
// every image-format plugin installed (QImageReader asks each whether it reads PNG). A menu bar
// and a tool bar each ask for their arrow as they are built, although it is drawn only when the
// window is too narrow: that alone cost a millisecond of every start. Here those two are read
// when first drawn or measured; every other standard icon is the style's own, at once.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes `base` over, as QProxyStyle does.
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
