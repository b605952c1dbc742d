#pragma once

#include "fieldcatalog.h"
#include "integrationconfig.h"

#include "rowtable.h"

// model_properties as an editable table: one row per model.
class ModelPropertiesTable : public RowTable<ModelProperty>
{
    Q_OBJECT

public:
    enum Column { NameColumn, AliasColumn, BasedOnColumn, SupportedParametersColumn, ColumnCount };

    explicit ModelPropertiesTable(QObject *parent = nullptr);

    // Appends one model per name, skipping blanks and names already in the table.
    // Returns how many were added.
    int appendNames(const QStringList &names);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
};
