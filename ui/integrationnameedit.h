#pragma once

#include <QLineEdit>

class IntegrationSession;

// The name of the custom integration the form applies to, checked as it is typed: empty for the
// organisation's default custom integration, else a slug for a named one.
class IntegrationNameEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit IntegrationNameEdit(IntegrationSession *session, QWidget *parent = nullptr);

    // Why the text is not a valid name, or empty.
    QString problem() const { return m_problem; }

private:
    void showProblem();

    IntegrationSession *m_session;
    QString m_problem;
};
