#pragma once

#include "validationissue.h"

#include <QList>
#include <QSet>

// Everything the form shows as issues, from three sources:
// - local: the validator's findings on the current config (and the form's own, such as
//   unparsable JSON in a text box); errors among them block submitting;
// - imported: what reading a pasted or opened body found (unknown keys, conversions);
// - server: the items of the last 422 answer.
// Imported and server issues describe a moment in the past, so they are informative only, and
// each disappears once the user edits the place it names.
//
// A field that is still empty on a new form is not yet a mistake: until the user has left that
// field, or tried to submit, a local issue about it ("required", "no models") is "to fill in",
// shown neutrally. An error among them still blocks submitting. This is decided here, once,
// for the window's fields and its issue list alike.
class IssueBoard
{
public:
    enum class Origin { Local, Imported, Server };

    struct Entry
    {
        ValidationIssue issue;
        Origin origin;
        bool toFillIn = false;
    };

    void setLocal(const ValidationIssues &issues) { m_local = issues; }
    void setImported(const ValidationIssues &issues) { m_imported = issues; }
    void setServer(const ValidationIssues &issues) { m_server = issues; }
    // Drops imported and server issues at this path or below it (e.g. "headers").
    // Returns whether anything was dropped.
    bool placeEdited(const QString &path);

    // The paths of the fields that are empty now ("endpoint", "model_properties").
    void setEmptyPlaces(const QSet<QString> &paths) { m_empty = paths; }
    // The user left the field at this path ("endpoint"): its issues count from now.
    // Returns whether an entry changed.
    bool fieldLeft(const QString &path);
    // A submission was tried, or the form holds what someone wrote: every error counts.
    bool revealRequired();
    // A new, empty form: nothing has been left yet.
    void forgetVisits();

    QList<Entry> entries() const;
    // The local errors still to fill in (they block submitting, but are not shown as errors).
    int toFillInCount() const;
    // The local errors, which block submitting.
    int blockingCount() const;
    bool isEmpty() const;
    bool hasServerIssues() const { return !m_server.isEmpty(); }

private:
    ValidationIssues m_local;
    ValidationIssues m_imported;
    ValidationIssues m_server;
    QSet<QString> m_empty;   // paths of the fields that are empty
    QSet<QString> m_visited; // paths of the fields the user has left
    bool m_revealed = false;

    bool isToFillIn(const ValidationIssue &issue) const;
};
