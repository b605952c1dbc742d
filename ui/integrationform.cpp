#include "integrationform.h"

#include "advancedpage.h"
#include "endpointpage.h"
#include "headerspage.h"
#include "lazytabwidget.h"
#include "modelspage.h"

#include <QAction>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own, which shows nothing: Tab goes to the page's fields, and the
    // area scrolls to the field that has the focus.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace

IntegrationForm::IntegrationForm(IntegrationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tabs(new LazyTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    // Most users start on the first page; the others are built when first shown or asked for.
    const QString titles[PageCount] = {tr("Endpoint && authentication"), tr("Models"),
                                       tr("Headers"), tr("Advanced")};
    for (int i = 0; i < PageCount; ++i)
        m_tabs->addLazyTab(titles[i], [this, i] { return buildPage(i); });
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabToolTip(
            i, tr("%1 (Alt+%2)")
                   .arg(m_tabs->tabText(i).replace(QLatin1String("&&"), QLatin1String("&")))
                   .arg(i + 1));
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->showPage(i);
            // The page's first input takes the focus.
            QWidget *current = m_tabs->currentWidget();
            if (QWidget *first = current->nextInFocusChain(); first && current->isAncestorOf(first))
                first->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget *IntegrationForm::buildPage(int index)
{
    FormPage *built = nullptr;
    QWidget *shown = nullptr;
    switch (index) {
    case EndpointIndex:
        built = new EndpointPage(m_model);
        shown = scrollable(built);
        break;
    case ModelsIndex:
        built = new ModelsPage(m_model);
        shown = built;
        break;
    case HeadersIndex:
        built = new HeadersPage(m_model);
        shown = built;
        break;
    default:
        built = new AdvancedPage(m_model);
        shown = scrollable(built);
        break;
    }
    m_pages[index] = built;
    connect(built, &FormPage::formIssuesChanged, this, &IntegrationForm::formIssuesChanged);
    connect(built, &FormPage::fieldLeft, this, &IntegrationForm::fieldLeft);
    // What is known already: the issues shown on the other pages.
    built->showIssues(m_located);
    return shown;
}

FormPage *IntegrationForm::page(int index)
{
    m_tabs->page(index);
    return m_pages[index];
}

void IntegrationForm::buildAllPages()
{
    for (int i = 0; i < PageCount; ++i)
        page(i);
}

ModelsPage *IntegrationForm::modelsPage()
{
    return static_cast<ModelsPage *>(page(ModelsIndex));
}

HeadersPage *IntegrationForm::headersPage()
{
    return static_cast<HeadersPage *>(page(HeadersIndex));
}

QList<FormPage *> IntegrationForm::builtPages() const
{
    QList<FormPage *> built;
    for (FormPage *page : m_pages) {
        if (page)
            built << page;
    }
    return built;
}

void IntegrationForm::showIssues(const QList<IssueBoard::Entry> &entries)
{
    const IntegrationConfig config = m_model->config();
    m_located.clear();
    m_located.reserve(entries.size());
    for (const IssueBoard::Entry &entry : entries) {
        // Nothing is marked on a field the user has not come to yet.
        if (entry.toFillIn)
            continue;
        m_located << LocatedIssue{entry.issue, entry.origin,
                                  IssueLocation::locate(entry.issue, config)};
    }
    for (FormPage *page : builtPages())
        page->showIssues(m_located);
}

bool IntegrationForm::focusIssue(const ValidationIssue &issue)
{
    const IssueLocation location = IssueLocation::locate(issue, m_model->config());
    if (location.kind == IssueLocation::Kind::Nowhere)
        return false;
    int target = -1;
    if (location.kind == IssueLocation::Kind::ModelCell) {
        target = ModelsIndex;
    } else if (location.kind == IssueLocation::Kind::HeaderCell) {
        target = HeadersIndex;
    } else {
        // Going to an issue is worth building a page for.
        for (int i = 0; i < PageCount && target < 0; ++i) {
            if (page(i)->hasField(location.field))
                target = i;
        }
    }
    if (target < 0)
        return false;
    m_tabs->showPage(target);
    return page(target)->focusLocation(location);
}

ValidationIssues IntegrationForm::formIssues() const
{
    // A page not built yet holds nothing the user typed.
    ValidationIssues issues;
    for (FormPage *page : builtPages())
        issues << page->formIssues();
    return issues;
}
