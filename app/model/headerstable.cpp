#include "headerstable.h"

#include "fieldcatalog.h"

HeadersTable::HeadersTable(QObject *parent)
    : RowTable({FieldId::HeaderName, FieldId::HeaderValue}, parent)
{}

void HeadersTable::setValuesRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn),
                         {Qt::DisplayRole});
}

QVariant HeadersTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HeaderEntry &header = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return toolTip(index);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == NameColumn)
        return header.name;
    if (role == Qt::DisplayRole && !m_revealed && !header.value.isEmpty())
        return QString(qMin<qsizetype>(header.value.size(), 12), QChar(0x2022));
    return header.value;
}

bool HeadersTable::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    HeaderEntry &header = m_rows[index.row()];
    // Surrounding spaces in a name are never meant; in a value they may be.
    const QString text =
        index.column() == NameColumn ? value.toString().trimmed() : value.toString();
    QString &target = index.column() == NameColumn ? header.name : header.value;
    if (target == text)
        return true;
    target = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags HeadersTable::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}
