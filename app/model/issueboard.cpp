#include "issueboard.h"

namespace {

bool isAtOrBelow(const QString &issuePath, const QString &path)
{
    if (!issuePath.startsWith(path))
        return false;
    if (issuePath.size() == path.size())
        return true;
    const QChar next = issuePath.at(path.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

bool dropAt(ValidationIssues *issues, const QString &path)
{
    return issues->removeIf(
               [&](const ValidationIssue &issue) { return isAtOrBelow(issue.path(), path); }) > 0;
}

} // namespace

bool IssueBoard::placeEdited(const QString &path)
{
    const bool imported = dropAt(&m_imported, path);
    const bool server = dropAt(&m_server, path);
    return imported || server;
}

QList<IssueBoard::Entry> IssueBoard::entries() const
{
    QList<Entry> result;
    result.reserve(m_server.size() + m_local.size() + m_imported.size());
    // The server's word first: it is what stopped the last submission.
    for (const ValidationIssue &issue : m_server)
        result << Entry{issue, Origin::Server};
    for (const ValidationIssue &issue : m_local)
        result << Entry{issue, Origin::Local};
    for (const ValidationIssue &issue : m_imported)
        result << Entry{issue, Origin::Imported};
    return result;
}

int IssueBoard::blockingCount() const
{
    return Issues::count(m_local, ValidationIssue::Severity::Error);
}

bool IssueBoard::isEmpty() const
{
    return m_local.isEmpty() && m_imported.isEmpty() && m_server.isEmpty();
}
