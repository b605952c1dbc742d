#pragma once

#include "formpage.h"

class QCheckBox;
class QLabel;
class RowTableEditor;
class SecretDelegate;

// Headers: the custom headers sent with every request to the endpoint, values masked.
class HeadersPage : public FormPage
{
    Q_OBJECT

public:
    explicit HeadersPage(IntegrationModel *model, QWidget *parent = nullptr);

    void showIssues(const QList<LocatedIssue> &issues) override;
    bool focusLocation(const IssueLocation &location) override;

    RowTableEditor *table() const { return m_table; }

private:
    void updateCount();

    RowTableEditor *m_table;
    QLabel *m_count;
    QCheckBox *m_reveal;
    SecretDelegate *m_valueDelegate;
};
