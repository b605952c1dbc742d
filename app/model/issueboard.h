#pragma once

#include "validationissue.h"

#include <QList>

// Everything the form shows as issues, from three sources:
// - local: the validator's findings on the current config (and the form's own, such as
//   unparsable JSON in a text box); errors among them block submitting;
// - imported: what reading a pasted or opened body found (unknown keys, conversions);
// - server: the items of the last 422 answer.
// Imported and server issues describe a moment in the past, so they are informative only, and
// each disappears once the user edits the place it names.
class IssueBoard
{
public:
    enum class Origin { Local, Imported, Server };

    struct Entry
    {
        ValidationIssue issue;
        Origin origin;
    };

    void setLocal(const ValidationIssues &issues) { m_local = issues; }
    void setImported(const ValidationIssues &issues) { m_imported = issues; }
    void setServer(const ValidationIssues &issues) { m_server = issues; }
    // Drops imported and server issues at this path or below it (e.g. "headers").
    // Returns whether anything was dropped.
    bool placeEdited(const QString &path);

    QList<Entry> entries() const;
    // The local errors, which block submitting.
    int blockingCount() const;
    bool isEmpty() const;
    bool hasServerIssues() const { return !m_server.isEmpty(); }

private:
    ValidationIssues m_local;
    ValidationIssues m_imported;
    ValidationIssues m_server;
};
