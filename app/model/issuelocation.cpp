#include "issuelocation.h"

namespace {

IssueLocation atField(FieldId id)
{
    return {IssueLocation::Kind::Field, id, -1};
}

IssueLocation locateModel(const QJsonArray &loc, const IntegrationConfig &config)
{
    if (loc.size() < 3 || !loc.at(2).isDouble())
        return atField(FieldId::ModelProperties);
    const int row = loc.at(2).toInt(-1);
    if (row < 0 || row >= config.modelProperties.size())
        return atField(FieldId::ModelProperties);
    FieldId column = FieldId::ModelName;
    if (loc.size() >= 4)
        FieldCatalog::fieldForPath({QStringLiteral("model_properties"), loc.at(3).toString()},
                                   &column);
    return {IssueLocation::Kind::ModelCell, column, row};
}

IssueLocation locateHeader(const ValidationIssue &issue, const IntegrationConfig &config)
{
    if (issue.loc.size() < 3 || !issue.loc.at(2).isString())
        return atField(FieldId::Headers);
    const QString name = issue.loc.at(2).toString();
    // A duplicate is reported against the later row of the two.
    const bool last = issue.type == QLatin1String("value_error.header_duplicate");
    int row = -1;
    for (int i = 0; i < config.headers.size(); ++i) {
        if (config.headers.at(i).name == name) {
            row = i;
            if (!last)
                break;
        }
    }
    if (row < 0)
        return atField(FieldId::Headers);
    // The server reports a bad value's type at the header's name; our own checks say which.
    const bool aboutValue = issue.type == QLatin1String("value_error.header_value") ||
                            issue.type.startsWith(QLatin1String("type_error")) ||
                            issue.type == QLatin1String("string_type");
    return {IssueLocation::Kind::HeaderCell,
            aboutValue ? FieldId::HeaderValue : FieldId::HeaderName, row};
}

} // namespace

IssueLocation IssueLocation::locate(const ValidationIssue &issue, const IntegrationConfig &config)
{
    const QJsonArray &loc = issue.loc;
    if (loc.size() < 2 || loc.at(0).toString() != QLatin1String("body") || !loc.at(1).isString())
        return {};
    const QString top = loc.at(1).toString();
    if (top == QLatin1String("model_properties"))
        return locateModel(loc, config);
    if (top == QLatin1String("models"))
        return atField(FieldId::ModelProperties);
    if (top == QLatin1String("headers"))
        return locateHeader(issue, config);
    QStringList keys{top};
    if (loc.size() >= 3 && loc.at(2).isString())
        keys << loc.at(2).toString();
    FieldId id;
    if (!FieldCatalog::fieldForPath(keys, &id)) {
        // An unknown key inside a known object still belongs to that object.
        if (keys.size() > 1 && FieldCatalog::fieldForPath({top}, &id))
            return atField(id);
        return {};
    }
    return atField(id);
}
