#include "titledpanel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QAccessibleInterface *accessibleTitledPanel(const QString &className, QObject *object)
{
    if (className == QLatin1String("TitledPanel") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Grouping);
    return nullptr;
}

} // namespace

TitledPanel::TitledPanel(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_body(new QFrame(this))
{
    static const bool accessible = [] {
        QAccessible::installFactory(accessibleTitledPanel);
        return true;
    }();
    Q_UNUSED(accessible)
    setAccessibleName(title);
    auto *label = new QLabel(title, this);
    label->setObjectName(QStringLiteral("panelTitle"));
    m_body->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(label);
    column->addWidget(m_body);
}
