#pragma once

#include <QLabel>

// The line under a field that holds its messages. It always takes one line's height, filled or
// not, so a message appearing or going never moves the controls below it; a message longer than
// the line is elided, and the whole of it is the tooltip.
class MessageLine : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLine(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_message;
};
