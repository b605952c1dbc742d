#include "connectionstore.h"

#include <QJsonDocument>
#include <QSettings>

namespace ConnectionStore {

namespace {

const QLatin1String s_key("connection");

} // namespace

ConnectionSettings load()
{
    return ConnectionSettings::fromJson(
        QJsonDocument::fromJson(QSettings().value(s_key).toByteArray()).object());
}

void save(const ConnectionSettings &settings)
{
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    // QSettings rewrites its file for a value set again unchanged: a millisecond of every start
    // that opens the last profile, whose connection is usually the one remembered.
    QSettings stored;
    if (stored.value(s_key).toByteArray() != json)
        stored.setValue(s_key, json);
}

} // namespace ConnectionStore
