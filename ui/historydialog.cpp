#include "historydialog.h"

#include "issuestyle.h"
#include "plaintext.h"

#include "model/integrationjson.h"
#include "model/secretcatalog.h"
#include "model/singleline.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(IntegrationSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_secrets(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore into form"), this))
    , m_compare(new QPushButton(tr("&Compare with form"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    resize(860, 560);

    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("historyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Applies"));
    m_list->setHeaderLabels({tr("Time"), tr("Target"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);

    m_body->setObjectName(QStringLiteral("historyBody"));
    m_body->setAccessibleName(tr("Body as applied, secrets masked"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_secrets->setObjectName(QStringLiteral("historySecrets"));
    m_secrets->setWordWrap(true);
    m_secrets->setTextFormat(Qt::PlainText);

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put this body into the form. Each secret comes from the keychain "
                             "if it is still the one applied then; the others are left to fill "
                             "in."));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry *entry = selected())
            emit restoreRequested(*entry);
    });
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Show what differs between this body and the form, field by field."));
    m_compare->hide();
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry *entry = selected())
            emit compareWithFormRequested(*entry);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_body, 1);
    detailsLayout->addWidget(m_secrets);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_problems);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // A new apply, or another profile, changes what there is to show.
    connect(m_session, &IntegrationSession::historyRecorded, this, &HistoryDialog::reload);
    connect(m_session, &IntegrationSession::profilesChanged, this, &HistoryDialog::reload);
    reload();
}

namespace {

// The locale's short date and time, with seconds: applies a few seconds apart (a retry, the
// window and a script) would otherwise read as one.
QString timeText(const QDateTime &time)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    // A two-digit year reads as a day in some orders ("27.11.26"): the year whole.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(time.toLocalTime(), format);
}

} // namespace

void HistoryDialog::showEvent(QShowEvent *event)
{
    // Comparing needs the plan view; without a receiver the button would do nothing.
    m_compare->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&HistoryDialog::compareWithFormRequested)));
    QDialog::showEvent(event);
}

void HistoryDialog::reload()
{
    const HistoryStore::Read read = m_session->history();
    const QString name = m_session->currentProfileName();
    m_entries = read.entries;
    if (m_session->currentProfileId().isEmpty()) {
        m_heading->setText(tr("The form is not a saved profile, so it has no history. Save it "
                              "as a profile, and each apply to Galileo is kept here."));
    } else if (m_entries.isEmpty()) {
        m_heading->setText(tr("No applies of \"%1\" are recorded yet. Each submission to Galileo "
                              "is kept here, stored or not.")
                               .arg(name));
    } else {
        m_heading->setText(tr("Applies of \"%1\", newest first (%2).")
                               .arg(name, QLocale().toString(qlonglong(m_entries.size()))));
    }
    QStringList problems = read.damaged;
    if (!read.error.isEmpty())
        problems.prepend(read.error);
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Skipped, as they cannot be read: %1")
                                  .arg(singleLine(problems.join(QLatin1String("; ")))));
    m_problems->setVisible(!problems.isEmpty());

    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    QTreeWidgetItem *toSelect = nullptr;
    for (int i = 0; i < m_entries.size(); ++i) {
        const HistoryEntry &entry = m_entries.at(i);
        auto *item =
            new QTreeWidgetItem(m_list, {timeText(entry.time), singleLine(entry.targetText()),
                                         singleLine(entry.resultText())});
        item->setData(0, Qt::UserRole, entry.time.toString(Qt::ISODateWithMs));
        item->setData(1, Qt::UserRole, i);
        item->setToolTip(2, PlainText::toolTip(entry.resultText()));
        // Every row has its mark, so that the results line up.
        item->setIcon(2, entry.ok ? IssueStyle::okIcon()
                                  : IssueStyle::icon(ValidationIssue::Severity::Error));
        if (!toSelect || item->data(0, Qt::UserRole).toString() == current)
            toSelect = item;
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setCurrentItem(toSelect);
    showSelected();
}

const HistoryEntry *HistoryDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(1, Qt::UserRole).toInt();
    return index >= 0 && index < m_entries.size() ? &m_entries.at(index) : nullptr;
}

void HistoryDialog::showSelected()
{
    const HistoryEntry *entry = selected();
    m_restore->setEnabled(entry);
    m_compare->setEnabled(entry);
    if (!entry) {
        m_body->clear();
        m_secrets->clear();
        return;
    }
    m_body->setPlainText(QString::fromUtf8(IntegrationJson::write(entry->body())));
    // Named as Problems and the command line name places: "headers.X-Tenant".
    QStringList secretSlots;
    for (const QString &slot : entry->secretSlots())
        secretSlots << singleLine(ValidationIssue{SecretCatalog::loc(slot), {}, {}, {}}.path());
    if (secretSlots.isEmpty())
        m_secrets->setText(tr("This body held no secrets."));
    else if (!entry->fingerprints.isEmpty())
        m_secrets->setText(tr("Secrets (masked above; their keyed fingerprints are kept): %1")
                               .arg(secretSlots.join(QLatin1String(", "))));
    else
        m_secrets->setText(tr("Secrets (masked above): %1. Their fingerprints are missing (%2), "
                              "so a restore asks for each of them.")
                               .arg(secretSlots.join(QLatin1String(", ")),
                                    singleLine(entry->fingerprintsMissing)));
}
