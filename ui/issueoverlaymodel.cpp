#include "issueoverlaymodel.h"

#include "issuestyle.h"
#include "plaintext.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

void IssueOverlayModel::setCellIssues(const QHash<QPair<int, int>, QList<LocatedIssue>> &issues)
{
    QSet<QPair<int, int>> touched;
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it)
        touched.insert(it.key());
    for (auto it = issues.cbegin(); it != issues.cend(); ++it)
        touched.insert(it.key());
    m_issues = issues;
    for (QList<LocatedIssue> &cell : m_issues) {
        std::stable_sort(cell.begin(), cell.end(), [](const auto &a, const auto &b) {
            return a.issue.severity < b.issue.severity;
        });
    }
    for (const auto &[row, column] : std::as_const(touched)) {
        const QModelIndex cell = index(row, column);
        if (cell.isValid())
            emit dataChanged(cell, cell, {Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole});
    }
}

QVariant IssueOverlayModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole &&
        role != Qt::AccessibleDescriptionRole) {
        return QIdentityProxyModel::data(index, role);
    }
    const auto it = m_issues.constFind({index.row(), index.column()});
    if (it == m_issues.cend() || it->isEmpty())
        return QIdentityProxyModel::data(index, role);
    const ValidationIssue::Severity severity = it->first().issue.severity;
    switch (role) {
    case Qt::DecorationRole:
        return IssueStyle::icon(severity);
    case Qt::BackgroundRole:
        return IssueStyle::tint(severity, QApplication::palette());
    default: {
        QStringList lines;
        for (const LocatedIssue &located : *it)
            lines << located.issue.message;
        const QString text = lines.join(QLatin1Char('\n'));
        return role == Qt::ToolTipRole ? PlainText::toolTip(text) : text;
    }
    }
}
