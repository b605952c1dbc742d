#include "planview.h"

#include "issuestyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int LocRole = Qt::UserRole;

// The colours of `terraform plan`, as people read plans: additions green, removals red,
// changes amber; no severity icons, which made a removal look like an error. Readable on a
// dark palette too.
QColor colorFor(IntegrationPlan::Kind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (kind) {
    case IntegrationPlan::Kind::Added:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x20);
    case IntegrationPlan::Kind::Removed:
        return IssueStyle::color(ValidationIssue::Severity::Error, palette);
    case IntegrationPlan::Kind::Changed:
    case IntegrationPlan::Kind::Reordered:
        return IssueStyle::color(ValidationIssue::Severity::Warning, palette);
    case IntegrationPlan::Kind::Unchanged:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_refresh(new QPushButton(tr("&Refresh plan"), this))
{
    m_headline->setObjectName(QStringLiteral("planHeadline"));
    m_headline->setTextFormat(Qt::PlainText); // names and values from the form and the server
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("planChanges"));
    m_changes->setAccessibleName(tr("Planned changes"));
    m_changes->setWordWrap(true);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_changes->setFont(fixed);
    m_refresh->setObjectName(QStringLiteral("planRefreshButton"));
    m_refresh->setToolTip(tr("Read what Galileo holds now and compare it with the form"));
    connect(m_refresh, &QPushButton::clicked, this, &PlanView::refreshRequested);
    connect(m_changes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit changeActivated(item->data(LocRole).toJsonArray(), item->text());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_changes, 1);
    // Without the list of changes, the lines stay together at the top.
    layout->addStretch();
    layout->addLayout(buttons);
    clear();
}

void PlanView::clear()
{
    m_headline->setText(tr("No plan yet."));
    m_details->setText(tr("Refresh compares the form with what Galileo holds, field by field, "
                          "without changing anything. Secrets are compared by a keyed "
                          "fingerprint and never shown."));
    m_changes->clear();
    m_changes->setVisible(false);
    m_refresh->setEnabled(true);
}

void PlanView::showPlanning()
{
    m_headline->setText(tr("Planning..."));
    m_details->setText(tr("Reading what Galileo holds."));
    m_refresh->setEnabled(false);
}

void PlanView::markStale()
{
    // Only over a plan: the list is shown once there is one (the tab may be behind another).
    if (!m_changes->isVisibleTo(this))
        return;
    m_headline->setText(tr("Out of date: %1").arg(m_summary));
    m_details->setText(tr("The form changed since this plan was made: Refresh to see the "
                          "plan for the form as it is."));
    // Greyed: these lines are about the form as it was.
    m_changes->setEnabled(false);
}

QStringList PlanView::lines(const IntegrationPlan &plan)
{
    QStringList lines;
    for (const IntegrationPlan::Change &change : plan.changes())
        lines << change.toLine();
    return lines;
}

void PlanView::showOutcome(const IntegrationPlanner::Outcome &outcome)
{
    m_refresh->setEnabled(true);
    m_changes->clear();
    if (!outcome.ok) {
        m_headline->setText(tr("No plan: %1").arg(outcome.fetch.summary));
        m_details->setText(outcome.fetch.hint);
        m_changes->setVisible(false);
        return;
    }
    const IntegrationPlan &plan = outcome.plan;
    m_summary = plan.summary();
    m_headline->setText(m_summary);
    m_changes->setEnabled(true);
    QString details = plan.sourceDescription();
    if (!outcome.keyProblem.isEmpty())
        details += QLatin1Char(' ') + tr("Secrets cannot be compared: %1").arg(outcome.keyProblem);
    m_details->setText(details);
    for (const IntegrationPlan::Change &change : plan.changes()) {
        auto *item = new QListWidgetItem(change.toLine(), m_changes);
        item->setForeground(colorFor(change.kind, m_changes->palette()));
        item->setData(LocRole, change.loc);
        item->setToolTip(tr("Double-click or press Enter to show this field in the form"));
    }
    m_changes->setVisible(true);
}
