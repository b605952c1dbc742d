#include "issuelist.h"

#include "issuestyle.h"
#include "plaintext.h"

#include <QEvent>
#include <QLabel>

IssueList::IssueList(QWidget *parent)
    : QListWidget(parent)
    , m_emptyText(new QLabel(tr("No problems: the form is ready to submit."), viewport()))
{
    m_emptyText->setObjectName(QStringLiteral("issueListEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->setAttribute(Qt::WA_TransparentForMouseEvents);
    viewport()->installEventFilter(this);
    setObjectName(QStringLiteral("issueList"));
    setAccessibleName(tr("Problems"));
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    m_emptyText->setVisible(entries.isEmpty());
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
        // A field not filled in yet is a step to do, not a mistake: neutral, as a note is.
        const ValidationIssue::Severity look =
            entry.toFillIn ? ValidationIssue::Severity::Info : entry.issue.severity;
        const QString where =
            entry.toFillIn ? tr("%1 (to fill in)").arg(entry.issue.path()) : entry.issue.path();
        auto *item = new QListWidgetItem(
            IssueStyle::icon(look), where + origin + QLatin1Char('\n') + entry.issue.message, this);
        item->setToolTip(PlainText::toolTip(entry.issue.toLine()));
        if (entry.toFillIn)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        const char *const severity[] = {QT_TR_NOOP("Error"), QT_TR_NOOP("Warning"),
                                        QT_TR_NOOP("Note")};
        item->setData(Qt::AccessibleDescriptionRole,
                      entry.toFillIn ? tr("To fill in") : tr(severity[int(entry.issue.severity)]));
    }
}

bool IssueList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::Resize)
        m_emptyText->setGeometry(viewport()->rect().adjusted(16, 16, -16, -16));
    return QListWidget::eventFilter(watched, event);
}

ValidationIssue IssueList::issueAt(int row) const
{
    return m_entries.value(row).issue;
}
