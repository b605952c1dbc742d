#pragma once

#include "integrationconfig.h"
#include "validationissue.h"

#include <QByteArray>
#include <QPair>

// Reading and writing the request body of PUT /v2/integrations/custom.
namespace IntegrationJson {

struct ReadResult
{
    // False when the text is not a JSON object at all; `issues` then holds one issue saying
    // where the text broke (line and column), and `config` is empty.
    bool ok = false;
    IntegrationConfig config;
    // Wrong types (naming the field), unknown keys, duplicate keys, and notices such as the
    // conversion of the deprecated `models` list. Rules about values are the validator's.
    ValidationIssues issues;
};

ReadResult read(const QByteArray &json);

enum class Format { Compact, Indented };

// The body Galileo expects: unset optional fields, fields the authentication type does not use,
// the deprecated `models` and the internal `is_legacy_format` are not written. Keys follow the
// schema's order; headers keep the order of their rows.
// Secrets are written as they are: SecretCatalog::masked() gives a copy fit to show.
QByteArray write(const IntegrationConfig &config, Format format = Format::Indented);

// Line and column (both from 1) of a byte offset into UTF-8 text, counting characters.
QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

} // namespace IntegrationJson
