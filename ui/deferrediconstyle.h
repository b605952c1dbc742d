#pragma once

#include <QProxyStyle>

// The application's own style, with its standard icons handed out unread. Qt's styles read
// them from PNG files, and reading the first PNG loads every image-format plugin installed
// (QImageReader asks each whether it reads PNG). A menu bar and a tool bar each ask for their
// overflow arrow as they are built, although it is drawn only when the window is too narrow:
// that alone cost a millisecond of every start. Here an icon is read when first drawn or
// measured.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes `base` over, as QProxyStyle does.
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
