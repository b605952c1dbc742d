#include "rowtableeditor.h"

#include "themeicon.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

RowTableEditor::RowTableEditor(QAbstractItemModel *model, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_overlay(new IssueOverlayModel(this))
    , m_view(new QTableView(this))
    , m_emptyText(new QLabel(m_view->viewport()))
{
    m_emptyText->setObjectName(prefix + QLatin1String("EmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyText->setVisible(false);
    m_view->viewport()->installEventFilter(this);
    m_overlay->setSourceModel(model);
    m_view->setModel(m_overlay);
    m_view->setObjectName(prefix + QLatin1String("Table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    const auto button = [this, &prefix](const QString &text, const QString &name,
                                        const QString &icon, const QString &tip) {
        auto *b = new QPushButton(ThemeIcon::action(icon), text, this);
        b->setObjectName(prefix + name);
        b->setToolTip(tip);
        return b;
    };
    m_add = button(tr("Add"), QStringLiteral("AddButton"), QStringLiteral("list-add"),
                   tr("Add a row (Insert)"));
    m_remove = button(tr("Remove"), QStringLiteral("RemoveButton"), QStringLiteral("list-remove"),
                      tr("Remove the selected rows (Delete)"));
    m_up = button(tr("Up"), QStringLiteral("UpButton"), QStringLiteral("go-up"),
                  tr("Move the row up (Alt+Up)"));
    m_down = button(tr("Down"), QStringLiteral("DownButton"), QStringLiteral("go-down"),
                    tr("Move the row down (Alt+Down)"));
    connect(m_add, &QPushButton::clicked, this, &RowTableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowTableEditor::removeSelectedRows);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addRow(); });
    shortcut(QKeySequence::Delete, [this] { removeSelectedRows(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrentRow(1); });

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addWidget(m_up);
    m_buttons->addWidget(m_down);
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RowTableEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RowTableEditor::updateButtons);
    updateButtons();
}

void RowTableEditor::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
    updateButtons();
}

bool RowTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeEmptyText();
    return QWidget::eventFilter(watched, event);
}

void RowTableEditor::placeEmptyText()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = 16;
    m_emptyText->setGeometry(area.adjusted(margin, margin, -margin, -margin));
}

void RowTableEditor::setCellIssues(const QHash<QPair<int, int>, QList<LocatedIssue>> &issues)
{
    m_overlay->setCellIssues(issues);
}

void RowTableEditor::focusCell(int row, int column)
{
    const QModelIndex cell = m_overlay->index(row, column);
    if (!cell.isValid())
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
}

void RowTableEditor::addRow()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex first = m_overlay->index(row, 0);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(first);
    m_view->edit(first);
}

void RowTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    updateButtons();
}

void RowTableEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = from + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    if (!m_model->moveRows({}, from, 1, {}, delta > 0 ? to + 1 : to))
        return;
    m_view->setCurrentIndex(m_overlay->index(to, current.column()));
}

void RowTableEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasRow = current.isValid();
    m_remove->setEnabled(hasRow || m_view->selectionModel()->hasSelection());
    m_up->setEnabled(hasRow && current.row() > 0);
    m_down->setEnabled(hasRow && current.row() < m_model->rowCount() - 1);
    const bool empty = m_model->rowCount() == 0 && !m_emptyText->text().isEmpty();
    if (empty && !m_emptyText->isVisible())
        placeEmptyText();
    m_emptyText->setVisible(empty);
}
