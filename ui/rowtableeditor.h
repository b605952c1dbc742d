#pragma once

#include "issueoverlaymodel.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

// A table with Add, Remove, Move up and Move down, over any model that implements
// insertRows(), removeRows() and moveRows(); issues are shown on the cells they name.
class RowTableEditor : public QWidget
{
    Q_OBJECT

public:
    RowTableEditor(QAbstractItemModel *model, const QString &objectNamePrefix,
                   QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Where pages put buttons of their own, after the standard ones.
    QHBoxLayout *buttonRow() const { return m_buttons; }
    QPushButton *addButton() const { return m_add; }
    // What the table says while it has no rows: what to do to fill it.
    void setEmptyText(const QString &text);

    void setCellIssues(const QHash<QPair<int, int>, QList<LocatedIssue>> &issues);
    void focusCell(int row, int column);

    // Adds an empty row after the current one and starts editing its first cell.
    void addRow();
    void removeSelectedRows();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void placeEmptyText();

    QAbstractItemModel *m_model;
    IssueOverlayModel *m_overlay;
    QTableView *m_view;
    QHBoxLayout *m_buttons;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_emptyText;
};
