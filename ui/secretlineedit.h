#pragma once

#include <QLineEdit>

// A line edit for a secret: masked, with a toggle to reveal it for a moment.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);

private:
    QAction *m_toggle;
};
