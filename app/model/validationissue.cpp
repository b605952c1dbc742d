#include "validationissue.h"

#include "singleline.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

ValidationIssue ValidationIssue::error(const QJsonArray &loc, const QString &type,
                                       const QString &message)
{
    return {loc, message, type, Severity::Error};
}

ValidationIssue ValidationIssue::warning(const QJsonArray &loc, const QString &type,
                                         const QString &message)
{
    return {loc, message, type, Severity::Warning};
}

ValidationIssue ValidationIssue::info(const QJsonArray &loc, const QString &type,
                                      const QString &message)
{
    return {loc, message, type, Severity::Info};
}

QString ValidationIssue::path() const
{
    QString result;
    for (qsizetype i = 0; i < loc.size(); ++i) {
        const QJsonValue part = loc.at(i);
        if (i == 0 && part.toString() == QLatin1String("body"))
            continue;
        if (part.isDouble()) {
            // A number straight after "body" is a position in the JSON text, not a list index.
            if (result.isEmpty())
                break;
            result += QLatin1Char('[') + QString::number(part.toInteger()) + QLatin1Char(']');
            continue;
        }
        const QString name = part.toString();
        if (name == QLatin1String("__root__") && result.isEmpty())
            break;
        if (!result.isEmpty())
            result += QLatin1Char('.');
        result += name;
    }
    return result.isEmpty() ? QStringLiteral("body") : result;
}

QString ValidationIssue::toLine() const
{
    QString prefix;
    if (severity == Severity::Warning)
        prefix = QCoreApplication::translate("ValidationIssue", "warning: ");
    else if (severity == Severity::Info)
        prefix = QCoreApplication::translate("ValidationIssue", "note: ");
    return singleLine(QString(path() + QLatin1String(": ") + prefix + message));
}

QJsonObject ValidationIssue::toJson() const
{
    static const char *const names[] = {"error", "warning", "info"};
    return {{QStringLiteral("loc"), loc},
            {QStringLiteral("msg"), message},
            {QStringLiteral("type"), type},
            {QStringLiteral("severity"), QLatin1String(names[static_cast<int>(severity)])}};
}

bool ValidationIssue::operator==(const ValidationIssue &other) const
{
    return loc == other.loc && message == other.message && type == other.type &&
           severity == other.severity;
}

namespace {

// A server's text as one line of reasonable length: a proxy may answer with a whole page.
QString serverText(const QString &text)
{
    constexpr qsizetype MaxLength = 1000;
    QString line = singleLine(text);
    if (line.size() > MaxLength) {
        line.truncate(MaxLength);
        line += QChar(0x2026); // …
    }
    return line;
}

} // namespace

QList<ValidationIssue> ValidationIssue::fromDetail(const QJsonValue &detail)
{
    QList<ValidationIssue> issues;
    const QJsonArray body{QStringLiteral("body")};
    if (detail.isString()) {
        issues << error(body, QStringLiteral("server_error"), serverText(detail.toString()));
        return issues;
    }
    if (detail.isUndefined() || detail.isNull())
        return issues;
    if (!detail.isArray()) {
        // Not FastAPI's shape; show what came rather than nothing.
        const QString text =
            detail.isObject()
                ? QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact))
                : detail.toVariant().toString();
        issues << error(body, QStringLiteral("server_error"), serverText(text));
        return issues;
    }
    for (const QJsonValue &item : detail.toArray()) {
        if (item.isString()) {
            issues << error(body, QStringLiteral("server_error"), serverText(item.toString()));
            continue;
        }
        const QJsonObject object = item.toObject();
        QJsonArray loc;
        for (const QJsonValue &part : object.value(QLatin1String("loc")).toArray())
            loc.append(part.isString() ? QJsonValue(serverText(part.toString())) : part);
        if (loc.isEmpty())
            loc = body;
        const QString message = serverText(object.value(QLatin1String("msg")).toString());
        const QString type = serverText(object.value(QLatin1String("type")).toString());
        ValidationIssue issue = error(loc, type, message.isEmpty() ? type : message);
        // Our own --json output says how serious an item is; FastAPI's items are all errors.
        const QString severity = object.value(QLatin1String("severity")).toString();
        if (severity == QLatin1String("warning"))
            issue.severity = Severity::Warning;
        else if (severity == QLatin1String("info"))
            issue.severity = Severity::Info;
        issues << issue;
    }
    return issues;
}

namespace Issues {

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &issue) { return issue.isError(); });
}

int count(const ValidationIssues &issues, ValidationIssue::Severity severity)
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [severity](const auto &issue) { return issue.severity == severity; }));
}

QJsonObject toDetailJson(const ValidationIssues &issues)
{
    QJsonArray detail;
    for (const ValidationIssue &issue : issues)
        detail.append(issue.toJson());
    return {{QStringLiteral("detail"), detail}};
}

} // namespace Issues
