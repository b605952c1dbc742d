#include "fuzzsupport.h"

#include "model/validationissue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A 422 answer's `detail` in any shape through ValidationIssue::fromDetail. Every issue it
// makes has a place and a message that fit in one line: the command line prints one issue a
// line, and the window's list shows one row per issue.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    // {"detail": ...} as FastAPI sends it; a bare array or object stands for the detail itself.
    QJsonValue detail;
    if (document.isArray())
        detail = document.array();
    else if (document.object().contains(QLatin1String("detail")))
        detail = document.object().value(QLatin1String("detail"));
    else
        detail = document.object();

    for (const ValidationIssue &issue : ValidationIssue::fromDetail(detail)) {
        FUZZ_CHECK(!issue.loc.isEmpty(), "an issue without a place");
        FUZZ_CHECK(Fuzz::isOneLine(issue.path()), "the place does not fit in a line");
        FUZZ_CHECK(Fuzz::isOneLine(issue.message), "the message does not fit in a line");
        FUZZ_CHECK(Fuzz::isOneLine(issue.toLine()), "the issue does not fit in a line");
        FUZZ_CHECK(issue.toLine().startsWith(issue.path()), "the line does not start at the place");
    }
    return 0;
}
