#pragma once

#include "integrationconfig.h"
#include "validationissue.h"

#include <QStringView>

// The rules Galileo's server applies to CustomIntegrationCreate, and the ones a careful client
// adds (header injection, credentials over plain http, names that cannot work), as 422-shaped
// issues. Pure and fast enough to run on every keystroke.
namespace IntegrationValidator {

ValidationIssues validate(const IntegrationConfig &config);

// An RFC 9110 token: what an HTTP header name may be.
bool isHeaderName(QStringView name);
// Whether a header value would break out of its line (CR, LF or NUL).
bool hasLineBreak(QStringView value);
bool isPythonIdentifier(QStringView name);
// An absolute http or https URL with a host. Sets *problem to a user-facing reason otherwise.
bool isHttpUrl(const QString &text, QString *problem = nullptr);

// An endpoint pasted with an operation path Galileo appends itself ("/chat/completions",
// "/completions", "/models", "/embeddings"), without that path; empty when it has none. Galileo
// would call ".../chat/completions/chat/completions" (as LiteLLM #28429 did).
QString endpointWithoutOperation(const QString &endpoint);

// Read-time findings and validation findings together, without saying the same thing twice:
// a validation issue is dropped when reading already reported an error at the same place.
ValidationIssues merge(const ValidationIssues &readIssues, const ValidationIssues &validation);

} // namespace IntegrationValidator
