#include "integrationform.h"

#include "advancedpage.h"
#include "endpointpage.h"
#include "headerspage.h"
#include "modelspage.h"

#include <QAction>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

IntegrationForm::IntegrationForm(IntegrationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tabs(new QTabWidget(this))
    , m_endpoint(new EndpointPage(model))
    , m_models(new ModelsPage(model))
    , m_headers(new HeadersPage(model))
    , m_advanced(new AdvancedPage(model))
{
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollable(m_endpoint), tr("Endpoint && authentication"));
    m_tabs->addTab(m_models, tr("Models"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(scrollable(m_advanced), tr("Advanced"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabToolTip(
            i, tr("%1 (Alt+%2)")
                   .arg(m_tabs->tabText(i).replace(QLatin1String("&&"), QLatin1String("&")))
                   .arg(i + 1));
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            // The page's first input takes the focus.
            QWidget *page = m_tabs->currentWidget();
            if (QWidget *first = page->nextInFocusChain(); first && page->isAncestorOf(first))
                first->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (FormPage *page : pages())
        connect(page, &FormPage::formIssuesChanged, this, &IntegrationForm::formIssuesChanged);
}

QList<FormPage *> IntegrationForm::pages() const
{
    return {m_endpoint, m_models, m_headers, m_advanced};
}

void IntegrationForm::showIssues(const QList<IssueBoard::Entry> &entries)
{
    const IntegrationConfig config = m_model->config();
    QList<LocatedIssue> located;
    located.reserve(entries.size());
    for (const IssueBoard::Entry &entry : entries)
        located << LocatedIssue{entry.issue, entry.origin,
                                IssueLocation::locate(entry.issue, config)};
    for (FormPage *page : pages())
        page->showIssues(located);
}

bool IntegrationForm::focusIssue(const ValidationIssue &issue)
{
    const IssueLocation location = IssueLocation::locate(issue, m_model->config());
    if (location.kind == IssueLocation::Kind::Nowhere)
        return false;
    FormPage *target = nullptr;
    if (location.kind == IssueLocation::Kind::ModelCell) {
        target = m_models;
    } else if (location.kind == IssueLocation::Kind::HeaderCell) {
        target = m_headers;
    } else {
        const QList<FormPage *> all = pages();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](FormPage *page) {
            return page->hasField(location.field);
        });
        target = it == all.cend() ? nullptr : *it;
    }
    if (!target)
        return false;
    m_tabs->setCurrentIndex(int(pages().indexOf(target)));
    return target->focusLocation(location);
}

ValidationIssues IntegrationForm::formIssues() const
{
    ValidationIssues issues;
    for (FormPage *page : pages())
        issues << page->formIssues();
    return issues;
}
