#pragma once

#include "model/issueboard.h"

#include <QListWidget>

class QLabel;

// The summary of every issue: where, what, and from whom. Activating one asks the window to
// take the user to its field or cell.
class IssueList : public QListWidget
{
    Q_OBJECT

public:
    explicit IssueList(QWidget *parent = nullptr);

    void setEntries(const QList<IssueBoard::Entry> &entries);
    ValidationIssue issueAt(int row) const;

signals:
    void issueActivated(const ValidationIssue &issue);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<IssueBoard::Entry> m_entries;
    QLabel *m_emptyText; // says the form is ready while there is nothing to list
};
