#include "integrationsdialog.h"

#include "issuestyle.h"

#include "session/integrationlist.h"
#include "session/integrationsession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IntegrationsDialog::IntegrationsDialog(IntegrationSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new IntegrationList(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_open(new QPushButton(tr("&Open in form"), this))
    , m_saveProfile(new QPushButton(tr("&Save as profile"), this))
    , m_delete(new QPushButton(tr("&Delete..."), this))
    , m_deletePanel(new QWidget(this))
    , m_deleteQuestion(new QLabel(m_deletePanel))
    , m_deleteName(new QLineEdit(m_deletePanel))
    , m_confirmDelete(new QPushButton(tr("Delete"), m_deletePanel))
{
    setObjectName(QStringLiteral("integrationsDialog"));
    setWindowTitle(tr("Integrations on Galileo"));
    m_table->setObjectName(QStringLiteral("integrationsTable"));
    m_table->setModel(m_list);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IntegrationList::Status,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Integrations"));
    m_message->setObjectName(QStringLiteral("integrationsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setVisible(false);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Fill the form with this integration: its definition with secrets "
                          "when permitted, else its stored fields"));
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setToolTip(tr("Open it and save it as a new profile; its secrets go to the "
                                 "keychain only"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete this named custom integration from Galileo"));

    m_deletePanel->setObjectName(QStringLiteral("deletePanel"));
    m_deleteQuestion->setObjectName(QStringLiteral("deleteQuestion"));
    m_deleteQuestion->setWordWrap(true);
    m_deleteQuestion->setTextFormat(Qt::PlainText);
    m_deleteName->setObjectName(QStringLiteral("deleteNameEdit"));
    m_deleteName->setAccessibleName(tr("Name of the integration to delete"));
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteButton"));
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addWidget(m_deleteName, 1);
    deleteRow->addWidget(m_confirmDelete);
    auto *keep = new QPushButton(tr("&Keep it"), m_deletePanel);
    keep->setObjectName(QStringLiteral("keepButton"));
    deleteRow->addWidget(keep);
    auto *deleteColumn = new QVBoxLayout(m_deletePanel);
    deleteColumn->setContentsMargins(0, 0, 0, 0);
    deleteColumn->addWidget(m_deleteQuestion);
    deleteColumn->addLayout(deleteRow);
    m_deletePanel->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveProfile);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_refresh);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the name field deletes only when the name is right, never through a default
    // button.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_deletePanel);
    layout->addWidget(close);
    resize(820, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &IntegrationsDialog::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_list->cancel();
        m_session->cancel();
    });
    connect(m_open, &QPushButton::clicked, this, &IntegrationsDialog::openSelected);
    connect(m_saveProfile, &QPushButton::clicked, this, &IntegrationsDialog::saveSelectedAsProfile);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsDialog::askToDeleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &IntegrationsDialog::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_deletePanel->setVisible(false);
        updateButtons();
    });
    connect(m_deleteName, &QLineEdit::textChanged, this, &IntegrationsDialog::updateButtons);
    connect(m_deleteName, &QLineEdit::returnPressed, this, &IntegrationsDialog::confirmDelete);
    connect(m_confirmDelete, &QPushButton::clicked, this, &IntegrationsDialog::confirmDelete);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_deletePanel->setVisible(false);
        m_deleting.clear();
    });

    connect(m_list, &IntegrationList::busyChanged, this, &IntegrationsDialog::setBusy);
    connect(m_session, &IntegrationSession::busyChanged, this, &IntegrationsDialog::setBusy);
    // Rows gone (a failed refresh, another cluster): nothing asked about one of them stays.
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        m_deletePanel->setVisible(false);
        m_deleting.clear();
        updateButtons();
    });
    connect(m_list, &IntegrationList::refreshed, this, &IntegrationsDialog::showResult);
    connect(m_list, &IntegrationList::removed, this,
            [this](const QString &name, const ApiResult &result) {
                if (result.ok())
                    showMessage(tr("Deleted \"%1\" from Galileo.").arg(name));
                else
                    showResult(result);
                updateButtons();
            });
    connect(m_session, &IntegrationSession::fetched, this, [this](const ApiResult &result) {
        if (isVisible())
            showResult(result);
    });
    connect(m_session, &IntegrationSession::profileFinished, this,
            [this](IntegrationSession::ProfileAction action, bool ok, const QString &message) {
                // The window behind changed too: it says so, rather than switching silently.
                if (isVisible() && action == IntegrationSession::ProfileAction::Save)
                    showMessage(ok ? message + QLatin1Char(' ') +
                                         tr("The window now shows this profile.")
                                   : message,
                                !ok);
            });
    const auto follow = [this] {
        m_list->setConnection(m_session->connection(), m_session->secrets());
    };
    connect(m_session, &IntegrationSession::connectionChanged, this, follow);
    follow();
    updateButtons();
}

void IntegrationsDialog::refresh()
{
    m_deletePanel->setVisible(false);
    m_list->setConnection(m_session->connection(), m_session->secrets());
    if (const QString missing = m_list->missingCredentials(); !missing.isEmpty()) {
        showMessage(tr("%1 Set it in Galileo > Connection.").arg(missing), true);
        return;
    }
    if (m_list->refresh())
        showMessage(tr("Reading the integrations from Galileo..."));
}

int IntegrationsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void IntegrationsDialog::updateButtons()
{
    const int row = selectedRow();
    const bool busy = m_list->isBusy() || m_session->isBusy();
    const bool custom = row >= 0 && m_list->integration(row).isCustom();
    const bool named = row >= 0 && m_list->integration(row).isNamedCustom();
    m_open->setEnabled(custom && !busy);
    m_saveProfile->setEnabled(custom && !busy);
    m_delete->setEnabled(named && !busy);
    m_refresh->setEnabled(!busy);
    m_confirmDelete->setEnabled(!m_deleting.isEmpty() && m_deleteName->text() == m_deleting &&
                                !busy);
    if (row >= 0 && !custom) {
        m_delete->setToolTip(tr("Only custom integrations can be opened or deleted here."));
    } else if (custom && !named) {
        m_delete->setToolTip(tr("The default custom integration has no name to delete it by."));
    } else {
        m_delete->setToolTip(tr("Delete this named custom integration from Galileo"));
    }
}

void IntegrationsDialog::setBusy(bool busy)
{
    Q_UNUSED(busy)
    const bool any = m_list->isBusy() || m_session->isBusy();
    m_cancel->setVisible(any);
    updateButtons();
}

void IntegrationsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QPalette colors = palette();
    if (problem) {
        colors.setColor(QPalette::WindowText,
                        IssueStyle::color(ValidationIssue::Severity::Error, colors));
    }
    m_message->setPalette(colors);
    m_message->setProperty("problem", problem);
}

void IntegrationsDialog::showResult(const ApiResult &result)
{
    if (result.ok()) {
        showMessage(result.hint.isEmpty() ? result.summary
                                          : result.summary + QLatin1Char(' ') + result.hint);
        return;
    }
    const QString hint = result.hint.isEmpty() ? QString() : QLatin1Char('\n') + result.hint;
    showMessage(result.summary + hint, true);
}

void IntegrationsDialog::open(bool saveAsProfile)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const StoredIntegration integration = m_list->integration(row);
    if (!integration.isCustom()) {
        showMessage(tr("\"%1\" is a %2 integration: it is listed read-only; only custom "
                       "integrations can be opened here.")
                        .arg(integration.name, integration.provider));
        return;
    }
    const QString name = integration.isNamedCustom() ? integration.name : QString();
    if (m_confirmDiscard &&
        !m_confirmDiscard(tr("Replace the form with \"%1\" from Galileo?").arg(integration.name)))
        return;
    switch (m_session->openFromGalileo(name, saveAsProfile)) {
    case IntegrationSession::Blocked::No:
        showMessage(tr("Reading \"%1\" from Galileo...").arg(integration.name));
        break;
    case IntegrationSession::Blocked::Credentials:
        showMessage(tr("The Galileo credentials are incomplete: set them in Galileo > "
                       "Connection."),
                    true);
        break;
    case IntegrationSession::Blocked::IntegrationName:
        showMessage(tr("\"%1\" is not a name this app can apply to.").arg(integration.name), true);
        break;
    default:
        showMessage(tr("Galileo is busy with another request; try again in a moment."), true);
    }
}

void IntegrationsDialog::openSelected()
{
    open(false);
}

void IntegrationsDialog::saveSelectedAsProfile()
{
    open(true);
}

void IntegrationsDialog::askToDeleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_list->integration(row).isNamedCustom())
        return;
    m_deleting = m_list->integration(row).name;
    m_deleteQuestion->setText(tr("Deleting \"%1\" removes it from Galileo for the whole "
                                 "organisation; this cannot be undone. Type its name to "
                                 "confirm.")
                                  .arg(m_deleting));
    m_deleteName->clear();
    m_deleteName->setPlaceholderText(m_deleting);
    m_deletePanel->setVisible(true);
    m_deleteName->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void IntegrationsDialog::confirmDelete()
{
    // The button is enabled only then; Return in the line edit checks again.
    if (m_deleting.isEmpty() || m_deleteName->text() != m_deleting || m_list->isBusy())
        return;
    const QString name = m_deleting;
    if (!m_list->remove(name))
        return;
    m_deleting.clear();
    m_deletePanel->setVisible(false);
    showMessage(tr("Deleting \"%1\"...").arg(name));
}
