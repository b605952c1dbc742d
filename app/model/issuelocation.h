#pragma once

#include "fieldcatalog.h"
#include "integrationconfig.h"
#include "validationissue.h"

// Where on the form an issue belongs: a field, a cell of the models or headers table, or
// nowhere (the issue is about the whole body, or its loc names nothing of the form).
struct IssueLocation
{
    enum class Kind { Nowhere, Field, ModelCell, HeaderCell };

    Kind kind = Kind::Nowhere;
    FieldId field = FieldId::Endpoint; // for cells, the column's field
    int row = -1;

    static IssueLocation locate(const ValidationIssue &issue, const IntegrationConfig &config);
};
