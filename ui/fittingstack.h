#pragma once

#include <QStackedWidget>

// A stacked widget as large as its current page, not its largest one, so that switching to a
// short page does not leave an empty band.
class FittingStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit FittingStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};
