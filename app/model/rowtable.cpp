#include "rowtable.h"

RowTableBase::RowTableBase(const QList<FieldId> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::rowsMoved, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::modelReset, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::dataChanged, this, &RowTableBase::edited);
}

int RowTableBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowTableBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return FieldCatalog::label(m_columns.at(section));
    if (role == Qt::ToolTipRole)
        return FieldCatalog::help(m_columns.at(section));
    return {};
}

QVariant RowTableBase::toolTip(const QModelIndex &index) const
{
    return FieldCatalog::help(fieldAt(index.column()));
}
