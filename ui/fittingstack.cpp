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
    if (index == m_current || index < 0 || index >= m_pages.size())
        return;
    if (QWidget *old = currentWidget()) {
        m_layout->removeWidget(old);
        old->hide();
    }
    m_current = index;
    QWidget *page = m_pages.at(index);
    m_layout->addWidget(page);
    page->show();
    emit currentChanged(index);
}
