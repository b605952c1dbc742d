#include "lazytabwidget.h"

#include <QVBoxLayout>

LazyTabWidget::LazyTabWidget(QWidget *parent)
    : QTabWidget(parent)
{
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            page(index);
    });
}

int LazyTabWidget::addLazyTab(const QString &label, Factory build)
{
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    // The first tab becomes current as it is added, so the holder must be known by then.
    m_lazy.insert(holder, {std::move(build)});
    return addTab(holder, label);
}

QWidget *LazyTabWidget::page(int index)
{
    QWidget *holder = widget(index);
    const auto lazy = m_lazy.find(holder);
    if (lazy == m_lazy.end())
        return holder;
    if (lazy->page)
        return lazy->page;
    QWidget *built = lazy->build();
    lazy->page = built;
    holder->layout()->addWidget(built);
    // Widgets that join a window go to the end of its Tab order: the page's belong where its
    // tab is. QWidget::setTabOrder() moves only widgets that take focus, so the page's are put
    // one by one after the last one that comes before the holder.
    QWidget *previous = holder->previousInFocusChain();
    while (previous != holder && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    QList<QWidget *> focusable;
    for (QWidget *next = built; next == built || built->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->focusPolicy() != Qt::NoFocus)
            focusable << next;
        if (next->nextInFocusChain() == built)
            break;
    }
    if (previous != holder) {
        for (QWidget *widget : std::as_const(focusable)) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
    // A child added to a shown tab would otherwise appear only after the next event-loop turn.
    built->show();
    return built;
}

QWidget *LazyTabWidget::builtPage(int index) const
{
    QWidget *holder = widget(index);
    const auto lazy = m_lazy.constFind(holder);
    return lazy == m_lazy.cend() ? holder : lazy->page;
}

void LazyTabWidget::showPage(int index)
{
    page(index);
    setCurrentIndex(index);
}
