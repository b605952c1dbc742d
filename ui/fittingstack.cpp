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

void FittingStack::setCurrentIndex(int index)
{
    if (index == m_current || index < 0 || index >= m_pages.size() || !m_pages.at(index))
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
        // The focus goes into the page shown, as in a QStackedWidget, not to whatever follows.
        QWidget *target = page;
        for (QWidget *next = page->nextInFocusChain(); page->isAncestorOf(next);
             next = next->nextInFocusChain()) {
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
