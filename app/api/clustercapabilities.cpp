#include "clustercapabilities.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClusterCapabilities", text);
}

QString describeOne(const QString &what, ClusterCapabilities::Support support)
{
    using Support = ClusterCapabilities::Support;
    switch (support) {
    case Support::Offered:
        return QCoreApplication::translate("ClusterCapabilities", "%1: offered").arg(what);
    case Support::Missing:
        return QCoreApplication::translate("ClusterCapabilities", "%1: not offered by this cluster")
            .arg(what);
    case Support::NotPermitted:
        return QCoreApplication::translate("ClusterCapabilities",
                                           "%1: offered, but not permitted with these credentials")
            .arg(what);
    case Support::Unknown:
        break;
    }
    return QCoreApplication::translate("ClusterCapabilities", "%1: unknown (no clear answer)")
        .arg(what);
}

} // namespace

ClusterCapabilities::Support ClusterCapabilities::fromReadStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Support::Offered;
    if (httpStatus == 401 || httpStatus == 403)
        return Support::NotPermitted;
    if (httpStatus == 404 || httpStatus == 405)
        return Support::Missing;
    return Support::Unknown;
}

ClusterCapabilities::Support ClusterCapabilities::fromProbeStatus(int httpStatus)
{
    if (httpStatus == 0 || httpStatus >= 500)
        return Support::Unknown;
    return httpStatus == 404 ? Support::Missing : Support::Offered;
}

QString ClusterCapabilities::supportName(Support support)
{
    switch (support) {
    case Support::Offered:
        return QStringLiteral("offered");
    case Support::Missing:
        return QStringLiteral("missing");
    case Support::NotPermitted:
        return QStringLiteral("not_permitted");
    case Support::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList ClusterCapabilities::describe() const
{
    return {describeOne(tr("PUT /v2/integrations/custom"), seedPut),
            describeOne(tr("named custom integrations"), named),
            describeOne(tr("definitions with secrets"), definitions),
            describeOne(tr("list of integrations"), list)};
}

QJsonObject ClusterCapabilities::toJson() const
{
    return {{QStringLiteral("v2_put"), supportName(seedPut)},
            {QStringLiteral("named_integrations"), supportName(named)},
            {QStringLiteral("definitions"), supportName(definitions)},
            {QStringLiteral("list"), supportName(list)}};
}
