#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

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
    // Adds a page that `build` makes when it is first shown or asked for by ensurePage(): a
    // hidden page's widgets are made, polished and laid out at every start otherwise. Not the
    // first page.
    int addLazyWidget(std::function<QWidget *()> build);
    // The page at `index`, built now if it was not yet.
    QWidget *ensurePage(int index);
    int count() const { return int(m_pages.size()); }
    // Null for a page not built yet.
    QWidget *widget(int index) const { return m_pages.value(index).data(); }
    int currentIndex() const { return m_current; }
    QWidget *currentWidget() const { return widget(m_current); }
    void setCurrentIndex(int index);

signals:
    void currentChanged(int index);

private:
    QVBoxLayout *m_layout;
    QList<QPointer<QWidget>> m_pages;
    QHash<int, std::function<QWidget *()>> m_builders;
    int m_current = -1;
};
