#include "modelpropertiestable.h"

#include "fieldcatalog.h"

#include <QSet>

ModelPropertiesTable::ModelPropertiesTable(QObject *parent)
    : RowTable({FieldId::ModelName, FieldId::ModelAlias, FieldId::ModelBasedOn,
                FieldId::ModelSupportedParameters},
               parent)
{}

int ModelPropertiesTable::appendNames(const QStringList &names)
{
    QSet<QString> existing;
    for (const ModelProperty &model : std::as_const(m_rows))
        existing.insert(model.name);
    QList<ModelProperty> added;
    for (const QString &line : names) {
        const QString name = line.trimmed();
        if (name.isEmpty() || existing.contains(name))
            continue;
        existing.insert(name);
        added << ModelProperty{name, {}, {}, std::nullopt};
    }
    appendRows(added);
    return int(added.size());
}

QVariant ModelPropertiesTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ModelProperty &model = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return toolTip(index);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return model.name;
    case AliasColumn:
        if (role == Qt::DisplayRole && model.alias.isEmpty())
            return QVariant(); // the view shows nothing; the server defaults alias to name
        return model.alias;
    case BasedOnColumn:
        return model.basedOn;
    case SupportedParametersColumn:
        if (role == Qt::EditRole)
            return model.supportedParameters.value_or(QStringList());
        if (!model.supportedParameters)
            return QVariant();
        return model.supportedParameters->isEmpty()
                   ? tr("(none)")
                   : model.supportedParameters->join(QLatin1String(", "));
    }
    return {};
}

bool ModelPropertiesTable::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ModelProperty &model = m_rows[index.row()];
    const ModelProperty before = model;
    switch (index.column()) {
    case NameColumn:
        model.name = value.toString();
        break;
    case AliasColumn:
        model.alias = value.toString();
        break;
    case BasedOnColumn:
        model.basedOn = value.toString().trimmed();
        break;
    case SupportedParametersColumn: {
        const QStringList parameters = value.toStringList();
        // Nothing ticked means "not set", so that based_on becomes available again.
        model.supportedParameters =
            parameters.isEmpty() ? std::nullopt : std::optional<QStringList>(parameters);
        break;
    }
    default:
        return false;
    }
    if (model == before)
        return true;
    // Based on and supported parameters enable each other, so the whole row may change.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ModelPropertiesTable::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
    const ModelProperty &model = m_rows.at(index.row());
    // Picking one of the two disables the other; when both are set (from a file), both stay
    // editable so that one can be cleared.
    const bool hasBasedOn = !model.basedOn.isEmpty();
    const bool hasParameters = model.supportedParameters.has_value();
    if (index.column() == BasedOnColumn && hasParameters && !hasBasedOn)
        flags &= ~(Qt::ItemIsEnabled | Qt::ItemIsEditable);
    if (index.column() == SupportedParametersColumn && hasBasedOn && !hasParameters)
        flags &= ~(Qt::ItemIsEnabled | Qt::ItemIsEditable);
    return flags;
}
