#pragma once

#include "formpage.h"

#include <QHash>
#include <QIdentityProxyModel>

// Shows issues on the cells of a table: an icon, the message as tooltip and a tinted background,
// over a source model that knows nothing of issues.
class IssueOverlayModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    // issuesByCell: (row, column) -> the issues on that cell, most serious first.
    void setCellIssues(const QHash<QPair<int, int>, QList<LocatedIssue>> &issuesByCell);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QPair<int, int>, QList<LocatedIssue>> m_issues;
};
