#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QVBoxLayout;

// Pages of which one is shown, laid out as large as that page, not the largest one, so that
// switching to a short page leaves no empty band. (A QStackedWidget cannot do this: a layout
// asks its QStackedLayout for the height at a width, and that is the tallest page's.) Only the
// current page is in the layout; the others are hidden children.
class FittingStack : public QWidget
{
    Q_OBJECT

public:
    explicit FittingStack(QWidget *parent = nullptr);

    // Adds a page (taking it over); the first one added becomes the current one.
    int addWidget(QWidget *page);
    int count() const { return int(m_pages.size()); }
    QWidget *widget(int index) const { return m_pages.value(index).data(); }
    int currentIndex() const { return m_current; }
    QWidget *currentWidget() const { return widget(m_current); }
    void setCurrentIndex(int index);

signals:
    void currentChanged(int index);

private:
    QVBoxLayout *m_layout;
    QList<QPointer<QWidget>> m_pages;
    int m_current = -1;
};
