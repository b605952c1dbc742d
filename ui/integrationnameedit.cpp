#include "integrationnameedit.h"

#include "session/integrationsession.h"

IntegrationNameEdit::IntegrationNameEdit(IntegrationSession *session, QWidget *parent)
    : QLineEdit(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("integrationNameEdit"));
    setPlaceholderText(tr("default"));
    // The clear button shows only with text; made at first text, since making it loads the
    // icon theme, which the window's start should not wait for.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !isClearButtonEnabled())
            setClearButtonEnabled(true);
    });
    setMaxLength(200); // longer than any slug, so that too long is said, not cut off
    setAccessibleName(tr("Integration name"));
    // Room for a typical slug; longer ones scroll, so the toolbar keeps its actions.
    setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("team-gateway")) + 24);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_session->setIntegrationName(text);
        showProblem();
    });
    connect(m_session, &IntegrationSession::integrationNameChanged, this,
            [this](const QString &name) {
                if (name != text())
                    setText(name);
                showProblem();
            });
    showProblem();
}

void IntegrationNameEdit::showProblem()
{
    m_problem = m_session->integrationNameProblem();
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, m_problem.isEmpty() ? QPalette().color(QPalette::Base)
                                                         : QColor(0xfd, 0xe2, 0xe1));
    setPalette(palette);
    setToolTip(m_problem.isEmpty()
                   ? tr("Empty: apply to the organisation's custom integration (PUT "
                        "/v2/integrations/custom). A name (lower-case letters, digits and '-', "
                        "at most 63) applies to that named integration (PUT "
                        "/integrations/custom/NAME).")
                   : m_problem);
}
