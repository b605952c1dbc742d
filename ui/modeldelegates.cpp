#include "modeldelegates.h"

#include "model/fieldcatalog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>

QStringList BasedOnDelegate::suggestions()
{
    // Aliases of built-in models as Galileo's model pickers name them; any other is allowed.
    return {QStringLiteral("gpt-5.4"),         QStringLiteral("gpt-5"),
            QStringLiteral("gpt-5-mini"),      QStringLiteral("gpt-4.1"),
            QStringLiteral("gpt-4.1-mini"),    QStringLiteral("gpt-4o"),
            QStringLiteral("gpt-4o-mini"),     QStringLiteral("o3"),
            QStringLiteral("o4-mini"),         QStringLiteral("claude-sonnet-4"),
            QStringLiteral("claude-opus-4"),   QStringLiteral("gemini-2.5-pro"),
            QStringLiteral("gemini-2.5-flash")};
}

QWidget *BasedOnDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("basedOnEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(suggestions());
    combo->setToolTip(FieldCatalog::help(FieldId::ModelBasedOn));
    return combo;
}

void BasedOnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
}

void BasedOnDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
}

QWidget *ParametersDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("parametersEditor"));
    list->setAccessibleName(FieldCatalog::label(FieldId::ModelSupportedParameters));
    list->setToolTip(FieldCatalog::help(FieldId::ModelSupportedParameters));
    for (const QString &name : FieldCatalog::runParameterNames()) {
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Space toggles the current item, as in any check list.
    connect(list, &QListWidget::itemActivated, list, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    return list;
}

void ParametersDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    const QStringList chosen = index.data(Qt::EditRole).toStringList();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(chosen.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    // Names the list does not know (from a file) are kept as checked items, so nothing is lost.
    for (const QString &name : chosen) {
        if (FieldCatalog::runParameterNames().contains(name))
            continue;
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    list->setCurrentRow(0);
}

void ParametersDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *list = static_cast<QListWidget *>(editor);
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->text();
    }
    model->setData(index, chosen, Qt::EditRole);
}

void ParametersDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    // Room for the whole list below the cell, within the view.
    QWidget *viewport = editor->parentWidget();
    const int rowHeight = editor->fontMetrics().height() + 8;
    const int wanted = rowHeight * int(FieldCatalog::runParameterNames().size()) + 4;
    const int height = qMin(wanted, viewport ? viewport->height() : wanted);
    QRect rect(option.rect.topLeft(), QSize(qMax(option.rect.width(), 220), height));
    if (viewport && rect.bottom() > viewport->height())
        rect.moveBottom(viewport->height() - 1);
    editor->setGeometry(rect);
}

QWidget *SecretDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setEchoMode(m_revealed ? QLineEdit::Normal : QLineEdit::Password);
        edit->setObjectName(QStringLiteral("secretCellEditor"));
    }
    return editor;
}
