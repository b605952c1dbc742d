#include "secretlineedit.h"

#include "themeicon.h"

#include <QAction>
#include <QIcon>

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_toggle(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    m_toggle->setCheckable(true);
    m_toggle->setIcon(ThemeIcon::get(QStringLiteral("view-reveal-symbolic"),
                                     QStringLiteral(":/galileo/icons/reveal.svg")));
    m_toggle->setToolTip(tr("Show or hide the secret"));
    m_toggle->setObjectName(QStringLiteral("revealAction"));
    addAction(m_toggle, QLineEdit::TrailingPosition);
    connect(m_toggle, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    setInputMethodHints(inputMethodHints() | Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                        Qt::ImhSensitiveData);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(revealed);
}
