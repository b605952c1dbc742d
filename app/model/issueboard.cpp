#include "issueboard.h"

#include <algorithm>

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

bool IssueBoard::isToFillIn(const ValidationIssue &issue) const
{
    return !m_revealed && m_empty.contains(issue.path()) && !m_visited.contains(issue.path());
}

bool IssueBoard::fieldLeft(const QString &path)
{
    if (m_revealed || m_visited.contains(path))
        return false;
    m_visited.insert(path);
    return m_empty.contains(path) &&
           std::any_of(m_local.cbegin(), m_local.cend(),
                       [&](const ValidationIssue &issue) { return issue.path() == path; });
}

bool IssueBoard::revealRequired()
{
    if (m_revealed)
        return false;
    const bool any =
        std::any_of(m_local.cbegin(), m_local.cend(),
                    [this](const ValidationIssue &issue) { return isToFillIn(issue); });
    m_revealed = true;
    return any;
}

void IssueBoard::forgetVisits()
{
    m_visited.clear();
    m_revealed = false;
}

int IssueBoard::toFillInCount() const
{
    return int(
        std::count_if(m_local.cbegin(), m_local.cend(), [this](const ValidationIssue &issue) {
            return issue.isError() && isToFillIn(issue);
        }));
}

QList<IssueBoard::Entry> IssueBoard::entries() const
{
    QList<Entry> result;
    result.reserve(m_server.size() + m_local.size() + m_imported.size());
    // The server's word first: it is what stopped the last submission.
    for (const ValidationIssue &issue : m_server)
        result << Entry{issue, Origin::Server, false};
    for (const ValidationIssue &issue : m_local)
        result << Entry{issue, Origin::Local, isToFillIn(issue)};
    for (const ValidationIssue &issue : m_imported)
        result << Entry{issue, Origin::Imported, false};
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
