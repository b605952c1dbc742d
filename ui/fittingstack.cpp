#include "fittingstack.h"

#include <QVBoxLayout>

FittingStack::FittingStack(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

int FittingStack::addWidget(QWidget *page)
{
    page->setParent(this);
    m_pages.append(page);
    if (m_current < 0)
        setCurrentIndex(0);
    else
        page->hide();
    return int(m_pages.size()) - 1;
}

int FittingStack::addLazyWidget(std::function<QWidget *()> build)
{
    Q_ASSERT(!m_pages.isEmpty());
    m_pages.append(nullptr);
    m_builders.insert(int(m_pages.size()) - 1, std::move(build));
    return int(m_pages.size()) - 1;
}

QWidget *FittingStack::ensurePage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (!m_pages.at(index) && m_builders.contains(index)) {
        QWidget *page = m_builders.take(index)();
        page->setParent(this);
        if (index != m_current)
            page->hide();
        m_pages[index] = page;
    }
    return m_pages.at(index);
}

void FittingStack::setCurrentIndex(int index)
{
    if (index == m_current || !ensurePage(index))
        return;
    QWidget *old = currentWidget();
    const QWidget *focus = window()->focusWidget();
    const bool focusWasOnOld = old && focus && old->isAncestorOf(focus);
    if (old) {
        m_layout->removeWidget(old);
        old->hide();
    }
    m_current = index;
    QWidget *page = m_pages.at(index);
    m_layout->addWidget(page);
    page->show();
    if (focusWasOnOld) {
        // The focus goes into the page shown, as in a QStackedWidget, not to whatever follows:
        // to its first field in the Tab order, which for a page built late is not right after
        // the page itself.
        QWidget *target = page;
        for (QWidget *next = page->nextInFocusChain(); next != page;
             next = next->nextInFocusChain()) {
            if (!page->isAncestorOf(next))
                continue;
            if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() &&
                next->isVisibleTo(page)) {
                target = next;
                break;
            }
        }
        target->setFocus(Qt::OtherFocusReason);
    }
    emit currentChanged(index);
}
