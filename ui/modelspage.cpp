#include "modelspage.h"

#include "messageline.h"
#include "modeldelegates.h"
#include "rowtableeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ModelsPage::ModelsPage(IntegrationModel *model, QWidget *parent)
    : FormPage(model, parent)
    , m_table(new RowTableEditor(model->models(), QStringLiteral("models"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        labelWithMnemonic(FieldCatalog::label(FieldId::ModelProperties)) + QLatin1Char(':'), this);
    intro->setBuddy(m_table->view());
    layout->addWidget(intro);
    QTableView *view = m_table->view();
    view->setAccessibleName(FieldCatalog::label(FieldId::ModelProperties));
    view->setToolTip(FieldCatalog::help(FieldId::ModelProperties));
    view->setItemDelegateForColumn(ModelPropertiesTable::BasedOnColumn, new BasedOnDelegate(view));
    view->setItemDelegateForColumn(ModelPropertiesTable::SupportedParametersColumn,
                                   new ParametersDelegate(view));
    view->horizontalHeader()->resizeSection(ModelPropertiesTable::NameColumn, 180);
    view->horizontalHeader()->resizeSection(ModelPropertiesTable::AliasColumn, 140);
    view->horizontalHeader()->resizeSection(ModelPropertiesTable::BasedOnColumn, 120);
    layout->addWidget(m_table, 1);

    auto *several = new QPushButton(tr("Add &several..."), this);
    several->setObjectName(QStringLiteral("modelsAddSeveralButton"));
    several->setToolTip(tr("Paste many model names at once, one per line"));
    m_table->buttonRow()->insertWidget(4, several);
    connect(several, &QPushButton::clicked, this, &ModelsPage::askForNames);
    m_table->setEmptyText(
        tr("No models yet. Add one with Add (Insert), paste many names with Add several..., or "
           "let Test endpoint (Ctrl+T) list the ones the gateway serves and tick them."));

    MessageLine *tableMessage = createMessageLabel();
    layout->addWidget(tableMessage);
    registerField(FieldId::ModelProperties, view, tableMessage);

    auto *bottom = new QWidget(this);
    auto *form = new QFormLayout(bottom);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Made after the buttons above it, so that Tab reaches it after them.
    m_defaultModel = new QComboBox(this);
    m_defaultModel->setObjectName(QStringLiteral("defaultModelCombo"));
    m_defaultModel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addField(form, FieldId::DefaultModel, m_defaultModel);
    layout->addWidget(bottom);
    connect(m_defaultModel, &QComboBox::activated, this, [this](int index) {
        m_model->setText(FieldId::DefaultModel, m_defaultModel->itemData(index).toString());
    });

    ModelPropertiesTable *table = model->models();
    connect(table, &RowTableBase::edited, this, &ModelsPage::refreshDefaultModel);
    connect(model, &IntegrationModel::fieldChanged, this, [this](FieldId field) {
        if (field == FieldId::DefaultModel)
            refreshDefaultModel();
    });
    connect(model, &IntegrationModel::configReplaced, this, &ModelsPage::refreshDefaultModel);
    connect(model, &IntegrationModel::configReplaced, this, &ModelsPage::fitNames);
    refreshDefaultModel();
    fitNames();
}

void ModelsPage::refreshDefaultModel()
{
    const QSignalBlocker blocker(m_defaultModel);
    const QStringList names = m_model->config().modelNames();
    const QString current = m_model->text(FieldId::DefaultModel);
    m_defaultModel->clear();
    QString first;
    for (const QString &name : names) {
        if (!name.isEmpty()) {
            first = name;
            break;
        }
    }
    m_defaultModel->addItem(first.isEmpty() ? tr("(the first model)")
                                            : tr("(the first model: %1)").arg(first),
                            QString());
    for (const QString &name : names) {
        if (!name.isEmpty() && m_defaultModel->findData(name) < 0)
            m_defaultModel->addItem(name, name);
    }
    int index = m_defaultModel->findData(current);
    if (index < 0) {
        // A default that names no model (from a file, or a model since renamed) stays visible
        // so that the issue beside it makes sense.
        m_defaultModel->addItem(tr("%1 (not in the table)").arg(current), current);
        index = m_defaultModel->count() - 1;
    }
    m_defaultModel->setCurrentIndex(index);
}

int ModelsPage::addNames(const QString &text)
{
    return m_model->models()->appendNames(
        text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts));
}

void ModelsPage::askForNames()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add several models"),
        tr("Model names as the gateway knows them, one per line. Names already in the table are "
           "skipped."),
        QString(), &ok);
    if (ok)
        addNames(text);
}

void ModelsPage::showIssues(const QList<LocatedIssue> &issues)
{
    FormPage::showIssues(issues);
    QHash<QPair<int, int>, QList<LocatedIssue>> cells;
    for (const LocatedIssue &located : issues) {
        if (located.location.kind != IssueLocation::Kind::ModelCell)
            continue;
        const int column = m_model->models()->columnOf(located.location.field);
        cells[{located.location.row, column}] << located;
    }
    m_table->setCellIssues(cells);
}

bool ModelsPage::focusLocation(const IssueLocation &location)
{
    if (location.kind == IssueLocation::Kind::ModelCell) {
        m_table->focusCell(location.row, m_model->models()->columnOf(location.field));
        return true;
    }
    return FormPage::focusLocation(location);
}

void ModelsPage::fitNames()
{
    // A body opened or pasted: the name column is as wide as its longest name, within bounds.
    // Typing leaves the width to the user.
    constexpr int Narrowest = 180;
    constexpr int Widest = 420;
    QTableView *view = m_table->view();
    const QAbstractItemModel *names = view->model();
    int widest = 0;
    for (int row = 0; row < names->rowCount(); ++row) {
        const QString name =
            names->index(row, ModelPropertiesTable::NameColumn).data(Qt::DisplayRole).toString();
        widest = qMax(widest, view->fontMetrics().horizontalAdvance(name));
    }
    // The cell's margins, and room for the error mark a cell may carry.
    const int cell = widest + 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) +
                     view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    view->horizontalHeader()->resizeSection(ModelPropertiesTable::NameColumn,
                                            qBound(Narrowest, cell, Widest));
}
