#include "apiresult.h"

#include "model/singleline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

bool StoredIntegration::fromJson(const QJsonObject &json, StoredIntegration *out, QString *problem)
{
    QStringList missing;
    for (const char *key : {"id", "name", "created_at", "updated_at", "created_by"}) {
        if (!json.value(QLatin1String(key)).isString())
            missing << QLatin1String(key);
    }
    if (!missing.isEmpty()) {
        *problem = QCoreApplication::translate("StoredIntegration",
                                               "the answer lacks the stored integration's %1")
                       .arg(missing.join(QLatin1String(", ")));
        return false;
    }
    StoredIntegration result;
    result.id = json.value(QLatin1String("id")).toString();
    result.name = json.value(QLatin1String("name")).toString();
    result.createdAt = QDateTime::fromString(json.value(QLatin1String("created_at")).toString(),
                                             Qt::ISODateWithMs);
    result.updatedAt = QDateTime::fromString(json.value(QLatin1String("updated_at")).toString(),
                                             Qt::ISODateWithMs);
    result.createdBy = json.value(QLatin1String("created_by")).toString();
    result.selected = json.value(QLatin1String("is_selected")).toBool();
    result.disabled = json.value(QLatin1String("is_disabled")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("permissions")).toArray()) {
        const QJsonObject permission = item.toObject();
        result.permissions << Permission{permission.value(QLatin1String("action")).toString(),
                                         permission.value(QLatin1String("allowed")).toBool(),
                                         permission.value(QLatin1String("message")).toString()};
    }
    result.json = json;
    *out = result;
    return true;
}

QStringList StoredIntegration::toLines() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
    };
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    };
    QStringList lines = {QStringLiteral("id: ") + id,
                         QStringLiteral("name: ") + name,
                         QStringLiteral("created_at: ") + time(createdAt),
                         QStringLiteral("updated_at: ") + time(updatedAt),
                         QStringLiteral("created_by: ") + createdBy,
                         QStringLiteral("selected: ") + yesNo(selected),
                         QStringLiteral("disabled: ") + yesNo(disabled)};
    for (const Permission &permission : permissions) {
        QString line =
            QStringLiteral("permission %1: %2")
                .arg(permission.action, permission.allowed ? QStringLiteral("allowed")
                                                           : QStringLiteral("not allowed"));
        if (!permission.message.isEmpty())
            line += QLatin1String(" (") + permission.message + QLatin1Char(')');
        lines << line;
    }
    // Every value came from the server: one line each, whatever it holds.
    for (QString &line : lines)
        line = singleLine(line);
    return lines;
}

int ApiResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Success:
        return 0;
    case Outcome::Invalid:
        return 1;
    case Outcome::AuthRefused:
        return 3;
    default:
        return 4;
    }
}
