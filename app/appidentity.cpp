#include "appidentity.h"

#include <QCoreApplication>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("galileo-integrations"));
    QCoreApplication::setApplicationName(QStringLiteral("galileo-integrations"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GALILEO_VERSION));
}

} // namespace AppIdentity
