#include "issuelist.h"

#include "issuestyle.h"
#include "plaintext.h"

IssueList::IssueList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("issueList"));
    setAccessibleName(tr("Problems"));
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(1);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit issueActivated(issueAt(row(item))); });
    // A single click is enough to go there, as in an IDE's problem list.
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit issueActivated(issueAt(row(item))); });
}

void IssueList::setEntries(const QList<IssueBoard::Entry> &entries)
{
    m_entries = entries;
    clear();
    for (const IssueBoard::Entry &entry : entries) {
        QString origin;
        switch (entry.origin) {
        case IssueBoard::Origin::Local:
            break;
        case IssueBoard::Origin::Imported:
            origin = tr(" (in the imported JSON)");
            break;
        case IssueBoard::Origin::Server:
            origin = tr(" (from Galileo)");
            break;
        }
        // Where, then what: the path is what the command line and the server call the place.
        auto *item = new QListWidgetItem(
            IssueStyle::icon(entry.issue.severity),
            entry.issue.path() + origin + QLatin1Char('\n') + entry.issue.message, this);
        item->setToolTip(PlainText::toolTip(entry.issue.toLine()));
        const char *const severity[] = {QT_TR_NOOP("Error"), QT_TR_NOOP("Warning"),
                                        QT_TR_NOOP("Note")};
        item->setData(Qt::AccessibleDescriptionRole, tr(severity[int(entry.issue.severity)]));
    }
}

ValidationIssue IssueList::issueAt(int row) const
{
    return m_entries.value(row).issue;
}
