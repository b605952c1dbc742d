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
    QSettings().setValue(s_key, QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace ConnectionStore
