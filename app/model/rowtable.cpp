#include "rowtable.h"

RowTableBase::RowTableBase(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::rowsMoved, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::modelReset, this, &RowTableBase::edited);
    connect(this, &QAbstractItemModel::dataChanged, this, &RowTableBase::edited);
}
