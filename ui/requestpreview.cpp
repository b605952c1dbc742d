#include "requestpreview.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_target(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_reveal(new QCheckBox(tr("Show secre&ts"), this))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &RequestPreview::refresh);
    m_target->setObjectName(QStringLiteral("previewTarget"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("previewText"));
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reveal->setObjectName(QStringLiteral("previewRevealCheck"));
    m_reveal->setToolTip(tr("Secrets are masked so that a screenshot or screen share shows none"));
    connect(m_reveal, &QCheckBox::toggled, this, &RequestPreview::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_reveal);
}

void RequestPreview::setRequest(const GalileoIdentity &identity, const IntegrationConfig &config,
                                const QString &integrationName)
{
    m_identity = identity;
    m_config = config;
    m_integrationName = integrationName;
    // Laying out a large body costs milliseconds: never inside a validation pass. A visible
    // preview follows after a short pause; a hidden one when it is shown.
    m_stale = true;
    if (isVisible())
        m_refresh->start();
}

void RequestPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString RequestPreview::text()
{
    if (m_stale)
        refresh();
    return m_shown;
}

bool RequestPreview::secretsRevealed() const
{
    return m_reveal->isChecked();
}

void RequestPreview::refresh()
{
    const bool revealed = m_reveal->isChecked();
    const WireRequest request =
        SubmitIntegrationRequest(m_config, m_integrationName, IntegrationJson::Format::Indented)
            .request(m_identity);
    m_target->setText(QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method),
                                                  request.url.toDisplayString()));
    m_stale = false;
    QString text;
    for (const auto &[name, value] : request.shownHeaders(revealed))
        text += name + QLatin1String(": ") + value + QLatin1Char('\n');
    text += QLatin1Char('\n') + QString::fromUtf8(request.shownBody(revealed));
    if (text == m_shown)
        return;
    m_shown = text;
    // Keep the reader's place while the body changes under them.
    const int scroll = m_body->verticalScrollBar()->value();
    m_body->setPlainText(text);
    m_body->verticalScrollBar()->setValue(scroll);
}
