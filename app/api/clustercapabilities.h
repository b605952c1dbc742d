#pragma once

#include <QJsonObject>
#include <QStringList>

// What a Galileo cluster offers around custom integrations. Older clusters lack the client
// API's named integrations and definitions; the app asks rather than guesses.
struct ClusterCapabilities
{
    enum class Support {
        Unknown,      // no answer, or one that says nothing about it
        Offered,      // the call exists (and, for reads, answered)
        Missing,      // 404 or 405: this cluster does not have the call
        NotPermitted, // the call exists, but these credentials may not use it (401, 403)
    };

    Support seedPut = Support::Unknown;     // PUT /v2/integrations/custom
    Support named = Support::Unknown;       // PUT/GET/DELETE /integrations/custom/{name}
    Support definitions = Support::Unknown; // GET /integrations/custom/definition
    Support list = Support::Unknown;        // GET /integrations

    // From the status of a call that reads something (2xx, 401/403, 404/405, other).
    static Support fromReadStatus(int httpStatus);
    // From the status of an OPTIONS probe: anything but 404 means the path has a route.
    static Support fromProbeStatus(int httpStatus);
    static QString supportName(Support support); // "offered", "missing", ... for scripts
    // One translated line per capability, for the connection check and `status`.
    QStringList describe() const;
    QJsonObject toJson() const;

    bool operator==(const ClusterCapabilities &other) const
    {
        return seedPut == other.seedPut && named == other.named &&
               definitions == other.definitions && list == other.list;
    }
};
