#include "headerspage.h"

#include "issuestyle.h"
#include "messageline.h"
#include "modeldelegates.h"
#include "rowtableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HeadersPage::HeadersPage(IntegrationModel *model, QWidget *parent)
    : FormPage(model, parent)
    , m_table(new RowTableEditor(model->headers(), QStringLiteral("headers"), this))
    , m_count(new QLabel(this))
    , m_reveal(new QCheckBox(this))
    , m_valueDelegate(new SecretDelegate(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        labelWithMnemonic(FieldCatalog::label(FieldId::Headers)) + QLatin1Char(':'), this);
    intro->setBuddy(m_table->view());
    layout->addWidget(intro);
    auto *help = new QLabel(FieldCatalog::help(FieldId::Headers), this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);

    QTableView *view = m_table->view();
    view->setAccessibleName(FieldCatalog::label(FieldId::Headers));
    view->setToolTip(FieldCatalog::help(FieldId::Headers));
    view->setItemDelegateForColumn(HeadersTable::ValueColumn, m_valueDelegate);
    view->horizontalHeader()->resizeSection(HeadersTable::NameColumn, 260);
    layout->addWidget(m_table, 1);
    m_table->setEmptyText(tr("No custom headers. Most gateways need none; add one with Add "
                             "(Insert) if yours asks for a tenant or an access header of its "
                             "own (Kong, Azure API Management, Cloudflare Access)."));

    m_reveal->setText(labelWithMnemonic(tr("Show values")));
    m_reveal->setObjectName(QStringLiteral("revealHeadersCheck"));
    m_count->setObjectName(QStringLiteral("headersCountLabel"));
    m_table->buttonRow()->addWidget(m_reveal);
    m_table->buttonRow()->addWidget(m_count);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool revealed) {
        m_valueDelegate->setRevealed(revealed);
        m_model->headers()->setValuesRevealed(revealed);
    });

    MessageLine *tableMessage = createMessageLabel();
    layout->addWidget(tableMessage);
    registerField(FieldId::Headers, view, tableMessage);

    connect(model->headers(), &RowTableBase::edited, this, &HeadersPage::updateCount);
    updateCount();
}

void HeadersPage::updateCount()
{
    const int count = m_model->headers()->rowCount();
    m_count->setText(tr("%1 / %2").arg(count).arg(HeadersTable::MaxHeaders));
    m_count->setToolTip(tr("Galileo accepts at most %1 headers").arg(HeadersTable::MaxHeaders));
    QPalette palette = m_count->palette();
    palette.setColor(QPalette::WindowText,
                     count > HeadersTable::MaxHeaders
                         ? IssueStyle::color(ValidationIssue::Severity::Error, palette)
                         : QApplication::palette().color(QPalette::WindowText));
    m_count->setPalette(palette);
}

void HeadersPage::showIssues(const QList<LocatedIssue> &issues)
{
    FormPage::showIssues(issues);
    QHash<QPair<int, int>, QList<LocatedIssue>> cells;
    for (const LocatedIssue &located : issues) {
        if (located.location.kind != IssueLocation::Kind::HeaderCell)
            continue;
        const int column = located.location.field == FieldId::HeaderValue
                               ? HeadersTable::ValueColumn
                               : HeadersTable::NameColumn;
        cells[{located.location.row, column}] << located;
    }
    m_table->setCellIssues(cells);
}

bool HeadersPage::focusLocation(const IssueLocation &location)
{
    if (location.kind == IssueLocation::Kind::HeaderCell) {
        m_table->focusCell(location.row, location.field == FieldId::HeaderValue
                                             ? HeadersTable::ValueColumn
                                             : HeadersTable::NameColumn);
        return true;
    }
    return FormPage::focusLocation(location);
}
