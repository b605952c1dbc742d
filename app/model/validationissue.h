#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One finding about a request body, shaped like an item of FastAPI's 422 `detail` list, so local
// validation, JSON import notices and the server's answer travel one code path to the screen.
struct ValidationIssue
{
    enum class Severity { Error, Warning, Info };

    QJsonArray loc; // e.g. ["body", "model_properties", 1, "name"]
    QString message;
    QString type; // FastAPI's error type, or ours ("value_error.url", ...)
    Severity severity = Severity::Error;

    static ValidationIssue error(const QJsonArray &loc, const QString &type,
                                 const QString &message);
    static ValidationIssue warning(const QJsonArray &loc, const QString &type,
                                   const QString &message);
    static ValidationIssue info(const QJsonArray &loc, const QString &type, const QString &message);

    bool isError() const { return severity == Severity::Error; }

    // The command line's PATH: loc without "body", names joined by ".", indices as "[i]";
    // an issue about the whole body (or its JSON text) is "body".
    QString path() const;
    // "PATH: message", with "warning: " or "note: " before a message that is not an error; one
    // line, whatever the loc and message hold (see singleLine()).
    QString toLine() const;

    QJsonObject toJson() const;
    bool operator==(const ValidationIssue &other) const;

    // Reads a 422 body's `detail`: a list of pydantic v1 or v2 items (extra keys tolerated) or a
    // plain string, which becomes one issue about the whole body. The server's texts (loc names,
    // msg, type) are made single lines of at most 1,000 characters.
    static QList<ValidationIssue> fromDetail(const QJsonValue &detail);
};

using ValidationIssues = QList<ValidationIssue>;

namespace Issues {
bool hasErrors(const ValidationIssues &issues);
int count(const ValidationIssues &issues, ValidationIssue::Severity severity);
// {"detail": [...]} as FastAPI writes it, with "severity" added to each item.
QJsonObject toDetailJson(const ValidationIssues &issues);
} // namespace Issues
