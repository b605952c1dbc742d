#include "messageline.h"

#include "plaintext.h"

#include <QEvent>

MessageLine::MessageLine(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its width comes from the row; a long message must not widen the form.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void MessageLine::setMessage(const QString &message)
{
    m_message = message;
    setToolTip(PlainText::toolTip(message));
    setAccessibleDescription(message);
    elide();
}

QSize MessageLine::sizeHint() const
{
    return {0, fontMetrics().height()};
}

QSize MessageLine::minimumSizeHint() const
{
    return sizeHint();
}

void MessageLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void MessageLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void MessageLine::elide()
{
    // Several messages share the line; each is also in the tooltip and the Problems list.
    QString line = m_message;
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u2022 "));
    setText(fontMetrics().elidedText(line, Qt::ElideRight, qMax(0, contentsRect().width())));
}
