#pragma once

#include "fieldcatalog.h"
#include "integrationconfig.h"
#include "rowtable.h"

// The custom headers as an editable, ordered table of name and value. Values are secrets:
// the display role masks them unless they have been revealed.
class HeadersTable : public RowTable<HeaderEntry>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    static constexpr int MaxHeaders = 50;

    explicit HeadersTable(QObject *parent = nullptr);

    bool valuesRevealed() const { return m_revealed; }
    void setValuesRevealed(bool revealed);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool m_revealed = false;
};
