#pragma once

#include "fieldcatalog.h"

#include <QAbstractTableModel>
#include <QList>

// The non-template part of RowTable: signals, and the columns, each showing a field of the
// catalog (its label as header, its help as tooltip).
class RowTableBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    RowTableBase(const QList<FieldId> &columns, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    FieldId fieldAt(int column) const { return m_columns.value(column, m_columns.first()); }
    int columnOf(FieldId field) const { return int(m_columns.indexOf(field)); }

protected:
    // The tooltip of a cell: its field's help.
    QVariant toolTip(const QModelIndex &index) const;

private:
    QList<FieldId> m_columns;

signals:
    // Any change of the rows' content, number or order.
    void edited();
};

// A table model over a list of plain value rows: the row plumbing (insert, remove, move, reset)
// shared by the models and headers tables.
template<typename Row> class RowTable : public RowTableBase
{
public:
    using RowTableBase::RowTableBase;

    const QList<Row> &rows() const { return m_rows; }
    void setRows(const QList<Row> &rows)
    {
        if (rows == m_rows)
            return;
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    void appendRows(const QList<Row> &rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows << rows;
        endInsertRows();
    }

    bool moveRow(int from, int to)
    {
        if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
            return false;
        return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        m_rows.insert(row, count, Row{});
        endInsertRows();
        return true;
    }

    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override
    {
        if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
            sourceRow + count > m_rows.size() || destinationChild < 0 ||
            destinationChild > m_rows.size() ||
            (destinationChild >= sourceRow && destinationChild <= sourceRow + count)) {
            return false;
        }
        beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                      destinationChild);
        const QList<Row> moving = m_rows.mid(sourceRow, count);
        m_rows.remove(sourceRow, count);
        const int target =
            destinationChild > sourceRow ? destinationChild - count : destinationChild;
        for (int i = 0; i < count; ++i)
            m_rows.insert(target + i, moving.at(i));
        endMoveRows();
        return true;
    }

protected:
    QList<Row> m_rows;
};
