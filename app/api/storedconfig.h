#pragma once

#include "model/integrationjson.h"

#include <QJsonObject>

// What GET /v2/integrations/custom returns, turned back into a config for the form.
namespace StoredConfig {

// Reads the integration's settings from Galileo's answer: either the body itself, or an
// IntegrationDB whose settings sit in a nested object. The IntegrationDB's own fields (id,
// name, permissions, ...) are not reported as unknown.
IntegrationJson::ReadResult read(const QJsonObject &answer);

// Galileo never returns secrets: keeps the local API key value, token and header values where the
// server's copy has none, and says which were kept and which are missing. Stored fields leave out
// the headers and the handler's init_kwargs altogether: the local ones are kept whole, and with
// none, "headers" (or "custom_llm_config.init_kwargs") is missing, since whether Galileo holds
// any is unknown.
IntegrationConfig keepLocalSecrets(IntegrationConfig fromServer, const IntegrationConfig &local,
                                   QStringList *kept, QStringList *missing);

} // namespace StoredConfig
